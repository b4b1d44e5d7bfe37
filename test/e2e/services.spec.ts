import type { Page } from '@playwright/test';
import {
  test,
  expect,
  openApp,
  waitForOffline,
  expectNoAxeViolations,
  testWithServiceWorker,
} from './fixtures.ts';

async function openDirectory(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: /Find someone to talk to/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Find someone to talk to' }),
  ).toBeFocused();
}

async function openEmergency(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Emergency: 999' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Emergency help' })).toBeFocused();
}

const results = (page: Page) =>
  page.locator('main ul.service-list').getByRole('heading', { level: 3 });

test.describe('service directory', () => {
  test('the emergency button opens the emergency routes from home', async ({ page }) => {
    await openApp(page);
    await openEmergency(page);
    await expect(page.getByRole('link', { name: 'Call 999' }).first()).toHaveAttribute(
      'href',
      'tel:999',
    );
    await expect(page.getByText(/press 55/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Text 999' })).toHaveAttribute('href', 'sms:999');
    await expect(page.getByRole('link', { name: 'Relay UK: 18000' })).toHaveAttribute(
      'href',
      'tel:18000',
    );
  });

  test('the emergency button works from another screen and never covers quick exit', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Using this app safely' }).first().click();
    const button = page.getByRole('button', { name: 'Emergency: 999' });
    const exit = page.getByRole('link', { name: /Exit this page/ });
    const [a, b] = [await button.boundingBox(), await exit.boundingBox()];
    expect(a && b).toBeTruthy();
    if (a && b) {
      const overlap =
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap).toBe(false);
    }
    await openEmergency(page);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Emergency help');
  });

  test('filters by text, by who it is for and by need, then opens a service', async ({ page }) => {
    await openDirectory(page);
    const total = await results(page).count();
    expect(total).toBeGreaterThan(20);

    // The filters fold away behind one control.
    await expect(page.getByRole('searchbox')).toBeHidden();
    await page.getByText('Filter the list').click();
    await page.getByRole('searchbox', { name: 'Search by name or number' }).fill('stalk');
    await expect(results(page)).toHaveText(['National Stalking Helpline']);
    await expect(page.getByRole('status').filter({ hasText: 'service' })).toHaveText('1 service');

    await page.getByRole('searchbox').fill('');
    await page.getByRole('combobox', { name: 'Who is it for?' }).selectOption({ label: 'Men' });
    await page.getByRole('combobox', { name: 'What do you need?' }).selectOption({
      label: 'Someone to talk to',
    });
    await expect(results(page).filter({ hasText: "Men's Advice Line" })).toHaveCount(1);
    await expect(results(page).filter({ hasText: 'National Domestic Abuse Helpline' })).toHaveCount(
      0,
    );

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(results(page)).toHaveCount(total);

    await page.getByRole('checkbox', { name: 'Only show lines open now' }).check();
    await expect(results(page).filter({ hasText: 'Samaritans' })).toHaveCount(1); // 24/7

    await page.getByRole('checkbox', { name: 'Only show lines open now' }).uncheck();
    await page.getByRole('button', { name: 'Safe2Speak', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Safe2Speak' })).toBeFocused();
  });

  test('every service is two taps from home', async ({ page }) => {
    await openDirectory(page);
    const names = await results(page).allTextContents();
    for (const name of names.slice(0, 5).concat(names.slice(-3))) {
      await page.getByRole('button', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Find someone to talk to' }),
      ).toBeFocused();
    }
  });

  test('P7: links are tel:, sms: or https: only, web links open with no referrer', async ({
    page,
  }) => {
    await openDirectory(page);
    // Other nations' lines show only when the person chooses them.
    await expect(page.getByRole('button', { name: 'Live Fear Free Helpline (Wales)' })).toHaveCount(
      0,
    );
    await page.getByRole('button', { name: 'Show lines for other UK nations too' }).click();
    await page.getByRole('button', { name: 'Live Fear Free Helpline (Wales)' }).click();
    await expect(page.getByRole('link', { name: 'Call 0808 80 10 800' })).toHaveAttribute(
      'href',
      'tel:08088010800',
    );
    await expect(page.getByRole('link', { name: 'Text 07860 077333' })).toHaveAttribute(
      'href',
      'sms:07860077333',
    );
    const web = page.getByRole('link', { name: /Website/ });
    await expect(web).toHaveAttribute('href', 'https://gov.wales/live-fear-free');
    await expect(web).toHaveAttribute('target', '_blank');
    await expect(web).toHaveAttribute('rel', 'noreferrer noopener');

    await page.getByRole('button', { name: 'Back', exact: true }).click();
    const hrefs = await page
      .locator('#main a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) expect(href).toMatch(/^(?:tel:\+?\d+|sms:\+?\d+|https:\/\/\S+)$/);
    for (const link of await page.locator('#main a[target]').all()) {
      await expect(link).toHaveAttribute('rel', 'noreferrer noopener');
    }
  });

  test('copies a number to the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openDirectory(page);
    await page.getByRole('button', { name: 'Safe2Speak 24-hour line' }).click();
    await page.getByRole('button', { name: 'Copy number 01925 220541' }).click();
    await expect(page.getByText('Copied 01925 220541.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('01925 220541');
  });

  testWithServiceWorker('P2: works offline after one visit', async ({ page, context }) => {
    await openApp(page);
    await waitForOffline(page);
    await context.setOffline(true);
    await page.reload();
    await openApp(page);
    await page.getByRole('button', { name: /Find someone to talk to/ }).click();
    await page.getByRole('button', { name: 'National Domestic Abuse Helpline' }).click();
    await expect(page.getByRole('link', { name: 'Call 0808 2000 247' })).toBeVisible();
    await openEmergency(page);
    await context.setOffline(false);
  });

  test('fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openDirectory(page);
    const noSideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await noSideways()).toBe(true);
    await page.getByRole('button', { name: 'Forced Marriage Unit' }).click();
    expect(await noSideways()).toBe(true);
    await openEmergency(page);
    expect(await noSideways()).toBe(true);
  });

  // The walk (all-screens.spec.ts) runs axe on home, the emergency screen, the directory and a
  // sample of services; this checks the views it does not open: the directory's note unfolded, and
  // the services whose entries differ most (steps only, a relay channel, an LGBT+ line).
  test('axe finds no problems on the directory with its note open, and on unusual service screens', async ({
    page,
  }) => {
    test.slow(); // axe is slow on a shared machine
    await openDirectory(page);
    await page.locator('details.call-log-note summary').first().click();
    await expectNoAxeViolations(page, 'services');
    for (const name of [
      'Galop: LGBT+ Domestic Abuse Helpline',
      'Ask for ANI at a pharmacy',
      "Men's Advice Line",
    ]) {
      await page.getByRole('button', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
      await expectNoAxeViolations(page, name);
      await page.getByRole('button', { name: 'Back' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Find someone to talk to' }),
      ).toBeVisible();
    }
  });
});
