import type { ScreenViews } from '../../core/screens.ts';

/** The learn screens, each loaded on first use. */
export const learnScreens = {
  learn: () => import('./Learn.tsx').then((m) => m.Learn),
  page: () => import('./PageView.tsx').then((m) => m.PageView),
  search: () => import('./Search.tsx').then((m) => m.Search),
} satisfies ScreenViews<'learn' | 'page' | 'search'>;
