import type { PageSummary } from '../../content/types.ts';

/**
 * How the `learn` list is grouped. A page's `order` in its front matter decides its group, so a
 * content author places a page by number alone: 1–99 the basics, 100–199 kinds of abuse, 200–299
 * help that fits different people, 300–399 getting help. Anything else still shows, under "More".
 */
export type GroupKey = 'basics' | 'forms' | 'people' | 'help' | 'more';

const RANGES: readonly { key: Exclude<GroupKey, 'more'>; from: number; to: number }[] = [
  { key: 'basics', from: 1, to: 99 },
  { key: 'forms', from: 100, to: 199 },
  { key: 'people', from: 200, to: 299 },
  { key: 'help', from: 300, to: 399 },
];

export function groupOf(order: number): GroupKey {
  return RANGES.find((r) => order >= r.from && order <= r.to)?.key ?? 'more';
}

export interface PageGroup {
  key: GroupKey;
  pages: PageSummary[];
}

/**
 * The pages of one section in the person's language, each page falling back to English when it
 * is not translated, grouped and sorted by `order`. Empty groups are left out.
 */
export function groupPages(
  all: readonly PageSummary[],
  section: string,
  lang: string,
): PageGroup[] {
  const bySlug = new Map<string, PageSummary>();
  for (const page of all) {
    if (page.section !== section) continue;
    if (page.lang === lang || (page.lang === 'en' && !bySlug.has(page.slug))) {
      bySlug.set(page.slug, page);
    }
  }
  const sorted = [...bySlug.values()].sort((a, b) => a.order - b.order);
  const keys: GroupKey[] = ['basics', 'forms', 'people', 'help', 'more'];
  return keys
    .map((key) => ({ key, pages: sorted.filter((p) => groupOf(p.order) === key) }))
    .filter((g) => g.pages.length > 0);
}
