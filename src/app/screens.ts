import type { ComponentType } from 'preact';
import type { Namespace } from 'i18next';

export interface ScreenProps {
  params: Readonly<Record<string, string>>;
}

export interface ScreenDef {
  /** Loads the screen's code lazily, so first-view JS does not grow with features. */
  load: () => Promise<ComponentType<ScreenProps>>;
  /** String namespaces (locales/<lang>/<ns>.json) the screen needs before it renders. */
  namespaces?: Namespace;
}

/**
 * Every screen except home, by name. A feature adds its screens here; each view is imported
 * dynamically so it lands in its own chunk.
 */
export const screens: Readonly<Record<string, ScreenDef>> = {
  'safer-use': {
    load: () => import('../features/safer-use/SaferUse.tsx').then((m) => m.SaferUse),
  },
  plan: {
    load: () => import('../features/plan/PlanScreen.tsx').then((m) => m.PlanScreen),
    namespaces: 'plan',
  },
  'plan-section': {
    load: () => import('../features/plan/SectionScreen.tsx').then((m) => m.SectionScreen),
    namespaces: 'plan',
  },
  diary: {
    load: () => import('../features/plan/DiaryScreen.tsx').then((m) => m.DiaryScreen),
    namespaces: 'plan',
  },
  'diary-entry': {
    load: () => import('../features/plan/DiaryEntryScreen.tsx').then((m) => m.DiaryEntryScreen),
    namespaces: 'plan',
  },
  'plan-print': {
    load: () => import('../features/plan/PrintScreen.tsx').then((m) => m.PrintScreen),
    namespaces: 'plan',
  },
};
