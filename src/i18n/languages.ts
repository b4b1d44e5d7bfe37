// WARNING: part of the first chunk (the language switch is on every screen). Keep it small.
import { deploy } from '../core/deploy.ts';
import { availableLanguages, directionOf } from './index.ts';

/**
 * Which languages a person can choose. A language is offered when the deploying area lists it in
 * deploy.config.json `languages` AND it has strings (locales/<lang>/app.json) and a description
 * (locales/<lang>/_meta.json). Adding a language is data only: no code names a language.
 */
export interface Language {
  code: string;
  /** The language's name in itself (English, Polski, اردو), so anyone can find their own. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/** Only `name` and the review flags are bundled here, not the rest of _meta.json. */
const names = import.meta.glob<string>('../../locales/*/_meta.json', {
  eager: true,
  import: 'name',
});

function nameOf(code: string): string | undefined {
  return names[`../../locales/${code}/_meta.json`];
}

/** One flag per string file: true until a native speaker has checked it (src/build/translations.ts). */
const reviewFlags = import.meta.glob<Record<string, boolean>>('../../locales/*/_meta.json', {
  eager: true,
  import: 'needsReview',
});

/** Whether any of a language's string files still needs a native speaker's check. */
export function stringsNeedReview(code: string): boolean {
  const flags = reviewFlags[`../../locales/${code}/_meta.json`] ?? {};
  return Object.values(flags).some(Boolean);
}

/** The configured languages that have strings and a name, in the configured order. */
export function offerable(
  configured: readonly string[],
  withStrings: readonly string[],
  name: (code: string) => string | undefined,
): Language[] {
  const offered: Language[] = [];
  for (const code of configured) {
    const own = name(code);
    if (own && withStrings.includes(code))
      offered.push({ code, name: own, dir: directionOf(code) });
  }
  return offered;
}

export const offeredLanguages: readonly Language[] = offerable(
  deploy.languages,
  availableLanguages,
  nameOf,
);

/**
 * The language to start in: the person's own choice if it is still offered; otherwise the first
 * offered language the browser asks for (so a phone set to Polish starts in Polish); otherwise
 * the first configured language. Only an explicit choice is ever stored.
 */
export function pickLanguage(
  stored: string | undefined,
  browser: readonly string[],
  offered: readonly string[],
): string {
  if (stored && offered.includes(stored)) return stored;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (offered.includes(primary)) return primary;
  }
  return offered[0] ?? 'en';
}
