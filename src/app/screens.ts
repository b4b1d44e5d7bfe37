import type { ComponentType } from 'preact';
import type { Namespace } from 'i18next';
import { SaferUse } from '../features/safer-use/SaferUse.tsx';

export interface ScreenProps {
  params: Readonly<Record<string, string>>;
}

export interface ScreenDef {
  /** Loads the screen's code lazily, so first-view JS does not grow with features. */
  load: () => Promise<ComponentType<ScreenProps>>;
  /** A screen already in the first chunk renders at once, without a "Loading" step. */
  eager?: ComponentType<ScreenProps>;
  /** String namespaces (locales/<lang>/<ns>.json) the screen needs before it renders. */
  namespaces?: Namespace;
  /** The screen saves things on the device, so show mode replaces it with a plain "off" notice. */
  usesStorage?: boolean;
}

/**
 * Every screen except home, by name. A feature adds its screens here; each view is imported
 * dynamically so it lands in its own chunk.
 */
export const screens: Readonly<Record<string, ScreenDef>> = {
  // In the first chunk: it is the first screen on a first visit, so loading it separately would
  // add a round trip before anything readable appears.
  'safer-use': { load: () => Promise.resolve(SaferUse), eager: SaferUse },
  family: {
    load: () => import('../features/audiences/Audiences.tsx').then((m) => m.Family),
    namespaces: 'audiences',
  },
  professional: {
    load: () => import('../features/audiences/Audiences.tsx').then((m) => m.Professional),
    namespaces: 'audiences',
  },
  self: {
    load: () => import('../features/audiences/Audiences.tsx').then((m) => m.Self),
    namespaces: 'audiences',
  },
  'audience-page': {
    load: () => import('../features/audiences/AudiencePage.tsx').then((m) => m.AudiencePage),
    namespaces: 'audiences',
  },
  show: {
    load: () => import('../features/audiences/ShowMode.tsx').then((m) => m.ShowMode),
    namespaces: 'audiences',
  },
  'show-off': {
    load: () => import('../features/audiences/StorageOff.tsx').then((m) => m.StorageOff),
    namespaces: 'audiences',
  },
  learn: {
    load: () => import('../features/learn/Learn.tsx').then((m) => m.Learn),
    namespaces: 'learn',
  },
  page: {
    load: () => import('../features/learn/PageView.tsx').then((m) => m.PageView),
    namespaces: 'learn',
  },
  search: {
    load: () => import('../features/learn/Search.tsx').then((m) => m.Search),
    namespaces: 'learn',
  },
  'check-in': {
    load: () => import('../features/check-in/CheckIn.tsx').then((m) => m.CheckIn),
    namespaces: 'check-in',
  },
  'easy-read': {
    load: () => import('../features/easy-read/EasyRead.tsx').then((m) => m.EasyRead),
    namespaces: 'easy-read',
  },
  emergency: {
    load: () => import('../features/services/EmergencyScreen.tsx').then((m) => m.EmergencyScreen),
    namespaces: 'services',
  },
  services: {
    load: () => import('../features/services/ServicesScreen.tsx').then((m) => m.ServicesScreen),
    namespaces: 'services',
  },
  service: {
    load: () => import('../features/services/ServiceScreen.tsx').then((m) => m.ServiceScreen),
    namespaces: 'services',
  },
  plan: {
    load: () => import('../features/plan/PlanScreen.tsx').then((m) => m.PlanScreen),
    namespaces: ['plan', 'vault', 'check-in'],
    usesStorage: true,
  },
  'plan-section': {
    load: () => import('../features/plan/SectionScreen.tsx').then((m) => m.SectionScreen),
    namespaces: ['plan', 'vault'],
    usesStorage: true,
  },
  diary: {
    load: () => import('../features/plan/DiaryScreen.tsx').then((m) => m.DiaryScreen),
    namespaces: ['plan', 'vault'],
    usesStorage: true,
  },
  'diary-entry': {
    load: () => import('../features/plan/DiaryEntryScreen.tsx').then((m) => m.DiaryEntryScreen),
    namespaces: ['plan', 'vault'],
    usesStorage: true,
  },
  'plan-print': {
    load: () => import('../features/plan/PrintScreen.tsx').then((m) => m.PrintScreen),
    namespaces: ['plan', 'vault', 'check-in'],
    usesStorage: true,
  },
  'vault-settings': {
    load: () => import('../features/vault/Settings.tsx').then((m) => m.VaultSettings),
    namespaces: 'vault',
    usesStorage: true,
  },
  'hide-app': {
    load: () => import('../features/disguise/HideApp.tsx').then((m) => m.HideApp),
    namespaces: 'disguise',
    usesStorage: true,
  },
};
