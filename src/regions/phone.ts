/**
 * UK phone numbers as the directory writes them: digit groups separated by single spaces, as
 * printed by the service (for example "0808 2000 247"), so a person can read them aloud. These
 * checks catch typing slips such as a missing digit ("0808 200 247"), which has happened in
 * published leaflets. Shared by the build (validation) and the app (tel: and sms: links).
 */

/** Short codes the directory may hold. 18000 is Relay UK's emergency textphone number. */
const SHORT_CODES = new Set(['999', '112', '101', '111', '116123', '18000', '08001111']);

/** Relay UK puts 18001 in front of an ordinary number, for example "18001 101". */
const RELAY_PREFIX = '18001';

const FORMAT = /^\+?[0-9]+(?: [0-9]+)*$/;

function validDigits(digits: string): boolean {
  if (SHORT_CODES.has(digits)) return true;
  if (digits.startsWith('44')) return false; // international form must start with +
  if (!digits.startsWith('0')) return false;
  // 01 numbers and 0800 numbers can have 10 digits; every other UK number has 11.
  if (digits.startsWith('01') || digits.startsWith('0800')) {
    return digits.length === 10 || digits.length === 11;
  }
  return digits.length === 11;
}

/** True if `number` is a well-formed UK number, short code or Relay UK number. */
export function isValidPhoneNumber(number: string): boolean {
  if (!FORMAT.test(number)) return false;
  if (number.startsWith('+')) {
    const digits = number.slice(1).replaceAll(' ', '');
    return digits.startsWith('44') && validDigits('0' + digits.slice(2));
  }
  const digits = number.replaceAll(' ', '');
  if (digits.startsWith(RELAY_PREFIX) && digits.length > RELAY_PREFIX.length) {
    return validDigits(digits.slice(RELAY_PREFIX.length));
  }
  return validDigits(digits);
}

/** The digits to dial: "0808 2000 247" becomes "08082000247"; "+44 20 7008 0151" keeps its +. */
export function dialString(number: string): string {
  return number.replaceAll(' ', '');
}
