import type { ScreenViews } from '../../core/screens.ts';

/** The vault's settings screen, loaded on first use. */
export const vaultScreens = {
  'vault-settings': () => import('./Settings.tsx').then((m) => m.VaultSettings),
} satisfies ScreenViews<'vault-settings'>;
