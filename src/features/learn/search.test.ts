import { describe, expect, test } from 'vitest';
import { createSearch, normalise, type SearchDocument } from './search.ts';

const doc = (slug: string, lang: string, title: string, text: string): SearchDocument => ({
  slug,
  lang,
  title,
  summary: `About ${title.toLowerCase()}.`,
  text,
  audience: ['survivor'],
  section: 'learn',
  order: 1,
  reviewed: '2026-11-22',
});

const docs = [
  doc('money', 'en', 'Economic abuse', 'They take your wages and control the bank account.'),
  doc('phones', 'en', 'Abuse using phones', 'They check your phone and track your location.'),
  doc('phones', 'cy', 'Cam-drin drwy ffonau', 'Maen nhw’n gwirio eich ffôn.'),
];

describe('offline search', () => {
  test('finds pages by the start of a word, in title or text, best match first', () => {
    const search = createSearch(docs, 'en');
    expect(search('bank').map((h) => h.page.slug)).toEqual(['money']);
    expect(search('Phone').map((h) => h.page.slug)).toEqual(['phones']);
    expect(search('abuse').map((h) => h.page.slug)).toEqual(['money', 'phones']);
  });

  test('needs every word of the query, and ignores case, accents and punctuation', () => {
    const search = createSearch(docs, 'en');
    expect(search('phone money')).toEqual([]);
    expect(search('  TRACK, location! ').map((h) => h.page.slug)).toEqual(['phones']);
    expect(normalise('Ffôn’s')).toBe('ffon s');
  });

  test('an empty or one-letter query finds nothing', () => {
    const search = createSearch(docs, 'en');
    expect(search('')).toEqual([]);
    expect(search('a')).toEqual([]);
  });

  test('searches a translation where there is one, and English pages otherwise', () => {
    const search = createSearch(docs, 'cy');
    expect(search('ffon').map((h) => h.page.lang)).toEqual(['cy']);
    expect(search('wages').map((h) => h.page.lang)).toEqual(['en']);
  });
});

describe('what search never offers', () => {
  test('leaves out the path for people who use abuse and the show-mode screens', () => {
    const page = (slug: string, section: string) => ({
      slug,
      lang: 'en',
      title: `Getting help ${slug}`,
      summary: 'help',
      audience: ['survivor' as const],
      section,
      order: 1,
      reviewed: '2026-11-22',
      text: 'help',
    });
    const search = createSearch([page('a', 'learn'), page('b', 'self'), page('c', 'show')], 'en');
    expect(search('help').map((hit) => hit.page.slug)).toEqual(['a']);
  });
});
