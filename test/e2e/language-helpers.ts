import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Checks that a screen shown in a language other than English really is in that language, for the
 * walk of every screen (all-screens.spec.ts):
 * - every phone number made of digit groups reads left to right in its written order (in a
 *   right-to-left language an unisolated "01744 743200" shows as "743200 01744", and a person
 *   copying it by eye dials the wrong number);
 * - how many of the words on screen are in the expected language, outside what is marked as
 *   English (`lang="en"`, a fallback page or entry said to be English) and outside isolated names
 *   and numbers (`bdi`, `.ltr-always`).
 */

/** A phone number or other code written as groups of digits. */
const GROUPED_NUMBER = /\d+(?: \d+)+/g;

export interface MisorderedNumber {
  number: string;
  context: string;
}

/** Every grouped number on screen whose groups are not laid out left to right, and how many were checked. */
export async function misorderedNumbers(
  page: Page,
): Promise<{ checked: number; problems: MisorderedNumber[] }> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source, 'g');
    const problems: { number: string; context: string }[] = [];
    let checked = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || parent.closest('.visually-hidden, [hidden], script, style')) continue;
      if (parent.getClientRects().length === 0) continue;
      for (const match of text.matchAll(pattern)) {
        const lefts: number[] = [];
        const tops: number[] = [];
        let at = match.index;
        for (const group of match[0].split(' ')) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + group.length);
          const box = range.getBoundingClientRect();
          lefts.push(box.left);
          tops.push(box.top);
          at += group.length + 1;
        }
        checked += 1;
        // Groups on one line must go left to right; a number wrapped over lines is not compared.
        const inOrder = lefts.every(
          (left, i) =>
            i === 0 ||
            Math.abs((tops[i] ?? 0) - (tops[i - 1] ?? 0)) > 2 ||
            left > (lefts[i - 1] ?? 0),
        );
        if (!inOrder) problems.push({ number: match[0], context: text.trim().slice(0, 80) });
      }
    }
    return { checked, problems };
  }, GROUPED_NUMBER.source);
}

/**
 * The words of the screen's main area a person reads as the page's language: not inside what is
 * marked as English, an isolated name or number, or text only for screen readers.
 */
export async function screenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const main = document.querySelector('#main');
    if (!main) return found;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[lang="en"], bdi, .ltr-always, .visually-hidden')) continue;
      if (parent.getClientRects().length === 0) continue;
      found.push(...(node.textContent ?? '').split(/\s+/).filter(Boolean));
    }
    return found;
  });
}

const LETTERS = /\p{L}+/gu;
/** A lower-case word in Latin letters, accented ones included (Polish, and English left behind). */
const LATIN_WORD = /^[a-z\u00C0-\u024F]+$/;
const tokens = (text: string): string[] =>
  (text.normalize('NFC').toLowerCase().match(LETTERS) ?? []).filter((w) => w.length > 1);

/** Every string value in a JSON tree. */
function jsonText(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const item of node) jsonText(item, out);
  else if (typeof node === 'object' && node !== null)
    for (const [key, value] of Object.entries(node)) if (key !== '$comment') jsonText(value, out);
  return out;
}

const filesIn = (dir: string, ext: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith(ext))
        .map((n) => join(dir, n))
    : [];

/** Every word a language's own text uses: its strings, pages, the area's pages and service words. */
function vocabulary(lang: string): Set<string> {
  const texts: string[] = [];
  for (const file of filesIn(`locales/${lang}`, '.json')) {
    if (!file.endsWith('_search.json'))
      texts.push(...jsonText(JSON.parse(readFileSync(file, 'utf8'))));
  }
  const pages = [
    ...filesIn(`locales/${lang}/pages`, '.md'),
    ...readdirSync('src/regions/areas', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => filesIn(`src/regions/areas/${d.name}/pages/${lang}`, '.md')),
  ];
  for (const file of pages) texts.push(readFileSync(file, 'utf8'));
  if (lang === 'en') {
    for (const dir of ['src/regions/national', 'src/regions/areas'])
      for (const file of filesIn(dir, '.json'))
        texts.push(...jsonText(JSON.parse(readFileSync(file, 'utf8'))));
  } else {
    for (const file of filesIn(`src/regions/translations/${lang}`, '.json'))
      texts.push(...jsonText(JSON.parse(readFileSync(file, 'utf8'))));
  }
  return new Set(texts.flatMap(tokens));
}

export interface WordCount {
  /** Words of the expected language. */
  own: number;
  /** Words of English left on screen without being marked as English. */
  english: number;
  /** Words both languages use (names kept as they are) or neither does: counted as neither. */
  neither: number;
  /** The English words found, for the report. */
  englishWords: Set<string>;
}

/**
 * Counts the words of a screen shown in `lang`. A language written in another script (Urdu) is
 * counted by script: a word in its letters is its own, a word in Latin letters is English. A
 * language in Latin letters (Polish) is counted by vocabulary: a word only its own text uses is
 * its own, a word only the English text uses is English, a word both use is neither.
 */
export function wordCounter(lang: string): (words: readonly string[], into: WordCount) => void {
  const own = vocabulary(lang);
  const english = vocabulary('en');
  const latin = [...own].filter((w) => LATIN_WORD.test(w)).length;
  const byScript = latin < own.size / 2;
  return (words, into) => {
    for (const word of words.flatMap(tokens)) {
      const isLatin = LATIN_WORD.test(word);
      if (byScript) {
        if (!isLatin) into.own += 1;
        else {
          into.english += 1;
          into.englishWords.add(word);
        }
      } else if (own.has(word) && !english.has(word)) into.own += 1;
      else if (english.has(word) && !own.has(word)) {
        into.english += 1;
        into.englishWords.add(word);
      } else into.neither += 1;
    }
  };
}

export const emptyCount = (): WordCount => ({
  own: 0,
  english: 0,
  neither: 0,
  englishWords: new Set(),
});

/** The share of words in the expected language, of those that are either it or English. */
export const ownShare = (count: WordCount): number =>
  count.own / Math.max(1, count.own + count.english);
