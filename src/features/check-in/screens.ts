import type { ScreenViews } from '../../core/screens.ts';

/** The check-in screen, loaded on first use. */
export const checkInScreens = {
  'check-in': () => import('./CheckIn.tsx').then((m) => m.CheckIn),
} satisfies ScreenViews<'check-in'>;
