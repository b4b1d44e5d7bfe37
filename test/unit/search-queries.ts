import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finder } from '../../src/features/learn/find.ts';

const QUERIES = 'test/fixtures/search-queries';

/** The languages with a committed list of realistic queries (test/fixtures/search-queries/<lang>.json). */
export function queryLanguages(root: string): string[] {
  const dir = join(root, QUERIES);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length))
        .sort()
    : [];
}

/** One language's committed list of realistic queries, as people would type them in that language. */
export function loadQueries(root: string, lang = 'en'): [query: string, expected: string][] {
  const file = join(root, QUERIES, `${lang}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: [string, string][] }).queries;
}

/**
 * Runs every query and says where its expected result came: first, in the top 3, or missed.
 * `role:x` stands for the area's entry with that role, given by `roleId`.
 */
export function scoreQueries(
  finder: Finder,
  queries: readonly [string, string][],
  roleId: (role: string) => string | undefined,
) {
  const rows = queries.map(([query, expected]) => {
    const want = expected.startsWith('role:')
      ? `service:${roleId(expected.slice(5)) ?? '?'}`
      : expected;
    const keys = finder.find(query, 10).map((f) => f.key);
    return { query, expected: want, rank: keys.indexOf(want) + 1, got: keys.slice(0, 3) };
  });
  const share = (test: (rank: number) => boolean) =>
    rows.filter((r) => test(r.rank)).length / rows.length;
  return {
    rows,
    first: share((rank) => rank === 1),
    top3: share((rank) => rank >= 1 && rank <= 3),
    misses: rows.filter((r) => r.rank === 0 || r.rank > 3),
  };
}
