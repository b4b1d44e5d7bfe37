import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupFileName, exportBackup, importBackup, parseBackup } from './backup.ts';
import { CANARY, dumpStorage, fakeKdf, freshDb, testVault } from './testing.ts';
import { toBase64 } from './crypto.ts';
import { KdfUnavailableError } from './kdf.ts';
import { createVault } from './vault.ts';
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
    expect(Object.keys(json)).toEqual(['f', 'v', 'kdf', 'wrap', 'data']);
    expect(json['f']).toBe('tools-backup');
    expect(backupFileName()).toMatch(/^tools-backup-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('P28: a wrong passphrase or a changed header changes nothing', async () => {
    const { vault } = await seeded([{ id: 'p:a', value: 'device' }]);
    const { text } = await exportBackup(vault);
    await vault.put([{ id: 'p:a', value: 'newer on device' }]);
    const before = await dumpStorage();
    expect(await importBackup(vault, text, 'not the passphrase')).toEqual({
      ok: false,
      reason: 'passphrase',
    });
    // Flip the salt: the key differs, so the wrapped key fails its check.
    const json = JSON.parse(text) as { kdf: { salt: string }; data: { iv: string } };
    const salt = json.kdf.salt;
    json.kdf.salt = (salt[0] === 'A' ? 'B' : 'A') + salt.slice(1);
    expect((await importBackup(vault, JSON.stringify(json), PASS)).ok).toBe(false);
    expect(await dumpStorage()).toBe(before);
    expect(await vault.get('p:a')).toBe('newer on device');
  });

  it('P28: 10,000 malformed files are rejected before any key derivation, with no effect', async () => {
    const { vault, kdf } = await seeded([{ id: 'p:a', value: 'kept' }]);
    const valid = JSON.parse((await exportBackup(vault)).text) as Record<string, unknown>;
    const before = await dumpStorage();
    const calls = kdf.calls.length;

    const key = fc.constantFrom('f', 'v', 'kdf', 'wrap', 'data', '__proto__', 'constructor', 'x');
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
      fc.record({
        op: fc.constant('box'),
        box: fc.constantFrom('wrap', 'data'),
        field: fc.constantFrom('alg', 'iv', 'ct', 'extra'),
        value: wild,
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
        if (parsed) {
          // A mutation that kept the file valid in shape (e.g. same value) may go on to the KDF.
          return;
        }
        const result = await importBackup(vault, input, PASS);
        expect(result).toEqual({ ok: false, reason: 'unreadable' });
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
    const valid = JSON.parse((await exportBackup(vault)).text) as { kdf: Record<string, unknown> };
    for (const change of [
      { m: 2 ** 32 },
      { m: 1024 },
      { t: 1 },
      { t: 1000 },
      { p: 64 },
      { alg: 'scrypt' },
    ]) {
      const text = JSON.stringify({ ...valid, kdf: { ...valid.kdf, ...change } });
      expect(parseBackup(text)).toBeUndefined();
    }
    const pbkdf2 = { alg: 'pbkdf2', i: 1000, salt: valid.kdf['salt'] };
    expect(parseBackup(JSON.stringify({ ...valid, kdf: pbkdf2 }))).toBeUndefined();
    expect(kdf.calls).toHaveLength(1);
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
    const json = JSON.parse((await exportBackup(vault)).text) as { data: { ct: string } };
    const ct = json.data.ct;
    json.data.ct = (ct[0] === 'A' ? 'B' : 'A') + ct.slice(1);
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
    expect(text).toContain('"pbkdf2"');
    await freshDb();
    const other = testVault().vault;
    expect((await importBackup(other, text, PASS)).ok).toBe(true);
    const again = await exportBackup(other);
    expect(again.text).toContain('"argon2id"');
  });
});

type Mutation =
  | { op: 'drop'; key: string }
  | { op: 'set'; key: string; value: unknown }
  | { op: 'kdf'; field: string; value: unknown }
  | { op: 'box'; box: string; field: string; value: unknown };

function mutate(valid: Record<string, unknown>, m: Mutation): string {
  const copy = JSON.parse(JSON.stringify(valid)) as Record<string, Record<string, unknown>>;
  if (m.op === 'drop') Reflect.deleteProperty(copy, m.key);
  else if (m.op === 'set') Object.defineProperty(copy, m.key, { value: m.value, enumerable: true });
  else if (m.op === 'kdf') {
    const kdf = copy['kdf'] ?? {};
    Object.defineProperty(kdf, m.field, { value: m.value, enumerable: true });
  } else {
    const box = copy[m.box] ?? {};
    Object.defineProperty(box, m.field, { value: m.value, enumerable: true });
  }
  return JSON.stringify(copy);
}
