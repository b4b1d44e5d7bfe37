// Three rows of the edit table, reused by every call: search tries thousands of words per
// keystroke, and fresh arrays for each would leave work for the garbage collector mid-typing.
const MAX = 64;
let before = new Int32Array(MAX + 1);
let previous = new Int32Array(MAX + 1);
let current = new Int32Array(MAX + 1);

/**
 * Whether two words are within `max` edits of each other (insert, delete, change, or swap two
 * letters side by side), so "refuj" finds "refuge" and "stalkign" finds "stalking". Stops as soon
 * as every path is over the limit, so most words are rejected after a letter or two.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  if (a.length > MAX || b.length > MAX) return false;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return false;
    [before, previous, current] = [previous, current, before];
  }
  return (previous[b.length] ?? max + 1) <= max;
}

/** How many slips a word of this length may have: none under 4 letters, 1 up to 7, then 2. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}
