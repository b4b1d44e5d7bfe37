import { signal } from '@preact/signals';
import type { SaveResult, UnlockResult, Vault, VaultState } from '../../vault/types.ts';

/**
 * A vault that keeps records in memory only, following the contract in src/vault/types.ts. Unit
 * tests use it as a fake; the running app uses the encrypted vault (vault-source.ts).
 *
 * Values are copied on the way in and out, as a real vault serialises them, so a caller can never
 * change a stored record by changing an object it holds.
 */
export function createMemoryVault(initial: VaultState = 'absent'): Vault {
  const state = signal<VaultState>(initial);
  const records = new Map<string, unknown>();
  const staged = new Map<string, unknown>();
  let passphrase: string | undefined;

  const flushStaged = (): void => {
    for (const [id, value] of staged) {
      if (value === undefined) records.delete(id);
      else records.set(id, structuredClone(value));
    }
    staged.clear();
  };

  const lockedError = (): Promise<never> => Promise.reject(new Error('The vault is locked'));

  return {
    state,
    create(next) {
      records.clear();
      passphrase = next;
      state.value = 'unlocked';
      return Promise.resolve();
    },
    unlock(attempt): Promise<UnlockResult> {
      if (state.value === 'absent') return Promise.resolve({ ok: false, reason: 'absent' });
      if (passphrase !== undefined && attempt !== passphrase) {
        return Promise.resolve({ ok: false, reason: 'passphrase', waitMs: 0 });
      }
      state.value = 'unlocked';
      return Promise.resolve({ ok: true });
    },
    lock() {
      flushStaged();
      if (state.value === 'unlocked') state.value = 'locked';
    },
    changePassphrase(current, next): Promise<UnlockResult> {
      if (passphrase !== undefined && current !== passphrase) {
        return Promise.resolve({ ok: false, reason: 'passphrase', waitMs: 0 });
      }
      passphrase = next;
      return Promise.resolve({ ok: true });
    },
    // The record is whatever the caller stored; like the real vault, the caller checks its shape.
    get: ((id: string): Promise<unknown> => {
      if (state.value !== 'unlocked') return lockedError();
      return Promise.resolve(structuredClone(records.get(id)));
    }) as Vault['get'],
    list: ((
      prefix: string,
      onSlice?: (slice: { id: string; value: unknown }[]) => void,
    ): Promise<{ id: string; value: unknown }[]> => {
      if (state.value !== 'unlocked') return lockedError();
      const found: { id: string; value: unknown }[] = [];
      for (const [id, value] of [...records].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (id.startsWith(prefix)) found.push({ id, value: structuredClone(value) });
      }
      // Two slices, like the real vault's (it hands records over a slice at a time).
      const half = Math.ceil(found.length / 2);
      if (found.length > 0) onSlice?.(found.slice(0, half));
      if (found.length > half) onSlice?.(found.slice(half));
      return Promise.resolve(found);
    }) as Vault['list'],
    put(entries): Promise<SaveResult> {
      if (state.value !== 'unlocked') return Promise.resolve({ ok: false, reason: 'locked' });
      const copies = entries.map((e) => [e.id, structuredClone(e.value)] as const);
      for (const [id, value] of copies) records.set(id, value);
      return Promise.resolve({ ok: true });
    },
    stage(id, value) {
      if (state.value === 'unlocked') staged.set(id, value);
    },
    flush() {
      if (state.value === 'unlocked') flushStaged();
      return Promise.resolve();
    },
    remove(ids): Promise<SaveResult> {
      if (state.value !== 'unlocked') return Promise.resolve({ ok: false, reason: 'locked' });
      for (const id of ids) records.delete(id);
      return Promise.resolve({ ok: true });
    },
    destroy() {
      staged.clear();
      records.clear();
      passphrase = undefined;
      state.value = 'absent';
      return Promise.resolve();
    },
  };
}
