import { describe, expect, it } from 'vitest';
import { loadDirectory } from './services-plugin.ts';
import {
  checkDeployable,
  translationReport,
  translationState,
  type LanguageState,
} from './translations.ts';

const state = (overrides: Partial<LanguageState> = {}): LanguageState => ({
  lang: 'ur',
  missingPages: [],
  missingStrings: [],
  missingServices: [],
  unreviewedPages: [],
  unreviewedStrings: [],
  unreviewedPacks: [],
  glossary: 'reviewed',
  words: { translated: 10, total: 10 },
  ...overrides,
});

describe('translation checks', () => {
  it('refuses unreviewed text only when the area refuses it', () => {
    const unchecked = [state({ unreviewedPages: ['refuge'] })];
    expect(() =>
      checkDeployable(unchecked, ['en', 'ur'], { unreviewed: 'ship', partial: [] }),
    ).not.toThrow();
    expect(() =>
      checkDeployable(unchecked, ['en', 'ur'], { unreviewed: 'refuse', partial: [] }),
    ).toThrow(/"ur" has text a native speaker has not checked/);
    // A language the area does not offer is not its concern.
    expect(() =>
      checkDeployable(unchecked, ['en'], { unreviewed: 'refuse', partial: [] }),
    ).not.toThrow();
  });

  it('refuses missing text unless the language is marked partial', () => {
    const missing = [state({ missingPages: ['refuge'] })];
    expect(() =>
      checkDeployable(missing, ['en', 'ur'], { unreviewed: 'ship', partial: [] }),
    ).toThrow(/"ur" is missing 1 pages/);
    expect(() =>
      checkDeployable(missing, ['en', 'ur'], { unreviewed: 'ship', partial: ['ur'] }),
    ).not.toThrow();
  });

  it('reports the real locales: the share of words, and what is unreviewed and missing', () => {
    const root = process.cwd();
    const states = translationState(root, loadDirectory({ root, areas: ['st-helens'] }));
    const urdu = states.find((s) => s.lang === 'ur');
    expect(urdu?.unreviewedStrings.length).toBeGreaterThan(0);
    expect(translationReport(states)).toMatch(/^ur: \d+\.\d% of English words translated/m);
  });
});
