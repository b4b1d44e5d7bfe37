import type { SearchDocument } from '../../content/types.ts';
import type { DirectoryEntry } from '../../regions/schema.ts';
import { allowedEdits, withinEdits } from './fuzzy.ts';

/**
 * One search over pages (their sections) and services, in the person's language. Two parts:
 * - everyday phrases kept as data per language (locales/<lang>/_search.json), such as "reads my
 *   texts" or "nowhere to go", each mapped to the pages and services that help;
 * - the words of every page and service, in an index built once when search opens, matched by
 *   whole word, by the start of a word (typing is not finished), or with a small slip.
 * Everything is in memory: nothing typed is kept once the screen closes.
 */

/** The phrase list of one language. Targets: `page:slug`, `service:id`, `role:…`, `needs:…`, `serves:…`. */
export interface PhraseList {
  stopWords: string[];
  phrases: { say: string[]; find: string[] }[];
}

export type Found =
  | { kind: 'page'; key: string; score: number; page: SearchDocument }
  | { kind: 'service'; key: string; score: number; service: DirectoryEntry };

type Unit =
  | { kind: 'page'; key: string; page: SearchDocument }
  | { kind: 'service'; key: string; service: DirectoryEntry };

/** Sections search never offers: the path for people who use abuse, and show-mode cards. */
const UNSEARCHED_SECTIONS = new Set(['self', 'show']);

/**
 * Letters typed in more than one form for the same sound, folded to one. Urdu, to the form the text uses:
 * Arabic keyboards give ي ك ه for ی ک ہ, and people write ے, ة or ۃ where the text has ی or ہ.
 */
const FOLD = new Map([
  ['\u064a', '\u06cc'], // ي Arabic yeh, also what ئ leaves once its hamza is dropped: ی
  ['\u0649', '\u06cc'], // ى alef maksura: ی
  ['\u06d2', '\u06cc'], // ے, typed as ی and the other way round at the end of a word: ی
  ['\u0643', '\u06a9'], // ك Arabic kaf: ک
  ['\u0647', '\u06c1'], // ه Arabic heh: ہ
  ['\u0629', '\u06c1'], // ة teh marbuta: ہ
  ['\u06c3', '\u06c1'], // ۃ Urdu teh marbuta: ہ
  ['\u06d5', '\u06c1'], // ە, what ۀ leaves once its hamza is dropped: ہ
  // Polish ł has no accent to strip, and people typing without Polish letters write l (bił, bil).
  ['\u0142', 'l'],
  ['\u0141', 'l'],
]);
const FOLDED =
  /[\u064a\u0649\u06d2\u0643\u0647\u0629\u06c3\u06d5\u0142\u0141\u0660-\u0669\u06f0-\u06f9]/gu;

/** One letter's folded form; Urdu and Arabic keyboards type their own digits, so "۹۹۹" is 999. */
function fold(letter: string): string {
  const code = letter.charCodeAt(0);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  return FOLD.get(letter) ?? letter;
}

/**
 * Lower case, accents and apostrophes removed, one form for letters typed in more than one way,
 * anything else that is not a letter or digit a space.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '') // marks, and the stretching line (tatweel) some type for looks
    .replace(FOLDED, fold)
    .replace(/['’‘`]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function words(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

/**
 * How well a typed word stands for a word in the text: 1 the same; 0.9 the same but for an ending
 * ("text", "texts"); 0.8 the start of it, while the word is still being typed; 0.6 a small slip;
 * 0.5 a slip in a word still being typed ("refuj" on its way to "refuge"); 0 no match.
 * Made once per typed word, as it is tried against every word in the index.
 */
export function matcher(typed: string, typing: boolean): (word: string) => number {
  const digits = /^\d+$/.test(typed);
  const edits = digits ? 0 : allowedEdits(typed.length);
  const first = typed[0];
  const second = typed[1];
  return (word) => {
    if (typed === word) return 1;
    if (digits) return typed.length >= 2 && word.startsWith(typed) ? 0.8 : 0;
    const gap = word.length - typed.length;
    if (Math.min(typed.length, word.length) >= 4 && Math.abs(gap) <= 2) {
      if (word.startsWith(typed) || typed.startsWith(word)) return 0.9;
    }
    if (typing && typed.length >= 3 && word.startsWith(typed)) return 0.8;
    // Slips: most words differ in their first two letters, so they are ruled out cheaply.
    if (edits === 0 || (word[0] !== first && word[1] !== second)) return 0;
    if (Math.abs(gap) <= edits && withinEdits(typed, word, edits)) return 0.6;
    if (typing && gap > 0 && withinEdits(typed, word.slice(0, typed.length), 1)) return 0.5;
    return 0;
  };
}

export function likeness(typed: string, word: string, typing: boolean): number {
  return matcher(typed, typing)(word);
}

const FIELD = { title: 10, heading: 4, summary: 3, body: 1, name: 10, offers: 3, label: 2 };
const BODY_CAP = 3;
const PHRASE_SCORE = 100;

export interface Finder {
  find(query: string, limit?: number): Found[];
  /** The words of a query that search matches on (without the small words like "my"). */
  terms(query: string): string[];
}

export function createFinder(input: {
  documents: readonly SearchDocument[];
  /** In the order to list them when scores tie: the area's own first. */
  services: readonly DirectoryEntry[];
  phrases: PhraseList;
  lang: string;
  /** A service's text in the language (the directory's localText). */
  text: (value: DirectoryEntry['name'], lang: string) => string;
  /** The entry id filling a role for the person's area (services/roles.ts); none if unfilled. */
  roleEntry?: (role: string) => string | undefined;
}): Finder {
  const { lang, text } = input;
  const stop = new Set(input.phrases.stopWords.map(normalise));

  // One unit per page (the person's language where translated, else English) and per service.
  const bySlug = new Map<string, SearchDocument>();
  for (const doc of input.documents) {
    if (UNSEARCHED_SECTIONS.has(doc.section)) continue;
    if (doc.lang === lang || (doc.lang === 'en' && !bySlug.has(doc.slug)))
      bySlug.set(doc.slug, doc);
  }
  const units: Unit[] = [
    ...[...bySlug.values()].map((page): Unit => ({ kind: 'page', key: `page:${page.slug}`, page })),
    ...input.services.map((service): Unit => ({
      kind: 'service',
      key: `service:${service.id}`,
      service,
    })),
  ];
  const unitOf = new Map(units.map((u, i) => [u.key, i]));

  // The index: every word, and the units it is in with a weight for where it stands.
  const vocabulary: string[] = [];
  const postings: number[][] = [];
  const idOf = new Map<string, number>();
  units.forEach((unit, u) => {
    const weights = new Map<string, number>();
    const add = (value: string, weight: number, cap = weight): void => {
      for (const w of words(value)) weights.set(w, Math.min(cap, (weights.get(w) ?? 0) + weight));
    };
    const once = (value: string, weight: number): void => {
      for (const w of new Set(words(value))) weights.set(w, (weights.get(w) ?? 0) + weight);
    };
    if (unit.kind === 'page') {
      once(unit.page.title, FIELD.title);
      once(unit.page.summary, FIELD.summary);
      for (const section of unit.page.sections) {
        once(section.heading, FIELD.heading);
        add(section.text, FIELD.body, BODY_CAP);
      }
    } else {
      const s = unit.service;
      once(text(s.name, lang), FIELD.name);
      if (lang !== 'en') once(text(s.name, 'en'), FIELD.name);
      once(text(s.offers, lang), FIELD.offers);
      for (const channel of s.channels) {
        if (channel.label) once(text(channel.label, lang), FIELD.label);
        if ('number' in channel) {
          once(channel.number, FIELD.name);
          once(channel.number.replaceAll(' ', ''), FIELD.name);
        }
      }
    }
    for (const [w, weight] of weights) {
      let id = idOf.get(w);
      if (id === undefined) {
        id = vocabulary.length;
        idOf.set(w, id);
        vocabulary.push(w);
        postings.push([]);
      }
      postings[id]?.push(u, weight);
    }
  });

  // Phrases: their key words (small words left out) and the units each points to.
  const phrases = input.phrases.phrases.flatMap(({ say, find }) => {
    const targets = find.flatMap((target) => resolve(target));
    return say.map((s) => {
      const all = words(s);
      const meaningful = all.filter((w) => !stop.has(w));
      // Small words can be left out only when two words still carry the meaning: "is it abuse"
      // must not fire on every query with "abuse" in it, but "he reads my texts" is "reads texts".
      const key = meaningful.length >= 2 ? meaningful : all;
      return { key, strength: Math.max(1, meaningful.length), targets };
    });
  });

  function resolve(target: string): number[] {
    const [kind = '', value = ''] = target.split(/:(.*)/s);
    const direct = unitOf.get(target);
    if (direct !== undefined) return [direct];
    const matching = (test: (s: DirectoryEntry) => boolean): number[] =>
      units.flatMap((unit, i) => (unit.kind === 'service' && test(unit.service) ? [i] : []));
    if (kind === 'role') {
      const id = input.roleEntry?.(value);
      return id === undefined ? [] : matching((s) => s.id === id).slice(0, 1);
    }
    if (kind === 'needs') return matching((s) => (s.needs as string[]).includes(value)).slice(0, 3);
    if (kind === 'serves')
      return matching((s) => (s.serves as string[]).includes(value)).slice(0, 3);
    return []; // a page or service this deployment does not have
  }

  // What each typed word matches in the vocabulary; the same words come back at every keystroke.
  const cache = new Map<string, [number, number][]>();
  function candidates(term: string, typing: boolean): [number, number][] {
    const key = `${typing ? '+' : ''}${term}`;
    let found = cache.get(key);
    if (found) return found;
    found = [];
    const like = matcher(term, typing);
    for (let id = 0; id < vocabulary.length; id++) {
      const score = like(vocabulary[id] ?? '');
      if (score > 0) found.push([id, score]);
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, found);
    return found;
  }

  // The words the phrases use, and which of them each typed word stands for.
  const phraseWords = [...new Set(phrases.flatMap((p) => p.key))];
  const phraseCache = new Map<string, Set<string>>();
  function phraseWordsLike(typed: string, typing: boolean): Set<string> {
    const key = `${typing ? '+' : ''}${typed}`;
    let found = phraseCache.get(key);
    if (found) return found;
    const like = matcher(typed, typing);
    found = new Set(phraseWords.filter((w) => like(w) > 0));
    if (phraseCache.size > 500) phraseCache.clear();
    phraseCache.set(key, found);
    return found;
  }

  function terms(query: string): string[] {
    const all = words(query);
    const kept = all.filter((w) => !stop.has(w) && (w.length > 1 || /\d/.test(w)));
    return kept.length > 0 ? kept : all.filter((w) => w.length > 2);
  }

  const total = new Float64Array(units.length);
  const best = new Float64Array(units.length);
  const hits = new Uint8Array(units.length);

  function find(query: string, limit = 20): Found[] {
    const typed = words(query);
    const wanted = terms(query);
    if (wanted.length === 0) return [];
    total.fill(0);
    hits.fill(0);
    const touched = new Set<number>();
    // Words match as typed; the last one may still be unfinished.
    const lastTyped = typed[typed.length - 1];
    wanted.forEach((term) => {
      best.fill(0);
      const seen: number[] = [];
      for (const [id, like] of candidates(term, term === lastTyped)) {
        const list = postings[id] ?? [];
        for (let k = 0; k < list.length; k += 2) {
          const u = list[k] ?? 0;
          const score = like * (list[k + 1] ?? 0);
          if (best[u] === 0) seen.push(u);
          if (score > (best[u] ?? 0)) best[u] = score;
        }
      }
      for (const u of seen) {
        total[u] = (total[u] ?? 0) + (best[u] ?? 0);
        hits[u] = (hits[u] ?? 0) + 1;
        touched.add(u);
      }
    });
    // A unit must hold every word (one may be missing from a longer query).
    const needed = wanted.length <= 2 ? wanted.length : wanted.length - 1;
    const scores = new Map<number, number>();
    for (const u of touched) {
      const h = hits[u] ?? 0;
      if (h >= needed) scores.set(u, (total[u] ?? 0) * (h / wanted.length));
    }
    const phraseHits = typed.map((t) => phraseWordsLike(t, t === lastTyped));
    for (const phrase of phrases) {
      const matched = phrase.key.every((w) => phraseHits.some((set) => set.has(w)));
      if (!matched) continue;
      // A longer phrase is surer, and one that covers less of what was typed is less sure.
      const weight = PHRASE_SCORE * phrase.strength * Math.min(1, phrase.strength / wanted.length);
      phrase.targets.forEach((u, i) => {
        scores.set(u, (scores.get(u) ?? 0) + weight * (1 - 0.1 * Math.min(i, 5)));
      });
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([u, score]) => ({ ...(units[u] as Unit), score }));
  }

  return { find, terms };
}

/**
 * The sentence of a page that best matches the query, with its section's heading, to show under
 * the result. Falls back to the summary when the page was found by an everyday phrase.
 */
export function matchingSentence(
  page: SearchDocument,
  terms: readonly string[],
): { heading: string; sentence: string } {
  let found = { heading: '', sentence: page.summary };
  let top = 0;
  for (const section of page.sections) {
    for (const sentence of section.text.split(/(?<=[.!?])\s+|\n+/)) {
      const inSentence = words(sentence);
      const score = terms.filter((t) => inSentence.some((w) => likeness(t, w, true) > 0)).length;
      if (score > top) {
        top = score;
        found = { heading: section.heading, sentence: sentence.trim() };
      }
    }
  }
  return found;
}
