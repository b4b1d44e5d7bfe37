/**
 * The vault's AES-256-GCM primitives (WebCrypto). Every encryption draws a fresh random 96-bit IV
 * and binds associated data (format version, kind, record id), so a ciphertext cannot be moved to
 * another record or another format without failing. Decryption either returns the exact plaintext
 * or throws: GCM's tag check never lets damaged data through.
 */
export const FORMAT = 1;
export const IV_BYTES = 12;
export const KEY_BYTES = 32;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export interface Sealed {
  iv: Uint8Array;
  ct: Uint8Array;
}

/** The canonical associated data for a list of fields (order matters, types are kept). */
export function aad(...parts: (string | number)[]): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify(parts));
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Imports raw key bytes as a non-extractable AES-GCM key, then wipes the bytes. */
export async function importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  try {
    return await crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, [
      'encrypt',
      'decrypt',
    ]);
  } finally {
    raw.fill(0);
  }
}

export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData, tagLength: 128 },
    key,
    plaintext,
  );
  return { iv, ct: new Uint8Array(ct) };
}

/** Returns the plaintext, or throws if anything (key, IV, data, associated data) is wrong. */
export async function open(
  key: CryptoKey,
  sealed: Sealed,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.iv.length !== IV_BYTES) throw new Error('bad iv');
  const pt = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: copy(sealed.iv), additionalData, tagLength: 128 },
    key,
    copy(sealed.ct),
  );
  return new Uint8Array(pt);
}

/**
 * The size every JSON record is padded to before encryption, so what is stored shows only a size
 * bucket, never how long the text is: 512 bytes at least, then the next power of two up to
 * 32 KiB, then the next multiple of 32 KiB (the waste stays under half, then under 32 KiB).
 */
export const PAD_MIN = 512;
export const PAD_STEP = 32_768;

export function paddedLength(length: number): number {
  if (length <= PAD_MIN) return PAD_MIN;
  if (length <= PAD_STEP) return 2 ** Math.ceil(Math.log2(length));
  return Math.ceil(length / PAD_STEP) * PAD_STEP;
}

/**
 * JSON text padded with spaces to its bucket. JSON allows whitespace after a value, so padded and
 * older unpadded records open the same way, and no format change is needed.
 */
function paddedJson(value: unknown): Uint8Array<ArrayBuffer> {
  const text = encoder.encode(JSON.stringify(value));
  const out = new Uint8Array(paddedLength(text.length)).fill(0x20);
  out.set(text);
  text.fill(0);
  return out;
}

export async function sealJson(
  key: CryptoKey,
  value: unknown,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Sealed> {
  const bytes = paddedJson(value);
  try {
    return await seal(key, bytes, additionalData);
  } finally {
    bytes.fill(0);
  }
}

export async function openJson(
  key: CryptoKey,
  sealed: Sealed,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<unknown> {
  const bytes = await open(key, sealed, additionalData);
  try {
    return JSON.parse(decoder.decode(bytes)) as unknown;
  } finally {
    bytes.fill(0);
  }
}

/** A fresh ArrayBuffer-backed copy (WebCrypto wants exactly that, and callers keep theirs). */
export function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict base64 (standard alphabet, padded); throws on anything else. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  if (!BASE64.test(text)) throw new Error('bad base64');
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}

/** True if this looks like a stored sealed value (the shape only; the tag decides the rest). */
export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const { iv, ct } = value as Partial<Sealed>;
  return iv instanceof Uint8Array && ct instanceof Uint8Array;
}
