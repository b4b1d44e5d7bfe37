import type { Page } from '@playwright/test';
import { expect, openApp } from './fixtures.ts';

export const HOME = 'Find help and stay safer';

/** Opens "Hide this app" from home. */
export async function openHideApp(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Hide this app/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hide this app' })).toBeFocused();
}

/** Sets a disguise through the app's own screen and waits until it is saved. */
export async function setDisguise(
  page: Page,
  cover: 'Calculator' | 'Unit converter',
  code: string,
  options: { open?: boolean } = {},
): Promise<void> {
  if (options.open !== false) {
    await openApp(page);
    await openHideApp(page);
  }
  await page
    .getByRole('group', { name: 'Which tool should this app look like?' })
    .getByRole('radio', { name: cover })
    .check();
  await page.getByRole('textbox', { name: 'Secret number', exact: true }).fill(code);
  await page.getByRole('textbox', { name: 'Type the secret number again' }).fill(code);
  await page.getByRole('button', { name: 'Hide this app', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toBeVisible();
}

/** Presses calculator keys by their accessible names (digits are their own names). */
export async function pressCalc(page: Page, keys: string): Promise<void> {
  const names: Record<string, string> = {
    '+': 'Plus',
    '−': 'Minus',
    '×': 'Multiply',
    '÷': 'Divide',
    '=': 'Equals',
    '.': 'Point',
    '%': 'Percent',
    C: 'Clear',
  };
  for (const key of keys) {
    await page.getByRole('button', { name: names[key] ?? key, exact: true }).click();
  }
}

export const calculator = (page: Page) => page.getByRole('heading', { name: 'Calculator' });
export const display = (page: Page) => page.getByRole('status', { name: 'Result' });

/** The cover shows and nothing of the real app is in the page. */
export async function expectCovered(page: Page): Promise<void> {
  await expect(page.locator('main.cover')).toBeVisible();
  await expect(page.locator('#app')).toBeEmpty();
  await expect(page.locator('.exit-bar')).toBeHidden();
  await expect(page.locator('.exit-overlay')).toHaveCount(0);
}

/** Pretends the tab was hidden (another app opened), then shown again. */
export async function hideAndShowTab(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    Reflect.deleteProperty(document, 'visibilityState');
    document.dispatchEvent(new Event('visibilitychange'));
  });
}
