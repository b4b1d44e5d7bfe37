import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllPages, searchDocument } from '../../src/build/content-plugin.ts';
import { createFinder, type PhraseList } from '../../src/features/learn/find.ts';
import { serviceWithRole, services } from '../../src/features/services/directory.ts';
import { localText } from '../../src/features/services/text.ts';
import type { Role } from '../../src/regions/schema.ts';
import { loadQueries, scoreQueries } from './search-queries.ts';

/**
 * What people type finds the right thing: every query in test/fixtures/search-queries.json is run
 * against the real pages, the deployment's directory and the English phrase list.
 */
describe('search finds what people mean', () => {
  const root = process.cwd();
  const phrases = JSON.parse(
    readFileSync(join(root, 'locales/en/_search.json'), 'utf8'),
  ) as PhraseList;
  const finder = createFinder({
    documents: loadAllPages(root).map(searchDocument),
    services,
    phrases,
    lang: 'en',
    text: localText,
    roleEntry: (role) => serviceWithRole(role as Role)?.id,
  });
  const queries = loadQueries(root);
  const result = scoreQueries(finder, queries, (role) => serviceWithRole(role as Role)?.id);

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
    const slugs = new Set(loadAllPages(root).map((p) => `page:${p.meta.slug}`));
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
