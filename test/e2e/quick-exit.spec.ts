import { startStaticServer } from '../tools/static-server.ts';
import {
  test,
  expect,
  openApp,
  deploy,
  waitForOffline,
  guard,
  testWithServiceWorker,
} from './fixtures.ts';
import { HOME, expectCovered, openHideApp, pressCalc, setDisguise } from './disguise-helpers.ts';

const status = (page: import('@playwright/test').Page) => page.locator('#exit-status');
const lit = (page: import('@playwright/test').Page) => page.locator('.exit-dots > span.on');

test.describe('quick exit, keyboard', () => {
  test('spec 5: Shift three times leaves, also while typing in a text field', async ({
    page,
    rails,
  }) => {
    await openApp(page);
    await openHideApp(page);
    await page.getByRole('textbox', { name: 'Secret number', exact: true }).click();
    await page.keyboard.type('12');
    const exit = page.waitForRequest((r) => r.url().startsWith(deploy.exit.default));
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await exit;
    await page.waitForURL(deploy.exit.default);
    expect(rails.exits[0]?.referer).toBeUndefined();
  });

  test('spec 6, 8: Shift as a modifier, a key in between, or Escape never leaves', async ({
    page,
    rails,
  }) => {
    await openApp(page);
    await openHideApp(page);
    const field = page.getByRole('textbox', { name: 'Secret number', exact: true });
    await field.click();
    await page.keyboard.type('Hello World AND MORE');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift+B');
    await page.keyboard.press('Shift+C');
    for (const key of ['Shift', 'a', 'Shift', 'Shift']) await page.keyboard.press(key);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
    // Escape goes back inside the app (to home, one screen at a time), never out of it.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Find help and stay safer' }),
    ).toBeVisible();
    expect(rails.exits).toEqual([]);
    expect(page.url()).not.toContain('bbc');
  });

  test('spec 7, 9, 10: announces progress, lights three indicators, and expires after 5 s', async ({
    page,
    rails,
  }) => {
    await page.clock.install();
    await openApp(page);
    await expect(page.locator('.exit-dots')).toHaveAttribute('aria-hidden', 'true');
    await expect(lit(page)).toHaveCount(0);
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText('Shift, press 2 more times to exit.');
    await expect(lit(page)).toHaveCount(1);
    await page.clock.fastForward(4000); // under 5 s since the last press: still counting
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText('Shift, press 1 more time to exit.');
    await expect(lit(page)).toHaveCount(2);
    await page.clock.fastForward(5100);
    await expect(status(page)).toHaveText('Exit this page expired.');
    await expect(lit(page)).toHaveCount(0);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(lit(page)).toHaveCount(2);
    await page.keyboard.press('a'); // any other key starts again
    await expect(lit(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: HOME })).toBeVisible();
    expect(rails.exits).toEqual([]);
  });

  test('spec 9: the link says Emergency, and exit announces Loading in an alert', async ({
    page,
  }) => {
    await page.route(deploy.exit.default, (r) => r.fulfill({ status: 204 })); // the exit page never loads
    await openApp(page);
    await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeVisible();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page.getByRole('alert')).toHaveText('Loading.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  });

  test('spec 11: on a touch screen, Shift from the on-screen keyboard in a text field is ignored', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      baseURL: test.info().project.use.baseURL ?? '',
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 844 },
    });
    const touchRails = await guard(context);
    const page = await context.newPage();
    try {
      await openApp(page);
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      await openHideApp(page);
      await page.getByRole('textbox', { name: 'Secret number', exact: true }).tap();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await expect(page.locator('.exit-dots > span.on')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1, name: 'Hide this app' })).toBeVisible();
      // Outside a text field, and with the button, exit works as everywhere else.
      await page.getByRole('heading', { level: 1 }).click();
      const exit = page.waitForRequest((r) => r.url().startsWith(deploy.exit.default));
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await exit;
      await touchRails.verify();
    } finally {
      await context.close();
    }
  });
});

test.describe('quick exit, where it goes', () => {
  test('spec 15, 20: if the exit page hangs, the cover shows, locked, and nothing sensitive stays', async ({
    page,
    context,
  }) => {
    await setDisguise(page, 'Calculator', '4821');
    await page
      .getByRole('contentinfo')
      .getByRole('button', { name: 'Using this app safely' })
      .click();
    const marker = await page.getByRole('heading', { level: 1 }).innerText();
    await page.route(deploy.exit.default, (r) => r.fulfill({ status: 204 })); // never loads
    await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
    await expect(page.locator('.exit-overlay')).toBeVisible();
    // The screen is gone from the DOM itself, not only hidden by the exit style.
    const domText = () => page.evaluate(() => document.body.textContent);
    expect(await domText()).not.toContain(marker);
    await expectCovered(page); // after the fallback timer
    expect(await domText()).not.toContain(marker);
    // A return from the back/forward cache after exit also shows only the cover.
    await page.evaluate(() =>
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })),
    );
    await expectCovered(page);
    // Opening the app again needs the code.
    const again = await context.newPage();
    await again.goto('/');
    await expectCovered(again);
    await pressCalc(again, '4821=');
    await expect(again.getByRole('heading', { level: 1, name: HOME })).toBeVisible();
    await again.close();
  });

  test('spec 15: a bfcache return during exit shows the cover even without a disguise', async ({
    page,
  }) => {
    await openApp(page);
    await page.route(deploy.exit.default, (r) => r.fulfill({ status: 204 }));
    await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
    await page.evaluate(() =>
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })),
    );
    await expectCovered(page);
    await expect(page.getByText(HOME)).toHaveCount(0);
  });

  test('spec 16, 18: installed, exit locks to the cover and does not navigate or open windows', async ({
    page,
    rails,
    context,
  }) => {
    await page.addInitScript(() => {
      const original = window.matchMedia.bind(window);
      window.matchMedia = (query: string) =>
        query.includes('display-mode: standalone')
          ? ({ matches: true, media: query } as MediaQueryList)
          : original(query);
    });
    await setDisguise(page, 'Unit converter', '2468');
    const url = page.url();
    await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
    await expectCovered(page);
    await expect(page.getByRole('heading', { name: 'Unit converter' })).toBeVisible();
    expect(page.url()).toBe(url);
    expect(rails.exits).toEqual([]);
    expect(context.pages()).toHaveLength(1);
  });

  testWithServiceWorker(
    'spec 19: offline, exit shows the cover at once instead of an error page',
    async ({ page, context, rails }) => {
      await openApp(page);
      await waitForOffline(page);
      await context.setOffline(true);
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await expectCovered(page);
      await expect(page.getByText(HOME)).toHaveCount(0);
      expect(rails.exits).toEqual([]);
    },
  );

  test('spec 22: the person can choose the exit page from the allowed list', async ({
    page,
    rails,
  }) => {
    expect(deploy.exit.choices.length).toBeGreaterThan(1);
    for (const choice of deploy.exit.choices) {
      await openApp(page);
      await openHideApp(page);
      const group = page.getByRole('group', { name: 'Exit to' });
      await expect(group.getByRole('radio')).toHaveCount(deploy.exit.choices.length);
      await group
        .getByRole('radio', { name: choice.replace('https://', '').replace(/\/$/, '') })
        .check();
      // Remembered on the next start.
      await page.reload();
      await expect(page.locator('#quick-exit')).toHaveAttribute('href', choice);
      const exit = page.waitForRequest((r) => r.url() === choice);
      await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
      await exit;
      await page.waitForURL(choice);
    }
    expect(rails.exits.map((e) => e.url)).toEqual(deploy.exit.choices);
  });

  test('spec 36: printing shows nothing of the app', async ({ page }) => {
    await openApp(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1, name: HOME })).toBeHidden();
    await expect(page.locator('.exit-bar')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('heading', { level: 1, name: HOME })).toBeVisible();
  });
});

test.describe('exit and clear', () => {
  testWithServiceWorker(
    'spec 21: offline, it clears from the page itself and shows the cover, never an error page',
    async ({ page, context, rails }) => {
      await setDisguise(page, 'Calculator', '1357');
      await waitForOffline(page);
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Exit and remove everything' }).click();
      await expectCovered(page);
      await expect(page.getByText(HOME)).toHaveCount(0);
      expect(new URL(page.url()).pathname).toBe('/');
      expect(rails.exits).toEqual([]);
      await expect
        .poll(() =>
          page.evaluate(async () => ({
            dbs: (await indexedDB.databases()).length,
            caches: (await caches.keys()).length,
            sw: (await navigator.serviceWorker.getRegistrations()).length,
          })),
        )
        .toEqual({ dbs: 0, caches: 0, sw: 0 });
    },
  );

  testWithServiceWorker(
    'spec 21: clears storage, caches and the service worker on the way out',
    async ({ browser }) => {
      const server = await startStaticServer('dist');
      const context = await browser.newContext({ baseURL: server.url });
      const rails = await guard(context, server.url);
      const referers: (string | undefined)[] = [];
      await context.route('https://www.bbc.co.uk/**', (route) => {
        referers.push(route.request().headers()['referer']);
        return route.fulfill({ contentType: 'text/html', body: 'Weather' });
      });
      const page = await context.newPage();
      try {
        await setDisguise(page, 'Calculator', '1357');
        await waitForOffline(page);
        const before = await page.evaluate(async () => ({
          dbs: (await indexedDB.databases()).length,
          caches: (await caches.keys()).length,
          sw: (await navigator.serviceWorker.getRegistrations()).length,
        }));
        expect(before.dbs).toBeGreaterThan(0);
        expect(before.caches).toBeGreaterThan(0);
        expect(before.sw).toBe(1);
        // The host answers /x/ with Clear-Site-Data (the browser consumes the header itself).
        const answer = await page.request.get('/x/0/');
        expect(answer.headers()['clear-site-data']).toBe('"cache", "cookies", "storage"');
        const cleared = page.waitForResponse((r) => new URL(r.url()).pathname === '/x/0/');
        await page.getByRole('button', { name: 'Exit and remove everything' }).click();
        await cleared;
        await page.waitForURL(deploy.exit.default);
        expect(referers).toEqual([undefined]);
        // Look from a plain file on the same origin, so the app does not start and store again.
        const check = await context.newPage();
        await check.goto('/icons/tools.svg');
        const after = await check.evaluate(async () => ({
          dbs: (await indexedDB.databases()).length,
          caches: (await caches.keys()).length,
          sw: (await navigator.serviceWorker.getRegistrations()).length,
        }));
        expect(after).toEqual({ dbs: 0, caches: 0, sw: 0 });
        await check.close();
        await page.goBack().catch(() => null);
        expect(page.url().startsWith(server.url)).toBe(false);
        await rails.verify();
      } finally {
        await context.close();
        await server.close();
      }
    },
  );
});
