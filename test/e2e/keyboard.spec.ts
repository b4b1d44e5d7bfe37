import { test, expect, openApp, deploy } from './fixtures.ts';
import { expectScreenHeadingFocused, tabTo } from './a11y-helpers.ts';

/**
 * Keyboard-only journeys: no mouse anywhere in these tests. A feature adds its own journey in its
 * spec with tabTo() and expectScreenHeadingFocused() from a11y-helpers.ts.
 */
test.describe('keyboard only', () => {
  test('quick exit is the first Tab stop and Enter leaves the app (spec 1, 3, 14)', async ({
    page,
  }) => {
    await openApp(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const exitRequest = page.waitForRequest((r) => r.url().startsWith(deploy.exit.default));
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeFocused();
    await page.keyboard.press('Enter');
    await exitRequest;
    await page.waitForURL(deploy.exit.default);
  });

  test('moves through screens: focus lands on each new heading, Back returns', async ({ page }) => {
    await openApp(page);
    const url = page.url();
    await tabTo(page, page.getByRole('button', { name: /^Easy read/ }));
    await page.keyboard.press('Enter');
    await expectScreenHeadingFocused(page, 'Easy read');

    await tabTo(page, page.getByRole('button', { name: /get help now/ }));
    await page.keyboard.press('Space');
    await expectScreenHeadingFocused(page, 'Easy read: get help now');

    await tabTo(page, page.getByRole('button', { name: 'Back', exact: true }), { backwards: true });
    await page.keyboard.press('Enter');
    await expectScreenHeadingFocused(page, 'Easy read');

    await tabTo(page, page.getByRole('button', { name: 'Home' }), { backwards: true });
    await page.keyboard.press('Enter');
    await expectScreenHeadingFocused(page, 'Find help and stay safer');

    await tabTo(
      page,
      page.getByRole('contentinfo').getByRole('button', { name: 'Using this app safely' }),
    );
    await page.keyboard.press('Enter');
    await expectScreenHeadingFocused(page, /using this app more safely/);
    expect(page.url()).toBe(url);
  });

  test('switches language from the keyboard without leaving the screen', async ({ page }) => {
    await openApp(page);
    await tabTo(page, page.getByRole('button', { name: /^Easy read/ }));
    await page.keyboard.press('Enter');
    await expectScreenHeadingFocused(page, 'Easy read');
    // The switch is named in the current language; each button in its own language.
    const polski = page.locator('.shell-lang').getByRole('button', { name: 'Polski' });
    await tabTo(page, polski, { backwards: true });
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Łatwy tekst');
    await expect(polski).toBeFocused();
    await expect(polski).toHaveAttribute('aria-pressed', 'true');
  });

  test('read aloud opens with a warning, reads the screen, and stops on quick exit (spec 5, 20)', async ({
    page,
  }) => {
    // Records what the page asks the device to say; headless Chromium has no voices.
    await page.addInitScript(() => {
      const record = { spoken: [] as string[], cancelled: 0 };
      (window as unknown as { __speech: typeof record }).__speech = record;
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void record.spoken.push(u.text);
      speechSynthesis.cancel = () => void (record.cancelled += 1);
    });
    await openApp(page);
    const toggle = page.getByRole('button', { name: 'Read aloud' });
    await tabTo(page, toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText(/people near you may hear it/)).toBeVisible();
    const speech = () =>
      page.evaluate(
        () => (window as unknown as { __speech: { spoken: string[]; cancelled: number } }).__speech,
      );
    expect((await speech()).spoken).toEqual([]);

    await tabTo(page, page.getByRole('button', { name: 'Read this screen aloud' }));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await speech()).spoken[0]).toBe('Find help and stay safer');
    const cancelledBefore = (await speech()).cancelled;

    // Report, in the same task as the exit, whether speech was cancelled: this listener runs
    // straight after the app's own Shift handler.
    let cancelledAtExit: number | undefined;
    await page.exposeBinding('__reportCancel', (_source, n: number) => (cancelledAtExit = n));
    await page.evaluate(() => {
      window.addEventListener('keyup', () => {
        if (!document.documentElement.classList.contains('exiting')) return;
        const w = window as unknown as {
          __speech: { cancelled: number };
          __reportCancel(n: number): void;
        };
        w.__reportCancel(w.__speech.cancelled);
      });
    });
    const exitRequest = page.waitForRequest((r) => r.url().startsWith(deploy.exit.default));
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await exitRequest;
    await expect.poll(() => cancelledAtExit).toBeGreaterThan(cancelledBefore);
  });
});
