/**
 * Formats an ISO date (YYYY-MM-DD) as a long date in the person's language, for example
 * "22 November 2026"; anything else comes back unchanged. Every date the app shows goes through it.
 */
export function formatIsoDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    // Plain 'en' means British English here: the app is for areas in England.
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(date);
  } catch {
    return iso;
  }
}
