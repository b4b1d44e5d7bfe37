import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import * as v from 'valibot';
import type { Directory, Text } from '../regions/schema.ts';
import { areaPagesDir } from './content-plugin.ts';
import { compilePage, plainText } from './markdown.ts';
import type { DirectoryOptions } from './services-plugin.ts';

/**
 * What is translated, what is missing and what a native speaker has not yet checked, for every
 * language in locales/. Three kinds of text carry their own review flag:
 * - content pages: `needsReview` in the page's front matter (locales/<lang>/pages/<slug>.md, and
 *   each deployed area's own pages, <area>/pages/<lang>/<slug>.md beside its pack);
 * - string files: `needsReview` in locales/<lang>/_meta.json, one flag per namespace file;
 * - the service directory's words: `needsReview` in src/regions/translations/<lang>/<pack>.json.
 * The build uses it to refuse what deploy.config.json `translations` does not allow; `npm run
 * check:translations` prints it.
 */

export const metaSchema = v.strictObject({
  $comment: v.optional(v.string()),
  /** The language's name in itself, shown in the language switch. */
  name: v.pipe(v.string(), v.trim(), v.minLength(2)),
  /**
   * One flag per string file (namespace): true until a native speaker has checked every string in
   * it. English, the source, has them all false.
   */
  needsReview: v.record(v.pipe(v.string(), v.regex(/^[a-z][a-z-]*$/)), v.boolean()),
});

export type LanguageMeta = v.InferOutput<typeof metaSchema>;

/**
 * locales/<lang>/glossary.json: the words every text in the language uses for the ideas that
 * matter most (term in English, the word to use, a short note), so pages, string files and
 * service translations agree, and a native reviewer checks these first.
 */
const glossaryTerms = v.pipe(
  v.array(
    v.strictObject({
      term: v.pipe(v.string(), v.trim(), v.minLength(2)),
      use: v.pipe(v.string(), v.trim(), v.minLength(1)),
      note: v.string(),
    }),
  ),
  v.minLength(1),
);

/** Either the terms alone (then they count as unchecked) or with a review flag and a comment. */
export const glossarySchema = v.union([
  v.strictObject({
    $comment: v.optional(v.string()),
    needsReview: v.boolean(),
    terms: glossaryTerms,
  }),
  v.pipe(
    glossaryTerms,
    v.transform((terms) => ({ needsReview: true, terms })),
  ),
]);

/** Reads and checks a language's glossary, if it has one; throws naming the file. */
export function readGlossary(root: string, lang: string) {
  const file = `locales/${lang}/glossary.json`;
  if (!existsSync(join(root, file))) return undefined;
  const result = v.safeParse(glossarySchema, read(join(root, file)));
  if (!result.success) {
    const problems = result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
    throw new Error(`${file} is not valid:\n  ${problems.join('\n  ')}`);
  }
  return result.output;
}

export interface LanguageState {
  lang: string;
  /** English pages with no page in this language: a shared page's slug, an area's `<area>/<slug>`. */
  missingPages: string[];
  /** Namespaces whose file is missing, and `namespace: key` for each key missing or still English. */
  missingStrings: string[];
  /** Service entries (`pack/id`) whose offers or steps have no text in this language. */
  missingServices: string[];
  unreviewedPages: string[];
  unreviewedStrings: string[];
  unreviewedPacks: string[];
  /** Whether the language has a glossary, and whether a native speaker has checked it. */
  glossary: 'reviewed' | 'needs review' | 'missing';
  /** Words of English with a translation in this language, and all English words. */
  words: { translated: number; total: number };
}

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Reads and checks locales/<lang>/_meta.json; throws naming the file and each problem. */
export function readMeta(root: string, lang: string, namespaces: readonly string[]): LanguageMeta {
  const file = `locales/${lang}/_meta.json`;
  const result = v.safeParse(metaSchema, read(join(root, file)));
  if (!result.success) {
    const problems = result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
    throw new Error(`${file} is not valid:\n  ${problems.join('\n  ')}`);
  }
  const flags = Object.keys(result.output.needsReview);
  const unflagged = namespaces.filter((ns) => !flags.includes(ns));
  const unknown = flags.filter((ns) => !namespaces.includes(ns));
  if (unflagged.length > 0 || unknown.length > 0) {
    throw new Error(
      `${file}: needsReview needs one flag per string file.` +
        (unflagged.length > 0 ? ` Missing: ${unflagged.join(', ')}.` : '') +
        (unknown.length > 0 ? ` No such file: ${unknown.join(', ')}.` : ''),
    );
  }
  if (lang === 'en' && Object.values(result.output.needsReview).some(Boolean)) {
    throw new Error(`${file}: English is the source language; it never needs review`);
  }
  return result.output;
}

/** key path -> string, arrays indexed, so the same walk serves every namespace file. */
function strings(node: unknown, prefix = '', out = new Map<string, string>()) {
  if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      strings(value, prefix ? `${prefix}.${key}` : key, out);
    }
  } else if (typeof node === 'string') {
    out.set(prefix, node);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;
/**
 * A string is still English when it equals the English and has a lower-case English word in it
 * (a name such as "Relay UK" stays as it is in every language).
 */
const stillEnglish = (value: string, english: string): boolean =>
  value === english && /\b[a-z]{3,}\b/.test(english.replace(/\{\{\s*\w+\s*\}\}/g, ''));

export function namespacesOf(root: string): string[] {
  return readdirSync(join(root, 'locales/en'))
    .filter((n) => n.endsWith('.json') && !n.startsWith('_'))
    .map((n) => basename(n, '.json'))
    .sort();
}

export function languagesIn(root: string): string[] {
  return readdirSync(join(root, 'locales'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

interface PageFacts {
  needsReview: boolean;
  words: number;
}

/** The areas whose own pages a build ships, and where their packs are (as for loadDirectory). */
export type AreaPages = Omit<DirectoryOptions, 'root'>;

/**
 * Every page in one language: shared pages by slug, and each deployed area's own pages as
 * `<area>/<slug>` (an area's page is a page of its own, even where a shared page has the slug).
 */
function pagesOf(root: string, lang: string, areaPages: AreaPages): Map<string, PageFacts> {
  const pages = new Map<string, PageFacts>();
  const readFolder = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const slug = basename(name, '.md');
      const file = join(dir, name);
      const page = compilePage(readFileSync(file, 'utf8'), relative(root, file), slug, lang);
      const text = `${page.meta.title} ${page.meta.summary} ${plainText(page.body)}`;
      pages.set(`${prefix}${slug}`, {
        needsReview: page.meta.needsReview === true,
        words: countWords(text),
      });
    }
  };
  readFolder(join(root, 'locales', lang, 'pages'), '');
  for (const area of new Set(areaPages.areas)) {
    readFolder(join(areaPagesDir(root, area, areaPages.areaDir), lang), `${area}/`);
  }
  return pages;
}

/** Every Text record of the directory's entries, with the entry it belongs to. */
function texts(directory: Directory): { entry: string; text: Text; required: boolean }[] {
  return directory.services.flatMap((s) => {
    const entry = `${s.pack}/${s.id}`;
    return [
      // A name is often a proper name kept as it is (Refuge, Galop, Samaritans): a language may
      // leave it, so only the words about the service count as missing.
      { entry, text: s.name, required: false },
      { entry, text: s.offers, required: true },
      ...(s.steps ?? []).map((text) => ({ entry, text, required: true })),
      ...s.channels.flatMap((c) =>
        [c.label, c.note].flatMap((text) => (text ? [{ entry, text, required: false }] : [])),
      ),
    ];
  });
}

/**
 * The state of every language but English, for a build that ships this directory and these
 * areas' own pages (the same `areas` and `areaDir` the directory was loaded with).
 */
export function translationState(
  root: string,
  directory: Directory,
  areaPages: AreaPages,
): LanguageState[] {
  const namespaces = namespacesOf(root);
  const english = pagesOf(root, 'en', areaPages);
  const englishStrings = new Map(
    namespaces.map((ns) => [ns, strings(read(join(root, 'locales/en', `${ns}.json`)))]),
  );
  return languagesIn(root)
    .filter((lang) => lang !== 'en')
    .map((lang) => {
      const meta = readMeta(root, lang, namespaces);
      const glossary = readGlossary(root, lang);
      const pages = pagesOf(root, lang, areaPages);
      const words = { translated: 0, total: 0 };
      const missingPages: string[] = [];
      for (const [slug, { words: count }] of english) {
        words.total += count;
        if (pages.has(slug)) words.translated += count;
        else missingPages.push(slug);
      }
      const missingStrings: string[] = [];
      for (const [ns, source] of englishStrings) {
        const file = join(root, 'locales', lang, `${ns}.json`);
        const own = existsSync(file) ? strings(read(file)) : undefined;
        if (!own) missingStrings.push(`${ns} (no file)`);
        for (const [key, text] of source) {
          words.total += countWords(text);
          const base = key.replace(PLURAL, '');
          const value =
            own?.get(key) ?? (base !== key ? (own?.get(`${base}_other`) ?? undefined) : undefined);
          if (value !== undefined && !stillEnglish(value, text)) {
            words.translated += countWords(text);
          } else if (own) {
            missingStrings.push(`${ns}: ${key}`);
          }
        }
      }
      const missingServices = new Set<string>();
      for (const { entry, text, required } of texts(directory)) {
        const source = text['en'] ?? '';
        words.total += countWords(source);
        if (text[lang] !== undefined) words.translated += countWords(source);
        else if (required) missingServices.add(entry);
      }
      return {
        lang,
        missingPages,
        missingStrings,
        missingServices: [...missingServices],
        unreviewedPages: [...pages].filter(([, p]) => p.needsReview).map(([slug]) => slug),
        unreviewedStrings: Object.entries(meta.needsReview)
          .filter(([, needs]) => needs)
          .map(([ns]) => ns),
        unreviewedPacks: directory.unreviewed?.[lang] ?? [],
        glossary: !glossary ? 'missing' : glossary.needsReview ? 'needs review' : 'reviewed',
        words,
      };
    });
}

export function isUnreviewed(state: LanguageState): boolean {
  return (
    state.unreviewedPages.length + state.unreviewedStrings.length + state.unreviewedPacks.length >
      0 || state.glossary === 'needs review'
  );
}

export function isIncomplete(state: LanguageState): boolean {
  return state.missingPages.length + state.missingStrings.length + state.missingServices.length > 0;
}

/**
 * Throws when the deployment would ship what it said it would not: a language with unreviewed
 * text when `unreviewed` is "refuse", or a language with missing text that is not marked partial.
 */
export function checkDeployable(
  states: readonly LanguageState[],
  offered: readonly string[],
  settings: { unreviewed: 'ship' | 'refuse'; partial: readonly string[] },
): void {
  const problems: string[] = [];
  for (const state of states.filter((s) => offered.includes(s.lang))) {
    if (settings.unreviewed === 'refuse' && isUnreviewed(state)) {
      problems.push(
        `"${state.lang}" has text a native speaker has not checked, and deploy.config.json translations.unreviewed is "refuse"`,
      );
    }
    if (!settings.partial.includes(state.lang) && isIncomplete(state)) {
      problems.push(
        `"${state.lang}" is missing ${String(state.missingPages.length)} pages, ${String(state.missingStrings.length)} strings and ${String(state.missingServices.length)} service texts; translate them or list "${state.lang}" in deploy.config.json translations.partial`,
      );
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `Translations not ready to ship (npm run check:translations lists them):\n  ${problems.join('\n  ')}`,
    );
  }
}

const list = (title: string, items: readonly string[]): string[] =>
  items.length === 0 ? [] : [`  ${title} (${String(items.length)}):`, `    ${items.join(', ')}`];

/** The report `npm run check:translations` prints. */
export function translationReport(states: readonly LanguageState[]): string {
  return states
    .map((s) => {
      const share = s.words.total === 0 ? 100 : (100 * s.words.translated) / s.words.total;
      return [
        `${s.lang}: ${share.toFixed(1)}% of English words translated (${String(s.words.translated)} of ${String(s.words.total)})`,
        `  Glossary (locales/${s.lang}/glossary.json): ${s.glossary}`,
        ...list('Pages not checked by a native speaker', s.unreviewedPages),
        ...list('String files not checked', s.unreviewedStrings),
        ...list('Service translations not checked', s.unreviewedPacks),
        ...list('Pages missing (shown in English with a note)', s.missingPages),
        ...list('Strings missing or still English', s.missingStrings),
        ...list('Service entries without a translation', s.missingServices),
        ...(isUnreviewed(s) || isIncomplete(s) ? [] : ['  Complete and reviewed.']),
      ].join('\n');
    })
    .join('\n\n');
}
