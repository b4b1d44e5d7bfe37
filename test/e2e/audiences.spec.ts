import type { Page } from '@playwright/test';
import {
  test,
  expect,
  openApp,
  waitForOffline,
  expectNoAxeViolations,
  APP_ORIGIN,
  testWithServiceWorker,
} from './fixtures.ts';

const HOME = 'Find help and stay safer';

/** The three paths and what their first screen is called. */
const PATHS = [
  { door: 'Worried about someone you know', heading: 'Worried about someone you know' },
  { door: 'For professionals', heading: 'For professionals' },
  { door: 'Worried about your own behaviour', heading: 'Worried about your own behaviour' },
];

async function openDoor(page: Page, door: string): Promise<void> {
  await page.locator('.door', { has: page.locator('.door-title', { hasText: door }) }).click();
}

/**
 * Everything the app could have left on the device: every IndexedDB database with every record of
 * every store, every Cache Storage cache with its URLs, localStorage, sessionStorage and cookies.
 */
interface StorageSnapshot {
  databases: { name: string; version: number; stores: unknown[] }[];
  caches: { key: string; urls: string[] }[];
  localStorage: [string, string][];
  sessionStorage: [string, string][];
  cookies: string;
}

async function snapshotStorage(page: Page): Promise<StorageSnapshot> {
  return page.evaluate(async () => {
    const plain = (value: unknown): unknown => {
      if (value instanceof ArrayBuffer) return { bytes: Array.from(new Uint8Array(value)) };
      if (ArrayBuffer.isView(value)) {
        return {
          bytes: Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)),
        };
      }
      if (Array.isArray(value)) return value.map(plain);
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
      }
      return value;
    };
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(new Error(req.error?.message ?? 'request failed'));
      });
    const databases = [];
    for (const info of await indexedDB.databases()) {
      const name = info.name ?? '';
      const db = await request(indexedDB.open(name));
      const stores = [];
      for (const store of [...db.objectStoreNames].sort()) {
        const tx = db.transaction(store, 'readonly');
        const keys = await request(tx.objectStore(store).getAllKeys());
        const values = await request(tx.objectStore(store).getAll());
        stores.push({ store, keys: plain(keys), values: plain(values) });
      }
      databases.push({ name, version: db.version, stores });
      db.close();
    }
    const cacheList = [];
    for (const key of (await caches.keys()).sort()) {
      const cache = await caches.open(key);
      cacheList.push({ key, urls: (await cache.keys()).map((r) => r.url).sort() });
    }
    return {
      databases: databases.sort((a, b) => a.name.localeCompare(b.name)),
      caches: cacheList,
      localStorage: Object.entries(localStorage).sort(),
      sessionStorage: Object.entries(sessionStorage).sort(),
      cookies: document.cookie,
    };
  });
}

test.describe('audience paths', () => {
  for (const path of PATHS) {
    test(`"${path.door}" is one tap from home and every page in it opens with its sources`, async ({
      page,
    }) => {
      // Accessibility of each of these pages, in every language, is checked by all-screens.spec.ts.
      await openApp(page);
      await openDoor(page, path.door);
      const heading = page.getByRole('heading', { level: 1, name: path.heading });
      await expect(heading).toBeFocused();
      await expectNoAxeViolations(page, path.door);

      const pages = page.locator('main .door');
      const count = await pages.count();
      expect(count).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < count; i++) {
        const item = pages.nth(i);
        const title = (await item.locator('.door-title').textContent()) ?? '';
        await item.click();
        await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
        await expect(
          page.getByText(/^Taken from the sources below on \d{1,2} [A-Z][a-z]+ 20\d\d\.$/),
        ).toBeVisible();
        const sources = page.locator('.page-sources a');
        expect(await sources.count()).toBeGreaterThan(0);
        for (const href of await sources.evaluateAll((links) =>
          links.map((a) => a.getAttribute('href') ?? ''),
        )) {
          expect(href).toMatch(/^https:\/\//);
        }
        await page.getByRole('button', { name: 'Back', exact: true }).click();
        await expect(heading).toBeVisible();
      }
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: HOME })).toBeVisible();
    });
  }

  test('the path for people worried about their own behaviour is not linked from the others', async ({
    page,
  }) => {
    await openApp(page);
    for (const door of ['Worried about someone you know']) {
      await openDoor(page, door);
      const titles = await page.locator('main .door-title').allTextContents();
      for (const title of titles) {
        await page.locator('main .door', { hasText: title }).click();
        await expect(page.getByText('Taken from the sources below on')).toBeVisible();
        await expect(page.locator('main')).not.toContainText('Respect Phoneline');
        await page.getByRole('button', { name: 'Back', exact: true }).click();
      }
      await page.getByRole('button', { name: 'Home' }).click();
    }
  });
});

test.describe('show mode', () => {
  testWithServiceWorker(
    'P12, P26: a show-mode session writes nothing to IndexedDB, caches, localStorage or cookies',
    async ({ page }) => {
      test.setTimeout(90_000); // axe runs on every show-mode screen
      await openApp(page);
      await waitForOffline(page);
      const before = await snapshotStorage(page);
      // The baseline is not empty: the settings database and the offline cache are there to compare.
      expect(before.databases.map((d) => d.name)).toContain('tools');
      expect(before.caches.length).toBeGreaterThan(0);

      await openDoor(page, 'For professionals');
      await page.getByRole('button', { name: 'Start show mode' }).click();
      await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();

      // Every screen, one idea each, to the last one.
      let screens = 0;
      while (await page.getByRole('button', { name: 'Next' }).isVisible()) {
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page, `show mode screen ${String(screens + 1)}`);
        await page.getByRole('button', { name: 'Next' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
        screens += 1;
      }
      expect(screens).toBeGreaterThanOrEqual(5);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Have this on your own phone' }),
      ).toBeVisible();
      await expectNoAxeViolations(page, 'show mode handover');

      await page.getByRole('button', { name: 'Leave show mode' }).click();
      await expect(page.getByRole('heading', { level: 1, name: HOME })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Leave show mode' })).toBeHidden();

      expect(await snapshotStorage(page)).toEqual(before);

      // The mode was never stored, so a reload comes back in the ordinary mode.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: HOME })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Leave show mode' })).toBeHidden();
      expect(await snapshotStorage(page)).toEqual(before);
    },
  );

  test('spec 1: uses large type, keeps quick exit on screen, and is easy to leave', async ({
    page,
  }) => {
    await openApp(page);
    const size = () =>
      page.locator('.shell').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const ordinary = await size();
    await openDoor(page, 'For professionals');
    await page.getByRole('button', { name: 'Start show mode' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Thank you for telling me' }),
    ).toBeFocused();
    expect(await size()).toBeGreaterThan(ordinary * 1.2);

    const exit = page.getByRole('link', { name: 'Emergency Exit this page' });
    await expect(exit).toBeInViewport();
    await exit.click({ trial: true });

    await page.getByRole('button', { name: 'Leave show mode' }).click();
    await expect(page.getByRole('heading', { level: 1, name: HOME })).toBeVisible();
    expect(await size()).toBe(ordinary);
  });

  test('spec 4, P14: quick exit still leaves at once in show mode', async ({ page }) => {
    await openApp(page);
    await openDoor(page, 'For professionals');
    await page.getByRole('button', { name: 'Start show mode' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Thank you for telling me' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
    await expect(page).not.toHaveURL(new RegExp(`^${APP_ORIGIN}`));
  });

  test('the handover screen shows a code and an address holding only the app origin', async ({
    page,
  }) => {
    await openApp(page);
    await openDoor(page, 'For professionals');
    await page.getByRole('button', { name: 'Start show mode' }).click();
    await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
    while (await page.getByRole('button', { name: 'Next' }).isVisible()) {
      await page.getByRole('button', { name: 'Next' }).click();
    }
    const host = new URL(APP_ORIGIN).host;
    const code = page.getByRole('img', { name: `Code that opens ${host}` });
    await expect(code).toBeVisible();
    expect(await code.locator('rect').count()).toBeGreaterThan(20);
    await expect(page.locator('main strong', { hasText: host })).toHaveText(host);
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('issue 17: fills the screen in large print at 390 and 1280 px, with only exit and leave, and each number as a call link', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page);
    await openDoor(page, 'For professionals');
    await page.getByRole('button', { name: 'Start show mode' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Thank you for telling me' }),
    ).toBeFocused();
    // Only quick exit and the way out: no language links, Back, Home, footer or emergency button.
    await expect(page.getByRole('button', { name: 'Leave show mode' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeInViewport();
    for (const name of ['Back', 'Home', 'Polski']) {
      await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    }
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Emergency: 999|^Call 999/ })).toHaveCount(0);

    const layout = () =>
      page.locator('.show-card').evaluate((card) => ({
        width: card.getBoundingClientRect().width,
        text: parseFloat(getComputedStyle(card.querySelector('.show-side p') ?? card).fontSize),
      }));
    const phone = await layout();
    expect(phone.width).toBeGreaterThan(390 * 0.85);
    expect(phone.text).toBeGreaterThanOrEqual(28);

    while (!(await page.getByRole('heading', { level: 1, name: 'Free helplines' }).isVisible())) {
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await expect(page.getByRole('link', { name: 'Call 0808 2000 247' })).toHaveAttribute(
      'href',
      'tel:08082000247',
    );
    await page.getByRole('button', { name: 'Next' }).click();
    const emergency = page.getByRole('link', { name: 'Call 999' });
    await expect(emergency).toHaveAttribute('href', 'tel:999');
    await expect(emergency).toContainText('999');

    await page.setViewportSize({ width: 1280, height: 800 });
    const wide = await layout();
    expect(wide.width).toBeGreaterThan(1280 * 0.85);
    expect(wide.text).toBeGreaterThan(phone.text);
    await expectNoAxeViolations(page, 'show mode, wide');
  });

  testWithServiceWorker(
    "issue 17: shows each card in the person's language beside the professional's, and saves nothing",
    async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openApp(page);
      await waitForOffline(page);
      const before = await snapshotStorage(page);
      await openDoor(page, 'For professionals');
      await page.getByLabel("The person's language").selectOption('pl');
      await page.getByLabel('Also show each card in').selectOption('en');
      await page.getByRole('button', { name: 'Start show mode' }).click();
      const polish = page.getByRole('heading', { level: 1, name: 'Dziękuję, że mi o tym mówisz' });
      const english = page.getByRole('heading', { level: 2, name: 'Thank you for telling me' });
      await expect(polish).toBeFocused();
      await expect(english).toBeVisible();
      // Side by side on a wide screen: the two headings share a line.
      const [left, right] = [await polish.boundingBox(), await english.boundingBox()];
      expect(Math.abs((left?.y ?? 0) - (right?.y ?? 1))).toBeLessThan(4);
      expect(right?.x ?? 0).toBeGreaterThan((left?.x ?? 0) + (left?.width ?? 0));
      await expect(page.locator('section[lang="pl"]')).toBeVisible();
      await expect(page.locator('section[lang="en"]')).toBeVisible();
      await expectNoAxeViolations(page, 'show mode, two languages');
      await page.getByRole('button', { name: 'Leave show mode' }).click();
      expect(await snapshotStorage(page)).toEqual(before);
    },
  );
});
