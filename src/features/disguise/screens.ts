import type { ScreenViews } from '../../core/screens.ts';

/** The screen that sets up the disguise, loaded on first use. */
export const disguiseScreens = {
  'hide-app': () => import('./HideApp.tsx').then((m) => m.HideApp),
} satisfies ScreenViews<'hide-app'>;
