import type { Page } from '@playwright/test';
import { test, expect, openApp, expectNoAxeViolations, deploy } from './fixtures.ts';

const PASSPHRASE = 'correct horse battery staple';
const PLAN_TITLE = 'Your safety plan';

/**
 * Opens the plan from home. If the vault asks the person to create a passphrase first (the
 * encrypted vault does on a fresh device), it fills the passphrase twice and submits; if it asks
 * to unlock, it unlocks. Then it waits for the plan itself.
 */
async function openPlan(page: Page): Promise<GatePath> {
  await openApp(page);
  await page.getByRole('button', { name: /^Make a safety plan/ }).click();
  return passVaultGate(page);
}

type GatePath = 'open' | 'created' | 'unlocked';

/** Gets past the vault's create or unlock step, if it shows one, and waits for the plan. */
async function passVaultGate(page: Page): Promise<GatePath> {
  const plan = page.getByRole('heading', { level: 1, name: PLAN_TITLE });
  // The encrypted vault's first-use screen (src/features/vault/CreatePassphrase.tsx).
  const create = page.getByRole('heading', { name: 'Choose a passphrase' });
  const secret = page.locator('input[type="password"]');
  await expect(plan.or(create).or(secret.first()).first()).toBeVisible();
  if (await plan.isVisible()) return 'open';
  const creating = await create.isVisible();
  const fields = creating ? Math.min(await secret.count(), 2) : 1;
  for (let i = 0; i < fields; i++) await secret.nth(i).fill(PASSPHRASE);
  const last = secret.nth(fields - 1);
  // Submit the way a person pressing Enter would; the app stops the native submission itself.
  const submitted = await last.evaluate((el) => {
    const form = (el as HTMLInputElement).form;
    form?.requestSubmit();
    return form !== null;
  });
  if (!submitted) await last.press('Enter');
  // Deriving the key from a passphrase takes a moment on a slow machine.
  await expect(plan).toBeVisible({ timeout: 30_000 });
  return creating ? 'created' : 'unlocked';
}

async function openSection(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
}

/** Counts native form submissions the app did not stop (spec 34). */
async function watchSubmits(page: Page): Promise<() => Promise<boolean[]>> {
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { __submits: boolean[] }).__submits = seen;
    document.addEventListener('submit', (e) => seen.push(e.defaultPrevented));
  });
  return () => page.evaluate(() => (window as unknown as { __submits: boolean[] }).__submits);
}

/** Every text field on the screen is kept out of autofill and keyboard learning (spec 34). */
async function expectQuietFields(page: Page): Promise<void> {
  const fields = page.locator('#main input:not([type="checkbox"]), #main textarea');
  const count = await fields.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    await expect(field).toHaveAttribute('autocomplete', 'off');
    await expect(field).toHaveAttribute('spellcheck', 'false');
    await expect(field).toHaveAttribute('autocapitalize', 'off');
    await expect(field).toHaveAttribute('autocorrect', 'off');
  }
}

test.describe('safety plan (spec 34)', () => {
  test('priorities order the plan; a section keeps what was saved after leaving it', async ({
    page,
  }) => {
    await openPlan(page);
    await expectNoAxeViolations(page, 'plan');
    const submits = await watchSubmits(page);

    await page.getByRole('checkbox', { name: 'My pets' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    const sections = page.locator('.plan-sections .door-title');
    await expect(sections.first()).toHaveText('Pets');
    await page.getByRole('checkbox', { name: 'Staying for now' }).check();
    await expect(page.getByText('Staying for now is a real plan.')).toBeVisible();

    await openSection(page, 'The emergency bag');
    await expectNoAxeViolations(page, 'plan-section');
    await expectQuietFields(page);
    await page.getByRole('checkbox', { name: 'Medicine and prescriptions' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Your notes' }).fill('Bag is with my sister');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    expect(await submits()).not.toContain(false);

    // The offer to keep the plan safe from being cleared appears after a meaningful save.
    await expect(page.getByRole('heading', { name: 'Keep your plan safe' })).toBeVisible();
    await expect(
      page.getByText(/clears this site's data.*private or incognito window/),
    ).toBeVisible();

    // Leave, go home, come back: it is all still there.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('button', { name: /^The emergency bag/ })).toContainText(
      '1 of 8 ticked',
    );
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    await page.getByRole('button', { name: /^Make a safety plan/ }).click();
    await passVaultGate(page);
    await expect(page.getByRole('checkbox', { name: 'My pets' })).toBeChecked();
    await openSection(page, 'The emergency bag');
    await expect(page.getByRole('checkbox', { name: 'Medicine and prescriptions' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Your notes' })).toHaveValue(
      'Bag is with my sister',
    );
  });

  test('after a reload and unlock the plan is still there (encrypted vault only)', async ({
    page,
  }) => {
    await openPlan(page);
    await openSection(page, 'Money');
    await page.getByRole('checkbox', { name: 'Keep some credit on your phone.' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.reload();
    await openApp(page);
    await page.getByRole('button', { name: /^Make a safety plan/ }).click();
    const path = await passVaultGate(page);
    // The plan is kept in the encrypted vault: after a reload it is locked and asks to unlock.
    expect(path).toBe('unlocked');
    await openSection(page, 'Money');
    await expect(
      page.getByRole('checkbox', { name: 'Keep some credit on your phone.' }),
    ).toBeChecked();
  });

  test('a safe contact calls or texts by tel: and sms: links of digits only', async ({ page }) => {
    await openPlan(page);
    await openSection(page, 'Safe contacts and code words');
    await expect(page.getByText(/call history/)).toBeVisible();
    await page.getByRole('textbox', { name: 'Name' }).fill('Sam');
    await page.getByRole('textbox', { name: 'Phone number' }).fill('+44 (0)7700 900123');
    await page.getByRole('textbox', { name: /Code word/ }).fill('pineapple');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect(page.getByRole('link', { name: 'Call Sam' })).toHaveAttribute(
      'href',
      'tel:+4407700900123',
    );
    await expect(page.getByRole('link', { name: 'Text Sam' })).toHaveAttribute(
      'href',
      'sms:+4407700900123',
    );
    await expect(page.getByText('Code word: pineapple')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    await expectNoAxeViolations(page, 'plan-section with a contact');
    // Services are one tap away from the section.
    await expect(
      page.getByRole('button', { name: 'National Domestic Abuse Helpline' }),
    ).toBeVisible();
  });

  test('a diary entry prints as a record, and print shows only the chosen parts', async ({
    page,
  }) => {
    await openPlan(page);
    await openSection(page, 'The emergency bag');
    await page.getByRole('checkbox', { name: 'Spare house and car keys' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.getByRole('button', { name: 'Back', exact: true }).click();

    await page.getByRole('button', { name: /^Evidence diary/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Evidence diary' })).toBeFocused();
    await expectNoAxeViolations(page, 'diary');
    await page.getByRole('button', { name: 'Add an entry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New diary entry' })).toBeFocused();
    await expectQuietFields(page);
    await page.getByLabel('Date it happened').fill('2026-11-01');
    await page.getByLabel('Where it happened').fill('Kitchen');
    await page.getByLabel('What happened').fill('DIARY-MARKER shouted and threw a cup');
    await page.getByLabel('Any injuries').fill('Cut on hand');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await expectNoAxeViolations(page, 'diary-entry');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('button', { name: /1 November 2026: Kitchen/ })).toBeVisible();

    await page.getByRole('button', { name: 'Print the diary' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Print parts of your plan' }),
    ).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Paper can be found' })).toBeVisible();
    const sheet = page.getByRole('article', { name: 'What will be printed' });
    await expect(sheet).toContainText('DIARY-MARKER');
    await expect(sheet).toContainText('Cut on hand');
    await expect(sheet).not.toContainText('Spare house and car keys');
    await expectNoAxeViolations(page, 'plan-print');

    await page.getByRole('checkbox', { name: 'The emergency bag' }).check();
    await page.getByRole('checkbox', { name: 'Evidence diary' }).uncheck();
    await expect(sheet).toContainText('Spare house and car keys');
    await expect(sheet).not.toContainText('DIARY-MARKER');

    // On paper: only the sheet, never the screen around it or the exit bar.
    await page.emulateMedia({ media: 'print' });
    await expect(sheet).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Paper can be found' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    await expect(page.locator('#exit-bar')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  });

  test('quick exit takes the plan out of the page in the same task (spec 20)', async ({ page }) => {
    await openPlan(page);
    await openSection(page, 'Your own notes');
    await page.getByRole('textbox', { name: 'Your notes' }).fill('EXIT-MARKER private words');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    // This listener runs straight after the app's own exit handler (it leaves when the press
    // ends), in the same task.
    let left: { appEmpty: boolean; marker: boolean } | undefined;
    await page.exposeBinding('__reportLeft', (_source, value: typeof left) => (left = value));
    await page.evaluate(() => {
      window.addEventListener(
        'pointerup',
        () => {
          const app = document.getElementById('app');
          (
            window as unknown as { __reportLeft(v: { appEmpty: boolean; marker: boolean }): void }
          ).__reportLeft({
            appEmpty: app?.childElementCount === 0,
            marker: document.body.textContent.includes('EXIT-MARKER'),
          });
        },
        { capture: true },
      );
    });
    await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
    await expect.poll(() => left).toEqual({ appEmpty: true, marker: false });
    await page.waitForURL(deploy.exit.default);
  });
});
