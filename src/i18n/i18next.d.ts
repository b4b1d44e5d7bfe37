import type app from '../../locales/en/app.json';
import type audiences from '../../locales/en/audiences.json';
import type learn from '../../locales/en/learn.json';
import type checkIn from '../../locales/en/check-in.json';
import type easyRead from '../../locales/en/easy-read.json';
import type services from '../../locales/en/services.json';
import type plan from '../../locales/en/plan.json';
import type vault from '../../locales/en/vault.json';
import type disguise from '../../locales/en/disguise.json';

/**
 * English is the type source: every `t()` key is checked against locales/en/*.json, so a missing
 * or mistyped key fails the type check. Each feature adds its namespace here.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: {
      app: typeof app;
      audiences: typeof audiences;
      learn: typeof learn;
      'check-in': typeof checkIn;
      'easy-read': typeof easyRead;
      services: typeof services;
      plan: typeof plan;
      vault: typeof vault;
      disguise: typeof disguise;
    };
    returnNull: false;
  }
}
