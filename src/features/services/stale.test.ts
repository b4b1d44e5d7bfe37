import { describe, expect, it } from 'vitest';
import { isEntryStale, isStale, lastCheckDate } from './stale.ts';

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

describe('the date an entry counts from', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  it('uses the live check when there is one', () => {
    const entry = { checked: '2020-01-01', liveChecked: '2026-11-01' };
    expect(lastCheckDate(entry)).toBe('2026-11-01');
    expect(isEntryStale(entry, now, 180)).toBe(false);
  });
  it('is stale when the live check itself is too old, however recent the sources', () => {
    expect(isEntryStale({ checked: '2026-11-22', liveChecked: '2025-01-01' }, now, 180)).toBe(true);
  });
  it('uses the date compared with the sources when there is no live check', () => {
    const entry = { checked: '2026-11-22' };
    expect(lastCheckDate(entry)).toBe('2026-11-22');
    expect(isEntryStale(entry, now, 180)).toBe(false);
    expect(isEntryStale({ checked: '2020-01-01' }, now, 180)).toBe(true);
  });
});
