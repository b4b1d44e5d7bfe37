import type { ScreenViews } from '../../core/screens.ts';

/** The plan's screens, each loaded on first use. */
export const planScreens = {
  plan: () => import('./PlanScreen.tsx').then((m) => m.PlanScreen),
  'plan-section': () => import('./SectionScreen.tsx').then((m) => m.SectionScreen),
  diary: () => import('./DiaryScreen.tsx').then((m) => m.DiaryScreen),
  'diary-entry': () => import('./DiaryEntryScreen.tsx').then((m) => m.DiaryEntryScreen),
  'plan-print': () => import('./PrintScreen.tsx').then((m) => m.PrintScreen),
} satisfies ScreenViews<'plan' | 'plan-section' | 'diary' | 'diary-entry' | 'plan-print'>;
