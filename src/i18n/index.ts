// WARNING: part of the first chunk. i18next itself is loaded on demand (see loadEngine).
import type { i18n as I18next, Namespace, ParseKeys, TFunction } from 'i18next';
import app from '../../locales/en/app.json';

/**
 * Translation. i18next is the engine for every feature namespace, but it weighs about 15 KB
 * gzipped, half the first-view budget, so it is not in the first chunk. The shell's own strings
 * (`app` namespace: home, quick exit, cover, shell) are simple lookups done here without it,
 * from the same locales/<lang>/app.json files. Rule for app.json: no plurals or nesting syntax,
 * only `{{name}}` placeholders.
 */
type Bundle = Record<string, unknown>;
// English shell strings are bundled above; everything else is a lazy chunk. `_*.json` files
// (such as `_meta.json`) describe a language; they are not string namespaces.
const bundles = import.meta.glob<Bundle>(
  ['../../locales/*/*.json', '!../../locales/en/app.json', '!../../locales/*/_*.json'],
  { import: 'default' },
);
const appStrings = new Map<string, Bundle>([['en', app]]);
const listeners = new Set<() => void>();
let language = 'en';
let engine: Promise<I18next> | undefined;
let loaded: I18next | undefined;

/** Languages that have UI strings in locales/. */
export const availableLanguages = [
  'en',
  ...Object.keys(bundles)
    .filter((path) => path.endsWith('/app.json'))
    .map((path) => path.split('/')[3] ?? ''),
].filter((lang, i, all) => lang && all.indexOf(lang) === i);

export function currentLanguage(): string {
  return language;
}

/** Calls `listener` after every language change; returns a function that stops it. */
export function onLanguageChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function lookup(bundle: Bundle | undefined, key: string): unknown {
  let node: unknown = bundle;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Bundle)[part];
  }
  return node;
}

type AppOptions = { returnObjects?: boolean } & Record<string, unknown>;

/** Translates a key of the shell's `app` namespace in the current language, falling back to English. */
export function tApp(key: ParseKeys, options?: AppOptions): string {
  const value = lookup(appStrings.get(language), key) ?? lookup(app, key);
  if (typeof value !== 'string') return (options?.returnObjects ? value : key) as string;
  return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const filled = options?.[name];
    return typeof filled === 'string' || typeof filled === 'number' ? String(filled) : '';
  });
}

/** Loads i18next once, with every bundle loaded so far. */
export function loadEngine(): Promise<I18next> {
  if (engine) return engine;
  engine = import('i18next').then(async ({ default: i18next }) => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: language,
      fallbackLng: 'en',
      ns: ['app'],
      defaultNS: 'app',
      resources: { en: { app } },
      initAsync: false,
      returnNull: false,
      interpolation: { escapeValue: false }, // Preact renders text nodes, never HTML
    });
    loaded = instance;
    return instance;
  });
  // A failed load (say, the connection dropped) is tried again on the next call, not cached.
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

async function loadBundle(instance: I18next, lang: string, ns: string): Promise<void> {
  if (instance.hasResourceBundle(lang, ns)) return;
  const load = bundles[`../../locales/${lang}/${ns}.json`];
  if (!load) return; // a language without this file falls back to English
  instance.addResourceBundle(lang, ns, await load(), true, false);
}

/** Makes sure a namespace's strings are ready, in English and the current language. */
export async function loadNamespace(ns: Namespace): Promise<void> {
  const instance = await loadEngine();
  const names = typeof ns === 'string' ? [ns] : [...ns];
  const langs = [...new Set(['en', language])];
  await Promise.all(names.flatMap((n) => langs.map((lang) => loadBundle(instance, lang, n))));
}

/** The i18next translate function for a feature namespace. Call after loadNamespace(ns). */
export async function fixedT<N extends Namespace>(ns: N): Promise<TFunction<N>> {
  await loadNamespace(ns);
  return (await loadEngine()).getFixedT(null, ns);
}

/**
 * The translate function for a namespace in a given language, whatever the current one is: show
 * mode puts a card in the person's language beside the professional's.
 */
export async function fixedTIn<N extends Extract<Namespace, string>>(
  ns: N,
  lang: string,
): Promise<TFunction<N>> {
  const instance = await loadEngine();
  await Promise.all([...new Set(['en', lang])].map((l) => loadBundle(instance, l, ns)));
  return instance.getFixedT(lang, ns);
}

/** The engine if it has loaded; feature screens render only after their namespace has loaded. */
export function engineIfLoaded(): I18next | undefined {
  return loaded;
}

/** Counts language choices, so that when two overlap the later one wins. */
let choices = 0;

/** Switches language after loading every string already in use, so nothing flashes English. */
export async function setLanguage(lang: string): Promise<void> {
  const choice = (choices += 1);
  const appLoader = bundles[`../../locales/${lang}/app.json`];
  if (appLoader && !appStrings.has(lang)) appStrings.set(lang, await appLoader());
  if (engine) {
    const instance = await engine;
    const used = Object.keys(instance.store.data['en'] ?? {});
    await Promise.all(used.map((ns) => loadBundle(instance, lang, ns)));
    // A quick second choice (English while Polish still loads) must not be undone by the first.
    if (choice !== choices) return;
    await instance.changeLanguage(lang);
  }
  if (choice !== choices) return;
  language = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  for (const listener of listeners) listener();
}

const RTL = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The writing direction of a language: right to left for Urdu, Arabic, Persian and the like. */
export function directionOf(lang: string): 'rtl' | 'ltr' {
  return RTL.has(lang.split('-')[0] ?? lang) ? 'rtl' : 'ltr';
}
