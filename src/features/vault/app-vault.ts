import { onDropSensitiveState } from '../../core/sensitive-state.ts';
import { useServices, type Services } from '../../core/services.ts';
import type { Slot } from '../../core/slot.ts';
import { createAppVault, startAppVault } from '../../vault/index.ts';
import type { VaultImpl } from '../../vault/vault.ts';

declare module '../../core/services.ts' {
  interface Services {
    /** The app's one encrypted vault, made and started by the first screen that needs it. */
    readonly vault: Slot<VaultImpl>;
  }
}

/**
 * The app's vault. Made and started on first use, so the vault's code (and its storage
 * listeners) stay out of the first chunk; a test's services hold a fake instead.
 */
export function appVault(services: Services): VaultImpl {
  return services.vault.get(() => {
    const made = createAppVault();
    startAppVault(made, { onDropSensitiveState });
    return made;
  });
}

/** The app's vault, for a component. */
export function useVault(): VaultImpl {
  return appVault(useServices());
}
