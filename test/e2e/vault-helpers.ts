import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The passphrase the vault browser tests use. */
export const PASS = 'kettle orbit meadow trumpet';

/** From "Backup and passphrase" with no vault yet: chooses PASS and waits until it is unlocked. */
export async function createVault(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Choose a passphrase now' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('Type it again').fill(PASS);
  await page.getByRole('button', { name: 'Lock with this passphrase' }).click();
  // Argon2id with 64 MiB runs here; give a busy two-core machine time.
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 20_000 });
}
