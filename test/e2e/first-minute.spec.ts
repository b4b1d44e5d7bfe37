import { test, expect, openApp, deploy } from './fixtures.ts';

/** True when the element is wholly inside the viewport, with no scrolling. */
async function inFirstScreen(locator: import('@playwright/test').Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });
}

test.describe('the first minute', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('home shows three numbers to call without scrolling, each a tel: link showing its number', async ({
    page,
  }) => {
    await openApp(page);
    const block = page.getByRole('region', { name: 'Call now' });
    const calls = block.getByRole('link', { name: /^Call / });
    await expect(calls).toHaveCount(3);
    await expect(calls.first()).toHaveAttribute('href', 'tel:999');
    for (const link of await calls.all()) {
      await expect(link).toHaveAttribute('href', /^tel:\d+$/);
      await expect(link).toHaveText(/\d{3}/);
      expect(await inFirstScreen(link)).toBe(true);
    }
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // The silent-call route is one tap away.
    await block.getByRole('button', { name: /call 999 silently/ }).click();
    await expect(page.getByText(/press 55/)).toBeVisible();
  });

  test('a checkbox sits at the start of its label line, after the vault and plan styles load', async ({
    page,
  }) => {
    await openApp(page);
    await page
      .getByRole('button', { name: /Make a safety plan|plan/i })
      .first()
      .click();
    const show = page.getByRole('checkbox', { name: /Show passphrase/ }).first();
    await expect(show).toBeVisible();
    const box = await show.boundingBox();
    const label = await page
      .getByText(/Show passphrase/)
      .first()
      .boundingBox();
    expect(box && label).toBeTruthy();
    if (!box || !label) return;
    // Beside the label on the same line, not centred on a line of its own above it.
    expect(box.x + box.width).toBeLessThanOrEqual(label.x + 1);
    expect(Math.abs(box.y + box.height / 2 - (label.y + label.height / 2))).toBeLessThan(
      label.height,
    );
    expect(box.width).toBeLessThan(40);
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
