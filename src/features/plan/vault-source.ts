import { requestPersistence as askToPersist } from '../../vault/index.ts';

/**
 * The one wiring point between the plan and the vault. Everything else in the plan feature takes
 * a `Vault` as a dependency and knows nothing about where it comes from; here it is the encrypted
 * vault (src/vault/), and `VaultGate` shows the create-passphrase and unlock screens when needed.
 * Tests use the in-memory vault in memory-vault.ts instead.
 */
export { appVault, useVault } from '../vault/app-vault.ts';
export { VaultGate } from '../vault/VaultGate.tsx';

export type PersistenceResult = 'granted' | 'refused' | 'unsupported';

/**
 * Asks the browser to keep this site's storage rather than evict it under pressure. Call only
 * from a user action (Firefox shows a prompt; others decide from how the site is used).
 */
export async function requestPersistence(): Promise<PersistenceResult> {
  const status = await askToPersist();
  if (status === 'persisted') return 'granted';
  return status === 'best-effort' ? 'refused' : 'unsupported';
}
