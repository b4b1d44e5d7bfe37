import { describe, expect, it } from 'vitest';
import { loadAllPages } from '../../build/content-plugin.ts';
import type { Block, Page } from '../../content/types.ts';
import { cardSides, cardsIn, servicesIn } from './show-cards.ts';
import { splitSteps } from './show-steps.ts';

const page = (lang: string, blocks: Block[]): Page => ({
  meta: {
    slug: 'show-mode',
    lang,
    title: 'Show',
    summary: 'Show mode cards.',
    audience: ['professional'],
    reviewed: '2026-11-22',
    sources: [],
    section: 'show',
    order: 0,
  },
  body: blocks,
});
const h = (text: string): Block => ({ t: 'h', level: 2, c: [text] });
const call = (id: string): Block => ({ t: 'p', c: [{ t: 'service', id, c: ['Call'] }] });

const english = splitSteps([
  h('Thank you'),
  { t: 'p', c: ['I believe you.'] },
  h('Help'),
  call('a'),
]);

describe('show-mode cards in two languages', () => {
  it('uses a translation only when it has the same cards naming the same services', () => {
    const polish = page('pl', [
      h('Dziękuję'),
      { t: 'p', c: ['Wierzę ci.'] },
      h('Pomoc'),
      call('a'),
    ]);
    expect(cardsIn(polish, english)?.map((s) => s.heading)).toEqual(['Dziękuję', 'Pomoc']);
    const shorter = page('pl', [h('Dziękuję')]);
    expect(cardsIn(shorter, english)).toBeUndefined();
    const otherNumber = page('pl', [h('Dziękuję'), h('Pomoc'), call('b')]);
    expect(cardsIn(otherNumber, english)).toBeUndefined();
  });

  it("puts the person's language first, and shows English once where a card is not translated", () => {
    const polish = cardsIn(page('pl', [h('Dziękuję'), h('Pomoc'), call('a')]), english);
    const cards = new Map([
      ['en', english],
      ['pl', polish],
      ['ur', undefined],
    ]);
    expect(cardSides(1, ['pl', 'en'], cards).map((s) => [s.lang, s.textLang])).toEqual([
      ['pl', 'pl'],
      ['en', 'en'],
    ]);
    expect(cardSides(0, ['ur', 'en'], cards).map((s) => [s.lang, s.textLang])).toEqual([
      ['ur', 'en'],
    ]);
    expect(cardSides(0, ['ur', 'pl'], cards).map((s) => [s.lang, s.textLang])).toEqual([
      ['ur', 'en'],
      ['pl', 'pl'],
    ]);
  });

  it('finds each service a card names, once, in order', () => {
    expect(servicesIn([call('a'), call('b'), call('a')])).toEqual(['a', 'b']);
  });

  /**
   * Every card exists in every language that has the page: a translation with a card missing or
   * naming other services would be shown as English, so it fails here instead.
   */
  it('every translated show-mode page has the same cards as English', () => {
    const pages = loadAllPages(process.cwd()).filter((p) => p.meta.slug === 'show-mode');
    const en = pages.find((p) => p.meta.lang === 'en');
    expect(en).toBeDefined();
    const cards = splitSteps(en?.body ?? []);
    expect(cards.length).toBeGreaterThanOrEqual(5);
    for (const translated of pages.filter((p) => p.meta.lang !== 'en')) {
      expect(
        cardsIn(translated, cards),
        `locales/${translated.meta.lang}/pages/show-mode.md`,
      ).toBeDefined();
    }
  });
});
