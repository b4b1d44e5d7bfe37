import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { APP_ORIGIN, expect, openApp, test } from './fixtures.ts';
import { makeBackup } from './vault-backup-fixture.ts';
import { createVault } from './vault-helpers.ts';

/**
 * Faults a phone really has: the browser clears the site's storage on its own (P29). Each test uses its own browser profile on disk, so
 * what was written survives a relaunch the way it does on a phone.
 */

const PASS_BEFORE = 'lantern pebble harbour mint';

async function launch(dir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    baseURL: APP_ORIGIN,
    viewport: { width: 360, height: 640 },
    serviceWorkers: 'block',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** Uncaught errors and CSP violations, which must stay at zero whatever happened before. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      errors.push(message.text());
  });
  return errors;
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Backup and passphrase/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Backup and passphrase' }),
  ).toBeVisible();
}

async function restore(page: Page, file: string, passphrase: string): Promise<void> {
  await page.getByLabel('File to restore').setInputFiles({
    name: 'tools-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await page.getByLabel('Passphrase for this backup').fill(passphrase);
  // The "this replaces" confirmation is only there when something is saved already.
  const replaces = page.getByLabel('I understand this replaces');
  if (await replaces.isVisible()) await replaces.check();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
}

function entries(prefix: string, count: number, size: number) {
  return Array.from({ length: count }, (_, n) => ({
    id: `d:${prefix}${String(n)}`,
    value: {
      date: '2026-03-01',
      time: '',
      where: `${prefix} ${String(n)}`,
      what: `${prefix} `.repeat(size),
      witnesses: '',
      injuries: '',
      said: '',
      created: n,
    },
  }));
}

test.describe('faults (P29)', () => {
  test('P29: after the browser clears the saved data, the app starts and offers a fresh start', async () => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(join(tmpdir(), 'tools-evict-'));
    try {
      let { context, page } = await launch(dir);
      let errors = watchErrors(page);
      await openApp(page);
      await openSettings(page);
      await createVault(page);
      await restore(page, await makeBackup(PASS_BEFORE, entries('kept', 2, 10)), PASS_BEFORE);
      await expect(page.getByText('Restored 2 saved items.')).toBeVisible({ timeout: 30_000 });

      // The browser evicts the site's IndexedDB between runs.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', {
        origin: APP_ORIGIN,
        storageTypes: 'indexeddb',
      });
      await context.close();

      ({ context, page } = await launch(dir));
      errors = watchErrors(page);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await openApp(page);
      // The plan offers to start again with a new passphrase: never a crash or a blank screen.
      await page.getByRole('button', { name: /^Make a safety plan/ }).click();
      await expect(page.getByRole('heading', { name: 'Choose a passphrase' })).toBeVisible();
      await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
      // Backup and passphrase offers both a new passphrase and restoring a backup file.
      await page.getByRole('button', { name: 'Home', exact: true }).click();
      await openSettings(page);
      await expect(page.getByRole('button', { name: 'Choose a passphrase now' })).toBeVisible();
      await expect(page.getByLabel('File to restore')).toBeVisible();
      // And restoring the backup works straight away, with no passphrase chosen first.
      await restore(page, await makeBackup(PASS_BEFORE, entries('back', 2, 10)), PASS_BEFORE);
      await expect(page.getByText('Restored 2 saved items.')).toBeVisible({ timeout: 30_000 });
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
