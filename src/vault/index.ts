/**
 * The vault for the app: `createAppVault()` makes one that implements the Vault contract
 * (types.ts) over this device's storage, with Argon2id in a worker, and `startAppVault()` starts
 * what it does for the page's life. Importing this module does nothing; the app makes and starts
 * its one vault on first use (src/features/vault/app-vault.ts). Import it lazily, never from the
 * first chunk.
 */
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

/** The encrypted vault over this device's storage, telling the app's other tabs of new keys. */
export function createAppVault(): VaultImpl {
  return createVault({
    derive: browserDerive,
    store,
    announce: () => tellOtherTabs('k'),
  });
}

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

export interface StartDeps {
  /** Registers with quick exit and lock (src/core/sensitive-state.ts). */
  onDropSensitiveState: (drop: () => void) => () => void;
}

/**
 * Starts the app's vault: it follows other tabs, locks on quick exit and lock in the same task,
 * locks itself when the person is away, and reads whether a vault exists on this device.
 */
export function startAppVault(target: VaultImpl, { onDropSensitiveState }: StartDeps): void {
  followOtherTabs(target);
  onDropSensitiveState(() => target.lock());
  installAutoLock(target, {
    doc: document,
    win: window,
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (id) => window.clearTimeout(id),
  });
  void target.refresh().catch(() => undefined);
}
