import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import initSqlJs from 'sql.js';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import {
  test,
  expect,
  openApp,
  deploy,
  REVEALING,
  waitForOffline,
  APP_ORIGIN,
  guard,
  testWithServiceWorker,
} from './fixtures.ts';

/** Every door on home, opened in turn and closed again with the in-app Back. */
async function visitEveryDoor(
  page: import('@playwright/test').Page,
  onScreen?: (name: string) => Promise<void>,
) {
  const doors = page.locator('.door');
  const count = await doors.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const door = doors.nth(i);
    const name = (await door.locator('.door-title').textContent()) ?? '';
    await door.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await onScreen?.(name);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Find help and stay safer' }),
    ).toBeVisible();
  }
}

test.describe('rails 1 and 2 (spec 12, 13, 23): one URL and one neutral title for the whole life of the app', () => {
  test('moving through every screen changes neither the URL, nor history length, nor the title (rail 2, spec 23)', async ({
    page,
  }) => {
    await openApp(page);
    const url = page.url();
    const length = await page.evaluate(() => history.length);
    expect(await page.title()).toBe(deploy.title);
    expect(deploy.title).not.toMatch(REVEALING);
    await visitEveryDoor(page, async () => {
      expect(page.url()).toBe(url);
      expect(await page.evaluate(() => history.length)).toBe(length);
      expect(await page.title()).toBe(deploy.title);
    });
    await page
      .getByRole('contentinfo')
      .getByRole('button', { name: 'Using this app safely' })
      .click();
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  test('spec 37: after a visit and an exit, the browser history holds one neutral app entry', async () => {
    // The browser's own history (what someone scrolling through it sees) lives in a SQLite file
    // in the profile, so this test uses a profile on disk and reads that file afterwards.
    const dir = mkdtempSync(join(tmpdir(), 'tools-history-'));
    try {
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
        headless: true,
        baseURL: APP_ORIGIN,
        viewport: { width: 360, height: 640 },
      });
      const rails = await guard(context);
      const page = context.pages()[0] ?? (await context.newPage());
      await openApp(page);
      await visitEveryDoor(page);
      await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
      await page.waitForURL(deploy.exit.default);
      await rails.verify();
      await context.close(); // writes the history file out

      const SQL = await initSqlJs();
      const history = new SQL.Database(readFileSync(join(dir, 'Default', 'History')));
      const rows = (history.exec('SELECT url, title FROM urls')[0]?.values ?? []).map(
        ([url, title]) => ({ url: String(url), title: String(title) }),
      );
      history.close();
      // The check only means something if this browser records history at all.
      expect(rows.map((r) => r.url)).toContain(deploy.exit.default);
      const app = rows.filter((r) => r.url.startsWith(APP_ORIGIN));
      expect(app.map((r) => r.url)).toEqual([`${APP_ORIGIN}/`]);
      for (const { title } of app) expect(title).not.toMatch(REVEALING);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('rail 3 (spec 1, 3, 4, 5, 14, 16, 17): quick exit baseline', () => {
  test('is a real link, first in tab order, and stays on screen when scrolled', async ({
    page,
  }) => {
    await openApp(page);
    await page.reload(); // first Tab from a fresh load, as a returning visitor
    // The exit bar is held invisible until the shell has decided between cover and app.
    await expect(page.locator('html.booted')).toBeAttached();
    const exit = page.getByRole('link', { name: 'Emergency Exit this page' });
    await expect(exit).toHaveAttribute('href', deploy.exit.default);
    await expect(exit).toHaveAttribute('rel', /noreferrer/);
    await page.keyboard.press('Tab');
    await expect(exit).toBeFocused();
    for (const size of [
      { width: 360, height: 640 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(size);
      await page
        .getByRole('contentinfo')
        .getByRole('button', { name: 'Using this app safely' })
        .click();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const box = await exit.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= size.height).toBe(true);
      await exit.click({ trial: true }); // nothing covers it
      await page.getByRole('button', { name: 'Back', exact: true }).click();
    }
  });

  test('a click hides everything at once and replaces the app in history', async ({
    page,
    rails,
  }) => {
    await page.goto('about:blank');
    await openApp(page);
    const lengthBefore = await page.evaluate(() => history.length);
    const exitRequest = page.waitForRequest((r) => r.url().startsWith(deploy.exit.default));
    // Record, in the page, whether sensitive content is gone in the same task as the press: this
    // listener runs straight after the app's own handler, which leaves when the press ends.
    let hiddenAtOnce: boolean | undefined;
    await page.exposeBinding('__reportHidden', (_source, value: boolean) => (hiddenAtOnce = value));
    await page.evaluate(() => {
      window.addEventListener(
        'pointerup',
        () => {
          const hidden =
            document.querySelector('[data-sensitive] h1') === null &&
            document.documentElement.classList.contains('exiting') &&
            document.querySelector('[role="alert"].exit-overlay') !== null;
          (window as unknown as { __reportHidden(v: boolean): void }).__reportHidden(hidden);
        },
        { capture: true },
      );
    });
    await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
    await exitRequest;
    await expect.poll(() => hiddenAtOnce).toBe(true);
    await page.waitForURL(deploy.exit.default);
    expect(await page.evaluate(() => history.length)).toBe(lengthBefore);
    expect(rails.exits.length).toBeGreaterThan(0);
    for (const exit of rails.exits) expect(exit.referer).toBeUndefined();
    await page.goBack();
    expect(page.url().startsWith(APP_ORIGIN)).toBe(false);
    expect(page.context().pages()).toHaveLength(1);
  });

  test('pressing Shift three times leaves the app', async ({ page }) => {
    await openApp(page);
    const exitRequest = page.waitForRequest((r) => r.url().startsWith(deploy.exit.default));
    await page.keyboard.press('Shift');
    await expect(page.locator('#exit-status')).toHaveText('Shift, press 2 more times to exit.');
    await page.keyboard.press('Shift');
    await expect(page.locator('#exit-status')).toHaveText('Shift, press 1 more time to exit.');
    await page.keyboard.press('Shift');
    await exitRequest;
    await page.waitForURL(deploy.exit.default);
  });

  test('works with JavaScript turned off', async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      baseURL: APP_ORIGIN,
    });
    const rails = await guard(context);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
    await page.waitForURL(deploy.exit.default);
    expect(rails.exits.map((e) => e.url)).toEqual([deploy.exit.default]);
    await rails.verify();
    await context.close();
  });
});

test.describe('rail 4 and 5 (spec 33, P1, P3): no other origin, strict CSP', () => {
  test('the page carries a strict policy and blocks requests to other sites', async ({ page }) => {
    await openApp(page);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const response = await page.request.get('/');
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers()['referrer-policy']).toBe('no-referrer');
    const blocked = await page.evaluate(async () => {
      try {
        await fetch('https://example.org/');
        return false;
      } catch {
        return true;
      }
    });
    expect(blocked).toBe(true);
    // The probe's own violation is expected; clear it so the rail checks only the app.
    await page.evaluate(
      () => (window.__rails.csp = window.__rails.csp.filter((v) => !v.includes('example.org'))),
    );
  });
});

test.describe('P5: Trusted Types are enforced', () => {
  test('assigning an HTML string is refused by the browser', async ({ page }) => {
    await openApp(page);
    const outcome = await page.evaluate(() => {
      try {
        const probe = document.createElement('div');
        probe.innerHTML = '<b>x</b>';
        return 'allowed';
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
    await page.evaluate(
      () =>
        (window.__rails.csp = window.__rails.csp.filter(
          (v) => !v.startsWith('require-trusted-types-for'),
        )),
    );
  });
});

test.describe('rail 6 (spec 24, 25, 32, P10): neutral names wherever a settings screen shows them', () => {
  testWithServiceWorker(
    'manifest, icons, caches and databases say nothing about the purpose',
    async ({ page }) => {
      await openApp(page);
      await waitForOffline(page);
      const manifestHref = (await page.locator('link[rel="manifest"]').getAttribute('href')) ?? '';
      expect(manifestHref).not.toMatch(REVEALING);
      const manifest = (await (await page.request.get(manifestHref)).json()) as Record<
        string,
        unknown
      >;
      for (const key of ['name', 'short_name', 'description', 'id', 'start_url']) {
        expect(String(manifest[key])).not.toMatch(REVEALING);
      }
      expect(manifest['start_url']).toBe('/');
      expect(manifest['scope']).toBe('/');
      for (const key of [
        'shortcuts',
        'share_target',
        'protocol_handlers',
        'file_handlers',
        'screenshots',
      ]) {
        expect(manifest).not.toHaveProperty(key);
      }
      for (const icon of manifest['icons'] as { src: string }[]) {
        expect(icon.src).not.toMatch(REVEALING);
        expect((await page.request.get(icon.src)).ok()).toBe(true);
      }
      const names = await page.evaluate(async () => {
        const dbs = await indexedDB.databases();
        const stores: string[] = [];
        for (const info of dbs) {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const req = indexedDB.open(info.name ?? '');
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(new Error('open failed'));
          });
          stores.push(...db.objectStoreNames);
          db.close();
        }
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          caches: await caches.keys(),
          dbs: dbs.map((d) => d.name ?? ''),
          stores,
          worker: registration?.active?.scriptURL ?? '',
        };
      });
      expect(names.caches.length).toBeGreaterThan(0);
      for (const name of [...names.caches, ...names.dbs, ...names.stores, names.worker]) {
        expect(name).not.toMatch(REVEALING);
      }
    },
  );
});

test.describe('rail 7 (P2, P25): offline after one visit, and updates never reload by themselves', () => {
  testWithServiceWorker('a cold reload works offline', async ({ page, context }) => {
    await openApp(page);
    await waitForOffline(page);
    await context.setOffline(true);
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Find help and stay safer' }),
    ).toBeVisible();
    await page
      .getByRole('contentinfo')
      .getByRole('button', { name: 'Using this app safely' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'using this app more safely',
    );
  });
  // The other half of rail 7, updates that wait for consent, is in updates.spec.ts.
});

// Rail 8, no accessibility violations on any screen, is checked by the walk over every screen
// in every language (all-screens.spec.ts), which runs axe on every door in four views.
