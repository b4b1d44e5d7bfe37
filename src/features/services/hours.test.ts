import { describe, expect, it } from 'vitest';
import type { Hours } from '../../regions/schema.ts';
import { isOpenAt, londonTime, nextOpening } from './hours.ts';

// In 2026 the UK clocks go forward at 01:00 UTC on Sunday 29 March (GMT to BST) and back at
// 01:00 UTC on Sunday 25 October (BST to GMT).
const weekdays8to5: Hours = {
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '17:00' }],
};

describe('open now, in UK time', () => {
  it('reads London time in winter (GMT = UTC)', () => {
    expect(londonTime(new Date('2026-03-27T07:30:00Z'))).toEqual({ day: 'fri', time: '07:30' });
  });

  it('reads London time in summer (BST = UTC + 1)', () => {
    expect(londonTime(new Date('2026-03-30T07:30:00Z'))).toEqual({ day: 'mon', time: '08:30' });
  });

  it('is closed at 07:30 UTC the Friday before the clocks go forward (07:30 GMT)', () => {
    expect(isOpenAt(weekdays8to5, new Date('2026-03-27T07:30:00Z'))).toBe(false);
  });

  it('is open at 07:30 UTC the Monday after the clocks go forward (08:30 BST)', () => {
    expect(isOpenAt(weekdays8to5, new Date('2026-03-30T07:30:00Z'))).toBe(true);
  });

  it('closes at 16:00 UTC in summer (17:00 BST) but not in winter (16:00 GMT)', () => {
    expect(isOpenAt(weekdays8to5, new Date('2026-10-23T16:00:00Z'))).toBe(false);
    expect(isOpenAt(weekdays8to5, new Date('2026-10-26T16:00:00Z'))).toBe(true);
  });

  it('is open at 07:30 UTC the Friday before the clocks go back, closed the Monday after', () => {
    expect(isOpenAt(weekdays8to5, new Date('2026-10-23T07:30:00Z'))).toBe(true);
    expect(isOpenAt(weekdays8to5, new Date('2026-10-26T07:30:00Z'))).toBe(false);
  });

  it('moves to the next day in London before it does in UTC (summer)', () => {
    // Sunday 23:30 UTC in July is Monday 00:30 in London.
    expect(londonTime(new Date('2026-07-05T23:30:00Z'))).toEqual({ day: 'mon', time: '00:30' });
  });

  it('opens at the opening minute and closes at the closing minute', () => {
    expect(isOpenAt(weekdays8to5, new Date('2026-01-05T08:00:00Z'))).toBe(true);
    expect(isOpenAt(weekdays8to5, new Date('2026-01-05T16:59:00Z'))).toBe(true);
    expect(isOpenAt(weekdays8to5, new Date('2026-01-05T17:00:00Z'))).toBe(false);
  });

  it('is closed at weekends for a weekday service', () => {
    expect(isOpenAt(weekdays8to5, new Date('2026-01-10T12:00:00Z'))).toBe(false);
  });

  it('is always open for 24/7, and unknown when hours are not confirmed', () => {
    expect(isOpenAt('24/7', new Date('2026-01-10T03:00:00Z'))).toBe(true);
    expect(isOpenAt('unknown', new Date('2026-01-05T12:00:00Z'))).toBeUndefined();
  });

  it('handles a period that ends at midnight', () => {
    const late: Hours = { weekly: [{ days: ['fri'], from: '18:00', to: '24:00' }] };
    expect(isOpenAt(late, new Date('2026-01-09T23:59:00Z'))).toBe(true);
    expect(isOpenAt(late, new Date('2026-01-10T00:00:00Z'))).toBe(false);
  });
});

describe('nextOpening', () => {
  const weekdays: Hours = {
    weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '17:00' }],
  };
  it('says later today, tomorrow, or the weekday it opens', () => {
    expect(nextOpening(weekdays, { day: 'mon', time: '07:30' })).toEqual({
      daysAhead: 0,
      day: 'mon',
      time: '08:00',
    });
    expect(nextOpening(weekdays, { day: 'mon', time: '18:00' })).toEqual({
      daysAhead: 1,
      day: 'tue',
      time: '08:00',
    });
    expect(nextOpening(weekdays, { day: 'fri', time: '17:00' })).toEqual({
      daysAhead: 3,
      day: 'mon',
      time: '08:00',
    });
  });
  it('says nothing when open now, always open or hours unknown', () => {
    expect(nextOpening(weekdays, { day: 'mon', time: '09:00' })).toBeUndefined();
    expect(nextOpening('24/7', { day: 'sun', time: '03:00' })).toBeUndefined();
    expect(nextOpening('unknown', { day: 'sun', time: '03:00' })).toBeUndefined();
  });
});
