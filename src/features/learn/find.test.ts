import { describe, expect, test } from 'vitest';
import type { SearchDocument } from '../../content/types.ts';
import type { DirectoryEntry } from '../../regions/schema.ts';
import { createFinder, matchingSentence, normalise, type PhraseList } from './find.ts';

const page = (slug: string, title: string, text: string, extra: Partial<SearchDocument> = {}) =>
  ({
    slug,
    lang: 'en',
    title,
    summary: `About ${title.toLowerCase()}.`,
    audience: ['survivor'],
    section: 'learn',
    order: 1,
    reviewed: '2026-11-22',
    sections: [{ heading: 'What it is', text }],
    ...extra,
  }) as SearchDocument;

const service = (id: string, name: string, number: string, extra: object = {}) =>
  ({
    id,
    pack: 'town',
    name: { en: name },
    offers: { en: 'Someone to talk to.' },
    serves: ['anyone'],
    needs: ['talk'],
    channels: [{ type: 'phone', number, hours: '24/7' }],
    coverage: ['local'],
    sources: ['https://example.org'],
    checked: '2026-11-01',
    confidence: 'high',
    ...extra,
  }) as DirectoryEntry;

const phrases: PhraseList = {
  stopWords: ['he', 'my', 'me', 'is', 'it', 'a'],
  phrases: [
    { say: ['reads my texts'], find: ['page:phones', 'page:control'] },
    { say: ['nowhere to go'], find: ['role:24h-line', 'page:missing'] },
    { say: ['is it abuse'], find: ['page:control'] },
  ],
};

const finder = (lang = 'en') =>
  createFinder({
    documents: [
      page('phones', 'Abuse using phones', 'They check your phone. They track where you go.'),
      page('control', 'Coercive control', 'They make rules about your life.'),
      page('money', 'Economic abuse', 'They take your wages.'),
      page('mine', 'Getting help to change', 'Help for people who hurt.', { section: 'self' }),
      page('phones', 'Przemoc przez telefon', 'Sprawdzają twój telefon.', { lang: 'pl' }),
    ],
    services: [
      service('town-line', 'Town 24-hour line', '01632 960000'),
      service('helpline', 'National Helpline', '0808 2000 247'),
    ],
    phrases,
    lang,
    text: (t, l) => t[l] ?? t['en'] ?? '',
    // The area's pack fills the role with its own entry (services/roles.ts).
    roleEntry: (role) => (role === '24h-line' ? 'town-line' : undefined),
  });

const keys = (query: string, lang?: string) =>
  finder(lang)
    .find(query)
    .map((f) => f.key);

describe('one search over pages and services', () => {
  test('an everyday phrase finds the pages it is mapped to, in order', () => {
    expect(keys('he reads my texts').slice(0, 2)).toEqual(['page:phones', 'page:control']);
    expect(keys('she reads all my text messages')[0]).toBe('page:phones');
  });

  test("a phrase can name the area's own line by its role, not its id; unknown targets are skipped", () => {
    expect(keys('i have nowhere to go')).toEqual(['service:town-line']);
  });

  test('small words alone never fire a phrase: "economic abuse" is not "is it abuse"', () => {
    expect(keys('economic abuse')[0]).toBe('page:money');
    expect(keys('economic abuse')).not.toContain('page:control');
  });

  test('finds services by name or number, and words as they are being typed', () => {
    expect(keys('helpline')[0]).toBe('service:helpline');
    expect(keys('0808')[0]).toBe('service:helpline');
    expect(keys('08082000247')[0]).toBe('service:helpline');
    expect(keys('coer')[0]).toBe('page:control');
  });

  test('forgives a small spelling mistake', () => {
    expect(keys('coersive')[0]).toBe('page:control');
    expect(keys('wagse')[0]).toBe('page:money');
  });

  test('never offers the path for people who use abuse', () => {
    expect(keys('change')).not.toContain('page:mine');
  });

  test('searches the translation where there is one', () => {
    expect(keys('telefon', 'pl')[0]).toBe('page:phones');
    expect(finder('pl').find('telefon')[0]).toMatchObject({ page: { lang: 'pl' } });
  });

  test('nothing for an empty or one-letter query', () => {
    expect(keys('')).toEqual([]);
    expect(keys('a')).toEqual([]);
  });

  test('quotes the sentence that matched, with its section', () => {
    const found = finder().find('track');
    const first = found[0];
    expect(first?.kind).toBe('page');
    if (first?.kind !== 'page') return;
    expect(matchingSentence(first.page, ['track'])).toEqual({
      heading: 'What it is',
      sentence: 'They track where you go.',
    });
  });

  test('normalises case, accents and apostrophes', () => {
    expect(normalise("Won't  CAFÉ’s")).toBe('wont cafes');
  });

  test('Polish finds a word typed without Polish letters, ł included', () => {
    expect(normalise('Pobił mnie, ŁÓDŹ, żona')).toBe('pobil mnie lodz zona');
  });

  test('Urdu finds the same word whichever keyboard typed it', () => {
    // Arabic-keyboard letters, ے for ی, the hamza's seat, the two forms of teh marbuta, tatweel.
    expect(normalise('بيوي كو مارتي ہے')).toBe(normalise('بیوی کو مارتی ہی'));
    expect(normalise('بچة بچۃ بچۂ')).toBe(normalise('بچہ بچہ بچہ'));
    expect(normalise('گئی')).toBe(normalise('گیی'));
    expect(normalise('مـدد')).toBe(normalise('مدد'));
    // Urdu and Arabic digits are the same numbers.
    expect(normalise('۹۹۹ ٩٩٩')).toBe('999 999');
    expect(keys('۰۸۰۸ ۲۰۰۰ ۲۴۷')[0]).toBe('service:helpline');
  });
});
