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
    const areas = { areas: ['st-helens'] };
    const states = translationState(root, loadDirectory({ root, ...areas }), areas);
    const urdu = states.find((s) => s.lang === 'ur');
    expect(urdu?.unreviewedStrings.length).toBeGreaterThan(0);
    expect(translationReport(states)).toMatch(/^ur: \d+\.\d% of English words translated/m);
  });

  it("counts the deployed areas' own pages: translated ones as translated, unreviewed ones as such", () => {
    const root = process.cwd();
    const areas = { areas: ['st-helens'] };
    const directory = loadDirectory({ root, ...areas });
    const withArea = translationState(root, directory, areas);
    const without = translationState(root, directory, { areas: [] });
    for (const lang of ['pl', 'ur']) {
      const state = withArea.find((s) => s.lang === lang);
      const shared = without.find((s) => s.lang === lang);
      expect(state?.missingPages).not.toContain('st-helens/professional-local-pathway');
      expect(state?.unreviewedPages).toContain('st-helens/professional-local-pathway');
      // The area page's words are in the total, and translated.
      expect(state?.words.total).toBeGreaterThan(shared?.words.total ?? Infinity);
      expect((state?.words.translated ?? 0) - (shared?.words.translated ?? 0)).toBe(
        (state?.words.total ?? 0) - (shared?.words.total ?? 0),
      );
    }
  });

  it("refuses an area's English-only page in a language not marked partial, naming it", () => {
    // The two made-up areas of the multi-area test build write their pathway in English only.
    const root = process.cwd();
    const areas = { areas: ['example-town', 'sample-vale'], areaDir: 'test/fixtures/regions' };
    const states = translationState(root, loadDirectory({ root, ...areas }), areas);
    const polish = states.find((s) => s.lang === 'pl');
    expect(polish?.missingPages).toEqual([
      'example-town/professional-local-pathway',
      'sample-vale/professional-local-pathway',
    ]);
    expect(polish && polish.words.translated < polish.words.total).toBe(true);
    expect(translationReport(states)).toContain(
      'Pages missing (shown in English with a note) (2):\n    example-town/professional-local-pathway, sample-vale/professional-local-pathway',
    );
    expect(() =>
      checkDeployable(states, ['en', 'pl', 'ur'], { unreviewed: 'ship', partial: [] }),
    ).toThrow(/"pl" is missing 2 pages/);
    expect(() =>
      checkDeployable(states, ['en', 'pl', 'ur'], { unreviewed: 'ship', partial: ['pl', 'ur'] }),
    ).not.toThrow();
  });
});
