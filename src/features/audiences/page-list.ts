import { pages } from 'virtual:content-index';
import type { PageSummary } from '../../content/types.ts';

/**
 * The pages in one section, in order, each in the person's language where it exists and in
 * English otherwise (every page exists in English first).
 */
export function pagesInSection(section: string, lang: string): PageSummary[] {
  const english = pages.filter((p) => p.section === section && p.lang === 'en');
  return english
    .map((en) => pages.find((p) => p.slug === en.slug && p.lang === lang) ?? en)
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** The summary of one page, for its title before the body has loaded. */
export function pageSummary(slug: string, lang: string): PageSummary | undefined {
  return (
    pages.find((p) => p.slug === slug && p.lang === lang) ??
    pages.find((p) => p.slug === slug && p.lang === 'en')
  );
}
