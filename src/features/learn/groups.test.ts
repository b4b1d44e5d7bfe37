import { expect, test } from 'vitest';
import type { PageSummary } from '../../content/types.ts';
import { groupOf, groupPages } from './groups.ts';

const page = (slug: string, order: number, lang = 'en', section = 'learn'): PageSummary => ({
  slug,
  lang,
  order,
  section,
  title: slug,
  summary: `${slug} summary`,
  audience: ['survivor'],
  reviewed: '2026-11-22',
});

test('a page’s order decides its group, and no page is left out', () => {
  expect([10, 150, 250, 310, 999].map(groupOf)).toEqual([
    'basics',
    'forms',
    'people',
    'help',
    'more',
  ]);
  const groups = groupPages(
    [page('b', 20), page('a', 10), page('x', 5000), page('f', 120), page('other', 1, 'en', 'pro')],
    'learn',
    'en',
  );
  expect(groups.map((g) => [g.key, g.pages.map((p) => p.slug)])).toEqual([
    ['basics', ['a', 'b']],
    ['forms', ['f']],
    ['more', ['x']],
  ]);
});

test('a translated page replaces its English one; untranslated pages stay in English', () => {
  const groups = groupPages([page('a', 10), page('a', 10, 'cy'), page('b', 20)], 'learn', 'cy');
  expect(groups[0]?.pages.map((p) => `${p.slug}:${p.lang}`)).toEqual(['a:cy', 'b:en']);
});
