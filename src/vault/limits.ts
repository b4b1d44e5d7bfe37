/**
 * Every limit on what a person can keep, in one place. Typing (counters), the plan model (before
 * writing), loading (the record checks), backup and restore all use these numbers, so nothing can
 * be saved that would later fail to load or fail to restore from a backup.
 *
 * Lengths are in UTF-16 code units, as a browser counts them for a text box and JavaScript counts
 * them for a string: the counter, the check before writing and the check on load always agree.
 */

/** The largest backup file restore accepts. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The most records a vault (and so a backup) may hold. */
export const MAX_RECORDS = 20_000;

/**
 * The most the plan's records may add up to, as UTF-8 JSON, so that a backup of all of them (base64
 * adds a third) stays under MAX_FILE_BYTES, with room for the record ids and one draft.
 */
export const MAX_STORED_BYTES = Math.floor((MAX_FILE_BYTES * 3) / 4) - 512 * 1024;

/** Records kept back from MAX_RECORDS for the plan's own records, drafts and kept items. */
export const RESERVED_RECORDS = 100;

/** The longest text each field may hold. */
export const TEXT_LIMITS = {
  notes: 20_000,
  diaryLong: 20_000,
  where: 1_000,
  contactName: 200,
  contactNumber: 40,
  codeWord: 200,
} as const;

export type TextLimit = keyof typeof TEXT_LIMITS;

/** Show the counter once a text is this close to its limit (or a short field at any length). */
export const COUNTER_FROM = 0.8;

/** The UTF-8 size of a value as the vault stores it (JSON), without building the bytes. */
export function storedBytes(value: unknown): number {
  // JSON.stringify gives undefined for undefined (its types do not say so).
  const json = (JSON.stringify(value) as string | undefined) ?? '';
  let bytes = 0;
  for (let i = 0; i < json.length; i += 1) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // Each half of a surrogate pair counts 2: together the 4 bytes of the character.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}
