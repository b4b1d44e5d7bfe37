import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Plugin } from 'vite';
import type { Inline, Page, PageSummary, SearchDocument } from '../content/types.ts';
import { loadLedger, requireListed } from './facts-ledger.ts';
import { compilePage, ContentError, searchSections } from './markdown.ts';

const INDEX_ID = 'virtual:content-index';
const SEARCH_ID = 'virtual:content-search';

/**
 * Reads and compiles every page under locales/<lang>/pages/. Throws on the first bad page, on a
 * `service:` link to a service that is not in the directory (when `serviceIds` is given), and on
 * a source address that is not in the facts ledger (facts/*.json), naming the file and address.
 */
export function loadAllPages(root: string, serviceIds?: ReadonlySet<string>): Page[] {
  const localesDir = join(root, 'locales');
  const pages: Page[] = [];
  for (const lang of readdirSync(localesDir)) {
    const dir = join(localesDir, lang, 'pages');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const file = join(dir, name);
      pages.push(
        compilePage(readFileSync(file, 'utf8'), relative(root, file), basename(name, '.md'), lang),
      );
    }
  }
  checkLinks(pages, serviceIds);
  requireListed(
    loadLedger(root),
    pages.flatMap(({ meta }) =>
      meta.sources.map((s) => ({ where: pagePath(meta.lang, meta.slug), url: s.url })),
    ),
  );
  return pages;
}

function pagePath(lang: string, slug: string): string {
  return `locales/${lang}/pages/${slug}.md`;
}

/** Every page: link must name a page that exists in English (other languages fall back to it). */
function checkLinks(pages: Page[], serviceIds?: ReadonlySet<string>): void {
  const english = new Set(pages.filter((p) => p.meta.lang === 'en').map((p) => p.meta.slug));
  for (const page of pages) {
    if (page.meta.lang !== 'en' && !english.has(page.meta.slug)) {
      throw new ContentError(
        `locales/${page.meta.lang}/pages/${page.meta.slug}.md has no English page`,
      );
    }
    for (const id of serviceIds ? linkedServices(page) : []) {
      if (!serviceIds?.has(id)) {
        throw new ContentError(
          `locales/${page.meta.lang}/pages/${page.meta.slug}.md links to service "${id}", which is not in the directory`,
        );
      }
    }
    for (const slug of linkedSlugs(page)) {
      if (!english.has(slug)) {
        throw new ContentError(
          `locales/${page.meta.lang}/pages/${page.meta.slug}.md links to missing page "${slug}"`,
        );
      }
    }
  }
}

export function linkedSlugs(page: Page): string[] {
  return linkTargets(page, 'page');
}

export function linkedServices(page: Page): string[] {
  return linkTargets(page, 'service');
}

function linkTargets(page: Page, kind: 'page' | 'service'): string[] {
  const found: string[] = [];
  const walk = (c: Inline[]): void => {
    for (const i of c) {
      if (typeof i === 'string') continue;
      if (i.t === 'page' && kind === 'page') found.push(i.slug);
      if (i.t === 'service' && kind === 'service') found.push(i.id);
      walk(i.c);
    }
  };
  for (const b of page.body) {
    if ('items' in b) b.items.forEach(walk);
    else walk(b.c);
  }
  return found;
}

export function summarise(page: Page): PageSummary {
  const { slug, lang, title, summary, audience, section, order, reviewed } = page.meta;
  return { slug, lang, title, summary, audience, section, order, reviewed };
}

/** What the offline search knows of a page: its summary and its text, section by section. */
export function searchDocument(page: Page): SearchDocument {
  return { ...summarise(page), sections: searchSections(page.body) };
}

/**
 * Content pages are Markdown with front matter in locales/<lang>/pages/. This plugin validates them
 * (the build fails on a bad page), turns each into a small JSON tree loaded lazily per page, and
 * builds a page index and an offline search index as virtual modules.
 */
export function contentPlugin(options: { serviceIds?: () => ReadonlySet<string> } = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'content-pages',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      loadAllPages(root, options.serviceIds?.());
    },
    resolveId(id) {
      if (id === INDEX_ID || id === SEARCH_ID) return '\0' + id;
      return null;
    },
    load(id) {
      if (id === '\0' + INDEX_ID) {
        const pages = loadAllPages(root).map(summarise);
        return `export const pages = ${JSON.stringify(pages)};`;
      }
      if (id === '\0' + SEARCH_ID) {
        return `export const documents = ${JSON.stringify(loadAllPages(root).map(searchDocument))};`;
      }
      if (id.endsWith('.md') && id.includes('/locales/')) {
        const file = relative(root, id);
        const [, lang = '', , name = ''] = file.split(/[\\/]/);
        const page = compilePage(readFileSync(id, 'utf8'), file, basename(name, '.md'), lang);
        this.addWatchFile(id);
        return `export default ${JSON.stringify(page)};`;
      }
      return null;
    },
  };
}
