import { describe, expect, test } from 'vitest';
import { loadAllPages, linkedSlugs } from '../../src/build/content-plugin.ts';
import { compilePage, ContentError, plainText } from '../../src/build/markdown.ts';
import type { Inline, Page } from '../../src/content/types.ts';
import { isLinkableScreen, screenMeta } from '../../src/core/screens.ts';
import { primaryDoors } from '../../src/features/home/doors.ts';
import { groupPages } from '../../src/features/learn/groups.ts';
import { summarise } from '../../src/build/content-plugin.ts';
import { readability } from './readability.ts';
import { SERVICE_IDS } from './service-ids.ts';
import { textOutsideServiceLinks, unknownLinkedNumbers } from './service-numbers.ts';
import { loadLedger, sourceKey, unlisted } from '../../src/build/facts-ledger.ts';
import { loadDirectory } from '../../src/build/services-plugin.ts';

const pages = loadAllPages(process.cwd());
const english = pages.filter((p) => p.meta.lang === 'en');
const learn = english.filter((p) => p.meta.section === 'learn');

/** Screens pages may link to: the screen list in src/core/screens.ts, which loads no view. */
const registered = Object.keys(screenMeta);

function links(page: Page): Exclude<Inline, string>[] {
  const found: Exclude<Inline, string>[] = [];
  const walk = (c: Inline[]): void => {
    for (const i of c) {
      if (typeof i === 'string') continue;
      found.push(i);
      walk(i.c);
    }
  };
  for (const b of page.body) {
    if ('items' in b) b.items.forEach(walk);
    else walk(b.c);
  }
  return found;
}

describe('content pages: validation (also run by the build plugin)', () => {
  test('the screens pages link to come from the screen list', () => {
    expect(registered).toEqual(expect.arrayContaining(['learn', 'page', 'search', 'check-in']));
  });

  test('there are learn pages, and every page has a title, summary, sources and a reviewed date', () => {
    expect(learn.length).toBeGreaterThanOrEqual(20);
    for (const { meta } of pages) {
      expect(meta.title.length, meta.slug).toBeGreaterThan(2);
      expect(meta.summary.length, meta.slug).toBeGreaterThan(9);
      expect(meta.sources.length, meta.slug).toBeGreaterThan(0);
      for (const s of meta.sources) expect(s.url, meta.slug).toMatch(/^https:\/\/[^/]+\.[a-z]+/);
      expect(meta.reviewed, meta.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(`${meta.reviewed}T00:00:00Z`), meta.slug).not.toBeNaN();
    }
  });

  test('every page was reviewed on or after the research date (2026-11-22), never in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const { meta } of pages) {
      expect(meta.reviewed >= '2026-11-22', meta.slug).toBe(true);
      expect(meta.reviewed <= today, meta.slug).toBe(true);
    }
  });

  test('every internal link goes somewhere that exists', () => {
    const slugs = new Set(english.map((p) => p.meta.slug));
    for (const page of pages) {
      for (const slug of linkedSlugs(page))
        expect(slugs, `${page.meta.slug} → ${slug}`).toContain(slug);
      for (const link of links(page)) {
        if (link.t === 'service') expect(SERVICE_IDS, page.meta.slug).toContain(link.id);
        if (link.t === 'screen') expect(isLinkableScreen(link.name), page.meta.slug).toBe(true);
        if (link.t === 'link') expect(link.href).toMatch(/^https:\/\//);
      }
    }
  });

  test('no helpline phone number is written in page text: numbers come from the service data', () => {
    for (const page of pages) {
      const text = `${page.meta.title}\n${page.meta.summary}\n${textOutsideServiceLinks(page.body)}`;
      // A UK phone number: 0 or +44 followed by at least 9 more digits, spaces allowed.
      expect(text, page.meta.slug).not.toMatch(/(?:\+44|\b0)\s*\d(?:\s*\d){8,}/);
    }
  });

  test('a number written in a service link is exactly one the linked service holds', () => {
    for (const page of pages) {
      expect(unknownLinkedNumbers(page.body), `${page.meta.lang}/${page.meta.slug}`).toEqual([]);
    }
  });

  test('the emergency page links to every emergency route by service id', () => {
    const page = english.find((p) => p.meta.slug === 'emergency-routes');
    const ids = new Set(
      links(page ?? { meta: {} as Page['meta'], body: [] }).flatMap((l) =>
        l.t === 'service' ? [l.id] : [],
      ),
    );
    for (const id of [
      'emergency-999',
      'silent-solution',
      'emergency-sms',
      'relay-uk',
      'ask-for-ani',
    ]) {
      expect(ids).toContain(id);
    }
  });

  test('the build rejects a page with no sources, a bad date or a bad link', () => {
    const page = (front: string, body = 'Some text.') => `---\n${front}\n---\n\n${body}\n`;
    const good =
      'title: A page\nsummary: A summary of the page.\naudience: [survivor]\nreviewed: 2026-11-22\nsection: learn\norder: 1';
    const source = 'sources:\n  - title: A source\n    url: https://www.gov.uk/';
    expect(() => compilePage(page(`${good}\n${source}`), 'x.md', 'x', 'en')).not.toThrow();
    expect(() => compilePage(page(good), 'x.md', 'x', 'en')).toThrow(ContentError);
    expect(() =>
      compilePage(
        page(`${good.replace('2026-11-22', '22/11/2026')}\n${source}`),
        'x.md',
        'x',
        'en',
      ),
    ).toThrow(ContentError);
    expect(() =>
      compilePage(page(`${good}\n${source}`, '[call](tel:999)'), 'x.md', 'x', 'en'),
    ).toThrow(ContentError);
  });

  test('the build accepts a link to a screen, and rejects a misspelt one or one that needs parameters', () => {
    const page = (body: string) =>
      `---\ntitle: A page\nsummary: A summary of the page.\naudience: [survivor]\nreviewed: 2026-11-22\nsection: learn\norder: 1\nsources:\n  - title: A source\n    url: https://www.gov.uk/\n---\n\n${body}\n`;
    const compile = (body: string) => () => compilePage(page(body), 'x.md', 'x', 'en');
    expect(compile('[Check in](screen:check-in)')).not.toThrow();
    expect(compile('[Check in](screen:chek-in)')).toThrow(ContentError);
    expect(compile('[A page](screen:page)')).toThrow(ContentError);
  });
});

/**
 * The facts ledger (facts/*.json) holds every address a page or a service entry may cite, with the
 * claim it supports and when it was seen. The build refuses anything else; so does this test.
 */
describe('sources: pages and services cite only addresses in the facts ledger', () => {
  const ledger = loadLedger(process.cwd());

  test('each ledger address is https and the ledger holds the addresses the research found', () => {
    for (const { fact } of ledger.facts) expect(fact.source).toMatch(/^https:\/\/[^/]+\.[a-z]+/);
    expect(ledger.keys).toContain(
      sourceKey('https://www.legislation.gov.uk/ukpga/2021/17/section/1'),
    );
  });

  test('every source on every page, in every language, is in the ledger', () => {
    const citations = pages.flatMap(({ meta }) =>
      meta.sources.map((s) => ({
        where: `locales/${meta.lang}/pages/${meta.slug}.md`,
        url: s.url,
      })),
    );
    expect(unlisted(ledger, citations).map((c) => `${c.where}: ${c.url}`)).toEqual([]);
  });

  test('every source of every service entry is in the ledger', () => {
    const directory = loadDirectory({ root: process.cwd(), areas: ['st-helens'] });
    const citations = directory.services.flatMap((s) =>
      s.sources.map((url) => ({ where: `${s.pack}#${s.id}`, url })),
    );
    expect(citations.length).toBeGreaterThan(30);
    expect(unlisted(ledger, citations).map((c) => `${c.where}: ${c.url}`)).toEqual([]);
  });

  test('a deeper path on a listed site is not listed; www and a trailing slash do not matter', () => {
    expect(ledger.keys.has(sourceKey('https://www.gov.uk/made-up-guidance-page'))).toBe(false);
    expect(
      ledger.keys.has(
        sourceKey(
          'https://gov.uk/government/publications/controlling-or-coercive-behaviour-statutory-guidance-framework/',
        ),
      ),
    ).toBe(true);
  });
});

describe('every learn page is at most two taps from home', () => {
  test('home has a door to the learn list, and the list shows every learn page', () => {
    expect(primaryDoors.map((d) => d.screen)).toContain('learn');
    const listed = groupPages(pages.map(summarise), 'learn', 'en').flatMap((g) =>
      g.pages.map((p) => p.slug),
    );
    expect(new Set(listed)).toEqual(new Set(learn.map((p) => p.meta.slug)));
  });
});

/**
 * Every English page, whoever it is written for: learn, easy read, family, professional, self and
 * show mode. A person in crisis may read any of them. (The formula is for English, so translations
 * are left to their reviewers.)
 */
describe('readability (Flesch–Kincaid grade; aim about 6, never above 8)', () => {
  test('covers every section, not only learn', () => {
    const sections = new Set(english.map((p) => p.meta.section));
    for (const s of ['learn', 'easy-read', 'family', 'professional', 'self', 'show']) {
      expect(sections).toContain(s);
    }
  });
  const report = english
    .map((p) => ({ slug: p.meta.slug, ...readability(plainText(p.body)) }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  console.info(
    ['Flesch–Kincaid grade per page:']
      .concat(report.map((r) => `  ${r.slug.padEnd(34)} ${r.grade.toFixed(1)} (${r.words} words)`))
      .join('\n'),
  );
  test.each(report)('$slug reads at grade 8 or below', ({ grade }) => {
    expect(grade).toBeLessThanOrEqual(8);
  });
  test('the pages average about grade 6 or below', () => {
    const mean = report.reduce((s, r) => s + r.grade, 0) / report.length;
    expect(mean).toBeLessThanOrEqual(6.5);
  });
});
