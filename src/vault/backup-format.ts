import * as v from 'valibot';
import { aad, FORMAT, fromBase64, IV_BYTES, KEY_BYTES, toBase64, type Sealed } from './crypto.ts';
import { canonicalKdf, withinBounds, type KdfParams } from './kdf.ts';
import { MAX_FILE_BYTES, MAX_RECORDS } from './limits.ts';

/**
 * The backup file (security.md 3.4): one JSON object that looks like any other app's settings
 * backup. The `wrap` entry is the data key wrapped by the passphrase key, exactly as stored on the
 * device, so the file opens with the same passphrase. `data` holds every record, encrypted with
 * the data key; its associated data is the canonical header, so any change to the header fails.
 *
 *   { "f": "tools-backup", "v": 1,
 *     "kdf":  { "alg": "argon2id", "m": 65536, "t": 3, "p": 1, "salt": "<b64 16 B>" },
 *     "wrap": { "alg": "A256GCM", "iv": "<b64 12 B>", "ct": "<b64 48 B>" },
 *     "data": { "alg": "A256GCM", "iv": "<b64 12 B>", "ct": "<b64>" } }
 */
export const BACKUP_NAME = 'tools-backup';
// The limits are shared with typing, saving and loading (limits.ts).
export { MAX_FILE_BYTES, MAX_RECORDS } from './limits.ts';
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$/;

/** What the device stores under meta `k`: the KDF settings and the wrapped data key. */
export interface KeyHeader {
  v: typeof FORMAT;
  kdf: KdfParams;
  wrap: Sealed;
}

export interface ParsedBackup extends KeyHeader {
  data: Sealed;
}

export const wrapAad = (kdf: KdfParams): Uint8Array<ArrayBuffer> =>
  aad('wrap', FORMAT, ...canonicalKdf(kdf));

export const itemAad = (id: string): Uint8Array<ArrayBuffer> => aad('item', FORMAT, id);

export const backupAad = (header: KeyHeader): Uint8Array<ArrayBuffer> =>
  aad(
    BACKUP_NAME,
    FORMAT,
    ...canonicalKdf(header.kdf),
    toBase64(header.wrap.iv),
    toBase64(header.wrap.ct),
  );

const b64 = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(Math.ceil(max / 3) * 4),
    v.minLength(Math.ceil(min / 3) * 4),
    v.regex(/^[A-Za-z0-9+/]*={0,2}$/),
  );
const count = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const gcm = (maxCt: number) =>
  v.strictObject({ alg: v.literal('A256GCM'), iv: b64(IV_BYTES, IV_BYTES), ct: b64(16, maxCt) });

const FileSchema = v.strictObject({
  f: v.literal(BACKUP_NAME),
  v: v.literal(FORMAT),
  kdf: v.variant('alg', [
    v.strictObject({
      alg: v.literal('argon2id'),
      m: count(1, 2 ** 31),
      t: count(1, 2 ** 31),
      p: count(1, 2 ** 31),
      salt: b64(16, 16),
    }),
    v.strictObject({ alg: v.literal('pbkdf2'), i: count(1, 2 ** 31), salt: b64(16, 16) }),
  ]),
  wrap: gcm(KEY_BYTES + 16),
  data: gcm(MAX_FILE_BYTES),
});

function sealedFrom(input: { iv: string; ct: string }): Sealed {
  return { iv: fromBase64(input.iv), ct: fromBase64(input.ct) };
}

/**
 * Checks a backup file's text completely, before any expensive work: size, JSON, every field's
 * type and length, and the KDF settings against their floor and cap. Never throws.
 */
export function parseBackup(text: string): ParsedBackup | undefined {
  try {
    if (text.length > MAX_FILE_BYTES) return undefined;
    const json = JSON.parse(text) as unknown;
    const result = v.safeParse(FileSchema, json);
    if (!result.success) return undefined;
    const { kdf: k, wrap, data } = result.output;
    const salt = fromBase64(k.salt);
    const kdf: KdfParams =
      k.alg === 'pbkdf2'
        ? { alg: 'pbkdf2', i: k.i, salt }
        : { alg: 'argon2id', m: k.m, t: k.t, p: k.p, salt };
    if (!withinBounds(kdf)) return undefined;
    const parsed: ParsedBackup = {
      v: FORMAT,
      kdf,
      wrap: sealedFrom(wrap),
      data: sealedFrom(data),
    };
    if (parsed.wrap.ct.length !== KEY_BYTES + 16 || parsed.data.ct.length < 16) return undefined;
    return parsed;
  } catch {
    return undefined;
  }
}

export function encodeBackup(header: KeyHeader, data: Sealed): string {
  const kdf =
    header.kdf.alg === 'pbkdf2'
      ? { alg: 'pbkdf2', i: header.kdf.i, salt: toBase64(header.kdf.salt) }
      : {
          alg: 'argon2id',
          m: header.kdf.m,
          t: header.kdf.t,
          p: header.kdf.p,
          salt: toBase64(header.kdf.salt),
        };
  return JSON.stringify({
    f: BACKUP_NAME,
    v: FORMAT,
    kdf,
    wrap: { alg: 'A256GCM', iv: toBase64(header.wrap.iv), ct: toBase64(header.wrap.ct) },
    data: { alg: 'A256GCM', iv: toBase64(data.iv), ct: toBase64(data.ct) },
  });
}

/** The decrypted contents of a backup: every record as [id, value]. */
const PayloadSchema = v.strictObject({
  items: v.pipe(
    v.array(v.strictTuple([v.pipe(v.string(), v.regex(ID_PATTERN)), v.unknown()])),
    v.maxLength(MAX_RECORDS),
  ),
});

export function parsePayload(value: unknown): { id: string; value: unknown }[] | undefined {
  const result = v.safeParse(PayloadSchema, value);
  if (!result.success) return undefined;
  const seen = new Set<string>();
  const out: { id: string; value: unknown }[] = [];
  for (const [id, item] of result.output.items) {
    if (seen.has(id) || item === undefined) return undefined;
    seen.add(id);
    out.push({ id, value: item });
  }
  return out;
}

/** A stored key header, checked the same way as one read from a file. */
export function isKeyHeader(value: unknown): value is KeyHeader {
  if (typeof value !== 'object' || value === null) return false;
  const h = value as Partial<KeyHeader>;
  const kdf = h.kdf as Partial<KdfParams> | undefined;
  if (h.v !== FORMAT || !kdf || !(kdf.salt instanceof Uint8Array)) return false;
  if (kdf.alg !== 'argon2id' && kdf.alg !== 'pbkdf2') return false;
  const wrap = h.wrap as Partial<Sealed> | undefined;
  if (!(wrap?.iv instanceof Uint8Array) || !(wrap.ct instanceof Uint8Array)) return false;
  return withinBounds(kdf as KdfParams);
}
