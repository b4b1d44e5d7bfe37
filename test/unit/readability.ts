import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * Flesch–Kincaid grade of plain text. Each line (a paragraph, heading or list item) is split into
 * sentences at . ! ? so a short list item counts as the short sentence a reader meets.
 */
export function readability(text: string): { grade: number; words: number; sentences: number } {
  const sentences = text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  const words = sentences.flatMap((s) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []);
  const syllables = words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
  return {
    grade: fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables }),
    words: words.length,
    sentences: sentences.length,
  };
}
