import { SERVICE_IDS } from './service-ids.ts';
import { describe, expect, it } from 'vitest';
import { loadAllPages } from '../../src/build/content-plugin.ts';
import { plainText } from '../../src/build/markdown.ts';
import type { Inline, Page } from '../../src/content/types.ts';

/** Service ids the directory provides; content may link to these and nothing else. */

const SECTIONS = ['family', 'professional', 'self', 'show'];
const all = loadAllPages(process.cwd());
const audiencePages = all.filter((p) => SECTIONS.includes(p.meta.section));

function links(page: Page): Exclude<Inline, string>[] {
  const found: Exclude<Inline, string>[] = [];
  const walk = (items: Inline[]): void => {
    for (const item of items) {
      if (typeof item === 'string') continue;
      found.push(item);
      walk(item.c);
    }
  };
  for (const block of page.body) {
    if ('items' in block) block.items.forEach(walk);
    else walk(block.c);
  }
  return found;
}

describe('audience path content', () => {
  it('has pages for each path', () => {
    for (const section of SECTIONS) {
      expect(audiencePages.filter((p) => p.meta.section === section).length).toBeGreaterThan(0);
    }
  });

  it.each(audiencePages.map((p) => [p.meta.slug, p] as const))(
    '%s was reviewed on or after 2026-11-22, names https sources and links only to known services',
    (_, page) => {
      expect(page.meta.reviewed >= '2026-11-22').toBe(true);
      expect(page.meta.sources.length).toBeGreaterThan(0);
      for (const link of links(page)) {
        if (link.t === 'service') expect(SERVICE_IDS).toContain(link.id);
        if (link.t === 'screen') expect(link.name).toBe('emergency');
        // Other audience screens are not linked from prose, so the paths stay separate.
        expect(link.t).not.toBe('page');
      }
    },
  );

  it.each(audiencePages.map((p) => [p.meta.slug, p] as const))(
    '%s writes no phone number in its text (numbers come from the service data)',
    (_, page) => {
      // Five or more digits in a run, with or without spaces, looks like a phone number.
      expect(plainText(page.body)).not.toMatch(/\d[\d ]{3,}\d/);
    },
  );

  it('keeps the path for people worried about their own behaviour apart', () => {
    const selfSlugs = new Set(all.filter((p) => p.meta.section === 'self').map((p) => p.meta.slug));
    for (const page of all) {
      if (page.meta.section === 'self') {
        expect(page.meta.audience).toEqual(['self']);
        continue;
      }
      for (const link of links(page)) {
        if (link.t === 'page') expect(selfSlugs.has(link.slug), page.meta.slug).toBe(false);
        if (link.t === 'screen') expect(link.name, page.meta.slug).not.toBe('self');
      }
    }
  });

  // A survivor is often told by the abuser that they are the real abuser, so a pointer to help for
  // people who abuse, on a page written for them, can read as meant for them. The home screen door
  // is the only way into that path; professionals may name the line to pass it on.
  it.each(
    all
      .filter((p) => p.meta.section !== 'self' && p.meta.section !== 'professional')
      .map((p) => [`${p.meta.lang}/${p.meta.slug}`, p] as const),
  )('%s (read by survivors) neither links nor names the help for people who abuse', (_, page) => {
    for (const link of links(page)) {
      if (link.t === 'screen') expect(link.name).not.toBe('self');
      if (link.t === 'service') expect(link.id).not.toBe('respect-phoneline');
    }
    expect(plainText(page.body)).not.toMatch(/respect phoneline/i);
  });
});
