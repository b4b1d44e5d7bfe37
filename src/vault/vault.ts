import { signal } from '@preact/signals';
import type { SaveResult, UnlockResult, Vault, VaultState } from './types.ts';
import {
  copy,
  importAesKey,
  isSealed,
  KEY_BYTES,
  openJson,
  open,
  randomBytes,
  seal,
  sealJson,
} from './crypto.ts';
import {
  argon2Params,
  belowTarget,
  KdfUnavailableError,
  pbkdf2Params,
  SALT_BYTES,
  type Derive,
  type KdfParams,
} from './kdf.ts';
import { isAttempts, remainingMs, type Attempts } from './backoff.ts';
import {
  backupAad,
  encodeBackup,
  ID_PATTERN,
  isKeyHeader,
  itemAad,
  parsePayload,
  wrapAad,
  type KeyHeader,
  type ParsedBackup,
} from './backup-format.ts';
import type { Batch, WriteFailure } from '../storage/vault-store.ts';

/** What the vault needs from the outside world; tests pass fakes (a fast KDF, a fixed clock). */
export interface VaultDeps {
  derive: Derive;
  store: {
    readMeta(key: string): Promise<unknown>;
    readItem(id: string): Promise<unknown>;
    readItems(prefix: string): Promise<{ id: string; value: unknown }[]>;
    readItemPage(
      prefix: string,
      after: string | undefined,
      count: number,
    ): Promise<{ id: string; value: unknown }[]>;
    writeBatch(batch: Batch): Promise<void>;
    classifyWriteError(error: unknown): WriteFailure;
  };
  now?: () => number;
  /** Called after this tab replaced or removed the data key (create, restore, destroy). */
  announce?: () => void;
}

export type ImportResult =
  | { ok: true; count: number }
  /** unreadable: not a backup from this app, or damaged. passphrase: it did not open with that. */
  | { ok: false; reason: 'unreadable' | 'passphrase' | 'quota' | 'failed' | 'blocked' };

/** The Vault contract plus what the vault's own screens and the backup module need. */
export interface VaultImpl extends Vault {
  /** Reads storage once to learn whether a vault exists; the state is `locked` until then. */
  refresh(): Promise<VaultState>;
  /** Milliseconds before another unlock try is allowed (0: now), from the stored failure count. */
  waitMs(): Promise<number>;
  /** The whole vault as backup-file text. Needs the vault unlocked. */
  exportBackup(): Promise<string>;
  /** Replaces this device's vault with a checked backup, and leaves it unlocked. */
  restoreBackup(backup: ParsedBackup, passphrase: string): Promise<ImportResult>;
  /** Locks without writing staged drafts: their key was replaced or deleted (another tab). */
  forget(): void;
}

export class VaultLockedError extends Error {
  override name = 'VaultLockedError';
}

/** Meta keys: short and dull, like every stored name. */
const HEADER = 'k';
const ATTEMPTS = 'a';
/** Records decrypted per slice by list(): small enough that a slice takes well under a frame. */
const LIST_SLICE = 100;
/** Records read from storage at a time by list(). */
const LIST_PAGE = 1_000;

/** Lets the page handle input (a quick exit tap) between slices of long work. */
function yieldToPage(): Promise<void> {
  const yielder = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof yielder?.yield === 'function') return yielder.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createVault(deps: VaultDeps): VaultImpl {
  const now = deps.now ?? Date.now;
  const { store } = deps;
  const state = signal<VaultState>('locked');
  let key: CryptoKey | undefined;
  /** Bumped by every lock: work that started before a lock must not hand back plaintext. */
  let generation = 0;
  /** Drafts waiting to be written (stage()); `undefined` means remove the record. */
  const staged = new Map<string, unknown>();
  /** The chain of draft writes, so they land in the order they were asked for. */
  let flushing: Promise<void> = Promise.resolve();

  /**
   * Writes the staged drafts under `dek`. Encryption starts at once, in this task (WebCrypto
   * copies the bytes when called), so lock() can hand the drafts over and forget them at once.
   */
  function flushWith(dek: CryptoKey): Promise<void> {
    if (staged.size === 0) return flushing;
    const entries = [...staged];
    staged.clear();
    const sealing = Promise.all(
      entries.map(async ([id, value]) =>
        value === undefined
          ? { id, sealed: undefined }
          : { id, sealed: await sealJson(dek, value, itemAad(id)) },
      ),
    );
    flushing = flushing
      .then(async () => {
        const done = await sealing;
        await store.writeBatch({
          put: done.flatMap(({ id, sealed }) => (sealed ? [{ id, value: sealed }] : [])),
          remove: done.filter((d) => !d.sealed).map((d) => d.id),
        });
      })
      // A draft that cannot be written (full device, show mode) is lost quietly; the form and any
      // saved record are untouched.
      .catch(() => undefined);
    return flushing;
  }

  /** Forgets staged drafts and waits for draft writes already under way (before a key change). */
  function settleDrafts(): Promise<void> {
    staged.clear();
    return flushing;
  }

  async function readHeader(): Promise<KeyHeader | undefined> {
    const value = await store.readMeta(HEADER);
    return isKeyHeader(value) ? value : undefined;
  }

  async function readAttempts(): Promise<Attempts | undefined> {
    const value = await store.readMeta(ATTEMPTS).catch(() => undefined);
    return isAttempts(value) ? value : undefined;
  }

  /**
   * Works out the passphrase key. The settings were checked before this runs, so any failure here
   * is the device's (no memory, a WebCrypto error), never the passphrase's: it is reported as
   * KdfUnavailableError, so it is not counted as a wrong try.
   */
  async function deriveKek(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
    try {
      return await importAesKey(await deps.derive(passphrase, kdf));
    } catch (error) {
      if (error instanceof KdfUnavailableError) throw error;
      throw new KdfUnavailableError('key derivation failed', { cause: error });
    }
  }

  /** Derives the passphrase key and opens the wrapped data key: its raw bytes, or throws. */
  async function unwrapRaw(kdf: KdfParams, wrap: KeyHeader['wrap'], passphrase: string) {
    const kek = await deriveKek(passphrase, kdf);
    const raw = await open(kek, wrap, wrapAad(kdf));
    if (raw.length !== KEY_BYTES) throw new Error('bad key');
    return raw;
  }

  /** Wraps raw data-key bytes under a new passphrase key with the strongest settings available. */
  async function wrapRaw(raw: Uint8Array, passphrase: string): Promise<KeyHeader> {
    const salt = randomBytes(SALT_BYTES);
    let kdf = argon2Params(salt);
    let derived: Uint8Array<ArrayBuffer>;
    try {
      derived = await deps.derive(passphrase, kdf);
    } catch (error) {
      if (!(error instanceof KdfUnavailableError)) throw error;
      kdf = pbkdf2Params(salt);
      derived = await deps.derive(passphrase, kdf);
    }
    const kek = await importAesKey(derived);
    const wrap = await seal(kek, copy(raw), wrapAad(kdf));
    return { v: 1, kdf, wrap };
  }

  async function recordFailure(): Promise<number> {
    const previous = await readAttempts();
    const attempts: Attempts = { n: (previous?.n ?? 0) + 1, at: now() };
    // If the count cannot be saved (show mode, full disk) the try still fails; nothing else changes.
    await store.writeBatch({ meta: { [ATTEMPTS]: attempts } }).catch(() => undefined);
    return remainingMs(attempts, now());
  }

  function becomeUnlocked(dek: CryptoKey, startedAt: number): void {
    if (generation !== startedAt) return; // locked while we worked: stay locked
    key = dek;
    state.value = 'unlocked';
  }

  /** Checks the passphrase against the stored key; on success returns the raw key bytes. */
  async function check(
    passphrase: string,
  ): Promise<
    | { ok: true; raw: Uint8Array<ArrayBuffer>; header: KeyHeader }
    | Exclude<UnlockResult, { ok: true }>
  > {
    const wait = remainingMs(await readAttempts(), now());
    if (wait > 0) return { ok: false, reason: 'passphrase', waitMs: wait };
    const stored = await store.readMeta(HEADER);
    if (stored === undefined) {
      state.value = 'absent';
      return { ok: false, reason: 'absent' };
    }
    if (!isKeyHeader(stored)) {
      return { ok: false, reason: 'passphrase', waitMs: await recordFailure() };
    }
    try {
      const raw = await unwrapRaw(stored.kdf, stored.wrap, passphrase);
      return { ok: true, raw, header: stored };
    } catch (error) {
      // The key could not be worked out here just now (worker blocked, out of memory): the
      // passphrase was never checked. Not the person's mistake: do not count it or add a wait.
      if (error instanceof KdfUnavailableError) return { ok: false, reason: 'unavailable' };
      return { ok: false, reason: 'passphrase', waitMs: await recordFailure() };
    }
  }

  function requireKey(): { dek: CryptoKey; at: number } {
    if (!key) throw new VaultLockedError('locked');
    return { dek: key, at: generation };
  }

  function stillOpen(at: number): void {
    if (generation !== at) throw new VaultLockedError('locked');
  }

  const vault: VaultImpl = {
    state,

    async refresh() {
      const header = await store.readMeta(HEADER);
      if (header === undefined) {
        key = undefined;
        state.value = 'absent';
      } else if (state.value === 'absent') state.value = 'locked';
      return state.value;
    },

    async waitMs() {
      return remainingMs(await readAttempts(), now());
    },

    async create(passphrase) {
      if (!passphrase) throw new Error('empty passphrase');
      if (await store.readMeta(HEADER)) throw new Error('a vault already exists');
      const at = generation;
      const raw = randomBytes(KEY_BYTES);
      try {
        const header = await wrapRaw(raw, passphrase);
        // Start from nothing: no records or counters from an earlier vault survive.
        await store.writeBatch({ clearItems: true, clearMeta: true, meta: { [HEADER]: header } });
        deps.announce?.();
        becomeUnlocked(await importAesKey(raw), at);
        if (generation !== at) state.value = 'locked';
      } finally {
        raw.fill(0);
      }
    },

    async unlock(passphrase): Promise<UnlockResult> {
      const at = generation;
      const checked = await check(passphrase);
      if (!checked.ok) return checked;
      const { raw, header } = checked;
      try {
        const batch: Batch = { meta: { [ATTEMPTS]: undefined } };
        if (belowTarget(header.kdf)) {
          // Stored with weaker settings than today's: re-wrap the same key with the current ones.
          const upgraded = await wrapRaw(raw, passphrase).catch(() => undefined);
          if (upgraded && !belowTarget(upgraded.kdf))
            batch.meta = { ...batch.meta, [HEADER]: upgraded };
        }
        await store.writeBatch(batch).catch(() => undefined); // unlocking works even if this fails
        becomeUnlocked(await importAesKey(raw), at);
        return { ok: true };
      } finally {
        raw.fill(0);
      }
    },

    lock() {
      if (key) void flushWith(key);
      staged.clear();
      key = undefined;
      generation += 1;
      if (state.value === 'unlocked') state.value = 'locked';
    },

    async changePassphrase(current, next): Promise<UnlockResult> {
      if (!next) throw new Error('empty passphrase');
      const checked = await check(current);
      if (!checked.ok) return checked;
      try {
        const header = await wrapRaw(checked.raw, next);
        await store.writeBatch({ meta: { [HEADER]: header, [ATTEMPTS]: undefined } });
        return { ok: true };
      } finally {
        checked.raw.fill(0);
      }
    },

    async get<T>(id: string): Promise<T | undefined> {
      const { dek, at } = requireKey();
      const stored = await store.readItem(id);
      if (stored === undefined) return undefined;
      if (!isSealed(stored)) throw new Error('damaged record');
      const value = await openJson(dek, stored, itemAad(id));
      stillOpen(at);
      return value as T;
    },

    async list<T>(prefix: string, onSlice?: (slice: { id: string; value: T }[]) => void) {
      const { dek, at } = requireKey();
      const out: { id: string; value: T }[] = [];
      let after: string | undefined;
      for (;;) {
        const stored = await store.readItemPage(prefix, after, LIST_PAGE);
        stillOpen(at);
        for (let start = 0; start < stored.length; start += LIST_SLICE) {
          const opened = await Promise.all(
            stored.slice(start, start + LIST_SLICE).map(async ({ id, value }) => {
              if (!isSealed(value)) return undefined;
              // A record that fails its check is left in storage untouched and not shown.
              const plain = await openJson(dek, value, itemAad(id)).catch(() => undefined);
              return plain === undefined ? undefined : { id, value: plain as T };
            }),
          );
          stillOpen(at);
          const slice = opened.filter((r) => r !== undefined);
          out.push(...slice);
          onSlice?.(slice);
          await yieldToPage();
          stillOpen(at);
        }
        if (stored.length < LIST_PAGE) break;
        after = stored[stored.length - 1]?.id;
      }
      return out;
    },

    async put(entries): Promise<SaveResult> {
      if (!key) return { ok: false, reason: 'locked' };
      const { dek, at } = requireKey();
      const put: { id: string; value: unknown }[] = [];
      try {
        for (const { id, value } of entries) {
          if (!ID_PATTERN.test(id) || value === undefined) return { ok: false, reason: 'failed' };
          put.push({ id, value: await sealJson(dek, value, itemAad(id)) });
        }
      } catch {
        return { ok: false, reason: 'failed' };
      }
      if (generation !== at) return { ok: false, reason: 'locked' };
      try {
        await store.writeBatch({ put });
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: store.classifyWriteError(error) };
      }
    },

    stage(id, value) {
      if (key && ID_PATTERN.test(id)) staged.set(id, value);
    },

    flush() {
      return key ? flushWith(key) : flushing;
    },

    forget() {
      staged.clear();
      vault.lock();
    },

    async remove(ids): Promise<SaveResult> {
      if (!key) return { ok: false, reason: 'locked' };
      try {
        await store.writeBatch({ remove: ids });
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: store.classifyWriteError(error) };
      }
    },

    async destroy() {
      vault.forget();
      await settleDrafts();
      await store.writeBatch({ clearItems: true, clearMeta: true });
      deps.announce?.();
      state.value = 'absent';
    },

    async exportBackup() {
      const { dek, at } = requireKey();
      const header = await readHeader();
      if (!header) throw new Error('no vault');
      const records = await vault.list('');
      const payload = { items: records.map(({ id, value }) => [id, value]) };
      const data = await sealJson(dek, payload, backupAad(header));
      stillOpen(at);
      return encodeBackup(header, data);
    },

    async restoreBackup(backup, passphrase): Promise<ImportResult> {
      const at = generation;
      let raw: Uint8Array<ArrayBuffer>;
      try {
        raw = await unwrapRaw(backup.kdf, backup.wrap, passphrase);
      } catch (error) {
        if (error instanceof KdfUnavailableError) return { ok: false, reason: 'failed' };
        return { ok: false, reason: 'passphrase' };
      }
      try {
        let header: KeyHeader = { v: 1, kdf: backup.kdf, wrap: backup.wrap };
        if (belowTarget(header.kdf)) {
          const upgraded = await wrapRaw(raw, passphrase).catch(() => undefined);
          if (upgraded && !belowTarget(upgraded.kdf)) header = upgraded;
        }
        const dek = await importAesKey(copy(raw));
        let records: { id: string; value: unknown }[] | undefined;
        try {
          records = parsePayload(await openJson(dek, backup.data, backupAad(backup)));
        } catch {
          records = undefined;
        }
        if (!records) return { ok: false, reason: 'unreadable' };
        const put: { id: string; value: unknown }[] = [];
        for (const { id, value } of records) {
          put.push({ id, value: await sealJson(dek, value, itemAad(id)) });
        }
        try {
          // Drafts under the old key must not land after the new vault is written.
          await settleDrafts();
          await store.writeBatch({
            clearItems: true,
            clearMeta: true,
            put,
            meta: { [HEADER]: header },
          });
        } catch (error) {
          return { ok: false, reason: store.classifyWriteError(error) };
        }
        deps.announce?.();
        key = undefined;
        becomeUnlocked(dek, at);
        if (generation !== at) state.value = 'locked';
        return { ok: true, count: put.length };
      } finally {
        raw.fill(0);
      }
    },
  };
  return vault;
}
