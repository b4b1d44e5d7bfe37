import { pages } from 'virtual:content-index';
import type { PageSummary } from '../../content/types.ts';
import { personsArea } from '../services/roles.ts';

/** A shared page, or the person's own area's page (another area's local pathway never shows). */
function forPerson(page: PageSummary): boolean {
  return page.area === undefined || page.area === personsArea();
}

/**
 * The pages in one section, in order, each in the person's language where it exists and in
 * English otherwise (every page exists in English first).
 */
export function pagesInSection(section: string, lang: string): PageSummary[] {
  const mine = pages.filter(forPerson);
  const english = mine.filter((p) => p.section === section && p.lang === 'en');
  return english
    .map((en) => mine.find((p) => p.slug === en.slug && p.lang === lang) ?? en)
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** The summary of one page, for its title before the body has loaded. */
export function pageSummary(slug: string, lang: string): PageSummary | undefined {
  const mine = pages.filter(forPerson);
  return (
    mine.find((p) => p.slug === slug && p.lang === lang) ??
    mine.find((p) => p.slug === slug && p.lang === 'en')
  );
}
