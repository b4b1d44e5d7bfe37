import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, AXE_TAGS } from './fixtures.ts';
import {
  appString,
  axeRules,
  axeTagged,
  COLOUR_RULES,
  VIEW_RULES,
  movingElements,
  offeredLanguages,
  openInLanguage,
  smallTargets,
  tabOrderProblems,
  walkScreens,
} from './a11y-helpers.ts';

/**
 * WCAG 2.2 AA on every screen, in every offered language, at 360 px and 1280 px, light and dark.
 * Screens are found, not listed: the walk starts at home and presses every door and navigating
 * shell button, so a feature's screens are covered as soon as it adds a door. One browser context
 * per language; each screen is reached once and checked in all four views: every axe rule
 * (AXE_TAGS, as expectNoAxeViolations) at 360 px light, then only the rules that can change with
 * the view: the colour rules in dark, and the colour and layout rules at 1280 px. The DOM does not
 * change with either (no script reacts to them), so this covers the same ground as four full runs.
 * Every problem is collected, then reported together per screen.
 *
 * A11Y_SHOTS=<dir> also saves a full-page PNG of every screen (for translation reviewers).
 */
const VIEWS = [
  { width: 360, height: 640, colorScheme: 'light', rules: undefined },
  { width: 360, height: 640, colorScheme: 'dark', rules: COLOUR_RULES },
  { width: 1280, height: 800, colorScheme: 'light', rules: VIEW_RULES },
  { width: 1280, height: 800, colorScheme: 'dark', rules: COLOUR_RULES },
] as const;
const SHOTS = process.env['A11Y_SHOTS'];

for (const { code: lang } of offeredLanguages()) {
  test(`every screen in "${lang}" passes axe at 360 and 1280 px in light and dark, reflows at 320 px, has 44 px targets, no motion when reduced, and quick exit first (spec 1)`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    const summary: string[] = [];

    const checkScreen = async (name: string): Promise<void> => {
      const before = problems.length;
      for (const view of VIEWS) {
        await page.setViewportSize({ width: view.width, height: view.height });
        await page.emulateMedia({ colorScheme: view.colorScheme, reducedMotion: 'reduce' });
        const label = `${lang} ${name} ${view.width}px ${view.colorScheme}`;
        const violations = view.rules
          ? await axeRules(page, [...view.rules])
          : await axeTagged(page, AXE_TAGS);
        for (const violation of violations) problems.push(`${label}: ${violation}`);
        if (SHOTS && view.colorScheme === 'light') {
          mkdirSync(SHOTS, { recursive: true });
          const file = `${lang}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${view.width}.png`;
          await page.screenshot({ path: join(SHOTS, file), fullPage: true });
        }
      }
      await page.setViewportSize({ width: 320, height: 640 });
      const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
      if (width > 320)
        problems.push(`${lang} ${name}: scrolls sideways at 320 px (${width} px wide)`);
      for (const small of await smallTargets(page))
        problems.push(`${lang} ${name}: small target ${small}`);
      for (const moving of await movingElements(page))
        problems.push(`${lang} ${name}: moves with reduced motion: ${moving}`);
      for (const problem of await tabOrderProblems(page))
        problems.push(`${lang} ${name}: ${problem}`);
      await page.setViewportSize({ width: 360, height: 640 });
      summary.push(`${problems.length === before ? 'PASS' : 'FAIL'} ${lang} ${name}`);
    };

    await openInLanguage(page, lang);
    await checkScreen('safer-use (first visit)');
    await page.getByRole('button', { name: appString(lang, 'saferUse.continue') }).click();
    await expect(page.locator('[data-screen]')).toHaveAttribute('data-screen', 'home');

    const visits = await walkScreens(page, (visit) =>
      checkScreen(visit.path.length === 0 ? 'home' : `${visit.name}: ${visit.heading}`),
    );
    expect(visits.length).toBeGreaterThan(2);
    console.log(summary.join('\n'));
    await test
      .info()
      .attach(`a11y-${lang}.txt`, { body: [...summary, '', ...problems].join('\n') });
    expect(problems, `accessibility problems in ${lang}`).toEqual([]);
  });
}
