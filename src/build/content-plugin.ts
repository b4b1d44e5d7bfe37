import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import type { Inline, Page, PageSource, PageSummary, SearchDocument } from '../content/types.ts';
import type { Directory } from '../regions/schema.ts';
import { loadLedger, requireListed } from './facts-ledger.ts';
import { areaFolder } from './services-plugin.ts';
import { compilePage, ContentError, searchSections } from './markdown.ts';

const INDEX_ID = 'virtual:content-index';
const SEARCH_ID = 'virtual:content-search';
const AREA_PAGES_ID = 'virtual:area-pages';

/** Which areas' own pages to read, and the directory their links must fit. */
export interface PageOptions {
  /** The deployment's areas; each may keep pages in <areaDir>/<area>/pages/<lang>/<slug>.md. */
  areas?: readonly string[] | undefined;
  areaDir?: string | undefined;
  /** The built directory; when given, every service: link must name one of its entries. */
  directory?: (() => Directory) | undefined;
}

/** Where one area's own pages are: beside its pack, in <area>/pages/<lang>/. */
export function areaPagesDir(root: string, area: string, areaDir?: string): string {
  return join(areaFolder(root, areaDir), area, 'pages');
}

function readPages(root: string, dir: string, area?: string): Page[] {
  if (!existsSync(dir)) return [];
  const pages: Page[] = [];
  for (const lang of readdirSync(dir)) {
    const langDir = area === undefined ? join(dir, lang, 'pages') : join(dir, lang);
    if (!existsSync(langDir) || !statSync(langDir).isDirectory()) continue;
    for (const name of readdirSync(langDir).filter((n) => n.endsWith('.md'))) {
      const file = join(langDir, name);
      const page = compilePage(
        readFileSync(file, 'utf8'),
        relative(root, file),
        basename(name, '.md'),
        lang,
      );
      pages.push(area === undefined ? page : { ...page, meta: { ...page.meta, area } });
    }
  }
  return pages;
}

/**
 * Reads and compiles every shared page (locales/<lang>/pages/) and each deployed area's own
 * pages. Throws on the first bad page, on a link to a page, service or role that does not exist in
 * the built set (when a directory is given), and on a source address that is not in the facts
 * ledger (facts/*.json, and an area folder's facts/), naming the file and address.
 */
export function loadAllPages(root: string, options: PageOptions = {}): Page[] {
  const pages = [
    ...readPages(root, join(root, 'locales')),
    ...(options.areas ?? []).flatMap((area) =>
      readPages(root, areaPagesDir(root, area, options.areaDir), area),
    ),
  ];
  checkLinks(pages, options.directory?.());
  const deployed = new Set(options.areas ?? []);
  for (const page of pages) page.meta.sources = localSources(page.meta.sources, deployed);
  const folder = relative(root, join(areaFolder(root, options.areaDir), 'facts'));
  requireListed(
    loadLedger(root, ['facts', folder]),
    pages.flatMap(({ meta }) => meta.sources.map((s) => ({ where: pageFile(meta), url: s.url }))),
  );
  return pages;
}

/**
 * The page's sources for this build: a local source (one with `area`) only where that area is
 * deployed. With no areas given (tests of all content), every source stays.
 */
function localSources(sources: PageSource[], deployed: ReadonlySet<string>): PageSource[] {
  if (deployed.size === 0) return sources;
  return sources.filter((s) => s.area === undefined || deployed.has(s.area));
}

/** The page's file, for messages: shared pages under locales/, an area's beside its pack. */
function pageFile(meta: Page['meta']): string {
  return meta.area === undefined
    ? `locales/${meta.lang}/pages/${meta.slug}.md`
    : `${meta.area}/pages/${meta.lang}/${meta.slug}.md`;
}

/**
 * Every page: link must name a page that exists in English (other languages fall back to it).
 * A shared page names an area's service only by role, because a deployment may serve several
 * areas; an area's own page may link its own entries and the national ones.
 */
function checkLinks(pages: Page[], directory?: Directory): void {
  const englishKey = (slug: string, area?: string) => `${area ?? ''}/${slug}`;
  const english = new Set(
    pages.filter((p) => p.meta.lang === 'en').map((p) => englishKey(p.meta.slug, p.meta.area)),
  );
  const slugs = new Set(pages.filter((p) => p.meta.lang === 'en').map((p) => p.meta.slug));
  const packOf = new Map(directory?.services.map((s) => [s.id, s.pack]));
  const areaIds = new Set(directory?.areas.map((a) => a.id));
  for (const page of pages) {
    const file = pageFile(page.meta);
    if (page.meta.lang !== 'en' && !english.has(englishKey(page.meta.slug, page.meta.area))) {
      throw new ContentError(`${file} has no English page`);
    }
    for (const id of directory ? linkedServices(page) : []) {
      const pack = packOf.get(id);
      if (pack === undefined) {
        throw new ContentError(
          `${file} links to service "${id}", which is not in the directory this build ships`,
        );
      }
      if (areaIds.has(pack) && pack !== page.meta.area) {
        throw new ContentError(
          `${file} links to "${id}" of the area "${pack}" by id: link a local service by its role ([text](role:name)), so each area shows its own`,
        );
      }
    }
    for (const slug of linkedSlugs(page)) {
      if (!slugs.has(slug)) {
        throw new ContentError(`${file} links to missing page "${slug}"`);
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

export function linkedRoles(page: Page): string[] {
  return linkTargets(page, 'role');
}

function linkTargets(page: Page, kind: 'page' | 'service' | 'role'): string[] {
  const found: string[] = [];
  const walk = (c: Inline[]): void => {
    for (const i of c) {
      if (typeof i === 'string') continue;
      if (i.t === 'page' && kind === 'page') found.push(i.slug);
      if (i.t === 'service' && kind === 'service') found.push(i.id);
      if (i.t === 'role' && kind === 'role') found.push(i.role);
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
  const { slug, lang, title, summary, audience, section, order, reviewed, area } = page.meta;
  return { slug, lang, title, summary, audience, section, order, reviewed, area };
}

/** What the offline search knows of a page: its summary and its text, section by section. */
export function searchDocument(page: Page): SearchDocument {
  return { ...summarise(page), sections: searchSections(page.body) };
}

/**
 * Content pages are Markdown with front matter in locales/<lang>/pages/ (shared) and beside each
 * area's pack (its own). This plugin validates them (the build fails on a bad page), turns each
 * into a small JSON tree loaded lazily per page, and builds a page index, an offline search index
 * and the list of the areas' own pages as virtual modules.
 */
export function contentPlugin(options: PageOptions = {}): Plugin {
  let root = process.cwd();
  const isAreaPage = (id: string) =>
    (options.areas ?? []).some((area) =>
      id.startsWith(areaPagesDir(root, area, options.areaDir) + sep),
    );
  return {
    name: 'content-pages',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      loadAllPages(root, options);
    },
    resolveId(id) {
      if (id === INDEX_ID || id === SEARCH_ID || id === AREA_PAGES_ID) return '\0' + id;
      return null;
    },
    load(id) {
      const pages = () => loadAllPages(root, { ...options, directory: undefined });
      if (id === '\0' + INDEX_ID) {
        return `export const pages = ${JSON.stringify(pages().map(summarise))};`;
      }
      if (id === '\0' + SEARCH_ID) {
        return `export const documents = ${JSON.stringify(pages().map(searchDocument))};`;
      }
      if (id === '\0' + AREA_PAGES_ID) return areaPagesModule(root, options);
      if (id.endsWith('.md') && (id.includes('/locales/') || isAreaPage(id))) {
        const file = relative(root, id);
        const parts = file.split(/[\\/]/);
        const area = isAreaPage(id) ? parts.at(-4) : undefined;
        const lang = area === undefined ? (parts[1] ?? '') : (parts.at(-2) ?? '');
        const compiled = compilePage(readFileSync(id, 'utf8'), file, basename(id, '.md'), lang);
        const sources = localSources(compiled.meta.sources, new Set(options.areas ?? []));
        const meta = { ...compiled.meta, sources, ...(area === undefined ? {} : { area }) };
        const page = { ...compiled, meta };
        this.addWatchFile(id);
        return `export default ${JSON.stringify(page)};`;
      }
      return null;
    },
  };
}

/**
 * `virtual:area-pages`: for each deployed area, a loader per language and slug of its own pages,
 * each its own small chunk. Only the deployed areas' pages are built, so no other area's words
 * reach this build.
 */
function areaPagesModule(root: string, options: PageOptions): string {
  const entries = (options.areas ?? []).map((area) => {
    const dir = areaPagesDir(root, area, options.areaDir);
    const langs = existsSync(dir) ? readdirSync(dir).filter((l) => /^[a-z]{2,3}$/.test(l)) : [];
    const byLang = langs.map((lang) => {
      const files = readdirSync(join(dir, lang)).filter((n) => n.endsWith('.md'));
      const loaders = files.map(
        (n) =>
          `${JSON.stringify(basename(n, '.md'))}: () => import(${JSON.stringify(join(dir, lang, n))}).then((m) => m.default)`,
      );
      return `${JSON.stringify(lang)}: { ${loaders.join(', ')} }`;
    });
    return `${JSON.stringify(area)}: { ${byLang.join(', ')} }`;
  });
  return `export const areaPages = { ${entries.join(', ')} };`;
}
