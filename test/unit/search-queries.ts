import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finder } from '../../src/features/learn/find.ts';

/** The committed list of realistic queries (test/fixtures/search-queries.json). */
export function loadQueries(root: string): [query: string, expected: string][] {
  const file = join(root, 'test/fixtures/search-queries.json');
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
