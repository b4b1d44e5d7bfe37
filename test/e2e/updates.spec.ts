import { startStaticServer, type StaticServer } from '../tools/static-server.ts';
import {
  expect,
  openApp,
  waitForOffline,
  guard,
  type Rails,
  testWithServiceWorker,
} from './fixtures.ts';
import type { Browser, Page } from '@playwright/test';

/**
 * Publishing new versions (P25). Each test runs its own static host so it can publish another
 * build: dist-next (the same app with another build label) or dist-retire (the kill switch).
 */
async function host(browser: Browser): Promise<{ server: StaticServer; page: Page; rails: Rails }> {
  const server = await startStaticServer('dist');
  const context = await browser.newContext({ baseURL: server.url });
  const rails = await guard(context, server.url);
  return { server, page: await context.newPage(), rails };
}

const buildOf = (page: Page) => page.evaluate(() => document.documentElement.dataset['build']);
const marker = (page: Page) =>
  page.evaluate(() => (window as unknown as { __loadMarker?: number }).__loadMarker);

testWithServiceWorker(
  'P25: a new version is offered, never forced; accepting reloads once into it',
  async ({ browser }) => {
    const { server, page, rails } = await host(browser);
    try {
      await openApp(page);
      await waitForOffline(page);
      expect(await buildOf(page)).toBe('release');
      await page.evaluate(() => ((window as unknown as { __loadMarker: number }).__loadMarker = 1));

      const entryOf = (html: string) => /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      const oldEntry = entryOf(await (await page.request.get('/')).text());
      await server.publish('dist-next');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect(page.getByText('A new version of this app is ready.')).toBeVisible();
      expect(await marker(page)).toBe(1); // no reload happened on its own

      const reloaded = page.waitForEvent('load');
      await page.getByRole('button', { name: 'Update now' }).click();
      await reloaded;
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await buildOf(page)).toBe('next');
      expect(await marker(page)).toBeUndefined();

      // Only the new version's files remain cached, and it starts offline.
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys())
            urls.push(new URL(request.url).pathname);
        }
        return urls;
      });
      const html = await (await page.request.get('/')).text();
      const entry = entryOf(html);
      expect(entry).toBeTruthy();
      expect(oldEntry).toBeTruthy();
      expect(cached.map((u) => u.replace(/\?.*$/, ''))).toContain(entry);
      // Files are named by content hash only: the old version's entry script is gone.
      if (oldEntry !== entry) expect(cached).not.toContain(oldEntry);
      await page.context().setOffline(true);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await buildOf(page)).toBe('next');
      await rails.verify();
    } finally {
      await page.context().close();
      await server.close();
    }
  },
);

testWithServiceWorker(
  'the kill switch removes the service worker and its caches without reloading',
  async ({ browser }) => {
    const { server, page, rails } = await host(browser);
    try {
      await openApp(page);
      await waitForOffline(page);
      await page.evaluate(() => ((window as unknown as { __loadMarker: number }).__loadMarker = 1));
      await server.publish('dist-retire');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect
        .poll(() =>
          page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
        )
        .toBe(0);
      await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
      expect(await marker(page)).toBe(1);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
      await rails.verify();
    } finally {
      await page.context().close();
      await server.close();
    }
  },
);
