/**
 * Phone links for safe contacts. The number a person typed is reduced to digits and one leading
 * plus sign before it goes into a tel: or sms: link, so nothing typed can make a link to
 * anywhere else (P7).
 */
export function sanitiseNumber(typed: string): string {
  const trimmed = typed.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') && digits ? `+${digits}` : digits;
}

/** True when the number has enough digits to be worth a link. */
export function isDiallable(typed: string): boolean {
  return sanitiseNumber(typed).replace('+', '').length >= 3;
}

export function telHref(typed: string): string {
  return `tel:${sanitiseNumber(typed)}`;
}

export function smsHref(typed: string): string {
  return `sms:${sanitiseNumber(typed)}`;
}
