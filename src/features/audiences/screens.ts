import type { ScreenViews } from '../../core/screens.ts';

/** The audiences' screens, each loaded on first use. */
export const audienceScreens = {
  family: () => import('./Audiences.tsx').then((m) => m.Family),
  professional: () => import('./Audiences.tsx').then((m) => m.Professional),
  self: () => import('./Audiences.tsx').then((m) => m.Self),
  'audience-page': () => import('./AudiencePage.tsx').then((m) => m.AudiencePage),
  show: () => import('./ShowMode.tsx').then((m) => m.ShowMode),
  'show-off': () => import('./StorageOff.tsx').then((m) => m.StorageOff),
} satisfies ScreenViews<'family' | 'professional' | 'self' | 'audience-page' | 'show' | 'show-off'>;
