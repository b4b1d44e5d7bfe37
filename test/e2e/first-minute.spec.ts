import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp, deploy } from './fixtures.ts';
import { appString, openInLanguage } from './a11y-helpers.ts';

/** True when the element is wholly inside the viewport, with no scrolling. */
async function inFirstScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });
}

/**
 * Every checkbox and radio button on the screen that sits anywhere but beside its label: at the
 * start of the label's line (the right in right-to-left text), level with its first line, and
 * box-sized. Empty when all are right.
 */
async function boxesOffTheirLabels(page: Page): Promise<string[]> {
  return page.locator('#main').evaluate((main) => {
    const wrong: string[] = [];
    const boxes = main.querySelectorAll<HTMLInputElement>(
      'input[type="checkbox"], input[type="radio"]',
    );
    for (const box of boxes) {
      const label = box.labels?.[0];
      const b = box.getBoundingClientRect();
      if (!label || b.width === 0) continue;
      // The words of the label, not its box: a label may wrap the input as well as its text.
      const words = document.createRange();
      words.selectNodeContents(label);
      if (label.contains(box)) words.setStartAfter(box);
      const l = words.getBoundingClientRect();
      const rtl = getComputedStyle(box).direction === 'rtl';
      const beside = rtl ? b.left >= l.right - 1 : b.right <= l.left + 1;
      const centre = b.top + b.height / 2;
      const level = centre >= l.top && centre <= l.top + Math.max(l.height, 48);
      if (!beside || !level || b.width > 40) {
        wrong.push(
          `${label.textContent.trim()}: box ${JSON.stringify(b)} label ${JSON.stringify(l)}`,
        );
      }
    }
    return wrong;
  });
}

/** The "Call now" block, found by its place rather than its words, which change with language. */
const callNow = (page: Page) => page.locator('section[aria-labelledby="call-now-title"]');

/** Expects the block's three tel: links, each showing its number, all on the first screen. */
async function expectNumbersOnFirstScreen(page: Page): Promise<void> {
  const calls = callNow(page).locator('a[href^="tel:"]');
  await expect(calls).toHaveCount(3);
  await expect(calls.first()).toHaveAttribute('href', 'tel:999');
  for (const link of await calls.all()) {
    await expect(link).toHaveAttribute('href', /^tel:\d+$/);
    await expect(link).toHaveText(/\d{3}/);
    expect(await inFirstScreen(link)).toBe(true);
  }
  expect(await page.evaluate(() => scrollY)).toBe(0);
}

test.describe('the first minute', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('home shows three numbers to call without scrolling, each a tel: link showing its number', async ({
    page,
  }) => {
    await openApp(page);
    const block = page.getByRole('region', { name: 'Call now' });
    await expect(block.getByRole('link', { name: /^Call / })).toHaveCount(3);
    await expectNumbersOnFirstScreen(page);
    // The silent-call route is one tap away.
    await block.getByRole('button', { name: /call 999 silently/ }).click();
    await expect(page.getByText(/press 55/)).toBeVisible();
  });

  test('in Urdu too, right to left, the three numbers show on the first screen, and Hide this app lays its choices out beside their labels', async ({
    page,
  }) => {
    await openInLanguage(page, 'ur');
    await page.getByRole('button', { name: appString('ur', 'saferUse.continue') }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectNumbersOnFirstScreen(page);
    await page.getByRole('button', { name: appString('ur', 'home.hideDoor') }).click();
    await expect(page.locator('#main input[type="radio"]').first()).toBeVisible();
    expect(await boxesOffTheirLabels(page)).toEqual([]);
  });

  test('checkboxes and radio buttons sit beside their labels on the passphrase form and Hide this app, after the vault and plan styles load', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Make a safety plan' }).click();
    await expect(page.getByRole('checkbox', { name: /Show passphrase/ }).first()).toBeVisible();
    expect(await page.locator('#main input[type="checkbox"]').count()).toBeGreaterThan(1);
    expect(await boxesOffTheirLabels(page)).toEqual([]);
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    await page.getByRole('button', { name: 'Hide this app' }).click();
    await expect(page.getByRole('radio').first()).toBeVisible();
    expect(await boxesOffTheirLabels(page)).toEqual([]);
  });

  test('a content page that names a service shows its number with a call link under the words', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Understand what is happening' }).click();
    await page.getByRole('button', { name: /^Physical abuse / }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Physical abuse' })).toBeVisible();
    // "[Merseyside Police](service:…) on 101 …": the words link to the entry, the number is dialable.
    const item = page.locator('#main li').filter({ hasText: "Men's Advice Line" });
    await expect(item.getByRole('button', { name: "Men's Advice Line" })).toBeVisible();
    const call = item.getByRole('link', { name: /^Call / });
    await expect(call).toHaveAttribute('href', /^tel:\d+$/);
    await expect(call).toHaveText(/\d{3}/);
    await expect(item.getByText(/Open now|Closed now|Open 24 hours|not confirmed/)).toBeVisible();
  });

  test('a first visit opens short: three points, each with more one tap away, then Continue', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const more = page.getByText('More about leaving quickly');
    await more.click();
    await expect(page.getByText(/Press the Exit this page button/)).toBeVisible();
    await page.getByText('More about what this app can and cannot hide').click();
    await expect(page.getByText(/spying software/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hide this app' })).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Find help and stay safer' }),
    ).toBeVisible();
  });

  test('Esc goes one screen back in the app, with no history entry and no change of address', async ({
    page,
  }) => {
    await openApp(page);
    const before = await page.evaluate(() => ({ length: history.length, url: location.href }));
    await page.getByRole('button', { name: /Find someone to talk to/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Find someone to talk to' }),
    ).toBeFocused();
    await page.getByRole('button', { name: 'Safe2Speak', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Safe2Speak' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Find someone to talk to' }),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Find help and stay safer' }),
    ).toBeVisible();
    // On home there is nothing to go back to in the app: Esc changes nothing.
    await page.keyboard.press('Escape');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Find help and stay safer' }),
    ).toBeVisible();
    expect(await page.evaluate(() => ({ length: history.length, url: location.href }))).toEqual(
      before,
    );
  });

  test.describe('quick exit at first touch', () => {
    test.use({ hasTouch: true });

    test('content goes when the finger comes down, and the app leaves when it lifts', async ({
      page,
      context,
    }) => {
      await openApp(page);
      const box = await page.locator('#quick-exit').boundingBox();
      if (!box) throw new Error('no exit control');
      const at = [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }];
      const cdp = await context.newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at });
      // Finger still down: nothing of the app shows.
      await expect(page.locator('#app')).toBeHidden();
      await expect(page.locator('.exit-overlay')).toBeVisible();
      const exit = page.waitForRequest((r) => r.url().startsWith(deploy.exit.default));
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await exit;
    });

    test('a touch that turns into a scroll shows the content again and stays', async ({
      page,
      context,
      rails,
    }) => {
      await openApp(page);
      const box = await page.locator('#quick-exit').boundingBox();
      if (!box) throw new Error('no exit control');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }],
      });
      await expect(page.locator('#app')).toBeHidden();
      // What the browser sends when it takes a touch over for scrolling.
      await page.evaluate(() =>
        window.dispatchEvent(new PointerEvent('pointercancel', { isPrimary: true })),
      );
      await expect(
        page.getByRole('heading', { level: 1, name: 'Find help and stay safer' }),
      ).toBeVisible();
      await expect(page.locator('.exit-overlay')).toHaveCount(0);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchCancel', touchPoints: [] });
      expect(rails.exits).toEqual([]);
    });
  });
});
