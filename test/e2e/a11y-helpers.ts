import { readFileSync, existsSync } from 'node:fs';
import type { Locator, Page, Request } from '@playwright/test';
import axe from 'axe-core';
import { expect } from './fixtures.ts';

/**
 * Shared helpers for accessibility and keyboard tests. A feature adds its own keyboard journey in
 * test/e2e/<feature>.spec.ts with `tabTo()` and `expectScreenHeadingFocused()`; its screens are
 * walked by all-screens.spec.ts automatically as long as they are reachable by a `.door` button or a
 * navigating button in the shell footer.
 */

/** Controls that open a screen on any screen. */
const DOORS_ONLY = '#main .door:visible';

/** Shell footer buttons that navigate: the same on every screen, so followed from home only. */
const FOOTER_NAV = '.shell-footer button:not([aria-expanded]):visible';

/** The languages this deployment offers: deploy.config.json `languages` with strings and a name. */
export function offeredLanguages(): { code: string; name: string }[] {
  const config = JSON.parse(readFileSync('deploy.config.json', 'utf8')) as { languages: string[] };
  return config.languages
    .filter(
      (code) => existsSync(`locales/${code}/app.json`) && existsSync(`locales/${code}/_meta.json`),
    )
    .map((code) => ({
      code,
      name: (JSON.parse(readFileSync(`locales/${code}/_meta.json`, 'utf8')) as { name: string })
        .name,
    }));
}

/** A shell string (locales/<lang>/app.json) by dotted key, for finding controls by their name. */
export function appString(lang: string, key: string): string {
  let node: unknown = JSON.parse(readFileSync(`locales/${lang}/app.json`, 'utf8'));
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`No string ${key} in ${lang}`);
  return node;
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reachable. */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 40 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reachable with ${backwards ? 'Shift+Tab' : 'Tab'}`).toBeFocused();
}

/** After an in-app navigation the new screen's heading has focus, so it is announced. */
export async function expectScreenHeadingFocused(
  page: Page,
  name?: string | RegExp,
): Promise<void> {
  const heading = page.locator('#main h1');
  await expect(heading).toBeFocused();
  if (name !== undefined) await expect(heading).toHaveText(name);
}

/** Opens the app fresh in a language: the first-visit safety page, in that language. */
export async function openInLanguage(page: Page, lang: string): Promise<void> {
  await page.goto('/');
  await expect(page.locator('#main h1')).toBeVisible();
  const name = offeredLanguages().find((l) => l.code === lang)?.name ?? lang;
  if (lang !== 'en') await page.locator('.shell-lang').getByRole('button', { name }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

export interface ScreenVisit {
  /** The screen's registry name (data-screen) and heading: one entry per distinct screen. */
  key: string;
  name: string;
  heading: string;
  /** The names of the controls pressed from home to get here. */
  path: string[];
  /** Reached by a door or the shell footer, not by another button (see WalkOptions.never). */
  byDoor: boolean;
}

async function screenKey(page: Page): Promise<{ key: string; name: string; heading: string }> {
  const name = (await page.locator('[data-screen]').getAttribute('data-screen')) ?? '';
  const heading = ((await page.locator('#main h1').textContent()) ?? '').trim();
  return { key: `${name}|${heading}`, name, heading };
}

export interface WalkOptions {
  /**
   * Also press the other buttons on a screen, not only doors: any button outside a form whose
   * name `never` does not match. Names are in the page's language, so only a walk whose `never`
   * is written in that language may do this.
   */
  never?: RegExp | undefined;
  /** Screens already walked (by key): not checked again, nor walked through. */
  seen?: Set<string>;
  /**
   * Walk only the start screen's controls (doors and footer) whose name `walks` accepts, and
   * check the start screen itself only if `checksStart`: lets one long walk run as several tests
   * side by side, each taking a share of the doors.
   */
  share?: { walks: (label: string) => boolean; checksStart: boolean } | undefined;
}

/**
 * Visits every screen reachable from the current one (normally home) by its navigation controls,
 * depth first, calling `onScreen` once per distinct screen, including the one it starts on unless
 * it was seen. It returns with the Back button, so no screen is ever reached by anything but the
 * app's own UI. Doors (and, with `never`, other buttons) are followed on every screen; the shell
 * footer (the same on every screen) only from the start, so a screen the walk has already checked
 * is not reopened from each of the others. A control named like a screen already walked (a door's
 * title is the heading it opens) is not pressed again.
 */
export async function walkScreens(
  page: Page,
  onScreen: (visit: ScreenVisit) => Promise<void>,
  { never, seen = new Set<string>(), share }: WalkOptions = {},
): Promise<ScreenVisit[]> {
  const visits: ScreenVisit[] = [];
  const headings = new Set([...seen].map((key) => key.slice(key.indexOf('|') + 1)));
  // What the page has asked for and not yet received: a screen's lazy code or strings. A screen
  // with any of it still on the way has not settled, however still it looks for a frame or two.
  const loading = new Set<Request>();
  const started = (request: Request) => {
    loading.add(request);
  };
  const ended = (request: Request) => {
    loading.delete(request);
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  /** Two frames, after whatever the page was loading has arrived (or ten seconds have passed). */
  const settle = async (): Promise<void> => {
    for (let frame = 0; frame < 600 && loading.size > 0; frame++) await nextFrames(page);
    await nextFrames(page);
  };
  const back = page.locator('.shell-nav button').first();
  const onMain = never ? '#main button:visible' : DOORS_ONLY;

  const visit = async (
    there: { key: string; name: string; heading: string },
    path: string[],
    byDoor: boolean,
  ) => {
    seen.add(there.key);
    headings.add(there.heading);
    const entry = { ...there, path, byDoor };
    visits.push(entry);
    await onScreen(entry);
  };

  /** The names of the controls matching `selector`, in order; '' for one the walk never presses. */
  const names = (selector: string): Promise<string[]> =>
    page
      .locator(selector)
      .evaluateAll((els) =>
        els.map((el) =>
          (el as HTMLButtonElement).disabled || el.closest('form') !== null
            ? ''
            : (el.getAttribute('aria-label') ??
              (el.querySelector<HTMLElement>('.door-title') ?? (el as HTMLElement)).innerText
                .split('\n')[0]
                ?.trim() ??
              ''),
        ),
      );

  /**
   * The names once the screen has settled: a screen shows its heading at once, but parts of it
   * (a list read from a lazy chunk) can arrive a moment later, so read, once nothing is still
   * loading, until two reads a couple of frames apart agree.
   */
  const settledNames = async (selector: string): Promise<string[]> => {
    await settle();
    let last = await names(selector);
    for (let tries = 0; tries < 50; tries++) {
      await settle();
      const now = await names(selector);
      if (now.join('\n') === last.join('\n')) return now;
      last = now;
    }
    return last;
  };

  /** The controls here the walk may press, by position in `selector`, with their names. */
  const pressable = async (selector: string): Promise<{ index: number; label: string }[]> =>
    (await settledNames(selector)).flatMap((label, index) =>
      label !== '' && !never?.test(label) && !headings.has(label) ? [{ index, label }] : [],
    );

  const explore = async (path: string[]): Promise<void> => {
    const here = await screenKey(page);
    const selectors = path.length === 0 ? [onMain, FOOTER_NAV] : [onMain];
    for (const selector of selectors) {
      for (const { index, label } of await pressable(selector)) {
        if (path.length === 0 && share && !share.walks(label)) continue;
        // A button that did not navigate may have changed the screen, and a part loaded late (Call
        // now on home) moves the others: press the control listed, found again by its name once
        // the screen has settled, and skip it only if it is gone (never on the start screen).
        let current = await names(selector);
        if (current[index] !== label && !current.includes(label))
          current = await settledNames(selector);
        const at = current[index] === label ? index : current.indexOf(label);
        if (at < 0 && path.length === 0) {
          // Pressing a door never changes the start screen: a control listed there and now gone
          // means the walk lost its way, and the screens behind it would go unchecked.
          throw new Error(`"${label}" was on the start screen and could not be found again`);
        }
        if (at < 0) continue;
        const control = page.locator(selector).nth(at);
        const byDoor =
          selector === FOOTER_NAV || (await control.evaluate((el) => el.matches('.door')));
        await control.click();
        // Navigation renders in the same task as the click, but the new screen's code or strings
        // may still be loading: settled, it shows either a new screen or the same one.
        await settle();
        const there = await screenKey(page);
        if (there.key === here.key && !(await isHeadingFocused(page))) continue; // not a door
        await expectScreenHeadingFocused(page);
        if (!seen.has(there.key)) {
          await visit(there, [...path, label], byDoor);
          await explore([...path, label]);
        }
        await back.click();
        await expect.poll(async () => (await screenKey(page)).key).toBe(here.key);
      }
    }
  };

  const start = await screenKey(page);
  if (share && !share.checksStart) seen.add(start.key);
  try {
    if (!seen.has(start.key)) await visit(start, [], true);
    await explore([]);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
  return visits;
}

/** Waits for two animation frames in the page. */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((shown) => requestAnimationFrame(() => requestAnimationFrame(shown))),
  );
}

async function isHeadingFocused(page: Page): Promise<boolean> {
  return page.locator('#main h1').evaluate((h1) => h1 === document.activeElement);
}

/**
 * Every control in the shell, on doors and on screens is at least 44 by 44 px, unless it is a
 * link inside running text. WCAG 2.2 SC 2.5.8 exempts a target that is "in a sentence or its
 * size is otherwise constrained by the line-height of non-target text": here, a target whose
 * nearest block (skipping inline wrappers such as <strong>) is a paragraph or list item that also
 * holds words of its own (not link text). A link alone in its paragraph, or a name in a heading, is not in a
 * sentence and must be full size.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      '#exit-bar a, #exit-bar button, .shell-lang button, .shell-nav button, .shell-footer button, .shell-footer a, .door, #main button, #main a';
    const inSentence = (el: HTMLElement): boolean => {
      let block = el.parentElement;
      while (block && ['inline', 'contents'].includes(getComputedStyle(block).display))
        block = block.parentElement;
      if (!block || !['P', 'LI'].includes(block.tagName)) return false;
      // The block's own words: its text outside this and any other link or button.
      let words = '';
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const owner = node.parentElement?.closest('a, button');
        if (!owner || !block.contains(owner)) words += node.textContent ?? '';
      }
      return /[\p{L}\p{N}]/u.test(words);
    };
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered
      if (box.width >= 44 && box.height >= 44) continue;
      if (inSentence(el)) continue;
      small.push(
        `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`,
      );
    }
    return small;
  });
}

/** Describes what is wrong with tab order: quick exit must be first, no positive tabindex. */
export async function tabOrderProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const focusable = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, [tabindex]',
      ),
    ].filter(
      (el) =>
        el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
    );
    if (focusable[0]?.id !== 'quick-exit')
      problems.push(`first in tab order: ${focusable[0]?.outerHTML.slice(0, 60) ?? 'nothing'}`);
    for (const el of focusable)
      if (el.tabIndex > 0) problems.push(`positive tabindex: ${el.outerHTML.slice(0, 60)}`);
    return problems;
  });
}

/** Elements that still animate or transition when the person asked for reduced motion. */
export async function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const moving = (v: string) => v.split(',').some((d) => parseFloat(d) > 0);
        return style.animationName !== 'none' || moving(style.transitionDuration);
      })
      .map((el) => el.tagName.toLowerCase() + (el.className ? `.${el.className}` : '')),
  );
}

/**
 * The axe rules whose result can change with the colour scheme: the DOM itself does not change
 * with it (no script reacts to it), so after one full run per screen (axeTagged with AXE_TAGS)
 * a dark view needs only these.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The axe rules whose result can also change with the viewport's size (layout and overlap). */
export const VIEW_RULES = [...COLOUR_RULES, 'target-size', 'scrollable-region-focusable'];

/** Runs only `rules` of axe in the page and returns the violations as "rule: targets". */
export async function axeRules(page: Page, rules: string[]): Promise<string[]> {
  return axeRun(page, { type: 'rule', values: rules });
}

/** Runs every axe rule with one of `tags` in the page; violations as "rule: targets". */
export async function axeTagged(page: Page, tags: string[]): Promise<string[]> {
  return axeRun(page, { type: 'tag', values: tags });
}

/**
 * axe is injected once per page (the app never reloads and has no frames), so a run costs only
 * the analysis: the same rules as expectNoAxeViolations without injecting axe for every screen.
 */
async function axeRun(
  page: Page,
  runOnly: { type: 'rule' | 'tag'; values: string[] },
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (only) => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const results = await engine.run(document, { runOnly: only, resultTypes: ['violations'] });
    return results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, runOnly);
}
