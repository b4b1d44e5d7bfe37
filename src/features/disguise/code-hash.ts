// WARNING: part of the first chunk (the cover checks codes). Keep it small.
import { pbkdf2Derive } from '../../vault/pbkdf2.ts';

/**
 * The unlock code is never stored. We keep a salted, slow hash of it (PBKDF2 with SHA-256 through
 * WebCrypto), with the parameters beside it so they can be raised later without breaking old
 * settings. The code is short, so this slows guessing down; it cannot make a 4-digit code strong.
 */
export interface CodeHash {
  alg: 'PBKDF2-SHA256';
  iterations: number;
  /** Base64 of 16 random bytes. */
  salt: string;
  /** Base64 of the 32-byte derived value. */
  hash: string;
}

export const CODE_ITERATIONS = 600_000;

/** A code is 4 to 8 digits: it has to be typed on a calculator. */
export const CODE_PATTERN = /^\d{4,8}$/;

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function hashCode(code: string, iterations = CODE_ITERATIONS): Promise<CodeHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await pbkdf2Derive(code, salt, iterations);
  return { alg: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** True when `code` is the one that was hashed. Compares every byte, whatever the result. */
export async function checkCode(code: string, stored: CodeHash): Promise<boolean> {
  if (!CODE_PATTERN.test(code)) return false;
  const expected = fromBase64(stored.hash);
  const actual = await pbkdf2Derive(code, fromBase64(stored.salt), stored.iterations);
  let diff = expected.length ^ actual.length;
  for (let i = 0; i < expected.length; i++) diff |= (expected[i] ?? 0) ^ (actual[i] ?? 0);
  return diff === 0;
}
