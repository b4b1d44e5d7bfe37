import { Fragment, h, type ComponentChildren } from 'preact';
import type { Vault } from '../../vault/types.ts';
import { createMemoryVault } from './memory-vault.ts';

/**
 * THE ONE WIRING POINT between the plan and the vault. Everything else in the plan feature takes
 * a `Vault` as a dependency and knows nothing about where it comes from.
 *
 * Until the encrypted vault (src/vault/index.ts) is merged, this builds an in-memory vault:
 * the plan works in the session but is NOT kept on the device (a reload forgets it). The merge
 * replaces the body of this file with re-exports from the real vault:
 *
 *   export { vault, VaultGate, requestPersistence } from '../../vault/index.ts';
 *
 * The real `VaultGate` shows the create-passphrase and unlock screens when needed and renders its
 * children once the vault is unlocked; this one only renders its children while unlocked.
 */
export const vault: Vault = createMemoryVault('unlocked');

export function VaultGate({ children }: { children: ComponentChildren }) {
  return vault.state.value === 'unlocked' ? h(Fragment, null, children) : null;
}

export type PersistenceResult = 'granted' | 'refused' | 'unsupported';

/**
 * Asks the browser to keep this site's storage rather than evict it under pressure. Call only
 * from a user action (Firefox shows a prompt; others decide from how the site is used).
 */
export async function requestPersistence(): Promise<PersistenceResult> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'unsupported';
  }
}
