import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Directory } from '../regions/schema.ts';
import { loadAllPages } from './content-plugin.ts';
import { loadDirectory } from './services-plugin.ts';

const stHelens = () => loadDirectory({ root: process.cwd(), areas: ['st-helens'] });

describe('content build checks', () => {
  it('refuses a page that links to a service the directory does not have', () => {
    const empty: Directory = { areas: [], helplines: [], services: [] };
    expect(() => loadAllPages(process.cwd(), { directory: () => empty })).toThrow(
      /links to service "[a-z0-9-]+", which is not in the directory this build ships/,
    );
  });

  it('accepts the shipped pages, with the area pages of St Helens, when every link exists', () => {
    const pages = loadAllPages(process.cwd(), { areas: ['st-helens'], directory: stHelens });
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.find((p) => p.meta.slug === 'professional-local-pathway')?.meta.area).toBe(
      'st-helens',
    );
  });

  it('leaves out a local source in a build that does not serve its area', () => {
    const pages = loadAllPages(process.cwd(), { areas: ['elsewhere'] });
    const urls = pages.flatMap((p) => p.meta.sources.map((s) => s.url));
    expect(urls.some((u) => u.includes('sthelens'))).toBe(false);
    const all = loadAllPages(process.cwd()).flatMap((p) => p.meta.sources.map((s) => s.url));
    expect(all.some((u) => u.includes('sthelens'))).toBe(true);
  });
});

describe('links to local services', () => {
  let root = '';
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  const page = (body: string) =>
    `---\ntitle: A page\nsummary: A page for the test of links.\naudience: [survivor]\nreviewed: 2026-12-01\nsources:\n  - title: Guidance\n    url: https://www.gov.uk/some-guidance\nsection: learn\norder: 1\n---\n\n${body}\n`;
  const directory: Directory = {
    areas: [{ id: 'town', name: { en: 'Town' }, nation: 'england', postcodes: ['TN1'], roles: {} }],
    helplines: [],
    services: [
      {
        id: 'town-line',
        pack: 'town',
        name: { en: 'Town line' },
        offers: { en: 'Help.' },
        serves: ['anyone'],
        needs: ['talk'],
        channels: [],
        steps: [{ en: 'Ask.' }],
        coverage: ['local'],
        sources: ['https://www.gov.uk/some-guidance'],
        checked: '2026-12-01',
        confidence: 'high',
      },
    ],
  };
  const setUp = (shared: string, own?: string) => {
    root = mkdtempSync(join(tmpdir(), 'links-'));
    write(
      'facts/f.json',
      JSON.stringify({
        about: 'Test facts.',
        facts: [
          {
            claim: 'Guidance for the test.',
            source: 'https://www.gov.uk/some-guidance',
            sourceTitle: 'Guidance',
            seen: '2026-12-01',
            confidence: 'high',
            usedIn: ['locales/en/pages/shared.md'],
          },
        ],
      }),
    );
    write('locales/en/pages/shared.md', page(shared));
    if (own) write('src/regions/areas/town/pages/en/own.md', page(own));
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("refuses a shared page that links an area's entry by id, naming the file and the way out", () => {
    setUp('Call [the line](service:town-line).');
    expect(() => loadAllPages(root, { areas: ['town'], directory: () => directory })).toThrow(
      /locales\/en\/pages\/shared\.md links to "town-line" of the area "town" by id: link a local service by its role/,
    );
  });

  it("lets an area's own page link its entries, and a shared page link a role", () => {
    setUp('Call [](role:da-service).', 'Call [the line](service:town-line).');
    const pages = loadAllPages(root, { areas: ['town'], directory: () => directory });
    expect(pages.map((p) => `${p.meta.area ?? ''}/${p.meta.slug}`).sort()).toEqual([
      '/shared',
      'town/own',
    ]);
  });

  it('refuses a link to a role that does not exist, naming the file and the roles', () => {
    setUp('Call [](role:da-servise).');
    expect(() => loadAllPages(root, { areas: ['town'] })).toThrow(
      /shared\.md: link "role:da-servise" names no role \(the roles are in src\/regions\/schema\.ts/,
    );
  });
});
