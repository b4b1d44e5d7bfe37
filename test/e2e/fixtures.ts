import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

/**
 * Every browser test uses this `test`. It enforces the app-wide safety rails on every test, so a
 * feature cannot break them without a failure somewhere:
 * - no request to any other origin except the exit destinations (which are answered locally);
 * - zero Content-Security-Policy violations and zero uncaught page errors;
 * - the title never changes; pushState, replaceState and window.open are never called;
 * - notification, push, badge, geolocation and camera APIs throw if the app ever touches them.
 */
export const deploy = JSON.parse(readFileSync('deploy.config.json', 'utf8')) as {
  title: string;
  identity: string;
  exit: { default: string; choices: string[] };
};

export const PORT = Number(process.env['E2E_PORT'] ?? 4173);
export const APP_ORIGIN = `http://127.0.0.1:${PORT}`;
export const EXIT_URLS = deploy.exit.choices;

/** Words that must not appear in any name a browser or phone shows. */
export const REVEALING =
  /abuse|domestic|violence|violent|help|safety|safe\b|refuge|escape|shelter|victim|survivor|plan|crisis/i;

export interface Rails {
  /** Requests that left the app's origin, other than the exit itself. */
  offenders: string[];
  /** Requests to an exit destination, with their Referer header. */
  exits: { url: string; referer: string | undefined }[];
  pageErrors: string[];
}

declare global {
  interface Window {
    __rails: { csp: string[]; titleChanges: number; historyCalls: string[]; blockedApis: string[] };
  }
}

export const test = base.extend<{ rails: Rails }>({
  rails: [
    async ({ context, page }, use) => {
      const rails: Rails = { offenders: [], exits: [], pageErrors: [] };
      for (const url of EXIT_URLS) {
        const pattern = new URL(url).origin + '/**';
        await context.route(pattern, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><title>Weather</title><p>Weather</p>',
          }),
        );
      }
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (['data:', 'blob:', 'about:'].includes(url.protocol) || url.origin === APP_ORIGIN)
          return;
        if (EXIT_URLS.some((exit) => new URL(exit).origin === url.origin)) {
          rails.exits.push({ url: request.url(), referer: request.headers()['referer'] });
        } else {
          rails.offenders.push(request.url());
        }
      });
      page.on('pageerror', (error) => rails.pageErrors.push(error.message));
      await context.addInitScript(() => {
        const record = {
          csp: [] as string[],
          titleChanges: 0,
          historyCalls: [] as string[],
          blockedApis: [] as string[],
        };
        window.__rails = record;
        document.addEventListener('securitypolicyviolation', (e) =>
          record.csp.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
        for (const name of ['pushState', 'replaceState'] as const) {
          const original = Reflect.get(History.prototype, name) as History['pushState'];
          History.prototype[name] = function (
            this: History,
            ...args: Parameters<History['pushState']>
          ) {
            record.historyCalls.push(name);
            original.apply(this, args);
          };
        }
        const originalOpen = window.open.bind(window);
        window.open = (...args) => {
          record.historyCalls.push('open');
          return originalOpen(...args);
        };
        const forbid = (name: string) => () => {
          record.blockedApis.push(name);
          throw new Error(`${name} is not allowed`);
        };
        if ('Notification' in window)
          Notification.requestPermission = forbid('Notification.requestPermission');
        if ('PushManager' in window)
          PushManager.prototype.subscribe = forbid('PushManager.subscribe');
        if ('setAppBadge' in navigator) navigator.setAppBadge = forbid('setAppBadge');
        navigator.geolocation.getCurrentPosition = forbid('geolocation');
        if ('mediaDevices' in navigator)
          navigator.mediaDevices.getUserMedia = forbid('getUserMedia');
        document.addEventListener('DOMContentLoaded', () => {
          const title = document.querySelector('title');
          if (title) {
            new MutationObserver(() => (record.titleChanges += 1)).observe(title, {
              childList: true,
              characterData: true,
              subtree: true,
            });
          }
        });
      });
      await use(rails);
      expect(rails.offenders, 'requests to other origins').toEqual([]);
      expect(rails.pageErrors, 'uncaught errors in the page').toEqual([]);
      for (const p of context.pages()) {
        if (!p.url().startsWith(APP_ORIGIN)) continue;
        const record = await p.evaluate(() => window.__rails).catch(() => undefined);
        if (!record) continue;
        expect(record.csp, 'Content-Security-Policy violations').toEqual([]);
        expect(record.titleChanges, 'title changes').toBe(0);
        expect(record.historyCalls, 'history or window.open calls').toEqual([]);
        expect(record.blockedApis, 'permission or notification APIs touched').toEqual([]);
        expect(await p.title()).toBe(deploy.title);
      }
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app as a returning visitor (the first-visit safety page already seen). */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  const carryOn = page.getByRole('button', { name: 'Continue' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (await carryOn.isVisible()) await carryOn.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Find help and stay safer' }),
  ).toBeVisible();
}

/** Waits until the service worker controls the page, so the app will work offline. */
export async function waitForOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

/** The axe rule tags every screen must pass: WCAG 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the current screen and expects no violations. The app has no frames, so axe
 * runs in the page itself (legacy mode) instead of opening a blank page to merge frame results.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
