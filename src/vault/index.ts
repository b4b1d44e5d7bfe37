/**
 * The vault for the app: `vault` implements the Vault contract (types.ts) over this device's
 * storage, with Argon2id in a worker. Import this module lazily (never from the first chunk).
 */
import { onDropSensitiveState } from '../app/sensitive-state.ts';
import * as store from '../storage/vault-store.ts';
import { browserDerive } from './kdf-browser.ts';
import { installAutoLock } from './autolock.ts';
import { createVault, type VaultImpl } from './vault.ts';

export type { Vault, VaultState, UnlockResult, SaveResult } from './types.ts';
export {
  createVault,
  VaultLockedError,
  type VaultDeps,
  type VaultImpl,
  type ImportResult,
} from './vault.ts';
export { requestPersistence, persistStatus, type PersistStatus } from '../storage/persist.ts';

// Other tabs of the app hear when this one replaces or deletes the vault, so they lock and never
// write records under a key that no longer exists. The channel name is as dull as the rest.
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('tools') : undefined;

export const vault: VaultImpl = createVault({
  derive: browserDerive,
  store,
  announce: () => channel?.postMessage('k'),
});

channel?.addEventListener('message', (event: MessageEvent) => {
  if (event.data !== 'k') return;
  vault.forget(); // the key was replaced or deleted: staged drafts under it are not written
  void vault.refresh().catch(() => undefined);
});

// Quick exit (and anything else that drops sensitive state) locks at once, in the same task.
onDropSensitiveState(() => vault.lock());
installAutoLock(vault, {
  doc: document,
  win: window,
  setTimer: (fn, ms) => window.setTimeout(fn, ms),
  clearTimer: (id) => window.clearTimeout(id),
});
void vault.refresh().catch(() => undefined);
