import { describe, expect, it } from 'vitest';
import { checkCode, hashCode } from './code-hash.ts';

describe('unlock code hash', () => {
  it('stores a salted PBKDF2-SHA256 hash with its parameters, never the code', async () => {
    const stored = await hashCode('4821', 1000);
    expect(stored.alg).toBe('PBKDF2-SHA256');
    expect(stored.iterations).toBe(1000);
    expect(JSON.stringify(stored)).not.toContain('4821');
    const again = await hashCode('4821', 1000);
    expect(again.salt).not.toBe(stored.salt);
    expect(again.hash).not.toBe(stored.hash);
  });

  it('accepts the right code and nothing else', async () => {
    const stored = await hashCode('4821', 1000);
    expect(await checkCode('4821', stored)).toBe(true);
    expect(await checkCode('4822', stored)).toBe(false);
    expect(await checkCode('48210', stored)).toBe(false);
    expect(await checkCode('12+3', stored)).toBe(false);
  });

  it('uses the slow default when no count is given', async () => {
    expect((await hashCode('1234')).iterations).toBeGreaterThanOrEqual(600_000);
  });
});
