import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aad, importAesKey, open, openJson, randomBytes, seal, sealJson } from './crypto.ts';
import { propertyRuns } from '../../test/depth.ts';

/** A safety net only: the deep run's 10,000 cases took 140 s on a heavily loaded 2-core machine. */
const PROPERTY_TIMEOUT = 600_000;

const newKey = () => importAesKey(randomBytes(32));

function flipBit(bytes: Uint8Array, bit: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes);
  const index = Math.floor(bit / 8) % out.length;
  out[index] = (out[index] ?? 0) ^ (1 << (bit % 8));
  return out;
}

describe('AES-256-GCM records (P15)', () => {
  it(
    'P15: decrypt(encrypt(x)) is x for any JSON value',
    async () => {
      const key = await newKey();
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), fc.string(), async (value, id) => {
          const sealed = await sealJson(key, value, aad('item', 1, id));
          const back = await openJson(key, sealed, aad('item', 1, id));
          expect(back).toEqual(JSON.parse(JSON.stringify(value)));
        }),
        { numRuns: propertyRuns(10_000) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'P15: flipping any bit of the ciphertext, the IV or the associated data makes it throw',
    async () => {
      const key = await newKey();
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ minLength: 0, maxLength: 64 }),
          fc.string({ minLength: 1 }),
          fc.nat(),
          fc.constantFrom('ct', 'iv', 'aad'),
          async (plain, id, bit, part) => {
            const data = aad('item', 1, id);
            const sealed = await seal(key, new Uint8Array(plain), data);
            const tampered =
              part === 'ct'
                ? open(key, { ...sealed, ct: flipBit(sealed.ct, bit) }, data)
                : part === 'iv'
                  ? open(key, { ...sealed, iv: flipBit(sealed.iv, bit) }, data)
                  : open(key, sealed, flipBit(data, bit));
            await expect(tampered).rejects.toThrow();
          },
        ),
        { numRuns: propertyRuns(10_000) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('P15: a record cannot be moved to another id or opened with another key', async () => {
    const key = await newKey();
    const sealed = await sealJson(key, { a: 1 }, aad('item', 1, 'p:one'));
    await expect(openJson(key, sealed, aad('item', 1, 'p:two'))).rejects.toThrow();
    await expect(openJson(await newKey(), sealed, aad('item', 1, 'p:one'))).rejects.toThrow();
  });

  it('P15: 100,000 encryptions under one key never repeat an IV', async () => {
    const key = await newKey();
    const seen = new Set<string>();
    const empty = new Uint8Array(0);
    for (let batch = 0; batch < 100; batch += 1) {
      const sealed = await Promise.all(
        Array.from({ length: 1000 }, () => seal(key, new Uint8Array(1), empty)),
      );
      for (const { iv } of sealed) seen.add(Array.from(iv).join(','));
    }
    expect(seen.size).toBe(100_000);
  }, 60_000);
});
