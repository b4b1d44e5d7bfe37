import * as v from 'valibot';
import { aad, FORMAT, fromBase64, IV_BYTES, KEY_BYTES, toBase64, type Sealed } from './crypto.ts';
import { affordable, canonicalKdf, SALT_BYTES, withinBounds, type KdfParams } from './kdf.ts';
import { MAX_FILE_BYTES, MAX_RECORDS } from './limits.ts';

/**
 * The backup file (security.md 3.4). Version 2, written today, names nothing inside it: no
 * algorithm, no "key", no field that says what the app is for. Someone who opens it sees a name
 * and two runs of letters and numbers:
 *
 *   { "f": "tools-backup", "v": 2, "h": "<b64: header, 81 or 89 bytes>", "d": "<b64: iv + data>" }
 *
 * `h` is binary: one byte for the way the key is worked out (1: Argon2id, 2: PBKDF2), its
 * settings as 32-bit numbers (m, t, p; or rounds), the 16-byte salt, then the data key wrapped by
 * the passphrase key (12-byte IV, 48 bytes). `d` is a 12-byte IV and every record, encrypted with
 * the data key and padded to a size bucket; its associated data is the canonical header, so any
 * change to the header fails. Version 1 files (named JSON fields, still restorable) look like:
 *
 *   { "f": "tools-backup", "v": 1,
 *     "kdf":  { "alg": "argon2id", "m": 65536, "t": 3, "p": 1, "salt": "<b64 16 B>" },
 *     "wrap": { "alg": "A256GCM", "iv": "<b64 12 B>", "ct": "<b64 48 B>" },
 *     "data": { "alg": "A256GCM", "iv": "<b64 12 B>", "ct": "<b64>" } }
 */
export const BACKUP_NAME = 'tools-backup';
export const BACKUP_VERSION = 2;
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
  /** The file's format version: its associated data depends on it. */
  file: 1 | 2;
  data: Sealed;
}

/** Why a file is refused before any key derivation. */
export type FileProblem = 'unreadable' | 'tooSlow';

export const wrapAad = (kdf: KdfParams): Uint8Array<ArrayBuffer> =>
  aad('wrap', FORMAT, ...canonicalKdf(kdf));

export const itemAad = (id: string): Uint8Array<ArrayBuffer> => aad('item', FORMAT, id);

export const backupAad = (
  header: KeyHeader,
  file: 1 | 2 = BACKUP_VERSION,
): Uint8Array<ArrayBuffer> =>
  aad(
    BACKUP_NAME,
    file,
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

const V1Schema = v.strictObject({
  f: v.literal(BACKUP_NAME),
  v: v.literal(1),
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

const V2Schema = v.strictObject({
  f: v.literal(BACKUP_NAME),
  v: v.literal(2),
  h: b64(81, 89),
  d: b64(IV_BYTES + 16, MAX_FILE_BYTES),
});

const ARGON2_ID = 1;
const PBKDF2_ID = 2;
const WRAP_BYTES = IV_BYTES + KEY_BYTES + 16;

function headerBytes(header: KeyHeader): Uint8Array {
  const { kdf } = header;
  const numbers = kdf.alg === 'pbkdf2' ? [kdf.i] : [kdf.m, kdf.t, kdf.p];
  const out = new Uint8Array(1 + 4 * numbers.length + SALT_BYTES + WRAP_BYTES);
  const view = new DataView(out.buffer);
  out[0] = kdf.alg === 'pbkdf2' ? PBKDF2_ID : ARGON2_ID;
  numbers.forEach((n, i) => view.setUint32(1 + 4 * i, n));
  let at = 1 + 4 * numbers.length;
  for (const part of [kdf.salt, header.wrap.iv, header.wrap.ct]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function readHeader(bytes: Uint8Array<ArrayBuffer>): KeyHeader | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const numbers = bytes[0] === ARGON2_ID ? 3 : bytes[0] === PBKDF2_ID ? 1 : 0;
  if (!numbers || bytes.length !== 1 + 4 * numbers + SALT_BYTES + WRAP_BYTES) return undefined;
  const n = (i: number): number => view.getUint32(1 + 4 * i);
  let at = 1 + 4 * numbers;
  const take = (length: number): Uint8Array<ArrayBuffer> => bytes.slice(at, (at += length));
  const salt = take(SALT_BYTES);
  const kdf: KdfParams =
    numbers === 1
      ? { alg: 'pbkdf2', i: n(0), salt }
      : { alg: 'argon2id', m: n(0), t: n(1), p: n(2), salt };
  return { v: FORMAT, kdf, wrap: { iv: take(IV_BYTES), ct: take(KEY_BYTES + 16) } };
}

function sealedFrom(input: { iv: string; ct: string }): Sealed {
  return { iv: fromBase64(input.iv), ct: fromBase64(input.ct) };
}

function parseV1(json: unknown): ParsedBackup | undefined {
  const result = v.safeParse(V1Schema, json);
  if (!result.success) return undefined;
  const { kdf: k, wrap, data } = result.output;
  const salt = fromBase64(k.salt);
  const kdf: KdfParams =
    k.alg === 'pbkdf2'
      ? { alg: 'pbkdf2', i: k.i, salt }
      : { alg: 'argon2id', m: k.m, t: k.t, p: k.p, salt };
  return { v: FORMAT, file: 1, kdf, wrap: sealedFrom(wrap), data: sealedFrom(data) };
}

function parseV2(json: unknown): ParsedBackup | undefined {
  const result = v.safeParse(V2Schema, json);
  if (!result.success) return undefined;
  const header = readHeader(fromBase64(result.output.h));
  const d = fromBase64(result.output.d);
  if (!header) return undefined;
  return { ...header, file: 2, data: { iv: d.slice(0, IV_BYTES), ct: d.slice(IV_BYTES) } };
}

/**
 * Checks a backup file's text completely, before any expensive work: size, JSON, every field's
 * type and exact length (IVs, salt, wrapped key), and the KDF settings against their floor and
 * against what this device can work out in a few seconds. Never throws.
 */
export function parseBackup(text: string): ParsedBackup | { problem: FileProblem } {
  const unreadable = { problem: 'unreadable' } as const;
  try {
    if (text.length > MAX_FILE_BYTES) return unreadable;
    const json = JSON.parse(text) as unknown;
    const version = (json as { v?: unknown } | null)?.v;
    const parsed = version === 1 ? parseV1(json) : version === 2 ? parseV2(json) : undefined;
    if (!parsed || !withinBounds(parsed.kdf)) return unreadable;
    const { wrap, data } = parsed;
    if (wrap.iv.length !== IV_BYTES || data.iv.length !== IV_BYTES) return unreadable;
    if (wrap.ct.length !== KEY_BYTES + 16 || data.ct.length < 16) return unreadable;
    if (!affordable(parsed.kdf)) return { problem: 'tooSlow' };
    return parsed;
  } catch {
    return unreadable;
  }
}

export function encodeBackup(header: KeyHeader, data: Sealed): string {
  const body = new Uint8Array(data.iv.length + data.ct.length);
  body.set(data.iv);
  body.set(data.ct, data.iv.length);
  return JSON.stringify({
    f: BACKUP_NAME,
    v: BACKUP_VERSION,
    h: toBase64(headerBytes(header)),
    d: toBase64(body),
  });
}

/** The version 1 file, kept so tests can prove older files still restore. */
export function encodeBackupV1(header: KeyHeader, data: Sealed): string {
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
    v: 1,
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
  if (wrap.iv.length !== IV_BYTES) return false;
  return withinBounds(kdf as KdfParams) && affordable(kdf as KdfParams);
}
