import { describe, expect, it } from 'vitest';
import { dialString, isValidPhoneNumber } from './phone.ts';

describe('UK phone numbers', () => {
  it.each([
    '999',
    '101',
    '116 123',
    '18000',
    '18001 101',
    '0800 1111',
    '0808 2000 247',
    '0808 80 10 800',
    '0800 5999 247',
    '01744 743200',
    '020 7008 0151',
    '0345 050 0148',
    '07860 077333',
    '+44 20 7008 0151',
  ])('accepts %s', (n) => expect(isValidPhoneNumber(n)).toBe(true));

  it.each([
    '0808 200 247',
    '99',
    '1234',
    '0808 2000 247 1',
    '+1 555 0100',
    '0808-2000-247',
    ' 999',
  ])('rejects %s', (n) => expect(isValidPhoneNumber(n)).toBe(false));

  it('dials the digits only', () => {
    expect(dialString('0808 2000 247')).toBe('08082000247');
    expect(dialString('+44 20 7008 0151')).toBe('+442070080151');
  });
});
