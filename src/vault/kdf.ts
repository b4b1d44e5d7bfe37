/**
 * Key derivation settings. The settings used are stored with the data (and in every backup), so
 * they can be raised later without locking anyone out: an unlock with older, weaker settings
 * re-wraps the key with the current ones.
 *
 * Argon2id: m = 64 MiB, t = 3, p = 1 (between OWASP's minimum and RFC 9106's second choice).
 * Fallback when WebAssembly or workers are unavailable: PBKDF2-HMAC-SHA256, 600,000 rounds.
 * The floors are OWASP's minimums; the caps stop a crafted backup file from hanging the tab.
 */
export type KdfParams =
  | { alg: 'argon2id'; m: number; t: number; p: number; salt: Uint8Array<ArrayBuffer> }
  | { alg: 'pbkdf2'; i: number; salt: Uint8Array<ArrayBuffer> };

export const SALT_BYTES = 16;
export const ARGON2 = {
  target: { m: 65_536, t: 3, p: 1 },
  floor: { m: 19_456, t: 2, p: 1 },
  cap: { m: 262_144, t: 10, p: 4 },
} as const;
export const PBKDF2 = { target: 600_000, floor: 600_000, cap: 10_000_000 } as const;

/** Derives 32 key bytes. Throws KdfUnavailableError if this way of deriving cannot run here. */
export type Derive = (passphrase: string, params: KdfParams) => Promise<Uint8Array<ArrayBuffer>>;

export class KdfUnavailableError extends Error {
  override name = 'KdfUnavailableError';
}

export function argon2Params(salt: Uint8Array<ArrayBuffer>): KdfParams {
  return { alg: 'argon2id', ...ARGON2.target, salt };
}

export function pbkdf2Params(salt: Uint8Array<ArrayBuffer>): KdfParams {
  return { alg: 'pbkdf2', i: PBKDF2.target, salt };
}

const whole = (n: number, min: number, max: number): boolean =>
  Number.isInteger(n) && n >= min && n <= max;

/** True when the settings are neither below the floor nor above the cap (checked before any work). */
export function withinBounds(params: KdfParams): boolean {
  if (params.salt.length !== SALT_BYTES) return false;
  if (params.alg === 'pbkdf2') return whole(params.i, PBKDF2.floor, PBKDF2.cap);
  return (
    whole(params.m, ARGON2.floor.m, ARGON2.cap.m) &&
    whole(params.t, ARGON2.floor.t, ARGON2.cap.t) &&
    whole(params.p, ARGON2.floor.p, ARGON2.cap.p) &&
    params.m >= 8 * params.p
  );
}

/**
 * The most work a set of settings may ask of this device: twice the target (memory, and memory
 * times passes; PBKDF2 rounds). The target opens within the unlock budget (1.5 s) on the phones
 * this app is made for, so this stays within a few seconds, and a backup file asking for more is
 * refused before any work with a message saying so (a crafted file could otherwise hang the tab
 * or use up the phone's memory). Argon2id here runs on one thread, so `p` does not make it faster.
 */
export const AFFORDABLE = {
  argon2: { m: 2 * ARGON2.target.m, cost: 2 * ARGON2.target.m * ARGON2.target.t },
  pbkdf2: 2 * PBKDF2.target,
} as const;

/** True when deriving with these settings finishes on this device in a few seconds. */
export function affordable(params: KdfParams): boolean {
  if (params.alg === 'pbkdf2') return params.i <= AFFORDABLE.pbkdf2;
  return params.m <= AFFORDABLE.argon2.m && params.m * params.t <= AFFORDABLE.argon2.cost;
}

/** True when these settings are weaker than what a new vault would get (so: re-wrap on unlock). */
export function belowTarget(params: KdfParams): boolean {
  if (params.alg === 'pbkdf2') return true; // Argon2id is tried first whenever it can run
  return params.m < ARGON2.target.m || params.t < ARGON2.target.t;
}

/** The settings as a fixed-order list, bound into associated data so they cannot be altered. */
export function canonicalKdf(params: KdfParams): (string | number)[] {
  const salt = Array.from(params.salt, (b) => b.toString(16).padStart(2, '0')).join('');
  return params.alg === 'pbkdf2'
    ? ['pbkdf2', params.i, salt]
    : ['argon2id', params.m, params.t, params.p, salt];
}

/** PBKDF2-HMAC-SHA256 with WebCrypto: available everywhere WebCrypto is (one copy, pbkdf2.ts). */
export { pbkdf2Derive } from './pbkdf2.ts';
