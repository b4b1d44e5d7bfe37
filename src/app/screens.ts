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
  'hide-app': {
    load: () => import('../features/disguise/HideApp.tsx').then((m) => m.HideApp),
    namespaces: 'disguise',
  },
};
