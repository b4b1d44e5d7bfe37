import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDiallable, sanitiseNumber, smsHref, telHref } from './contact-links.ts';

describe('safe contact links (P7)', () => {
  it('keeps digits and one leading plus', () => {
    expect(sanitiseNumber(' +44 (0)7700-900 123 ')).toBe('+4407700900123');
    expect(sanitiseNumber('07700 900123')).toBe('07700900123');
    expect(sanitiseNumber('1+2+3')).toBe('123');
  });

  it('makes only tel: and sms: links of digits, whatever was typed', () => {
    fc.assert(
      fc.property(fc.string(), (typed) => {
        expect(telHref(typed)).toMatch(/^tel:\+?\d*$/);
        expect(smsHref(typed)).toMatch(/^sms:\+?\d*$/);
      }),
    );
    expect(telHref('javascript:alert(1)')).toBe('tel:1');
  });

  it('needs at least three digits to be worth calling', () => {
    expect(isDiallable('99')).toBe(false);
    expect(isDiallable('999')).toBe(true);
    expect(isDiallable('+')).toBe(false);
  });
});
