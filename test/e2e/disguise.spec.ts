import { test, expect, openApp, deploy, expectNoAxeViolations, REVEALING } from './fixtures.ts';
import {
  HOME,
  calculator,
  display,
  expectCovered,
  hideAndShowTab,
  openHideApp,
  pressCalc,
  setDisguise,
} from './disguise-helpers.ts';

declare global {
  interface Window {
    /** The cover's code checks in progress, recorded by the wrong-code test. */
    __codeChecks?: Promise<unknown>[];
  }
}

test.describe('disguised entry', () => {
  test('first visit without a disguise opens the app itself, and hiding the tab resets nothing', async ({
    page,
  }) => {
    await openApp(page);
    await page
      .getByRole('contentinfo')
      .getByRole('button', { name: 'Using this app safely' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'using this app more safely',
    );
    await hideAndShowTab(page);
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'using this app more safely',
    );
    await expect(page.locator('main.cover')).toHaveCount(0);
  });

  test('spec 26: with a disguise, a cold start shows only the cover, never the app or exit bar', async ({
    page,
    context,
  }) => {
    await setDisguise(page, 'Calculator', '4821');
    const fresh = await context.newPage();
    await fresh.goto('/');
    await expect(calculator(fresh)).toBeAttached();
    await expectCovered(fresh);
    expect(await fresh.locator('[data-sensitive] *').count()).toBe(0);
    await expect(fresh.getByText(HOME)).toHaveCount(0);
    await expectNoAxeViolations(fresh, 'calculator cover');
    await fresh.close();
  });

  test('spec 26: before the script has run, the exit bar is held back, so a cover is not given away', async ({
    page,
  }) => {
    await setDisguise(page, 'Calculator', '4821');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const html = await (await page.request.get('/')).text();
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '/none';
    await page.route(`**${entry}`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('#quick-exit')).toBeAttached();
    await expect(page.locator('.exit-bar')).toBeHidden();
    release();
    await expectCovered(page);
  });

  test('spec 27: the calculator really works and a wrong code is just a sum', async ({ page }) => {
    await setDisguise(page, 'Calculator', '4821');
    await page.getByRole('button', { name: /^Show the Calculator now/ }).click();
    await expectCovered(page);
    await pressCalc(page, '12+30=');
    await expect(display(page)).toHaveText('42');
    await pressCalc(page, 'C7×6−2÷4=');
    await expect(display(page)).toHaveText('41.5');
    // Count the cover's code checks (each derives a key), so the test can wait for this one.
    await page.evaluate(() => {
      const subtle = crypto.subtle;
      const derive = subtle.deriveBits.bind(subtle);
      window.__codeChecks = [];
      subtle.deriveBits = (...args: Parameters<SubtleCrypto['deriveBits']>) => {
        const bits = derive(...args);
        window.__codeChecks?.push(bits.catch(() => undefined));
        return bits;
      };
    });
    await pressCalc(page, 'C1234=');
    await expect(display(page)).toHaveText('1234');
    const before = await page.locator('body').innerText();
    // The wrong code was checked: wait for that check to end and the screen to paint after it.
    await expect.poll(() => page.evaluate(() => window.__codeChecks?.length)).toBe(1);
    await page.evaluate(async () => {
      await Promise.all(window.__codeChecks ?? []);
      await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
    });
    expect(await page.locator('body').innerText()).toBe(before);
    await expect(display(page)).toHaveText('1234');
    await expectCovered(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The keyboard works too.
    await page.keyboard.type('9*9');
    await page.keyboard.press('Enter');
    await expect(display(page)).toHaveText('81');
  });

  test('spec 28: the right code opens the app without changing URL, title or history', async ({
    page,
  }) => {
    await setDisguise(page, 'Calculator', '4821');
    const url = page.url();
    const length = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: /^Show the Calculator now/ }).click();
    await expectCovered(page);
    await pressCalc(page, '4821');
    await expect(display(page)).toHaveText('4821'); // shows as an ordinary number first
    await pressCalc(page, '=');
    await expect(page.getByRole('heading', { level: 1, name: HOME })).toBeVisible();
    await expect(page.locator('.exit-bar')).toBeVisible();
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(await page.title()).toBe(deploy.title);
  });

  test('spec 27, 28: the unit converter converts, and opens with the code and Enter or Swap', async ({
    page,
  }) => {
    await setDisguise(page, 'Unit converter', '270513');
    await page.getByRole('button', { name: /^Show the Unit converter now/ }).click();
    await expectCovered(page);
    await expectNoAxeViolations(page, 'unit converter cover');
    const amount = page.getByRole('textbox', { name: 'Amount' });
    await page.getByRole('combobox', { name: 'From' }).selectOption('mi');
    await page.getByRole('combobox', { name: 'To' }).selectOption('km');
    await amount.fill('3');
    await expect(page.locator('.units-result')).toHaveText('4.828032 Kilometres (km)');
    await page.getByRole('combobox', { name: 'Measure' }).selectOption('temperature');
    await amount.fill('100');
    await expect(page.locator('.units-result')).toHaveText('212 Fahrenheit (°F)');
    await amount.fill('1111');
    await amount.press('Enter');
    await page.getByRole('button', { name: 'Swap units' }).click();
    await expectCovered(page);
    await amount.fill('270513');
    await amount.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: HOME })).toBeVisible();
    await page.evaluate(() => document.dispatchEvent(new Event('freeze')));
    await expectCovered(page);
    await page.getByRole('textbox', { name: 'Amount' }).fill('270513');
    await page.getByRole('button', { name: 'Swap units' }).click();
    await expect(page.getByRole('heading', { level: 1, name: HOME })).toBeVisible();
  });

  test('spec 29: locks when the tab is hidden, on pagehide, on freeze and on a bfcache return', async ({
    page,
  }) => {
    await setDisguise(page, 'Calculator', '4821');
    const triggers: [string, () => Promise<unknown>][] = [
      ['hidden', () => hideAndShowTab(page)],
      ['pagehide', () => page.evaluate(() => window.dispatchEvent(new Event('pagehide')))],
      ['freeze', () => page.evaluate(() => document.dispatchEvent(new Event('freeze')))],
      [
        'pageshow',
        () =>
          page.evaluate(() =>
            window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })),
          ),
      ],
    ];
    for (const [name, trigger] of triggers) {
      await page
        .getByRole('contentinfo')
        .getByRole('button', { name: 'Using this app safely' })
        .click();
      await trigger();
      await expectCovered(page);
      await pressCalc(page, '4821=');
      await expect(page.getByRole('heading', { level: 1, name: HOME }), name).toBeVisible();
    }
  });

  test('spec 29: locks after 3 idle minutes, not before', async ({ page }) => {
    await page.clock.install();
    await setDisguise(page, 'Calculator', '4821');
    await page.clock.fastForward(2 * 60_000);
    await expect(page.getByRole('heading', { level: 1, name: 'Hide this app' })).toBeVisible();
    await page.mouse.click(5, 300); // any input starts the count again
    await page.clock.fastForward(2 * 60_000);
    await expect(page.getByRole('heading', { level: 1, name: 'Hide this app' })).toBeVisible();
    await page.clock.fastForward(60_000 + 1000);
    await expectCovered(page);
  });

  test('the code is stored only as a salted slow hash, and the disguise can be changed and removed', async ({
    page,
    context,
  }) => {
    await setDisguise(page, 'Calculator', '48213579');
    const stored = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('tools');
          open.onerror = () => reject(new Error('open failed'));
          open.onsuccess = () => {
            const all = open.result.transaction('prefs').objectStore('prefs').getAll();
            all.onsuccess = () => resolve(JSON.stringify(all.result));
          };
        }),
    );
    expect(stored).not.toContain('48213579');
    expect(stored).toContain('PBKDF2-SHA256');
    expect(stored).toMatch(/"iterations":\d{6,}/);
    // Change it to the unit converter with a new code.
    await setDisguise(page, 'Unit converter', '5555', { open: false });
    await expect(page.getByText('This app is hidden. It opens as the Unit converter.')).toHaveCount(
      0,
    );
    await expect(
      page.getByText('Done. From now on this app opens as the Unit converter.'),
    ).toBeVisible();
    const fresh = await context.newPage();
    await fresh.goto('/');
    await expect(fresh.getByRole('heading', { name: 'Unit converter' })).toBeVisible();
    await fresh.getByRole('textbox', { name: 'Amount' }).fill('48213579');
    await fresh.getByRole('textbox', { name: 'Amount' }).press('Enter');
    await expectCovered(fresh);
    await fresh.getByRole('textbox', { name: 'Amount' }).fill('5555');
    await fresh.getByRole('textbox', { name: 'Amount' }).press('Enter');
    await expect(fresh.getByRole('heading', { level: 1, name: HOME })).toBeVisible();
    await fresh.close();
    // Remove it: the next start opens the app itself.
    await page.getByRole('button', { name: 'Stop hiding this app' }).click();
    await expect(page.getByText('Done. This app now opens normally.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: HOME })).toBeVisible();
  });

  test('the set-up screen is reachable from the safety page and checks the code', async ({
    page,
  }) => {
    await openApp(page);
    await page
      .getByRole('contentinfo')
      .getByRole('button', { name: 'Using this app safely' })
      .click();
    await page.getByRole('button', { name: /Hide this app behind/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hide this app' })).toBeFocused();
    await page.getByRole('textbox', { name: 'Secret number', exact: true }).fill('12a4');
    await page.getByRole('button', { name: 'Hide this app', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Enter 4 to 8 numbers, with no spaces or letters.',
    );
    await page.getByRole('textbox', { name: 'Secret number', exact: true }).fill('1234');
    await page.getByRole('textbox', { name: 'Type the secret number again' }).fill('1243');
    await page.getByRole('button', { name: 'Hide this app', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The two numbers are not the same. Type them again.',
    );
    for (const input of await page.getByRole('textbox').all()) {
      await expect(input).toHaveAttribute('autocomplete', 'off');
      await expect(input).toHaveAttribute('spellcheck', 'false');
    }
    await expectNoAxeViolations(page, 'hide this app');
  });

  test('spec 35: the name and icon can be chosen before install; the screen says so', async ({
    page,
  }) => {
    await openApp(page);
    await openHideApp(page);
    await expect(
      page.getByText(/You cannot change the name or icon after the app is on your home screen/),
    ).toBeVisible();
    const url = page.url();
    await page.getByRole('radio', { name: 'Units' }).check();
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
      'href',
      '/units.webmanifest',
    );
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
      'href',
      '/icons/units-180.png',
    );
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/icons/units.svg');
    expect(page.url()).toBe(url);
    for (const id of ['calc', 'units']) {
      const manifest = (await (await page.request.get(`/${id}.webmanifest`)).json()) as {
        name: string;
        short_name: string;
        icons: { src: string }[];
      };
      expect(manifest.name).not.toMatch(REVEALING);
      for (const icon of manifest.icons) expect((await page.request.get(icon.src)).ok()).toBe(true);
      expect((await page.request.get(`/icons/${id}-180.png`)).ok()).toBe(true);
    }
    // The choice holds on the next start, before anything is installed.
    await page.reload();
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
      'href',
      '/units.webmanifest',
    );
  });

  test('spec 35: hiding the app behind a cover gives it the same name and icon, before install', async ({
    page,
  }) => {
    await setDisguise(page, 'Unit converter', '2468');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
      'href',
      '/units.webmanifest',
    );
    await expect(
      page.getByText('Its name and icon for your home screen now match: Units.'),
    ).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Units' })).toBeChecked();
  });

  test('spec 35: once installed, the name and icon cannot be changed here', async ({ page }) => {
    await page.addInitScript(() => {
      const original = window.matchMedia.bind(window);
      window.matchMedia = (query: string) =>
        query.includes('display-mode: standalone')
          ? ({ matches: true, media: query } as MediaQueryList)
          : original(query);
    });
    await openApp(page);
    await openHideApp(page);
    await expect(
      page.getByText(
        'This app is already on your home screen, so its name and icon cannot be changed here.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Units' })).toBeDisabled();
  });
});
