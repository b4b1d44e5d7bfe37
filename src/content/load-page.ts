import { areaPages } from 'virtual:area-pages';
import type { Page } from './types.ts';

const english = import.meta.glob<Page>('../../locales/en/pages/*.md', { import: 'default' });
const all = import.meta.glob<Page>('../../locales/*/pages/*.md', { import: 'default' });

/** Whether an English page with this slug exists (every page exists in English first). */
export function pageExists(slug: string, area?: string): boolean {
  return (
    `../../locales/en/pages/${slug}.md` in english ||
    (area !== undefined && areaPages[area]?.['en']?.[slug] !== undefined)
  );
}

/**
 * Loads one page in the person's language, or in English when it is not translated yet
 * (`fallback` tells the view to say so). Each page is its own small chunk. An area's own page
 * (its local pathway, kept beside its pack) comes first for the person's area.
 */
export async function loadPage(
  slug: string,
  lang: string,
  area?: string,
): Promise<{ page: Page; fallback: boolean }> {
  const own = area === undefined ? undefined : areaPages[area];
  const translated = own?.[lang]?.[slug] ?? all[`../../locales/${lang}/pages/${slug}.md`];
  if (translated) return { page: await translated(), fallback: false };
  const load = own?.['en']?.[slug] ?? english[`../../locales/en/pages/${slug}.md`];
  if (!load) throw new Error(`No page ${slug}`);
  return { page: await load(), fallback: lang !== 'en' };
}
