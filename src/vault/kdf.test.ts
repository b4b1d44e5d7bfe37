import { describe, expect, it } from 'vitest';
import { argon2Derive } from './argon2.ts';
import { ARGON2, belowTarget, PBKDF2, pbkdf2Derive, withinBounds, type KdfParams } from './kdf.ts';
import { backoffMs, MAX_WAIT_MS } from './backoff.ts';

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string) => new TextEncoder().encode(text);
const salt16 = new Uint8Array(16);

describe('Argon2id (P16)', () => {
  // Reference vectors from phc-winner-argon2 src/test.c (Argon2id, version 0x13).
  it('P16: matches the reference known answer at m=256 KiB, t=2, p=1', async () => {
    const out = await argon2Derive(utf8('password'), utf8('somesalt'), 256, 2, 1);
    expect(hex(out)).toBe('9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe');
  });

  it('P16: matches the reference known answer at m=64 MiB, t=2, p=1', async () => {
    const out = await argon2Derive(utf8('password'), utf8('somesalt'), 65_536, 2, 1);
    expect(hex(out)).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });

  it('P16: PBKDF2-SHA256 matches a known answer (RFC 7914 section 11)', async () => {
    const out = await pbkdf2Derive('passwd', utf8('salt'), 1);
    expect(hex(out)).toBe('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc');
  });
});

describe('KDF bounds (P16)', () => {
  const argon = (m: number, t: number, p = 1): KdfParams => ({
    alg: 'argon2id',
    m,
    t,
    p,
    salt: salt16,
  });

  it('P16: accepts the target and the floor, refuses anything below the floor or above the cap', () => {
    expect(withinBounds(argon(ARGON2.target.m, ARGON2.target.t))).toBe(true);
    expect(withinBounds(argon(19_456, 2))).toBe(true);
    expect(withinBounds(argon(19_455, 2))).toBe(false);
    expect(withinBounds(argon(65_536, 1))).toBe(false);
    expect(withinBounds(argon(2 ** 32, 3))).toBe(false);
    expect(withinBounds(argon(65_536, 11))).toBe(false);
    expect(withinBounds(argon(65_536, 3, 5))).toBe(false);
    expect(withinBounds(argon(65_536.5, 3))).toBe(false);
    expect(withinBounds({ alg: 'pbkdf2', i: PBKDF2.floor, salt: salt16 })).toBe(true);
    expect(withinBounds({ alg: 'pbkdf2', i: 599_999, salt: salt16 })).toBe(false);
    expect(withinBounds({ alg: 'argon2id', m: 65_536, t: 3, p: 1, salt: new Uint8Array(8) })).toBe(
      false,
    );
  });

  it('P16: settings below the current target are marked for re-wrapping', () => {
    expect(belowTarget(argon(65_536, 3))).toBe(false);
    expect(belowTarget(argon(19_456, 2))).toBe(true);
    expect(belowTarget(argon(65_536, 2))).toBe(true);
    expect(belowTarget({ alg: 'pbkdf2', i: 600_000, salt: salt16 })).toBe(true);
  });
});

describe('wrong-passphrase backoff (P17)', () => {
  it('P17: the first three tries are free, then the wait grows to a five-minute ceiling', () => {
    const schedule = Array.from({ length: 12 }, (_, i) => backoffMs(i));
    expect(schedule.slice(0, 4)).toEqual([0, 0, 0, 0]);
    for (let i = 4; i < schedule.length; i += 1) {
      expect(schedule[i]).toBeGreaterThanOrEqual(schedule[i - 1] ?? 0);
    }
    expect(backoffMs(4)).toBeGreaterThan(0);
    expect(backoffMs(100)).toBe(MAX_WAIT_MS);
  });
});
