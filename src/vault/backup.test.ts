import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupFileName, exportBackup, importBackup, parseBackup } from './backup.ts';
import { CANARY, dumpStorage, fakeKdf, freshDb, testVault } from './testing.ts';
import {
  copy,
  importAesKey,
  randomBytes,
  seal,
  sealJson,
  toBase64,
  type Sealed,
} from './crypto.ts';
import { argon2Params, KdfUnavailableError } from './kdf.ts';
import { backupAad, encodeBackupV1, wrapAad } from './backup-format.ts';
import { backoffMs } from './backoff.ts';
import { createVault, type VaultImpl } from './vault.ts';
import * as store from '../storage/vault-store.ts';
import { propertyRuns } from '../../test/depth.ts';

beforeEach(freshDb);

const PASS = 'lantern pebble harbour mint';
const DENY =
  /abuse|domestic|violence|safety.?plan|escape|refuge|shelter|dv\b|help|plan|diary|vault|secret/i;

async function seeded(records: { id: string; value: unknown }[]) {
  const made = testVault();
  await made.vault.create(PASS);
  if (records.length) expect(await made.vault.put(records)).toEqual({ ok: true });
  return made;
}

const recordArb = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z][a-z0-9:._-]{0,30}$/),
    value: fc.jsonValue(),
  }),
  { selector: (r) => r.id, maxLength: 8 },
);

describe('backup (P27, P28)', () => {
  it('P27: export, start again, import gives back exactly the same records', async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, async (records) => {
        await freshDb();
        const { vault } = await seeded(records);
        const file = await exportBackup(vault);
        await vault.destroy();
        const other = testVault().vault; // another device: nothing there yet
        await other.refresh();
        expect(await importBackup(other, file.text, PASS)).toEqual({
          ok: true,
          count: records.length,
        });
        expect(other.state.value).toBe('unlocked');
        const expected = records
          .map((r) => ({ id: r.id, value: JSON.parse(JSON.stringify(r.value)) as unknown }))
          .sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(await other.list('')).toEqual(expected);
        other.lock();
        expect(await other.unlock(PASS)).toEqual({ ok: true });
      }),
      { numRuns: propertyRuns(10_000) },
    );
  }, 300_000);

  it('P27: the file name and contents look ordinary and hold no plaintext', async () => {
    const { vault } = await seeded([{ id: 'p:notes', value: { text: CANARY } }]);
    const file = await exportBackup(vault, new Date('2026-05-01T10:00:00Z'));
    expect(file.fileName).toBe('tools-backup-2026-05-01.json');
    expect(file.fileName).not.toMatch(DENY);
    expect(file.text).not.toContain(CANARY);
    expect(file.text).not.toContain(toBase64(new TextEncoder().encode(CANARY)));
    expect(file.text).not.toContain('p:notes');
    const json = JSON.parse(file.text) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['f', 'v', 'h', 'd']);
    expect(json['f']).toBe('tools-backup');
    // Issue 12 point 5: no label says how it is locked or what is inside, only two opaque runs.
    const labels = JSON.stringify({ ...json, h: '', d: '' });
    expect(labels).not.toMatch(/argon|pbkdf|aes|gcm|a256|wrap|kdf|salt|key|data|iv"/i);
    expect(json['h']).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(json['d']).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(backupFileName()).toMatch(/^tools-backup-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('P28: a wrong passphrase or a changed header changes nothing', async () => {
    const { vault } = await seeded([{ id: 'p:a', value: 'device' }]);
    const { text } = await exportBackup(vault);
    await vault.put([{ id: 'p:a', value: 'newer on device' }]);
    const before = JSON.stringify([await store.readItems(''), await store.readMeta('k')]);
    expect(await importBackup(vault, text, 'not the passphrase')).toEqual({
      ok: false,
      reason: 'passphrase',
      waitMs: 0,
    });
    // Flip a byte of the salt (at byte 13 of the header): the key differs, so the wrapped key
    // fails its check.
    const json = JSON.parse(text) as { h: string };
    const header = Uint8Array.from(atob(json.h), (c) => c.charCodeAt(0));
    header[13] = (header[13] ?? 0) ^ 1;
    json.h = toBase64(header);
    expect((await importBackup(vault, JSON.stringify(json), PASS)).ok).toBe(false);
    // Only the count of wrong tries changed (one throttle for every passphrase check).
    expect(JSON.stringify([await store.readItems(''), await store.readMeta('k')])).toBe(before);
    expect(await store.readMeta('a')).toEqual({ n: 2 });
    expect(await vault.get('p:a')).toBe('newer on device');
  });

  it('P28: 10,000 malformed files are rejected before any key derivation, with no effect', async () => {
    const { vault, kdf } = await seeded([{ id: 'p:a', value: 'kept' }]);
    const valid = JSON.parse((await exportBackup(vault)).text) as Record<string, unknown>;
    const before = await dumpStorage();
    const calls = kdf.calls.length;

    const key = fc.constantFrom('f', 'v', 'h', 'd', 'kdf', '__proto__', 'constructor', 'x');
    const wild = fc.oneof(
      fc.jsonValue(),
      fc.string(),
      fc.constantFrom(2 ** 32, -1, 0, 1.5, NaN, null, '', 'A'.repeat(70_000)),
      fc.constant(
        JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'),
      ),
    );
    const mutation = fc.oneof(
      // drop, replace or add a top-level field
      fc.record({ op: fc.constant('drop'), key }),
      fc.record({ op: fc.constant('set'), key, value: wild }),
      // change one KDF field, including huge costs (m = 2^32) and tiny ones
      fc.record({
        op: fc.constant('kdf'),
        field: fc.constantFrom('alg', 'm', 't', 'p', 'i', 'salt', '__proto__'),
        value: fc.oneof(wild, fc.integer(), fc.constantFrom(2 ** 32, 2 ** 20, 1, 10 ** 9)),
      }),
      // cut, extend or change the binary header or the data
      fc.record({
        op: fc.constant('bytes'),
        field: fc.constantFrom('h', 'd'),
        at: fc.nat({ max: 120 }),
        cut: fc.boolean(),
        value: fc.uint8Array({ maxLength: 8 }),
      }),
    );
    const text = fc.oneof(
      { weight: 6, arbitrary: mutation.map((m) => mutate(valid, m)) },
      { weight: 2, arbitrary: fc.jsonValue().map((j) => JSON.stringify(j)) },
      { weight: 1, arbitrary: fc.string() },
      {
        weight: 1,
        arbitrary: fc.uint8Array({ maxLength: 512 }).map((b) => String.fromCharCode(...b)),
      },
    );

    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const parsed = parseBackup(input);
        if (!('problem' in parsed)) {
          // A mutation that kept the file valid in shape (e.g. same value) may go on to the KDF.
          return;
        }
        const result = await importBackup(vault, input, PASS);
        expect(result).toEqual({ ok: false, reason: parsed.problem });
        expect(kdf.calls.length).toBe(calls);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: propertyRuns(10_000) },
    );
    expect(await dumpStorage()).toBe(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
  }, 120_000);

  it('P28: an oversized file is refused without being read', async () => {
    const { vault, kdf } = await seeded([]);
    const huge = new Blob(['x'.repeat(5 * 1024 * 1024 + 1)]);
    expect(await importBackup(vault, huge, PASS)).toEqual({ ok: false, reason: 'unreadable' });
    expect(kdf.calls).toHaveLength(1); // only the one from create
  });

  it('P28: KDF settings outside the bounds are refused before any work', async () => {
    const { vault, kdf } = await seeded([]);
    const valid = JSON.parse(await oldFormat(vault)) as { kdf: Record<string, unknown> };
    for (const change of [
      { m: 2 ** 32 },
      { m: 1024 },
      { t: 1 },
      { t: 1000 },
      { p: 64 },
      { alg: 'scrypt' },
    ]) {
      const text = JSON.stringify({ ...valid, kdf: { ...valid.kdf, ...change } });
      expect(parseBackup(text)).toEqual({ problem: 'unreadable' });
    }
    const pbkdf2 = { alg: 'pbkdf2', i: 1000, salt: valid.kdf['salt'] };
    expect(parseBackup(JSON.stringify({ ...valid, kdf: pbkdf2 }))).toEqual({
      problem: 'unreadable',
    });
    expect(kdf.calls).toHaveLength(1);
  });

  it('issue 12 point 5: a file asking for more work than this device does in seconds gets its own message', async () => {
    const { vault, kdf } = await seeded([{ id: 'p:a', value: 'kept' }]);
    const before = await dumpStorage();
    const valid = JSON.parse(await oldFormat(vault)) as { kdf: Record<string, unknown> };
    for (const change of [{ m: 262_144 }, { t: 10 }, { m: 131_072, t: 4 }]) {
      const text = JSON.stringify({ ...valid, kdf: { ...valid.kdf, ...change } });
      expect(parseBackup(text)).toEqual({ problem: 'tooSlow' });
      expect(await importBackup(vault, text, PASS)).toEqual({ ok: false, reason: 'tooSlow' });
    }
    // The same in today's format: m = 256 MiB written into the binary header.
    const json = JSON.parse((await exportBackup(vault)).text) as { h: string };
    const header = Uint8Array.from(atob(json.h), (c) => c.charCodeAt(0));
    new DataView(header.buffer).setUint32(1, 262_144);
    json.h = toBase64(header);
    expect(await importBackup(vault, JSON.stringify(json), PASS)).toEqual({
      ok: false,
      reason: 'tooSlow',
    });
    const pbkdf2 = { alg: 'pbkdf2', i: 5_000_000, salt: valid.kdf['salt'] };
    expect(parseBackup(JSON.stringify({ ...valid, kdf: pbkdf2 }))).toEqual({ problem: 'tooSlow' });
    // Twice today's settings still open (a newer device may ask for more than this one).
    const doubled = JSON.stringify({ ...valid, kdf: { ...valid.kdf, m: 131_072 } });
    expect('problem' in parseBackup(doubled)).toBe(false);
    expect(kdf.calls).toHaveLength(1); // only the one from create
    expect(await dumpStorage()).toBe(before);
  });

  it('issue 12 point 5: an IV of the wrong length is refused before any key derivation', async () => {
    const { vault, kdf } = await seeded([{ id: 'p:a', value: 'kept' }]);
    const valid = JSON.parse(await oldFormat(vault)) as Record<string, Record<string, string>>;
    // 16 base64 characters, as a 12-byte IV has, that decode to only 10 bytes.
    const short = toBase64(new Uint8Array(10));
    expect(short).toHaveLength(16);
    for (const box of ['wrap', 'data']) {
      const text = JSON.stringify({ ...valid, [box]: { ...valid[box], iv: short } });
      expect(await importBackup(vault, text, PASS)).toEqual({ ok: false, reason: 'unreadable' });
    }
    expect(kdf.calls).toHaveLength(1);
    expect(await vault.get('p:a')).toBe('kept');
  });

  it('issue 12 point 5: files in the older format (version 1) still restore', async () => {
    const { vault } = await seeded([{ id: 'p:a', value: { text: 'from before' } }]);
    const text = await oldFormat(vault);
    expect(text).toContain('"argon2id"');
    await vault.destroy();
    const other = testVault().vault;
    expect(await importBackup(other, text, PASS)).toEqual({ ok: true, count: 1 });
    expect(await other.get('p:a')).toEqual({ text: 'from before' });
  });

  it('issue 12 point 1: a restored backup is re-keyed: the file shares no key with this device', async () => {
    const { vault } = await seeded([{ id: 'p:a', value: 'secret' }]);
    const { text } = await exportBackup(vault);
    const file = parseBackup(text);
    if ('problem' in file) throw new Error('bad file');
    await vault.destroy();
    const other = testVault().vault;
    expect(await importBackup(other, text, PASS)).toEqual({ ok: true, count: 1 });
    const header = (await store.readMeta('k')) as { kdf: { salt: Uint8Array }; wrap: Sealed };
    expect(toBase64(header.kdf.salt)).not.toBe(toBase64(file.kdf.salt));
    // Someone holding the file and its passphrase puts its key header on the device: the
    // passphrase opens the file's key, but that key opens nothing stored here now.
    await store.writeBatch({ meta: { k: { v: 1, kdf: file.kdf, wrap: file.wrap } } });
    other.lock();
    expect(await other.unlock(PASS)).toEqual({ ok: true });
    await expect(other.get('p:a')).rejects.toThrow();
  });

  it('issue 12 point 2: restore shares the one throttle, and a right guess does not wipe the count', async () => {
    let clock = 0;
    const kdf = fakeKdf();
    const made = testVault(kdf, { monotonic: () => clock });
    await made.vault.create(PASS);
    const { text } = await exportBackup(made.vault);
    made.vault.lock();
    for (let i = 0; i < 2; i += 1) expect((await made.vault.unlock('wrong')).ok).toBe(false);
    for (let i = 0; i < 2; i += 1) {
      expect((await importBackup(made.vault, text, 'wrong')).ok).toBe(false);
    }
    expect(await store.readMeta('a')).toEqual({ n: 4 });
    // Still waiting: the file is not even tried, and no key derivation runs.
    const calls = kdf.calls.length;
    expect(await importBackup(made.vault, text, PASS)).toEqual({
      ok: false,
      reason: 'wait',
      waitMs: backoffMs(4),
    });
    expect(kdf.calls.length).toBe(calls);
    clock += backoffMs(4);
    expect(await importBackup(made.vault, text, PASS)).toEqual({ ok: true, count: 0 });
    // The right guess on a file kept the count: the next wrong try waits longer, not from zero.
    expect(await store.readMeta('a')).toEqual({ n: 4 });
    made.vault.lock();
    expect(await made.vault.unlock('wrong again')).toEqual({
      ok: false,
      reason: 'passphrase',
      waitMs: backoffMs(5),
    });
  });

  it('a key that cannot be worked out is a failure to try again, not a wrong passphrase', async () => {
    const { vault } = await seeded([{ id: 'p:a', value: 'kept' }]);
    const { text } = await exportBackup(vault);
    const before = await dumpStorage();
    for (const error of [new KdfUnavailableError('worker blocked'), new Error('no memory')]) {
      const failing = createVault({ derive: () => Promise.reject(error), store });
      expect(await importBackup(failing, text, PASS)).toEqual({ ok: false, reason: 'failed' });
    }
    expect(await dumpStorage()).toBe(before);
  });

  it('a damaged payload is refused as unreadable and changes nothing', async () => {
    const { vault } = await seeded([{ id: 'p:a', value: 1 }]);
    const json = JSON.parse((await exportBackup(vault)).text) as { d: string };
    const data = Uint8Array.from(atob(json.d), (c) => c.charCodeAt(0));
    data[20] = (data[20] ?? 0) ^ 1;
    json.d = toBase64(data);
    const before = await dumpStorage();
    expect(await importBackup(vault, JSON.stringify(json), PASS)).toEqual({
      ok: false,
      reason: 'unreadable',
    });
    expect(await dumpStorage()).toBe(before);
  });

  it('a backup made under old settings is upgraded when imported', async () => {
    const kdf = fakeKdf();
    kdf.noArgon2 = true;
    const { vault } = testVault(kdf);
    await vault.create(PASS);
    await vault.put([{ id: 'p:a', value: 'x' }]);
    const { text } = await exportBackup(vault);
    expect(kindOf(text)).toBe('pbkdf2');
    await freshDb();
    const other = testVault().vault;
    expect((await importBackup(other, text, PASS)).ok).toBe(true);
    const again = await exportBackup(other);
    expect(kindOf(again.text)).toBe('argon2id');
  });
});

/** The way the key is worked out, read from a version 2 file's header (its first byte). */
function kindOf(text: string): string {
  const file = parseBackup(text);
  return 'problem' in file ? 'none' : file.kdf.alg;
}

/**
 * A backup in the older version 1 format, as earlier releases wrote it (its own data key, sealed
 * with version 1's associated data), for the passphrase PASS and the fake key derivation.
 */
async function oldFormat(
  _vault: VaultImpl,
  records: { id: string; value: unknown }[] = [{ id: 'p:a', value: { text: 'from before' } }],
): Promise<string> {
  const kdf = argon2Params(randomBytes(16));
  const kek = await importAesKey(await fakeKdf().derive(PASS, kdf));
  const raw = randomBytes(32);
  const header = { v: 1 as const, kdf, wrap: await seal(kek, copy(raw), wrapAad(kdf)) };
  const dek = await importAesKey(raw);
  const payload = { items: records.map(({ id, value }) => [id, value]) };
  return encodeBackupV1(header, await sealJson(dek, payload, backupAad(header, 1)));
}

type Mutation =
  | { op: 'drop'; key: string }
  | { op: 'set'; key: string; value: unknown }
  | { op: 'kdf'; field: string; value: unknown }
  | { op: 'bytes'; field: 'h' | 'd'; at: number; cut: boolean; value: Uint8Array };

function mutate(valid: Record<string, unknown>, m: Mutation): string {
  const copy = JSON.parse(JSON.stringify(valid)) as Record<string, Record<string, unknown>>;
  if (m.op === 'drop') Reflect.deleteProperty(copy, m.key);
  else if (m.op === 'set') Object.defineProperty(copy, m.key, { value: m.value, enumerable: true });
  else if (m.op === 'kdf') {
    const kdf = copy['kdf'] ?? {};
    Object.defineProperty(kdf, m.field, { value: m.value, enumerable: true });
  } else {
    const text = (copy as unknown as Record<string, string>)[m.field] ?? '';
    const bytes = Array.from(atob(text), (c) => c.charCodeAt(0));
    bytes.splice(m.at, m.cut ? m.value.length + 1 : 0, ...m.value);
    Object.defineProperty(copy, m.field, {
      value: toBase64(Uint8Array.from(bytes)),
      enumerable: true,
    });
  }
  return JSON.stringify(copy);
}
