import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  openApp,
  expectNoAxeViolations,
  waitForOffline,
  testWithServiceWorker,
} from './fixtures.ts';
import { PASS } from './vault-helpers.ts';
import { sample } from '../depth.ts';

const HOME = 'Find help and stay safer';

async function openLearn(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: /^Understand what is happening/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Understand what is happening' }),
  ).toBeFocused();
}

/** Everything the app could have written to the device, as text. */
/** The quiet-field attributes (spec 34). */
const QUIET = {
  autocomplete: 'off',
  autocorrect: 'off',
  autocapitalize: 'off',
  spellcheck: 'false',
};

/** Every fifth query of the committed list that names a page or a national service. */
const SAMPLE = (
  JSON.parse(readFileSync('test/fixtures/search-queries/en.json', 'utf8')) as {
    queries: [string, string][];
  }
).queries.filter(([, expected], i) => i % 5 === 0 && !expected.startsWith('role:'));

async function dumpStorage(page: Page) {
  return page.evaluate(async () => {
    const records: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name ?? '');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(new Error('open failed'));
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(new Error('read failed'));
        });
        records.push(`${info.name}/${store}: ${JSON.stringify(all)}`);
      }
      db.close();
    }
    const web: string[] = [document.cookie];
    for (const area of [localStorage, sessionStorage]) {
      for (let i = 0; i < area.length; i++) {
        const key = area.key(i) ?? '';
        web.push(`${key}=${area.getItem(key) ?? ''}`);
      }
    }
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = await (await cache.match(request))?.arrayBuffer();
        const digest = body ? await crypto.subtle.digest('SHA-256', body) : new ArrayBuffer(0);
        const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0'));
        cached.push(`${name} ${request.url} ${hex.join('')}`);
      }
    }
    return { stored: [...records, ...web].join('\n'), cached: cached.sort() };
  });
}

test.describe('learn: understanding abuse', () => {
  test('learn pages are two taps from home, each with the date taken from its sources (a daily sample of eight; every page in the deep run)', async ({
    page,
  }) => {
    await openLearn(page);
    await expectNoAxeViolations(page, 'learn list');
    const links = page.locator('.page-link');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(20);
    // The walk of every screen (all-screens.spec.ts) opens every page; here the quick run checks
    // the date and sources on a different eight each day, and the deep run on all of them.
    const indexes = Array.from({ length: count }, (_, i) => i);
    for (const i of sample(indexes, 8)) {
      const title = (await links.nth(i).locator('.page-link-title').textContent()) ?? '';
      await links.nth(i).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
      await expect(page.getByText('Taken from the sources below on:')).toBeVisible();
      // The date the page's facts were taken from its sources, written out in full.
      await expect(page.locator('.page-meta time')).toHaveText(/^\d{1,2} [A-Z][a-z]+ 20\d\d$/);
      await expect(page.locator('.sources a').first()).toHaveAttribute('rel', /noreferrer/);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Understand what is happening' }),
      ).toBeVisible();
    }
  });

  test('a page has no accessibility violations and links to other pages in the app', async ({
    page,
  }) => {
    await openLearn(page);
    await page.getByRole('button', { name: /^Coercive control/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Coercive control' })).toBeFocused();
    await expectNoAxeViolations(page, 'coercive control page');
    await page.getByRole('button', { name: 'economic abuse', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Economic abuse' })).toBeFocused();
  });

  testWithServiceWorker(
    'search finds pages and services from everyday words, offline, and keeps nothing typed (spec 34)',
    async ({ page, context }) => {
      await openLearn(page);
      await waitForOffline(page);
      const before = await dumpStorage(page);
      const address = page.url();
      const entries = await page.evaluate(() => history.length);
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Search pages and services' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeFocused();
      const box = page.getByRole('searchbox', { name: 'What do you want to find?' });
      for (const [name, value] of Object.entries(QUIET))
        await expect(box).toHaveAttribute(name, value);

      // Part of the committed query list, typed as a person would; the first result is checked.
      const first = page.locator('[data-result]').first();
      for (const [query, expected] of SAMPLE) {
        await box.fill(query);
        await expect(first, query).toHaveAttribute('data-result', expected);
      }
      await box.fill('refuj');
      await expect(page.getByRole('link', { name: 'Call 0808 2000 247' })).toBeVisible();
      await expectNoAxeViolations(page, 'search results');

      await box.fill('he reads my texts');
      await page.getByRole('button', { name: /^Abuse using phones and apps/ }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Abuse using phones and apps' }),
      ).toBeFocused();
      // Services are found from the information pages too.
      await page.getByRole('button', { name: 'Search pages and services' }).click();
      await page.getByRole('searchbox').fill('samaritans');
      await expect(page.getByRole('link', { name: 'Call 116 123' })).toBeVisible();

      // Nothing typed is kept: not in the address, the history, or any storage.
      expect(page.url()).toBe(address);
      expect(await page.evaluate(() => history.length)).toBe(entries);
      const after = await dumpStorage(page);
      expect(after).toEqual(before);
      expect(JSON.stringify(after)).not.toMatch(/samaritans|refuj|reads my texts/);
    },
  );
});

test.describe('check-in: "Is this happening to me?"', () => {
  testWithServiceWorker(
    'danger signs lead to who to call now, then next steps; no answer reaches storage (P12)',
    async ({ page }) => {
      await openApp(page);
      await waitForOffline(page); // the service worker has finished filling its cache
      const before = await dumpStorage(page);
      expect(before.cached.length).toBeGreaterThan(0);
      await page.getByRole('button', { name: /^Is this happening to me\?/ }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Is this happening to me?' }),
      ).toBeFocused();
      await expectNoAxeViolations(page, 'check-in questions');

      await page.getByRole('checkbox', { name: /control your money/ }).check();
      await page.getByRole('checkbox', { name: /hands on your neck/ }).check();
      await page.getByRole('button', { name: 'See what might help' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'This is serious' })).toBeFocused();
      await expect(page.getByText(/Pressure on the neck can kill/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Safe2Speak 24-hour line' })).toBeVisible();
      await expectNoAxeViolations(page, 'check-in danger screen');

      await page.getByRole('button', { name: 'See more next steps' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'What might help' })).toBeFocused();
      await expect(page.getByRole('heading', { level: 2, name: 'Money' })).toBeVisible();
      await expectNoAxeViolations(page, 'check-in next steps');

      // A linked page and Back keep the next steps; nothing is written on the way.
      await page.getByRole('button', { name: 'Economic abuse', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Economic abuse' })).toBeFocused();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'What might help' })).toBeVisible();

      const after = await dumpStorage(page);
      expect(after.cached, 'Cache Storage unchanged by the reflection').toEqual(before.cached);
      expect(after.stored).toBe(before.stored);
      for (const answer of [
        'money-control',
        'strangled',
        'They control your money',
        'hands on your neck',
        'This is serious',
      ]) {
        expect(after.stored).not.toContain(answer);
        for (const entry of after.cached) expect(entry).not.toContain(answer);
      }
    },
  );

  test('with a plan, the person can save what they ticked to it, encrypted (P12)', async ({
    page,
  }) => {
    // Make a plan first, then reload so it is locked, as it would be on a later visit.
    await openApp(page);
    await page.getByRole('button', { name: /^Make a safety plan/ }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByLabel('Type it again').fill(PASS);
    await page.getByRole('button', { name: 'Lock with this passphrase' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your safety plan' })).toBeVisible({
      timeout: 30_000,
    });
    await page.reload();
    await openApp(page);

    await page.getByRole('button', { name: /^Is this happening to me\?/ }).click();
    await page.getByRole('checkbox', { name: /control your money/ }).check();
    await page.getByRole('checkbox', { name: /check your phone/ }).check();
    await page.getByRole('button', { name: 'See what might help' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'What might help' })).toBeFocused();
    const save = page.getByRole('button', { name: 'Save this to my plan' });
    await expect(save).toBeVisible();
    await expectNoAxeViolations(page, 'check-in next steps with the offer to save');

    // The plan is locked: saving asks for the passphrase with the plan's own unlock screen.
    await save.click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByText(/^Saved in your plan/)).toBeVisible({ timeout: 30_000 });
    const stored = (await dumpStorage(page)).stored;
    for (const answer of ['money-control', 'checks-phone', 'They control your money']) {
      expect(stored).not.toContain(answer);
    }

    await page.getByRole('button', { name: 'Open my plan' }).click();
    const part = page.getByRole('region', { name: 'Your saved reflection' });
    await expect(part).toBeVisible();
    await expect(part.getByText(/They control your money/)).toBeVisible();
    await expect(part.getByText(/They check your phone/)).toBeVisible();
    await expect(part.getByText(/^Saved on /)).toBeVisible();
    await expectNoAxeViolations(page, 'plan with a saved reflection');
  });

  test('answers vanish when the person goes home', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: /^Is this happening to me\?/ }).click();
    await page.getByRole('checkbox', { name: /check your phone/ }).check();
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: HOME })).toBeVisible();
    await page.getByRole('button', { name: /^Is this happening to me\?/ }).click();
    await expect(page.getByRole('checkbox', { name: /check your phone/ })).not.toBeChecked();
  });
});
