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
};
