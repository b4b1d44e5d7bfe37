import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../tools/static-server.ts';
import { test, expect, openApp, guard, expectNoAxeViolations } from './fixtures.ts';
import { appString } from './a11y-helpers.ts';

/**
 * One deployment serving two made-up areas (test/fixtures/regions, deploy.areas.json), built by
 * `npm run build:variants` into dist-areas: data and settings only, no code change. Nothing of St
 * Helens may reach it, the person finds their area by the first half of a postcode on the device,
 * and the Call now block follows the area they chose.
 */
const DIST = 'dist-areas';
/** St Helens' names and the numbers only its pack holds (not national lines every build ships). */
const ST_HELENS = /st\.? ?helens|safe2speak|merseyside|01744|01925 220541|0345 050 0148/i;

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer(DIST);
});
test.afterAll(async () => {
  await server.close();
});

const callNow = (page: Page) => page.getByRole('region', { name: 'Call now' });

test('no St Helens number, name or address is in the built files', () => {
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((f) =>
    /\.(js|html|json|webmanifest|mjs)$/.test(f.name),
  );
  const found = files.flatMap((f) =>
    ST_HELENS.test(readFileSync(join(f.parentPath, f.name), 'utf8')) ? [f.name] : [],
  );
  expect(found).toEqual([]);
});

test('the postcode finds the area on the device, and Call now follows the choice', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: server.url });
  const rails = await guard(context, server.url);
  const page = await context.newPage();
  try {
    await openApp(page);
    // Nothing chosen yet: 999 and the national helpline, and the question.
    await expect(callNow(page).getByRole('link', { name: 'Call 0808 2000 247' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Which area are you in?' })).toBeVisible();
    await expectNoAxeViolations(page, 'home asking for the area');
    const postcode = page.getByRole('textbox', { name: 'First half of your postcode' });

    await postcode.fill('ZZ7');
    await page.getByRole('button', { name: 'Find my area' }).click();
    await expect(page.getByText('We do not have local services listed for ZZ7.')).toBeVisible();
    await postcode.fill('not a postcode');
    await postcode.press('Enter');
    await expect(page.getByText(/does not look like the first half of a postcode/)).toBeVisible();

    // A whole postcode works too; only its first half is used.
    await postcode.fill('zz3 1ab');
    await postcode.press('Enter');
    await expect(callNow(page).getByText('Sample Vale Helpline')).toBeVisible();
    await expect(callNow(page).getByRole('link', { name: 'Call 07700 900123' })).toBeVisible();

    await page.getByRole('button', { name: 'Change area' }).click();
    // A district on the boundary offers both areas to pick from.
    await postcode.fill('ZZ9');
    await postcode.press('Enter');
    const choices = page
      .getByRole('region', { name: 'Which area are you in?' })
      .getByRole('button');
    await expect(choices.filter({ hasText: /^(Example Town|Sample Vale)$/ })).toHaveCount(2);
    await page.getByRole('button', { name: 'Example Town', exact: true }).click();
    await expect(callNow(page).getByText('Example Town Nightline')).toBeVisible();
    await expect(callNow(page).getByRole('link', { name: 'Call 01632 960002' })).toBeVisible();

    // Kept after a reload, and only the area's id is stored: nothing typed.
    await page.reload();
    await expect(callNow(page).getByText('Example Town Nightline')).toBeVisible();
    const stored = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('tools');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      const all = await new Promise<unknown[]>((resolve) => {
        const request = db.transaction('prefs').objectStore('prefs').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return JSON.stringify(all);
    });
    expect(stored).toContain('"example-town"');
    expect(stored).not.toMatch(/zz/i);

    // A shared page names the chosen area's service by its role; the area's own pathway shows.
    await page
      .locator('.door', { has: page.locator('.door-title', { hasText: 'For professionals' }) })
      .click();
    await page.getByRole('button', { name: /Who does what in Example Town/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Who does what in Example Town' }),
    ).toBeVisible();
    await expect(page.getByText('Who does what in Sample Vale')).toHaveCount(0);
    expect(await page.locator('body').innerText()).not.toMatch(ST_HELENS);
    await rails.verify();
  } finally {
    await context.close();
  }
});

test('switching keeps the screen and the URL; an untranslated page says so in the chosen language (spec 12)', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: server.url });
  const rails = await guard(context, server.url);
  const page = await context.newPage();
  try {
    await openApp(page);
    const url = page.url();
    const length = await page.evaluate(() => history.length);
    await page.getByRole('textbox', { name: 'First half of your postcode' }).fill('ZZ3');
    await page.getByRole('button', { name: 'Find my area' }).click();
    await expect(callNow(page).getByText('Sample Vale Helpline')).toBeVisible();
    // This deployment's areas write their pathway for professionals in English only, and
    // deploy.areas.json lists Polish and Urdu as partial: after switching, the English page
    // stays, under the note in the chosen language.
    await page.getByRole('button', { name: /^For professionals/ }).click();
    await page.getByRole('button', { name: /^Who does what in Sample Vale/ }).click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Who does what in Sample Vale');
    await page.locator('.shell-lang').getByRole('button', { name: 'Polski' }).click();
    await expect(page.getByText(appString('pl', 'content.fallback'))).toBeVisible();
    await expect(heading).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-screen]')).toHaveAttribute('data-screen', 'audience-page');
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => history.length)).toBe(length);

    // In Urdu the same note, and the English below it kept left to right.
    await page.locator('.shell-lang').getByRole('button', { name: 'اردو' }).click();
    await expect(page.getByText(appString('ur', 'content.fallback'))).toBeVisible();
    await expect(heading).toHaveAttribute('lang', 'en');
    await expect(heading).toHaveAttribute('dir', 'ltr');
    await expect(heading).toHaveText('Who does what in Sample Vale');
    await rails.verify();
  } finally {
    await context.close();
  }
});
