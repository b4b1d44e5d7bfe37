import type app from '../../locales/en/app.json';
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
      disguise: typeof disguise;
    };
    returnNull: false;
  }
}
