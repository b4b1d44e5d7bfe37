import type { ReadonlySignal } from '@preact/signals';

/**
 * The contract between the vault (src/vault/: the only holder of keys) and the features that keep
 * private records in it (the plan, the diary, saved reflections). Records are JSON values, each
 * encrypted on its own with AES-256-GCM under the data key before any IndexedDB transaction opens.
 *
 * Record ids are short, dull strings chosen by the feature, for example `p:contacts`, `d:<uuid>`.
 * They are stored in the clear as keys, so they must never contain anything the person typed.
 */
export type VaultState =
  /** No vault on this device yet: offer to create one. */
  'absent' | 'locked' | 'unlocked';

export type UnlockResult =
  | { ok: true }
  /**
   * Wrong passphrase (or damaged data: the message is the same), counted as a wrong try; or a try
   * made while still waiting after earlier wrong ones, not even tried. `waitMs` before the next
   * try. One count and one wait for every passphrase check on the device (src/vault/throttle.ts).
   */
  | { ok: false; reason: 'passphrase'; waitMs: number }
  /**
   * The key could not be worked out on this device just now (for example the worker was blocked or
   * ran out of memory), so the passphrase was never checked: it may well be right. Not counted as a
   * wrong try, no wait added, nothing stored was changed. Never suggest starting again for this.
   */
  | { ok: false; reason: 'unavailable' }
  /** There is no vault on this device (deleted, perhaps in another tab): the state is now 'absent'. */
  | { ok: false; reason: 'absent' };

export type SaveResult =
  | { ok: true }
  /** The device is full, or storage failed: nothing was changed. */
  | { ok: false; reason: 'quota' | 'failed' | 'locked' | 'blocked' };

export interface Vault {
  readonly state: ReadonlySignal<VaultState>;
  /** Creates a vault protected by this passphrase and leaves it unlocked. */
  create(passphrase: string): Promise<void>;
  unlock(passphrase: string): Promise<UnlockResult>;
  /** Drops the key and every decrypted value from memory at once (synchronous). */
  lock(): void;
  changePassphrase(current: string, next: string): Promise<UnlockResult>;
  get<T>(id: string): Promise<T | undefined>;
  /**
   * Every record whose id starts with `prefix`, decrypted a small slice at a time, yielding to the
   * page between slices (a long diary never freezes it, and quick exit always answers). With
   * `onSlice`, each slice is handed over as soon as it is ready, so the first entries show at once.
   */
  // The caller names the type it stored; the vault cannot check it (it holds plain JSON).
  list<T>(
    prefix: string,
    onSlice?: (slice: { id: string; value: T }[]) => void,
  ): Promise<{ id: string; value: T }[]>;
  /** Encrypts, then writes all entries in one transaction: all are saved or none. */
  put(entries: { id: string; value: unknown }[]): Promise<SaveResult>;
  remove(ids: string[]): Promise<SaveResult>;
  /**
   * Drafts of what is being typed: remembers the latest value for one record (`undefined`: remove
   * it) and writes it, encrypted, at the next flush() or when the vault locks, whichever is first.
   * So a lock (page hidden, idle, quick exit) never loses typing, and nothing is written in clear.
   * Ignored while locked.
   */
  stage(id: string, value: unknown): void;
  /** Writes what stage() holds. Writes happen one after another, in the order they were asked. */
  flush(): Promise<void>;
  /** Deletes the vault and everything in it (forgotten passphrase: start again). */
  destroy(): Promise<void>;
}
