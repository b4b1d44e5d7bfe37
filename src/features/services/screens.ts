import type { ScreenViews } from '../../core/screens.ts';

/** The services screens, each loaded on first use. */
export const serviceScreens = {
  emergency: () => import('./EmergencyScreen.tsx').then((m) => m.EmergencyScreen),
  services: () => import('./ServicesScreen.tsx').then((m) => m.ServicesScreen),
  service: () => import('./ServiceScreen.tsx').then((m) => m.ServiceScreen),
} satisfies ScreenViews<'emergency' | 'services' | 'service'>;
