/**
 * The vault for the app: `vault` implements the Vault contract (types.ts) over this device's
 * storage, with Argon2id in a worker. Import this module lazily (never from the first chunk).
 */
import { onDropSensitiveState } from '../core/sensitive-state.ts';
import * as store from '../storage/vault-store.ts';
import { onOtherTabs, tellOtherTabs } from '../storage/other-tabs.ts';
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

export const vault: VaultImpl = createVault({
  derive: browserDerive,
  store,
  announce: () => tellOtherTabs('k'),
});

/**
 * Makes `target` follow the app's other tabs at once: when one replaces or removes the key (new
 * passphrase, restore, start again, delete everything) or the person locks by hand, this tab
 * locks, so it never shows plaintext or writes records under a key that is gone.
 */
export function followOtherTabs(target: VaultImpl): () => void {
  return onOtherTabs((message) => {
    if (message === 'l') target.lock();
    if (message !== 'k') return;
    target.forget(); // the key was replaced or deleted: staged drafts under it are not written
    void target.refresh().catch(() => undefined);
  });
}

followOtherTabs(vault);
// Quick exit (and anything else that drops sensitive state) locks at once, in the same task.
onDropSensitiveState(() => vault.lock());
installAutoLock(vault, {
  doc: document,
  win: window,
  setTimer: (fn, ms) => window.setTimeout(fn, ms),
  clearTimer: (id) => window.clearTimeout(id),
});
void vault.refresh().catch(() => undefined);
