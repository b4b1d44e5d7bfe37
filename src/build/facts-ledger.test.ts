import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAllPages } from './content-plugin.ts';
import {
  LedgerError,
  loadLedger,
  parseLedgerFile,
  requireListed,
  sourceKey,
} from './facts-ledger.ts';
import { loadDirectory } from './services-plugin.ts';

const fact = {
  claim: 'The scheme started in March 2014 in England and Wales.',
  source: 'https://www.gov.uk/some-guidance',
  sourceTitle: 'Some guidance',
  seen: '2026-12-04',
  confidence: 'high',
  usedIn: ['locales/en/pages/a-page.md'],
};

describe('the facts ledger itself', () => {
  const ledger = loadLedger(process.cwd());

  it('loads every facts/*.json file, each fact with an address, a date seen and a confidence', () => {
    expect(ledger.facts.length).toBeGreaterThan(50);
    expect(ledger.facts.map((f) => f.file)).toContain('facts/existing-sources.json');
  });

  it('names only files and service entries that exist in usedIn', () => {
    const missing: string[] = [];
    for (const { file, fact: f } of ledger.facts) {
      for (const use of f.usedIn) {
        const [path = '', id] = use.split('#');
        if (!existsSync(path)) missing.push(`${file}: ${use}`);
        else if (id !== undefined && !readFileSync(path, 'utf8').includes(`"id": "${id}"`))
          missing.push(`${file}: ${use}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('refuses a fact without a source, with a bad date or a low confidence, naming the file', () => {
    const file = 'facts/x.json';
    expect(() => parseLedgerFile({ about: 'Some facts.', facts: [fact] }, file)).not.toThrow();
    const bad = (change: object) => () =>
      parseLedgerFile({ about: 'Some facts.', facts: [{ ...fact, ...change }] }, file);
    expect(bad({ source: 'http://www.gov.uk/' })).toThrow(/facts\/x\.json.*\n.*facts\.0\.source/);
    expect(bad({ seen: '4/12/2026' })).toThrow(/facts\.0\.seen/);
    expect(bad({ confidence: 'low' })).toThrow(/facts\.0\.confidence/);
    expect(bad({ claim: '' })).toThrow(/facts\.0\.claim/);
    expect(bad({ guessed: true })).toThrow(LedgerError);
    expect(() => parseLedgerFile({ facts: [] }, file)).toThrow(/about/);
  });

  it('compares addresses without www, a trailing slash or case; a deeper path is different', () => {
    expect(sourceKey('https://www.GOV.uk/')).toBe(sourceKey('https://gov.uk'));
    expect(sourceKey('https://www.gov.uk/a/')).toBe(sourceKey('https://gov.uk/a'));
    expect(sourceKey('https://gov.uk/a/b')).not.toBe(sourceKey('https://gov.uk/a'));
  });

  it('names each file and address that cites a source outside the ledger', () => {
    const citations = [
      { where: 'locales/en/pages/x.md', url: 'https://www.childline.org.uk/' },
      { where: 'src/regions/national/uk.json#made-up', url: 'https://example.org/guess' },
    ];
    expect(() => requireListed(ledger, citations)).toThrow(
      'src/regions/national/uk.json#made-up cites https://example.org/guess',
    );
    expect(() => requireListed(ledger, citations.slice(0, 1))).not.toThrow();
  });
});

describe('the build refuses sources that are not in the ledger', () => {
  let root = '';
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const page = (url: string) =>
    `---\ntitle: A page\nsummary: A summary of the page.\naudience: [survivor]\nreviewed: 2026-12-04\nsources:\n  - title: A source\n    url: ${url}\nsection: learn\norder: 1\n---\n\nSome text.\n`;
  const service = (url: string) => ({
    id: 'a-line',
    name: { en: 'A line' },
    offers: { en: 'Help.' },
    serves: ['anyone'],
    needs: ['talk'],
    channels: [{ type: 'web', url: 'https://www.gov.uk/some-guidance' }],
    coverage: ['uk'],
    sources: [url],
    checked: '2026-12-04',
    confidence: 'high',
  });
  const setUp = (pageUrl: string, serviceUrl: string): void => {
    root = mkdtempSync(join(tmpdir(), 'ledger-'));
    write('facts/topic.json', JSON.stringify({ about: 'Test facts.', facts: [fact] }));
    write('locales/pl/pages/a-page.md', page(pageUrl));
    write('locales/en/pages/a-page.md', page('https://gov.uk/some-guidance/'));
    write('src/regions/national/uk.json', JSON.stringify({ name: { en: 'UK' }, services: [] }));
    write(
      'src/regions/areas/town.json',
      JSON.stringify({
        name: { en: 'Town' },
        nation: 'england',
        postcodes: ['TN1'],
        roles: {},
        services: [service(serviceUrl)],
      }),
    );
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('accepts pages and services whose sources are all listed', () => {
    setUp('https://www.gov.uk/some-guidance', 'https://www.gov.uk/some-guidance');
    expect(loadAllPages(root)).toHaveLength(2);
    expect(loadDirectory({ root, areas: ['town'] }).services).toHaveLength(1);
  });

  it('refuses a page in any language, naming the file and the address', () => {
    setUp('https://www.gov.uk/a-guess', 'https://www.gov.uk/some-guidance');
    expect(() => loadAllPages(root)).toThrow(
      'locales/pl/pages/a-page.md cites https://www.gov.uk/a-guess',
    );
  });

  it('refuses a service entry, naming the pack, the entry and the address', () => {
    setUp('https://www.gov.uk/some-guidance', 'https://example.org/');
    expect(() => loadDirectory({ root, areas: ['town'] })).toThrow(
      'src/regions/areas/town.json#a-line cites https://example.org/',
    );
  });

  it('refuses a ledger file that is not valid', () => {
    setUp('https://www.gov.uk/some-guidance', 'https://www.gov.uk/some-guidance');
    write('facts/broken.json', JSON.stringify({ about: 'Broken.', facts: [{ claim: 'x' }] }));
    expect(() => loadAllPages(root)).toThrow(/facts\/broken\.json is not a valid facts file/);
  });
});
