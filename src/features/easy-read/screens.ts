import type { ScreenViews } from '../../core/screens.ts';

/** The easy read screen, loaded on first use. */
export const easyReadScreens = {
  'easy-read': () => import('./EasyRead.tsx').then((m) => m.EasyRead),
} satisfies ScreenViews<'easy-read'>;
