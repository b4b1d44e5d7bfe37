import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatTime } from './format.ts';

/** A language's services strings, as far as times need them. */
const strings = (clock: string, midnight: string) =>
  ((key: string) =>
    ({ 'hours.clock': clock, 'hours.midnight': midnight })[key] ??
    key) as unknown as TFunction<'services'>;

describe('formatTime', () => {
  it('writes a 12-hour clock the English way', () => {
    const t = strings('12', 'midnight');
    expect(['08:00', '20:30', '12:00', '09:05'].map((time) => formatTime(time, t))).toEqual([
      '8am',
      '8:30pm',
      '12pm',
      '9:05am',
    ]);
  });

  it('writes a 24-hour clock where the language uses one, never "am" or "pm"', () => {
    const t = strings('24', 'północ');
    expect(['08:00', '20:30', '12:00', '09:05'].map((time) => formatTime(time, t))).toEqual([
      '08:00',
      '20:30',
      '12:00',
      '09:05',
    ]);
  });

  it("says midnight in the language's own word", () => {
    expect(formatTime('24:00', strings('24', 'północ'))).toBe('północ');
    expect(formatTime('00:00', strings('12', 'midnight'))).toBe('midnight');
  });
});
