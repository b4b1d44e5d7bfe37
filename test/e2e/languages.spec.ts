import { test, expect, openApp, guard } from './fixtures.ts';
import { appString, openInLanguage } from './a11y-helpers.ts';

test.describe('languages', () => {
  test('the choice is kept on the device and applied before the first paint (no English flash)', async ({
    page,
  }) => {
    await openApp(page);
    await page.locator('.shell-lang').getByRole('button', { name: 'اردو' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    // On the next start, record the language and heading at the moment the app first paints.
    await page.addInitScript(() => {
      const seen: { lang: string; dir: string; heading: string }[] = [];
      (window as unknown as { __firstPaint: typeof seen }).__firstPaint = seen;
      new MutationObserver(() => {
        const heading = document.querySelector('#app h1');
        if (heading && seen.length === 0) {
          seen.push({
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            heading: heading.textContent,
          });
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await expect(page.locator('#main h1')).toBeVisible();
    const first = await page.evaluate(
      () => (window as unknown as { __firstPaint: unknown[] }).__firstPaint[0],
    );
    expect(first).toEqual({ lang: 'ur', dir: 'rtl', heading: appString('ur', 'home.title') });
    await expect(page.getByRole('link', { name: /یہ صفحہ فوراً چھوڑیں/ })).toBeVisible();
  });

  test('a phone set to Polish starts in Polish', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'pl-PL' });
    const rails = await guard(context);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      appString('pl', 'saferUse.title'),
    );
    await rails.verify();
    await context.close();
  });

  test("switching keeps the screen and the URL, and the area's own page opens in the chosen language", async ({
    page,
  }) => {
    await openApp(page);
    const url = page.url();
    const length = await page.evaluate(() => history.length);
    // The area's own pathway for professionals is written in each language this area offers.
    // (The English shown under a note where a page is not translated is checked on the
    // two-area build, whose areas write their pathway in English only: areas.spec.ts.)
    await page.getByRole('button', { name: /^For professionals/ }).click();
    await page.getByRole('button', { name: /^Who does what in St Helens/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who does what in St Helens');
    await page.locator('.shell-lang').getByRole('button', { name: 'Polski' }).click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Kto czym się zajmuje w St Helens');
    await expect(heading).toHaveAttribute('lang', 'pl');
    await expect(page.getByText(appString('pl', 'content.fallback'))).toHaveCount(0);
    await expect(page.getByText(appString('pl', 'review.notice'))).toBeVisible();
    await expect(page.locator('[data-screen]')).toHaveAttribute('data-screen', 'audience-page');
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  test('Urdu lays out right to left: exit bar, progress dots, doors, and English kept left to right', async ({
    page,
  }) => {
    await openInLanguage(page, 'ur');
    await page.getByRole('button', { name: appString('ur', 'saferUse.continue') }).click();
    const width = page.viewportSize()?.width ?? 360;
    const exit = page.locator('#quick-exit');
    await expect(exit).toHaveText(
      `${appString('ur', 'exit.linkHidden')} ${appString('ur', 'exit.link')}`,
    );
    const exitBox = await exit.boundingBox();
    expect(
      exitBox && exitBox.x + exitBox.width / 2 < width / 2,
      'exit link at the left (inline end)',
    ).toBe(true);

    await page.keyboard.press('Shift');
    await expect(page.locator('#exit-status')).toHaveText(appString('ur', 'exit.pressTwoMore'));
    const dots = page.locator('.exit-dots > span');
    const firstDot = await dots.nth(0).boundingBox();
    const lastDot = await dots.nth(2).boundingBox();
    expect(
      firstDot && lastDot && exitBox && firstDot.x > lastDot.x && lastDot.x > exitBox.x,
      'dots fill from the right',
    ).toBe(true);
    await expect(dots.nth(0)).toHaveClass(/on/);

    // A main door starts (at the right) with its icon, then its title, to the icon's left.
    const door = page.locator('.door').first();
    const doorBox = await door.boundingBox();
    const iconBox = await door.locator('.door-icon').boundingBox();
    const titleBox = await door.locator('.door-title').boundingBox();
    expect(
      doorBox &&
        iconBox &&
        titleBox &&
        Math.abs(doorBox.x + doorBox.width - (iconBox.x + iconBox.width)) < 24 &&
        titleBox.x + titleBox.width <= iconBox.x + 1,
      'door text starts at the right',
    ).toBe(true);

    await page.getByRole('button', { name: appString('ur', 'home.easyReadDoor') }).click();
    await page.locator('.door').first().click();
    await expect(page.locator('.page-lang')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.page-lang')).toHaveAttribute('lang', 'ur');
    await expect(page.getByText(appString('ur', 'content.fallback'))).toHaveCount(0);
    await expect(page.locator('.shell-lang button[lang="en"]')).toHaveAttribute('dir', 'ltr');
  });
});
