import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { appString, openInLanguage, walkScreens } from './a11y-helpers.ts';

/**
 * In Urdu, a number made of digit groups ("01744 743200", "0808 2000 247") next to Urdu words
 * takes the right-to-left order unless it is isolated: it would show as "743200 01744", and a
 * person copying it by eye onto another phone dials the wrong number. On every screen a door
 * leads to, on the service list and on each service entry, this finds every such number on
 * screen and checks, from the rendered positions of its digit groups, that they read left to
 * right in the order they are written.
 */
const GROUPED_NUMBER = /\d+(?: \d+)+/g;

interface Problem {
  number: string;
  context: string;
}

/** Every grouped number in the screen's text whose groups are not laid out left to right. */
async function misorderedNumbers(page: Page): Promise<{ checked: number; problems: Problem[] }> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source, 'g');
    const problems: { number: string; context: string }[] = [];
    let checked = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || parent.closest('.visually-hidden, [hidden], script, style')) continue;
      if (parent.getClientRects().length === 0) continue;
      for (const match of text.matchAll(pattern)) {
        const lefts: number[] = [];
        const tops: number[] = [];
        let at = match.index;
        for (const group of match[0].split(' ')) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + group.length);
          const box = range.getBoundingClientRect();
          lefts.push(box.left);
          tops.push(box.top);
          at += group.length + 1;
        }
        checked += 1;
        // Groups on one line must go left to right; a number wrapped over lines is not compared.
        const inOrder = lefts.every(
          (left, i) =>
            i === 0 ||
            Math.abs((tops[i] ?? 0) - (tops[i - 1] ?? 0)) > 2 ||
            left > (lefts[i - 1] ?? 0),
        );
        if (!inOrder) problems.push({ number: match[0], context: text.trim().slice(0, 80) });
      }
    }
    return { checked, problems };
  }, GROUPED_NUMBER.source);
}

/**
 * Words on screen, outside what is marked as English (a fallback page, an untranslated entry) and
 * outside isolated names and numbers: how many are in the Arabic script Urdu uses, and how many
 * are in Latin letters (English left behind without saying so, or a name).
 */
async function wordScripts(page: Page): Promise<{ urdu: number; latin: number }> {
  return page.evaluate(() => {
    let urdu = 0;
    let latin = 0;
    const main = document.querySelector('#main');
    if (!main) return { urdu, latin };
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[lang="en"], bdi, .ltr-always, .visually-hidden')) continue;
      if (parent.getClientRects().length === 0) continue;
      for (const word of (node.textContent ?? '').split(/\s+/)) {
        if (/[\u0600-\u06FF]/.test(word)) urdu += 1;
        else if (/[A-Za-z]{2}/.test(word)) latin += 1;
      }
    }
    return { urdu, latin };
  });
}

test('Urdu: every phone number reads left to right, in its written order, on every screen', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openInLanguage(page, 'ur');
  await page.getByRole('button', { name: appString('ur', 'saferUse.continue') }).click();
  const found: string[] = [];
  let checked = 0;
  const words = { urdu: 0, latin: 0 };
  const check = async (where: string) => {
    const result = await misorderedNumbers(page);
    checked += result.checked;
    for (const p of result.problems) found.push(`${where}: "${p.number}" in "${p.context}"`);
    const scripts = await wordScripts(page);
    words.urdu += scripts.urdu;
    words.latin += scripts.latin;
  };
  const visits = await walkScreens(page, (visit) => check(visit.heading));

  // Each service entry is a screen no door leads to: open every one from the list.
  await page.getByRole('button', { name: appString('ur', 'home.servicesDoor') }).click();
  await check('services');
  const names = page.locator('.service-card-name button');
  const count = await names.count();
  for (let i = 0; i < count; i++) {
    await names.nth(i).click();
    await check(`service ${String(i)}: ${(await page.locator('#main h1').textContent()) ?? ''}`);
    await page.locator('.shell-nav button').first().click();
  }
  console.log(
    `Urdu number order: ${String(checked)} grouped numbers checked on ${String(visits.length + count + 1)} screens`,
  );
  const share = words.urdu / Math.max(1, words.urdu + words.latin);
  console.log(
    `Urdu script: ${(100 * share).toFixed(1)}% of ${String(words.urdu + words.latin)} words not marked as English or isolated as a name`,
  );
  expect(found, 'numbers shown out of order').toEqual([]);
  expect(share, 'share of words in Urdu script').toBeGreaterThan(0.95);
  expect(checked).toBeGreaterThan(10);
});

test('Urdu: the word for "call" and the number never share one span', async ({ page }) => {
  await openInLanguage(page, 'ur');
  await page.getByRole('button', { name: appString('ur', 'saferUse.continue') }).click();
  await page.getByRole('button', { name: appString('ur', 'home.servicesDoor') }).click();
  const action = page.locator('.channel-action').filter({ hasText: '01744 743200' }).first();
  await expect(action).toBeVisible();
  const number = action.locator('bdi[dir="ltr"]', { hasText: '01744 743200' });
  await expect(number).toHaveText('01744 743200');
  const groups = await number.evaluate((el) => {
    const text = el.firstChild;
    const box = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(text as Node, from);
      range.setEnd(text as Node, to);
      return range.getBoundingClientRect().left;
    };
    return [box(0, 5), box(6, 12)];
  });
  expect((groups[0] ?? 0) < (groups[1] ?? 0), '01744 shows left of 743200').toBe(true);
});
