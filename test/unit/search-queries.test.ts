import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllPages, searchDocument } from '../../src/build/content-plugin.ts';
import { readDeployConfig } from '../../src/build/deploy-config.ts';
import { createFinder, type PhraseList } from '../../src/features/learn/find.ts';
import { serviceWithRole, services } from '../../src/features/services/directory.ts';
import { localText } from '../../src/features/services/text.ts';
import type { Role } from '../../src/regions/schema.ts';
import { loadQueries, queryLanguages, scoreQueries } from './search-queries.ts';

/**
 * What people type finds the right thing, in each language: every query in
 * test/fixtures/search-queries/<lang>.json is run against the real pages (that language's where
 * translated), the deployment's directory and that language's phrase list.
 */
const root = process.cwd();
const documents = loadAllPages(root).map(searchDocument);
const roleId = (role: string) => serviceWithRole(role as Role)?.id;
const phraseList = (lang: string) =>
  JSON.parse(readFileSync(join(root, `locales/${lang}/_search.json`), 'utf8')) as PhraseList;

describe('every language the deployment ships as complete has its own search phrases and queries', () => {
  const config = readDeployConfig();
  const complete = config.languages.filter((lang) => !config.translations.partial.includes(lang));
  it.each(complete)('%s', (lang) => {
    expect(queryLanguages(root)).toContain(lang);
    expect(phraseList(lang).phrases.length).toBeGreaterThanOrEqual(40);
  });
});

describe.each(queryLanguages(root))('search finds what people mean, in %s', (lang) => {
  const phrases = phraseList(lang);
  const finder = createFinder({
    documents,
    services,
    phrases,
    lang,
    text: localText,
    roleEntry: roleId,
  });
  const queries = loadQueries(root, lang);
  const result = scoreQueries(finder, queries, roleId);

  it('has at least 60 realistic queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
  });

  it('finds the expected page or service first for nearly every query, and in the top 3 for all', () => {
    const report = result.misses.map(
      (r) => `"${r.query}": want ${r.expected}, got ${r.got.join(', ')}`,
    );
    expect(report).toEqual([]);
    expect(result.top3).toBe(1);
    expect(result.first).toBeGreaterThanOrEqual(0.9);
  });

  it('every phrase target names a page or service that exists', () => {
    const slugs = new Set(documents.map((d) => `page:${d.slug}`));
    const ids = new Set(services.map((s) => `service:${s.id}`));
    const unknown = phrases.phrases
      .flatMap((p) => p.find)
      .filter(
        (t) =>
          (t.startsWith('page:') && !slugs.has(t)) || (t.startsWith('service:') && !ids.has(t)),
      );
    expect(unknown).toEqual([]);
  });
});
