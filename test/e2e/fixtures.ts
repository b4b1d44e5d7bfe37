import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

/**
 * Every browser test uses this `test`, and every context a test makes itself goes through
 * `guard()`. Together they enforce the app-wide safety rails on every test, so a feature cannot
 * break them without a failure somewhere:
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

/** Set by playwright.config.ts for every worker: the port of this run's own server. */
export const PORT = Number(process.env['E2E_PORT']);
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
  /**
   * Fails the test if any rail was broken. Call it while the pages are open to check what each
   * page recorded too; after the context has closed (a crash test) it checks what Node saw.
   */
  verify(): Promise<void>;
}

declare global {
  interface Window {
    __rails: {
      csp: string[];
      titleChanges: number;
      historyCalls: string[];
      blockedApis: string[];
      historyLength: number;
    };
  }
}

/** Runs in every page before the app: records what the rails forbid, and makes APIs throw. */
function recordInPage(): void {
  const record = {
    csp: [] as string[],
    titleChanges: 0,
    historyCalls: [] as string[],
    blockedApis: [] as string[],
    // Within one page load the app adds no history entry, whatever it shows (rail 1).
    historyLength: history.length,
  };
  window.__rails = record;
  window.addEventListener('hashchange', () => record.historyCalls.push('hash'));
  document.addEventListener('securitypolicyviolation', (e) =>
    record.csp.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = Reflect.get(History.prototype, name) as History['pushState'];
    History.prototype[name] = function (this: History, ...args: Parameters<History['pushState']>) {
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
  if ('PushManager' in window) PushManager.prototype.subscribe = forbid('PushManager.subscribe');
  if ('setAppBadge' in navigator) navigator.setAppBadge = forbid('setAppBadge');
  navigator.geolocation.getCurrentPosition = forbid('geolocation');
  if ('mediaDevices' in navigator) navigator.mediaDevices.getUserMedia = forbid('getUserMedia');
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
}

/**
 * Puts the safety rails on a browser context: the shared fixture does it for every test's own
 * context, and tests that make another context (their own host, a profile on disk) call it too.
 */
export async function guard(context: BrowserContext, origin = APP_ORIGIN): Promise<Rails> {
  const offenders: string[] = [];
  const exits: Rails['exits'] = [];
  const pageErrors: string[] = [];
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
    if (['data:', 'blob:', 'about:'].includes(url.protocol) || url.origin === origin) return;
    if (EXIT_URLS.some((exit) => new URL(exit).origin === url.origin)) {
      exits.push({ url: request.url(), referer: request.headers()['referer'] });
    } else {
      offenders.push(request.url());
    }
  });
  context.on('weberror', (error) => pageErrors.push(error.error().message));
  await context.addInitScript(recordInPage);
  return {
    offenders,
    exits,
    pageErrors,
    async verify() {
      expect(offenders, 'requests to other origins').toEqual([]);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
      for (const p of context.pages()) {
        if (!p.url().startsWith(origin)) continue;
        const found = await p
          .evaluate(() => ({ record: window.__rails, length: history.length }))
          .catch(() => undefined);
        const record = found?.record;
        if (!record) continue;
        expect(found.length, 'history entries added by the app').toBe(record.historyLength);
        expect(record.csp, 'Content-Security-Policy violations').toEqual([]);
        expect(record.titleChanges, 'title changes').toBe(0);
        expect(record.historyCalls, 'history or window.open calls').toEqual([]);
        expect(record.blockedApis, 'permission or notification APIs touched').toEqual([]);
        expect(await p.title()).toBe(deploy.title);
      }
    },
  };
}

export const test = base.extend<{ rails: Rails }>({
  rails: [
    async ({ context }, use) => {
      const rails = await guard(context);
      await use(rails);
      await rails.verify();
    },
    { auto: true },
  ],
});

export { expect };

/**
 * `test` with the service worker running, for a test of offline use, updates, the caches or what
 * the device stores. Every other test runs without it (playwright.config.ts): installing it
 * precaches the whole app in each new browser context, which made a short test five times dearer.
 */
export const testWithServiceWorker = test.extend({ serviceWorkers: 'allow' });

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
