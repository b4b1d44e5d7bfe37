import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBDatabase as FakeDatabase } from 'fake-indexeddb';
import * as store from '../storage/vault-store.ts';
import { blockWrites } from '../storage/write-guard.ts';
import { getPref, setPref } from '../storage/prefs.ts';
import { ARGON2, PBKDF2, pbkdf2Params, type KdfParams } from './kdf.ts';
import { backoffMs } from './backoff.ts';
import { CANARY, dumpStorage, fakeKdf, freshDb, testVault } from './testing.ts';
import { createVault } from './vault.ts';
import { paddedLength, randomBytes } from './crypto.ts';

beforeEach(freshDb);
afterEach(() => blockWrites(false));

const PASS = 'river candle orbit maple';

describe('vault', () => {
  it('starts absent, then create leaves it unlocked and records round-trip', async () => {
    const { vault } = testVault();
    expect(await vault.refresh()).toBe('absent');
    await vault.create(PASS);
    expect(vault.state.value).toBe('unlocked');
    expect(await vault.put([{ id: 'p:one', value: { text: CANARY } }])).toEqual({ ok: true });
    expect(await vault.get('p:one')).toEqual({ text: CANARY });
    expect(await vault.get('p:none')).toBeUndefined();
  });

  it('list returns only the records under a prefix, decrypted', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    await vault.put([
      { id: 'd:1', value: 1 },
      { id: 'd:2', value: 2 },
      { id: 'p:x', value: 'x' },
    ]);
    expect(await vault.list('d:')).toEqual([
      { id: 'd:1', value: 1 },
      { id: 'd:2', value: 2 },
    ]);
    expect(await vault.remove(['d:1'])).toEqual({ ok: true });
    expect((await vault.list('d:')).map((r) => r.id)).toEqual(['d:2']);
  });

  it('P12: the canary never reaches storage, locked or unlocked', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    await vault.put([{ id: 'p:notes', value: { text: `${CANARY} ${CANARY}` } }]);
    expect(await dumpStorage()).not.toContain(CANARY);
    expect(await dumpStorage()).not.toContain(PASS);
    vault.lock();
    expect(await dumpStorage()).not.toContain(CANARY);
  });

  it('P13: lock drops the key at once; reads throw and writes refuse until unlocked', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    await vault.put([{ id: 'p:one', value: 'secret' }]);
    const pending = vault.get('p:one');
    vault.lock();
    await expect(pending).rejects.toThrow('locked');
    expect(vault.state.value).toBe('locked');
    await expect(vault.get('p:one')).rejects.toThrow('locked');
    expect(await vault.put([{ id: 'p:one', value: 'x' }])).toEqual({ ok: false, reason: 'locked' });
    expect(await vault.unlock(PASS)).toEqual({ ok: true });
    expect(await vault.get('p:one')).toBe('secret');
  });

  it('a new instance (a reload) finds the vault locked and opens it with the passphrase', async () => {
    const first = testVault();
    await first.vault.create(PASS);
    await first.vault.put([{ id: 'p:one', value: 42 }]);
    const { vault } = testVault(first.kdf);
    expect(await vault.refresh()).toBe('locked');
    expect(await vault.unlock(PASS)).toEqual({ ok: true });
    expect(await vault.get('p:one')).toBe(42);
  });

  it('P17: a wrong passphrase changes nothing but the failure count, which survives a reload', async () => {
    let clock = 1_000_000;
    const kdf = fakeKdf();
    const { vault } = testVault(kdf, { monotonic: () => clock });
    await vault.create(PASS);
    await vault.put([{ id: 'p:one', value: 'kept' }]);
    vault.lock();
    const before = await dumpStorage();
    for (let i = 1; i <= 3; i += 1) {
      expect(await vault.unlock('wrong')).toEqual({ ok: false, reason: 'passphrase', waitMs: 0 });
    }
    expect(await vault.unlock('wrong')).toEqual({
      ok: false,
      reason: 'passphrase',
      waitMs: backoffMs(4),
    });
    expect(vault.state.value).toBe('locked');
    // Only the failure count differs from before: with it taken out, storage is exactly the same.
    const attempts = await store.readMeta('a');
    expect(attempts).toEqual({ n: 4 }); // a count only: no device time is kept or trusted
    await store.writeBatch({ meta: { a: undefined } });
    expect(await dumpStorage()).toBe(before);
    await store.writeBatch({ meta: { a: attempts } });

    // A reload (new instance) still has to wait, and no key derivation runs while waiting.
    const reloaded = testVault(kdf, { monotonic: () => clock }).vault;
    const calls = kdf.calls.length;
    const waiting = await reloaded.unlock(PASS);
    expect(waiting.ok).toBe(false);
    expect(kdf.calls.length).toBe(calls);
    expect(await reloaded.waitMs()).toBe(backoffMs(4));

    clock += backoffMs(4);
    expect(await reloaded.unlock(PASS)).toEqual({ ok: true });
    expect(await reloaded.waitMs()).toBe(0);
    expect(await reloaded.get('p:one')).toBe('kept');
  });

  it('P17: damaged key data gives exactly the same answer as a wrong passphrase', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    vault.lock();
    const header = (await store.readMeta('k')) as { wrap: { ct: Uint8Array } };
    const ct = header.wrap.ct;
    ct[3] = (ct[3] ?? 0) ^ 1;
    await store.writeBatch({ meta: { k: header } });
    const damaged = await vault.unlock(PASS);
    const fresh = testVault();
    await freshDb();
    await fresh.vault.create(PASS);
    fresh.vault.lock();
    const wrong = await fresh.vault.unlock('not it');
    expect(damaged).toEqual(wrong);
  });

  it('P17: a key derivation that cannot run is not a wrong try: no count, no wait, no change', async () => {
    const clock = 1_000_000;
    const kdf = fakeKdf();
    const { vault } = testVault(kdf, { monotonic: () => clock });
    await vault.create(PASS);
    await vault.put([{ id: 'p:one', value: 'kept' }]);
    vault.lock();
    // Two real wrong tries first, so the test can see that the count does not move afterwards.
    await vault.unlock('wrong');
    await vault.unlock('wrong');
    expect(await store.readMeta('a')).toMatchObject({ n: 2 });
    const before = await dumpStorage();

    // The stored key uses Argon2id, which now cannot run (worker blocked, out of memory).
    kdf.noArgon2 = true;
    for (let i = 0; i < 5; i += 1) {
      expect(await vault.unlock(PASS)).toEqual({ ok: false, reason: 'unavailable' });
    }
    expect(vault.state.value).toBe('locked');
    expect(await store.readMeta('a')).toMatchObject({ n: 2 });
    expect(await vault.waitMs()).toBe(0);
    expect(await dumpStorage()).toBe(before);

    // Once the key can be worked out again, the same passphrase opens everything as it was.
    kdf.noArgon2 = false;
    expect(await vault.unlock(PASS)).toEqual({ ok: true });
    expect(await store.readMeta('a')).toBeUndefined();
    expect(await vault.get('p:one')).toBe('kept');
  });

  it('P17: changing the passphrase when the key derivation cannot run changes nothing', async () => {
    const kdf = fakeKdf();
    const { vault } = testVault(kdf);
    await vault.create(PASS);
    await vault.put([{ id: 'p:one', value: 'kept' }]);
    const before = await dumpStorage();

    kdf.noArgon2 = true;
    expect(await vault.changePassphrase(PASS, 'new words here')).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(await store.readMeta('a')).toBeUndefined();
    expect(await vault.waitMs()).toBe(0);
    expect(await dumpStorage()).toBe(before);

    // The old passphrase still opens it, and the change works once the key can be worked out.
    kdf.noArgon2 = false;
    vault.lock();
    expect(await vault.unlock(PASS)).toEqual({ ok: true });
    expect(await vault.get('p:one')).toBe('kept');
    expect(await vault.changePassphrase(PASS, 'new words here')).toEqual({ ok: true });
    vault.lock();
    expect(await vault.unlock('new words here')).toEqual({ ok: true });
  });

  it('P17: any other failure to work out the key is not a wrong try either', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    vault.lock();
    const before = await dumpStorage();
    // The same device data, opened by an instance whose key derivation fails in another way
    // (for example WebCrypto out of memory while running PBKDF2).
    const failing = createVault({
      derive: () => Promise.reject(new DOMException('no memory', 'OperationError')),
      store,
    });
    await failing.refresh();
    for (let i = 0; i < 5; i += 1) {
      expect(await failing.unlock(PASS)).toEqual({ ok: false, reason: 'unavailable' });
    }
    expect(await failing.changePassphrase(PASS, 'new words here')).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(await failing.waitMs()).toBe(0);
    expect(await dumpStorage()).toBe(before);
    expect(await vault.unlock(PASS)).toEqual({ ok: true });
  });

  it('unlocking when no vault is on this device says so and counts nothing', async () => {
    const { vault } = testVault();
    expect(await vault.unlock(PASS)).toEqual({ ok: false, reason: 'absent' });
    expect(vault.state.value).toBe('absent');
    expect(await store.readMeta('a')).toBeUndefined();
  });

  it('issue 12 point 1: changing the passphrase makes a new data key and re-encrypts every record', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    await vault.put([
      { id: 'p:one', value: 'same' },
      { id: 'd:two', value: { what: 'kept too' } },
    ]);
    const oldHeader = await store.readMeta('k');
    const itemsBefore = await store.readItems('');
    expect(await vault.changePassphrase('wrong', 'new words here')).toEqual({
      ok: false,
      reason: 'passphrase',
      waitMs: 0,
    });
    expect(await store.readItems('')).toEqual(itemsBefore);
    expect(await vault.changePassphrase(PASS, 'new words here')).toEqual({ ok: true });
    // Still open, under the new key, with the same records.
    expect(vault.state.value).toBe('unlocked');
    expect(await vault.get('p:one')).toBe('same');
    const itemsAfter = await store.readItems('');
    expect(itemsAfter.map((r) => r.id)).toEqual(itemsBefore.map((r) => r.id));
    for (const [i, after] of itemsAfter.entries()) {
      expect(after.value).not.toEqual(itemsBefore[i]?.value);
    }
    vault.lock();
    expect((await vault.unlock(PASS)).ok).toBe(false);
    expect(await vault.unlock('new words here')).toEqual({ ok: true });
    expect(await vault.list('')).toEqual([
      { id: 'd:two', value: { what: 'kept too' } },
      { id: 'p:one', value: 'same' },
    ]);

    // The old passphrase with the old key header (as in a backup made before) opens the old
    // key, and that key opens nothing stored now.
    await store.writeBatch({ meta: { k: oldHeader } });
    vault.lock();
    expect(await vault.unlock(PASS)).toEqual({ ok: true });
    await expect(vault.get('p:one')).rejects.toThrow();
  });

  it('issue 12 point 1: a change of passphrase that cannot be written leaves exactly the old vault', async () => {
    const { vault, kdf } = testVault();
    await vault.create(PASS);
    await vault.put([{ id: 'p:one', value: 'same' }]);
    const before = await dumpStorage();
    const failing = createVault({
      derive: kdf.derive,
      store: {
        ...store,
        writeBatch: (batch) =>
          batch.put?.length ? Promise.reject(new Error('disk full')) : store.writeBatch(batch),
      },
    });
    expect(await failing.unlock(PASS)).toEqual({ ok: true });
    await expect(failing.changePassphrase(PASS, 'new words here')).rejects.toThrow();
    expect(await dumpStorage()).toBe(before);
    vault.lock();
    expect(await vault.unlock(PASS)).toEqual({ ok: true });
    expect(await vault.get('p:one')).toBe('same');
  });

  it('issue 12 point 1: a record that does not open is kept as it was through a change', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    await vault.put([{ id: 'p:one', value: 'fine' }]);
    const damaged = { iv: new Uint8Array(12), ct: new Uint8Array(40) };
    await store.writeBatch({ put: [{ id: 'p:bad', value: damaged }] });
    expect(await vault.changePassphrase(PASS, 'new words here')).toEqual({ ok: true });
    expect(await store.readItem('p:bad')).toEqual(damaged);
    expect(await vault.get('p:one')).toBe('fine');
  });

  it('issue 12 point 5: every record is padded to a size bucket, so text length does not show', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    const sizes: Record<string, number> = {};
    for (const length of [0, 1, 100, 400, 600, 1000, 5000]) {
      const id = `p:n${String(length)}`;
      await vault.put([{ id, value: { text: 'x'.repeat(length) } }]);
      sizes[length] = ((await store.readItem(id)) as { ct: Uint8Array }).ct.length;
      expect(await vault.get(id)).toEqual({ text: 'x'.repeat(length) });
    }
    expect(new Set([sizes[0], sizes[1], sizes[100], sizes[400]]).size).toBe(1);
    expect(sizes[600]).toBe(sizes[1000]);
    expect(sizes[5000]).toBeGreaterThan(sizes[1000] ?? 0);
    expect(paddedLength(1)).toBe(512);
    expect(paddedLength(513)).toBe(1024);
    expect(paddedLength(40_000)).toBe(65_536);
  });

  it('destroy (start again) removes the vault and its records, and keeps settings', async () => {
    const { vault } = testVault();
    await setPref('lang', 'en');
    await vault.create(PASS);
    await vault.put([{ id: 'p:one', value: 1 }]);
    await vault.unlock('wrong');
    await vault.destroy();
    expect(vault.state.value).toBe('absent');
    expect(await store.readItems('')).toEqual([]);
    expect(await store.readMeta('a')).toBeUndefined();
    expect(await getPref('lang')).toBe('en');
    await vault.create('another one');
    expect(await vault.list('')).toEqual([]);
  });

  it('P23: a save is one transaction with strict durability; a failing save writes nothing', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    await vault.put([{ id: 'p:a', value: 'old' }]);
    const spy = vi.spyOn(FakeDatabase.prototype, 'transaction');
    await vault.put([
      { id: 'p:a', value: 'new' },
      { id: 'p:b', value: 'new' },
    ]);
    const writes = spy.mock.calls.filter((call) => call[1] === 'readwrite');
    expect(writes).toHaveLength(1);
    expect(writes[0]?.[2]).toEqual({ durability: 'strict' });
    spy.mockRestore();

    // An id that may not be stored fails the whole batch before anything is written.
    expect(
      await vault.put([
        { id: 'p:a', value: 'newer' },
        { id: 'bad id with spaces', value: 1 },
      ]),
    ).toEqual({ ok: false, reason: 'failed' });
    expect(await vault.get('p:a')).toBe('new');
  });

  it('P24: a full device reports quota and keeps the earlier data', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const { vault } = testVault();
    await vault.create(PASS);
    await vault.put([{ id: 'p:a', value: 'safe' }]);
    const full = createVault({
      derive: fakeKdf().derive,
      store: { ...store, writeBatch: () => Promise.reject(quota) },
    });
    // The same device data, opened by an instance whose writes hit a full disk.
    await full.refresh();
    expect(await full.unlock(PASS)).toEqual({ ok: true });
    expect(await full.put([{ id: 'p:a', value: 'lost?' }])).toEqual({ ok: false, reason: 'quota' });
    expect(await full.get('p:a')).toBe('safe');
  });

  it('show mode: saving reports blocked and writes nothing', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    blockWrites(true);
    expect(await vault.put([{ id: 'p:a', value: 1 }])).toEqual({ ok: false, reason: 'blocked' });
    blockWrites(false);
    expect(await vault.get('p:a')).toBeUndefined();
  });
});

describe('key derivation settings (P16)', () => {
  it('P16: a new vault stores Argon2id at m=64 MiB, t=3, p=1 with a 16-byte salt', async () => {
    const { vault, kdf } = testVault();
    await vault.create(PASS);
    const header = (await store.readMeta('k')) as { kdf: KdfParams };
    expect(header.kdf).toMatchObject({ alg: 'argon2id', m: 65_536, t: 3, p: 1 });
    expect(header.kdf.salt).toHaveLength(16);
    expect(kdf.calls.every((p) => p.alg === 'argon2id')).toBe(true);
  });

  it('P16: never below the floor: OWASP m >= 19 MiB, t >= 2; PBKDF2 >= 600,000', () => {
    expect(ARGON2.target.m).toBeGreaterThanOrEqual(19_456);
    expect(ARGON2.floor.m).toBeGreaterThanOrEqual(19_456);
    expect(ARGON2.floor.t).toBeGreaterThanOrEqual(2);
    expect(PBKDF2.target).toBeGreaterThanOrEqual(600_000);
    expect(PBKDF2.floor).toBeGreaterThanOrEqual(600_000);
  });

  it('P16: without WebAssembly it falls back to PBKDF2, and upgrades to Argon2id once it can', async () => {
    const kdf = fakeKdf();
    kdf.noArgon2 = true;
    const { vault } = testVault(kdf);
    await vault.create(PASS);
    expect(((await store.readMeta('k')) as { kdf: KdfParams }).kdf).toMatchObject({
      alg: 'pbkdf2',
      i: 600_000,
    });
    vault.lock();
    kdf.noArgon2 = false;
    expect(await vault.unlock(PASS)).toEqual({ ok: true });
    expect(((await store.readMeta('k')) as { kdf: KdfParams }).kdf.alg).toBe('argon2id');
    vault.lock();
    expect(await vault.unlock(PASS)).toEqual({ ok: true });
  });

  it('P16: a vault stored with older, weaker settings is re-wrapped on unlock', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    await vault.put([{ id: 'p:one', value: 'old vault' }]);
    // Rewrite the header as an older version would have: Argon2id at the floor.
    const { wrapAad } = await import('./backup-format.ts');
    const { importAesKey, open, seal } = await import('./crypto.ts');
    const header = (await store.readMeta('k')) as {
      kdf: KdfParams;
      wrap: { iv: Uint8Array; ct: Uint8Array };
    };
    const kdf = fakeKdf();
    const kek = await importAesKey(await kdf.derive(PASS, header.kdf));
    const raw = await open(kek, header.wrap, wrapAad(header.kdf));
    const oldKdf: KdfParams = { alg: 'argon2id', m: 19_456, t: 2, p: 1, salt: randomBytes(16) };
    const oldKek = await importAesKey(await kdf.derive(PASS, oldKdf));
    const wrap = await seal(oldKek, raw, wrapAad(oldKdf));
    await store.writeBatch({ meta: { k: { v: 1, kdf: oldKdf, wrap } } });

    const reloaded = testVault().vault;
    expect(await reloaded.unlock(PASS)).toEqual({ ok: true });
    const after = (await store.readMeta('k')) as { kdf: KdfParams };
    expect(after.kdf).toMatchObject({ alg: 'argon2id', m: 65_536, t: 3, p: 1 });
    expect(await reloaded.get('p:one')).toBe('old vault');
    reloaded.lock();
    expect(await reloaded.unlock(PASS)).toEqual({ ok: true });
  });

  it('P16: a stored header below the floor is refused like a wrong passphrase', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    const header = (await store.readMeta('k')) as Record<string, unknown>;
    await store.writeBatch({ meta: { k: { ...header, kdf: pbkdf2Params(randomBytes(16)) } } });
    const weak = (await store.readMeta('k')) as { kdf: { i: number } };
    weak.kdf.i = 1000;
    await store.writeBatch({ meta: { k: weak } });
    vault.lock();
    expect((await vault.unlock(PASS)).ok).toBe(false);
  });
});

describe('other tabs', () => {
  it('are told when this tab creates, re-keys, restores or deletes the vault, not on saves', async () => {
    const announce = vi.fn();
    const { vault } = testVault(fakeKdf(), { announce });
    await vault.create(PASS);
    expect(announce).toHaveBeenCalledTimes(1);
    await vault.put([{ id: 'p:a', value: 1 }]);
    expect(announce).toHaveBeenCalledTimes(1);
    // Before the change starts (other tabs lock) and once it is written.
    await vault.changePassphrase(PASS, 'other words here');
    expect(announce).toHaveBeenCalledTimes(3);
    await vault.destroy();
    expect(announce).toHaveBeenCalledTimes(4);
  });
});
