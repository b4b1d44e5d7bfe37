import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every language must have exactly the keys English has, in every namespace file, with the same
 * {{placeholders}}. Namespaces are found from locales/en/*.json, so a feature's strings are
 * covered as soon as its file exists; languages are found from the folders in locales/, so adding
 * a language is data only (a folder with _meta.json and one file per namespace).
 */
const LOCALES = join(process.cwd(), 'locales');
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

const namespaces = readdirSync(join(LOCALES, 'en'))
  .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  .map((f) => f.slice(0, -'.json'.length));
const languages = readdirSync(LOCALES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'en')
  .map((d) => d.name);
const deploy = read('deploy.config.json') as { languages: string[] };

/** key path -> string value; arrays are indexed (`hides.0`), so lists must keep their length. */
export function flatten(node: unknown, prefix = '', out = new Map<string, unknown>()) {
  if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      flatten(value, prefix ? `${prefix}.${key}` : key, out);
    }
  } else {
    out.set(prefix, node);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * The keys a language needs for an English key. i18next plurals differ by language: English has
 * `_one` and `_other`, Polish also needs `_few` and `_many`; the categories come from Intl.
 */
export function expectedKeys(english: Map<string, unknown>, lang: string): Map<string, string> {
  const expected = new Map<string, string>(); // key -> the English key whose placeholders it keeps
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const key of english.keys()) {
    const base = key.replace(PLURAL, '');
    if (base !== key && english.has(`${base}_other`)) {
      for (const c of categories) expected.set(`${base}_${c}`, `${base}_other`);
    } else {
      expected.set(key, key);
    }
  }
  return expected;
}

const placeholders = (value: unknown): string[] =>
  typeof value === 'string'
    ? [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort()
    : [];

describe('locales', () => {
  it('finds the English namespaces and the other languages from the files', () => {
    expect(namespaces).toContain('app');
    expect(languages.length).toBeGreaterThan(0);
  });

  describe.each(languages)('%s', (lang) => {
    it.each(namespaces)(`has exactly the English keys in %s.json (no missing, no stale)`, (ns) => {
      const file = join(LOCALES, lang, `${ns}.json`);
      expect(existsSync(file), `locales/${lang}/${ns}.json is missing`).toBe(true);
      const english = flatten(read(join(LOCALES, 'en', `${ns}.json`)));
      const translated = flatten(read(file));
      const expected = expectedKeys(english, lang);
      const missing = [...expected.keys()].filter((k) => !translated.has(k));
      const stale = [...translated.keys()].filter((k) => !expected.has(k));
      expect(missing, `keys missing from locales/${lang}/${ns}.json`).toEqual([]);
      expect(stale, `keys in locales/${lang}/${ns}.json that English no longer has`).toEqual([]);
      for (const [key, source] of expected) {
        const value = translated.get(key);
        expect(typeof value, `${lang}/${ns}.json ${key}`).toBe(typeof english.get(source));
        if (typeof value === 'string')
          expect(value.trim(), `${lang}/${ns}.json ${key}`).not.toBe('');
        expect(placeholders(value), `placeholders in ${lang}/${ns}.json ${key}`).toEqual(
          placeholders(english.get(source)),
        );
      }
    });

    it('describes itself in _meta.json: its own name and what still needs review', () => {
      const meta = read(join(LOCALES, lang, '_meta.json')) as Record<string, unknown>;
      expect(typeof meta['name']).toBe('string');
      expect((meta['name'] as string).length).toBeGreaterThan(1);
      // One review flag per string file (src/build/translations.ts checks the same at build time).
      const needsReview = meta['needsReview'] as Record<string, unknown>;
      expect(Object.keys(needsReview).sort()).toEqual([...namespaces].sort());
      for (const flag of Object.values(needsReview)) expect(typeof flag).toBe('boolean');
    });

    it('has only pages that exist in English, each saying whether it needs review', () => {
      const dir = join(LOCALES, lang, 'pages');
      if (!existsSync(dir)) return;
      for (const page of readdirSync(dir)) {
        expect(existsSync(join(LOCALES, 'en', 'pages', page)), `${lang}/pages/${page}`).toBe(true);
        expect(readFileSync(join(dir, page), 'utf8')).toMatch(/^needsReview: (true|false)$/m);
      }
    });
  });

  it('English needs no review and names itself', () => {
    expect(read(join(LOCALES, 'en', '_meta.json'))).toMatchObject({
      name: 'English',
    });
    const flags = (read(join(LOCALES, 'en', '_meta.json')) as { needsReview: object }).needsReview;
    expect(Object.values(flags).every((flag) => flag === false)).toBe(true);
  });

  it('every language the deployment offers has strings and a description', () => {
    for (const lang of deploy.languages) {
      expect(existsSync(join(LOCALES, lang, 'app.json')), `locales/${lang}/app.json`).toBe(true);
      expect(existsSync(join(LOCALES, lang, '_meta.json')), `locales/${lang}/_meta.json`).toBe(
        true,
      );
    }
  });

  it('plural keys follow each language’s own plural forms', () => {
    const english = new Map<string, unknown>([
      ['items_one', 'One item'],
      ['items_other', '{{count}} items'],
      ['title', 'Title'],
    ]);
    expect([...expectedKeys(english, 'pl').keys()].sort()).toEqual(
      ['items_few', 'items_many', 'items_one', 'items_other', 'title'].sort(),
    );
    expect([...expectedKeys(english, 'ur').keys()].sort()).toEqual([
      'items_one',
      'items_other',
      'title',
    ]);
  });
});
