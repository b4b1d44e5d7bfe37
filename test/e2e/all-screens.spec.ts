import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, AXE_TAGS } from './fixtures.ts';
import {
  appString,
  axeRules,
  axeTagged,
  COLOUR_RULES,
  VIEW_RULES,
  expectScreenHeadingFocused,
  movingElements,
  offeredLanguages,
  openInLanguage,
  smallTargets,
  tabOrderProblems,
  walkScreens,
  type ScreenVisit,
} from './a11y-helpers.ts';
import { expectInert, loudFields, textFields, watchDialogs } from './attack-helpers.ts';
import { createVault } from './vault-helpers.ts';
import {
  emptyCount,
  misorderedNumbers,
  ownShare,
  screenWords,
  wordCounter,
} from './language-helpers.ts';
import { XSS_PAYLOADS, type Payload } from '../fixtures/xss-payloads.ts';
import { DEEP, ROTATION } from '../depth.ts';

/**
 * One walk over every screen, in every offered language, visiting each screen once. On each it
 * checks, together:
 * - the safety rails of the shared fixture (no other origin, no CSP violation, no history entry,
 *   fixed title, no blocked API), so each screen is named when one breaks;
 * - accessibility, WCAG 2.2 AA (spec 1): every axe rule (AXE_TAGS, as expectNoAxeViolations) at
 *   360 px light, then only the rules that can change with the view: the colour rules in dark, and
 *   the colour and layout rules at 1280 px. The DOM does not change with either (no script reacts
 *   to them), so this covers the same ground as four full runs. Also reflow at 320 px, 44 px
 *   targets, no motion when reduced, and quick exit first in the tab order (axe on a daily
 *   sample of the many screens of one kind that no door leads to: see axeViews);
 * - every field a person can type into is quiet (spec 34: no autocomplete, autocorrect,
 *   autocapitalise or spell check), read from its attributes;
 * - hostile text (P6) typed into every free-text field: in `npm test` each field gets a few
 *   payloads, a different few for each field and each day, so that one walk types every payload
 *   somewhere; `npm run test:deep` types every payload into every field. Nothing may run;
 * - in every language but English (issue 18): each grouped phone number reads left to right in its
 *   written order (language-helpers.ts), and the words on screen are counted by language. The walk
 *   also opens every service entry from the list (screens no door leads to), where most numbers
 *   are. It prints the share of words in the language and fails below 95 %.
 *
 * Screens are found, not listed: the walk starts at home and presses every door and navigating
 * shell button, so a feature's screens are covered as soon as it adds a door. In English it also
 * presses every other button outside a form that does not lock, delete, leave or change settings
 * (NEVER), and walks again once a passphrase is set, to reach the screens of an open plan. Every
 * problem is collected, then reported together per screen.
 *
 * A11Y_SHOTS=<dir> also saves a full-page PNG of every screen (for translation reviewers).
 *
 * The file name sorts first on purpose: Playwright starts files in name order, and the longest
 * browser tests should start first, so that the workers finish together.
 */
const ALL_VIEWS = [
  { width: 360, height: 640, colorScheme: 'light', rules: undefined },
  { width: 360, height: 640, colorScheme: 'dark', rules: COLOUR_RULES },
  { width: 1280, height: 800, colorScheme: 'light', rules: VIEW_RULES },
  { width: 1280, height: 800, colorScheme: 'dark', rules: COLOUR_RULES },
] as const;
/**
 * The views of `npm test`: all but the colour rules in dark at 1280 px. No style sets a colour by
 * width, so dark colours are the same at 360 and 1280 px; the one style that changes text size by
 * width (show mode's two columns) is checked for contrast at 1280 px in light. The deep run, and
 * A11Y_SHOTS, take every view.
 */
const VIEWS = DEEP || process.env['A11Y_SHOTS'] ? ALL_VIEWS : ALL_VIEWS.slice(0, 3);
const SHOTS = process.env['A11Y_SHOTS'];

/**
 * English buttons the walk never presses: they lock, delete, leave, hide or change the app's
 * settings. "Hide this app" outside a form only opens the set-up screen, so the walk goes there.
 */
const NEVER =
  /^(?!hide this app$)(?:lock|delete|remove|wipe|clear|exit|leave|hide|restore|export|download|backup file|print$|^print|language|english|polski|اردو|show|cover|disguise|use this|read aloud|stop|turn|change|forget|copy|call|text |choose a passphrase|^open$|^save|add contact|continue|start|finish|yes|no,)/i;

type View = (typeof ALL_VIEWS)[number];

/**
 * The views axe runs in on a screen. Every view on every screen in the deep run, and in `npm test`
 * on every screen a door leads to. Screens found only through other buttons (in English: a
 * service, a page opened from a list or a link) are many views of one kind, so `npm test` runs
 * axe, with reflow, targets and motion, on the first two of each kind and on a quarter of the
 * rest, a different quarter each day. The other checks (rails, tab order, quiet fields, payloads,
 * and in other languages number order and words) run on every screen.
 */
function axeViews(visit: ScreenVisit, sampled: Map<string, number>): readonly View[] {
  if (DEEP || SHOTS || visit.byDoor) return VIEWS;
  const nth = sampled.get(visit.name) ?? 0;
  sampled.set(visit.name, nth + 1);
  return nth < 2 || (nth + ROTATION) % 4 === 0 ? VIEWS : [];
}

/** Payloads per field in the quick run: with about 30 fields, every payload is typed once. */
const PER_FIELD = 3;

/** The payloads for the `n`th field the walk meets: all of them in the deep run. */
function payloadsFor(n: number): readonly Payload[] {
  if (DEEP) return XSS_PAYLOADS;
  const first = (ROTATION + n) * PER_FIELD;
  return Array.from(
    { length: PER_FIELD },
    (_, j) => XSS_PAYLOADS[(first + j) % XSS_PAYLOADS.length] as Payload,
  );
}

/** Types hostile text into every field on the screen, checking after each; returns the count. */
async function attackFields(
  page: Page,
  dialogs: string[],
  where: string,
  counter: { fields: number },
): Promise<number> {
  const fields = textFields(page);
  const count = await fields.count();
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    const type = (await field.getAttribute('type')) ?? 'text';
    const free = type !== 'date' && type !== 'number';
    for (const p of payloadsFor(counter.fields)) {
      // The browser refuses non-date and non-number text itself; try it anyway.
      if (free) await field.fill(p.text);
      else await field.fill(p.text).catch(() => undefined);
      await expectInert(page, dialogs, `${where}, field ${String(i)}, ${p.category}`);
    }
    counter.fields += 1;
    if (free) await field.fill('');
  }
  return count;
}

/**
 * One test per language, but English, with by far the most screens, runs as two tests side by
 * side, each walking a share of home's doors (and finding every screen behind them). A door or
 * footer button not named in the first share goes to the second, so a new one is never left out;
 * the second also checks the first-visit page and home, and walks the open plan. Each share
 * names the screens with text fields it must find.
 */
interface Walk {
  lang: string;
  /** The payload list's starting point, so each walk types different payloads. */
  start: number;
  share?: { name: string; walks: (label: string) => boolean; checksStart: boolean };
  /** Screens with a text field this walk must find (English only: names are in English). */
  mustFind: string[];
  minScreens: number;
  minFields: number;
}

/** Home's doors to the directory and to learning, and Call now's link to the emergency routes (which lead to the directory too). */
const HELP_DOORS =
  /^(Find someone to talk to|Understand what is happening|Can.t speak\? How to call 999 silently)$/;

const WALKS: Walk[] = offeredLanguages().flatMap(({ code: lang }, n): Walk[] =>
  lang === 'en'
    ? [
        {
          lang,
          start: 0,
          share: {
            name: 'services and learning',
            walks: (label) => HELP_DOORS.test(label),
            checksStart: false,
          },
          mustFind: ['Find someone to talk to', 'Search'],
          minScreens: 50,
          minFields: 1,
        },
        {
          lang,
          start: 5,
          share: {
            name: 'every other door, and the open plan',
            walks: (label) => !HELP_DOORS.test(label),
            checksStart: true,
          },
          mustFind: [
            'Safe contacts and code words',
            'Your own notes',
            'New diary entry',
            'Backup and passphrase',
            'Hide this app',
            'Choose a passphrase',
            'Your safety plan',
          ],
          minScreens: 40,
          minFields: 15,
        },
      ]
    : [{ lang, start: n * 11, mustFind: [], minScreens: 25, minFields: 0 }],
);

for (const { lang, start, share, mustFind, minScreens, minFields } of WALKS) {
  const which = share ? ` (${share.name})` : '';
  test(`every screen in "${lang}"${which}: safety rails; axe at 360 and 1280 px in light and dark, reflows at 320 px, 44 px targets, no motion when reduced, quick exit first (spec 1); hostile text in every field stays inert (P6)`, async ({
    page,
    rails,
  }) => {
    test.setTimeout(DEEP ? 1_800_000 : 600_000); // a safety net only: about 100 screens in English
    const dialogs = watchDialogs(page);
    const problems: string[] = [];
    const summary: string[] = [];
    // Each walk starts its payloads elsewhere in the list.
    const counter = { fields: start };
    let attacked = 0;
    const countWords = lang === 'en' ? undefined : wordCounter(lang);
    const words = emptyCount();
    const numbers = { checked: 0, misordered: [] as string[] };
    let entries = 0;

    const checkScreen = async (name: string, views: readonly View[] = VIEWS): Promise<void> => {
      await test.step(name, async () => {
        const before = problems.length;
        for (const view of views) {
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
        // Reflow, targets and motion go with axe: on every screen in the deep run, on a sample
        // of the screens of one kind in the quick run (axeViews).
        if (views.length > 0) {
          await page.setViewportSize({ width: 320, height: 640 });
          const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
          if (width > 320)
            problems.push(`${lang} ${name}: scrolls sideways at 320 px (${width} px wide)`);
          for (const small of await smallTargets(page))
            problems.push(`${lang} ${name}: small target ${small}`);
          for (const moving of await movingElements(page))
            problems.push(`${lang} ${name}: moves with reduced motion: ${moving}`);
        }
        for (const problem of await tabOrderProblems(page))
          problems.push(`${lang} ${name}: ${problem}`);
        for (const loud of await loudFields(page)) problems.push(`${lang} ${name}: ${loud}`);
        await page.setViewportSize({ width: 360, height: 640 });
        if (countWords) {
          countWords(await screenWords(page), words);
          const order = await misorderedNumbers(page);
          numbers.checked += order.checked;
          for (const p of order.problems)
            numbers.misordered.push(`${lang} ${name}: "${p.number}" in "${p.context}"`);
        }
        attacked += await attackFields(page, dialogs, `${lang} ${name}`, counter);
        await rails.verify();
        summary.push(`${problems.length === before ? 'PASS' : 'FAIL'} ${lang} ${name}`);
      });
    };

    await openInLanguage(page, lang);
    if (share?.checksStart !== false) await checkScreen('safer-use (first visit)');
    await page.getByRole('button', { name: appString(lang, 'saferUse.continue') }).click();
    await expect(page.locator('[data-screen]')).toHaveAttribute('data-screen', 'home');
    // The walk lists home's doors at once: wait until the person would see them.
    await expect(page.locator('#main .door').first()).toBeVisible();

    const sampled = new Map<string, number>();
    const onScreen = (visit: ScreenVisit) =>
      checkScreen(
        visit.path.length === 0 ? 'home' : `${visit.name}: ${visit.heading}`,
        axeViews(visit, sampled),
      );
    const never = lang === 'en' ? NEVER : undefined;
    const seen = new Set<string>();
    const visits = await walkScreens(page, onScreen, { never, seen, share });
    if (lang === 'en' && share?.checksStart) {
      // With a passphrase set, the plan opens: walk again for the screens that only then appear.
      await page.getByRole('button', { name: /Backup and passphrase/ }).click();
      await expectScreenHeadingFocused(page, 'Backup and passphrase');
      await createVault(page);
      await page.getByRole('button', { name: 'Home', exact: true }).click();
      await expectScreenHeadingFocused(page, 'Find help and stay safer');
      visits.push(...(await walkScreens(page, onScreen, { never, seen, share })));
    } else if (lang !== 'en') {
      // Each service entry is a screen no door leads to (English reaches them by pressing every
      // button): open each one from the list, for its numbers and words.
      await page.getByRole('button', { name: appString(lang, 'home.servicesDoor') }).click();
      const names = page.locator('.service-card-name button');
      // The list comes with the directory's code: wait for it, or the walk would open no entry.
      await expect(names.first()).toBeVisible();
      const count = await names.count();
      expect(count, 'service entries in the list').toBeGreaterThan(10);
      for (let i = 0; i < count; i++) {
        await names.nth(i).click();
        const heading = (await page.locator('#main h1').textContent()) ?? '';
        const nth = sampled.get('service') ?? 0;
        sampled.set('service', nth + 1);
        await checkScreen(`service ${String(i)}: ${heading}`, nth < 2 || DEEP ? VIEWS : []);
        await page.locator('.shell-nav button').first().click();
      }
      entries = count;
    }

    console.log(summary.join('\n'));
    if (countWords) {
      const english = [...words.englishWords].slice(0, 40).join(', ');
      console.log(
        `${lang}: ${(100 * ownShare(words)).toFixed(1)}% of ${String(words.own + words.english)} words in the language, ${String(words.english)} English (${english}); ${String(words.neither)} names or words of both; ${String(numbers.checked)} grouped numbers checked for order`,
      );
    }
    const walked = visits.map((v) => v.heading);
    test.info().annotations.push({
      type: 'walked',
      description: `${String(visits.length)} screens and ${String(entries)} service entries, ${String(attacked)} fields: ${walked.join(' | ')}`,
    });
    await test
      .info()
      .attach(`walk-${lang}.txt`, { body: [...summary, '', ...problems].join('\n') });
    expect(problems, `accessibility problems in ${lang}`).toEqual([]);
    // Every kind of screen with a text field was found by the walk, not listed by hand.
    expect(walked).toEqual(expect.arrayContaining(mustFind));
    expect(visits.length).toBeGreaterThan(minScreens);
    expect(attacked, walked.join(' | ')).toBeGreaterThanOrEqual(minFields);
    if (countWords) {
      expect(numbers.misordered, 'numbers shown out of their written order').toEqual([]);
      expect(numbers.checked).toBeGreaterThan(10);
      expect(ownShare(words), `share of words in "${lang}"`).toBeGreaterThan(0.95);
    }
  });
}
