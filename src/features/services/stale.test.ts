import { describe, expect, it } from 'vitest';
import { isStale } from './stale.ts';

describe('stale entries', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  it('is fresh within the configured age', () => {
    expect(isStale('2026-11-22', now, 180)).toBe(false);
    expect(isStale('2026-05-27', now, 180)).toBe(false);
  });
  it('is stale once older than the configured age', () => {
    expect(isStale('2026-05-25', now, 180)).toBe(true);
    expect(isStale('2020-01-01', now, 180)).toBe(true);
  });
  it('treats an unreadable date as stale', () => {
    expect(isStale('not a date', now, 180)).toBe(true);
  });
});
