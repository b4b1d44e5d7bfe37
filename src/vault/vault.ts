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
import { createThrottle } from './throttle.ts';
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
  /** A clock that only goes forward (performance.now()); never the device's date. */
  monotonic?: () => number;
  /**
   * Called when this tab replaced or removed the data key (create, change passphrase, restore,
   * destroy), and just before a change of key starts, so other tabs lock and never write records
   * under a key that is about to go.
   */
  announce?: () => void;
}

export type ImportResult =
  | { ok: true; count: number }
  /** unreadable: not a backup from this app, or damaged. */
  /** tooSlow: the file asks for more key-derivation work than this device does in a few seconds. */
  | { ok: false; reason: 'unreadable' | 'quota' | 'failed' | 'blocked' | 'tooSlow' }
  /**
   * passphrase: it did not open with that (counted). wait: not tried, still waiting after wrong
   * passphrases (one wait for every passphrase check). `waitMs` before the next try.
   */
  | { ok: false; reason: 'passphrase' | 'wait'; waitMs: number };

/** The Vault contract plus what the vault's own screens and the backup module need. */
export interface VaultImpl extends Vault {
  /** Reads storage once to learn whether a vault exists; the state is `locked` until then. */
  refresh(): Promise<VaultState>;
  /** Milliseconds before another passphrase check is allowed (0: now); see throttle.ts. */
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
  const { store } = deps;
  const state = signal<VaultState>('locked');
  let key: CryptoKey | undefined;
  /** Bumped by every lock and change of key: older work must not hand back plaintext or write. */
  let generation = 0;
  const throttle = createThrottle({
    readCount: () => store.readMeta(ATTEMPTS),
    writeCount: (n) => store.writeBatch({ meta: { [ATTEMPTS]: n > 0 ? { n } : undefined } }),
    monotonic: deps.monotonic ?? (() => performance.now()),
  });
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

  /** A new random data key, wrapped under `passphrase`, and the key itself ready to use. */
  async function freshKey(passphrase: string): Promise<{ header: KeyHeader; dek: CryptoKey }> {
    const raw = randomBytes(KEY_BYTES);
    try {
      const header = await wrapRaw(raw, passphrase);
      return { header, dek: await importAesKey(copy(raw)) };
    } finally {
      raw.fill(0);
    }
  }

  function becomeUnlocked(dek: CryptoKey, startedAt: number): void {
    if (generation !== startedAt) return; // locked while we worked: stay locked
    key = dek;
    state.value = 'unlocked';
  }

  /**
   * Checks the passphrase against the stored key, through the one throttle. On success returns
   * the raw key bytes (the caller wipes them).
   */
  async function check(
    passphrase: string,
  ): Promise<
    | { ok: true; raw: Uint8Array<ArrayBuffer>; header: KeyHeader }
    | Exclude<UnlockResult, { ok: true }>
  > {
    type Checked =
      | { ok: true; raw: Uint8Array<ArrayBuffer>; header: KeyHeader }
      | { ok: false; reason: 'passphrase' | 'unavailable' | 'absent' };
    const attempt = await throttle.attempt<Checked>(async () => {
      const stored = await store.readMeta(HEADER);
      if (stored === undefined) {
        state.value = 'absent';
        return { verdict: 'neutral', value: { ok: false, reason: 'absent' } };
      }
      if (!isKeyHeader(stored)) {
        return { verdict: 'wrong', value: { ok: false, reason: 'passphrase' } };
      }
      try {
        const raw = await unwrapRaw(stored.kdf, stored.wrap, passphrase);
        return { verdict: 'right', value: { ok: true, raw, header: stored } };
      } catch (error) {
        // The key could not be worked out here just now (worker blocked, out of memory): the
        // passphrase was never checked. Not the person's mistake: do not count it or add a wait.
        if (error instanceof KdfUnavailableError) {
          return { verdict: 'neutral', value: { ok: false, reason: 'unavailable' } };
        }
        return { verdict: 'wrong', value: { ok: false, reason: 'passphrase' } };
      }
    });
    if (!attempt.ran) return { ok: false, reason: 'passphrase', waitMs: attempt.waitMs };
    const { value } = attempt;
    if (value.ok) return value;
    if (value.reason === 'passphrase')
      return { ok: false, reason: 'passphrase', waitMs: attempt.waitMs };
    return { ok: false, reason: value.reason };
  }

  /**
   * Every stored record, opened with `from` and sealed again with `to` (padded), ready for one
   * write. A record that does not open (damaged) is left out of the write, so it stays stored
   * exactly as it was: it is never dropped, and no key could open it anyway.
   */
  async function reseal(from: CryptoKey, to: CryptoKey): Promise<{ id: string; value: unknown }[]> {
    const put: { id: string; value: unknown }[] = [];
    for (const { id, value } of await store.readItems('')) {
      if (!isSealed(value)) continue;
      const opened = await openJson(from, value, itemAad(id)).then(
        (plain) => ({ plain }),
        () => undefined,
      );
      if (opened) put.push({ id, value: await sealJson(to, opened.plain, itemAad(id)) });
    }
    return put;
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
      return throttle.waitMs();
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
        if (belowTarget(header.kdf)) {
          // Stored with weaker settings than today's: re-wrap the same key with the current ones.
          const upgraded = await wrapRaw(raw, passphrase).catch(() => undefined);
          if (upgraded && !belowTarget(upgraded.kdf)) {
            // Unlocking works even if this fails.
            await store.writeBatch({ meta: { [HEADER]: upgraded } }).catch(() => undefined);
          }
        }
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

    /**
     * A new passphrase gets a new data key: every record is opened with the old key and sealed
     * with the new one, all before the one transaction that writes them together with the new
     * header. A crash or a closed tab part-way leaves exactly the old vault or exactly the new
     * one, and backups made before (old key, old passphrase) open nothing saved from now on.
     */
    async changePassphrase(current, next): Promise<UnlockResult> {
      if (!next) throw new Error('empty passphrase');
      const checked = await check(current);
      if (!checked.ok) return checked;
      let oldDek: CryptoKey;
      try {
        oldDek = await importAesKey(copy(checked.raw));
      } finally {
        checked.raw.fill(0);
      }
      deps.announce?.(); // other tabs lock now, so none writes under the old key meanwhile
      // Drafts typed so far are written under the old key first, so the re-seal below carries
      // them to the new key instead of leaving a record no key opens.
      await flushWith(oldDek);
      const at = generation;
      const { header, dek } = await freshKey(next);
      const put = await reseal(oldDek, dek);
      await store.writeBatch({ put, meta: { [HEADER]: header } });
      // Work started before the change (under the old key) must not finish: bump the generation.
      const stillUnlocked = key !== undefined && generation === at;
      generation += 1;
      key = stillUnlocked ? dek : undefined;
      if (!stillUnlocked && state.value === 'unlocked') state.value = 'locked';
      deps.announce?.();
      return { ok: true };
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

    /**
     * Restores a checked backup under a new data key (re-keyed, as on a passphrase change): the
     * device never shares a key with a file that may be in someone else's hands, so that file
     * opens nothing saved here later. The passphrase stays the file's. Wrong passphrases count in
     * the one throttle; a right one leaves the count as it was (it proves nothing about this
     * device's own passphrase), and replacing the vault keeps the count too.
     */
    async restoreBackup(backup, passphrase): Promise<ImportResult> {
      const at = generation;
      type Opened = { raw: Uint8Array<ArrayBuffer> } | { reason: 'passphrase' | 'failed' };
      const attempt = await throttle.attempt<Opened>(async () => {
        try {
          const raw = await unwrapRaw(backup.kdf, backup.wrap, passphrase);
          return { verdict: 'neutral', value: { raw } };
        } catch (error) {
          if (error instanceof KdfUnavailableError) {
            return { verdict: 'neutral', value: { reason: 'failed' } };
          }
          return { verdict: 'wrong', value: { reason: 'passphrase' } };
        }
      });
      if (!attempt.ran) return { ok: false, reason: 'wait', waitMs: attempt.waitMs };
      if ('reason' in attempt.value) {
        const { reason } = attempt.value;
        return reason === 'passphrase'
          ? { ok: false, reason, waitMs: attempt.waitMs }
          : { ok: false, reason };
      }
      const fileDek = await importAesKey(attempt.value.raw);
      let records: { id: string; value: unknown }[] | undefined;
      try {
        records = parsePayload(
          await openJson(fileDek, backup.data, backupAad(backup, backup.file)),
        );
      } catch {
        records = undefined;
      }
      if (!records) return { ok: false, reason: 'unreadable' };
      let fresh: { header: KeyHeader; dek: CryptoKey };
      try {
        fresh = await freshKey(passphrase);
      } catch {
        return { ok: false, reason: 'failed' };
      }
      const put: { id: string; value: unknown }[] = [];
      for (const { id, value } of records) {
        put.push({ id, value: await sealJson(fresh.dek, value, itemAad(id)) });
      }
      const count = await throttle.count();
      try {
        // Drafts under the old key must not land after the new vault is written.
        await settleDrafts();
        await store.writeBatch({
          clearItems: true,
          clearMeta: true,
          put,
          meta: { [HEADER]: fresh.header, [ATTEMPTS]: count > 0 ? { n: count } : undefined },
        });
      } catch (error) {
        return { ok: false, reason: store.classifyWriteError(error) };
      }
      deps.announce?.();
      key = undefined;
      becomeUnlocked(fresh.dek, at);
      if (generation !== at) state.value = 'locked';
      return { ok: true, count: put.length };
    },
  };
  return vault;
}
