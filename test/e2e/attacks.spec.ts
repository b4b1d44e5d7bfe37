import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';
import { makeBackup } from './vault-backup-fixture.ts';
import { expectInert, watchDialogs } from './attack-helpers.ts';
import { XSS_PAYLOADS, type Payload } from '../fixtures/xss-payloads.ts';
import { sample } from '../depth.ts';
import { TEXT_LIMITS } from '../../src/vault/limits.ts';

/**
 * P6: hostile text saved in the plan, contacts and diary, or brought in by a backup, never runs,
 * in every view that shows it. Text typed into every field of every screen is checked by the
 * screen walk (all-screens.spec.ts). See attack-helpers.ts for what "never runs" checks.
 */

const PASS = 'kettle orbit meadow trumpet';
const BACKUP_PASS = 'lantern pebble harbour mint';
const SHORT = XSS_PAYLOADS.filter((p) => p.category !== 'long');
const LONG = XSS_PAYLOADS.filter((p) => p.category === 'long');
/**
 * Saved one by one: every payload in the deep run, a sample that changes each day in `npm test`
 * (each save is a vault write). All of them are also saved together, and restored, every run.
 */
const ONE_BY_ONE = sample(XSS_PAYLOADS, 15);

async function heading(page: Page): Promise<string> {
  const h1 = page.locator('#main h1').first();
  await expect(h1).toBeVisible();
  return (await h1.textContent()) ?? '';
}

async function createVault(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Backup and passphrase/ }).click();
  await page.getByRole('button', { name: 'Choose a passphrase now' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('Type it again').fill(PASS);
  await page.getByRole('button', { name: 'Lock with this passphrase' }).click();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 20_000 });
  await goHome(page);
}

async function goHome(page: Page): Promise<void> {
  const home = page.getByRole('button', { name: 'Home', exact: true });
  if (await home.isVisible()) await home.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Find help and stay safer' }),
  ).toBeVisible();
}

test.describe('attacks (P6)', () => {
  test('P6: payloads saved in the plan, contacts and diary stay text in every view', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const dialogs = watchDialogs(page);
    await openApp(page);
    await createVault(page);
    await page.getByRole('button', { name: /^Make a safety plan/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your safety plan' })).toBeVisible();

    // Free-text notes: payloads one at a time, then all of them together.
    await page.getByRole('button', { name: /^Safe contacts and code words/ }).click();
    const notes = page.getByRole('textbox', { name: 'Your notes' });
    const save = page.getByRole('button', { name: 'Save', exact: true });
    for (const p of ONE_BY_ONE) {
      await notes.fill(p.text);
      await save.click();
      await expectInert(page, dialogs, `notes, ${p.category}`);
    }
    const allShort = SHORT.map((p) => p.text).join('\n');
    await notes.fill(allShort);
    await save.click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible();

    // Safe contacts with hostile names, numbers and code words.
    // Each field takes as much of the payload as its limit allows (issue 12 point 3: a contact
    // over a limit is refused with a message, which another test checks).
    const phone = ' 07700 900123';
    for (const p of ONE_BY_ONE) {
      await page
        .getByRole('textbox', { name: 'Name' })
        .fill(p.text.slice(0, TEXT_LIMITS.contactName));
      await page
        .getByRole('textbox', { name: 'Phone number' })
        .fill(p.text.slice(0, TEXT_LIMITS.contactNumber - phone.length) + phone);
      await page
        .getByRole('textbox', { name: /Code word/ })
        .fill(p.text.slice(0, TEXT_LIMITS.codeWord));
      await page.getByRole('button', { name: 'Add contact' }).click();
      await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('');
      await expectInert(page, dialogs, `contact, ${p.category}`);
    }
    await page.getByRole('button', { name: 'Back', exact: true }).click();

    // Diary: each payload lands in one of the five free-text fields of some entry.
    await page.getByRole('button', { name: /^Evidence diary/ }).click();
    const labels = ['Where it happened', 'What happened', 'Who saw or heard it', 'Any injuries'];
    const groups: Payload[][] = [];
    for (let i = 0; i < ONE_BY_ONE.length; i += 5) groups.push(ONE_BY_ONE.slice(i, i + 5));
    for (const [n, group] of groups.entries()) {
      await page.getByRole('button', { name: 'Add an entry' }).click();
      await page
        .getByLabel('Date it happened')
        .fill(`2026-01-${String((n % 28) + 1).padStart(2, '0')}`);
      for (const [j, p] of group.entries()) {
        const label = labels[j] ?? 'What was said';
        await page.getByLabel(label, { exact: true }).fill(p.text);
      }
      await page.getByRole('button', { name: 'Save entry' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible();
      await expectInert(page, dialogs, `diary entry ${String(n)}`);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
    }
    await expectInert(page, dialogs, 'diary list');

    await revisit(page, dialogs, groups.length);
    expect(LONG.length).toBeGreaterThan(0);
  });

  test('P6: payloads brought in by a restored backup stay text in every view', async ({ page }) => {
    test.setTimeout(120_000);
    const dialogs = watchDialogs(page);
    const short = SHORT.map((p) => p.text);
    const records: { id: string; value: unknown }[] = [
      { id: 'p:s1', value: { checked: [], notes: short.join('\n') } },
      { id: 'p:s13', value: { checked: [], notes: LONG.map((p) => p.text).join('\n') } },
      {
        id: 'p:c',
        value: {
          list: short.map((text, i) => ({
            id: `c${String(i)}`,
            name: text.slice(0, TEXT_LIMITS.contactName),
            number: text.slice(0, TEXT_LIMITS.contactNumber),
            codeWord: text.slice(0, TEXT_LIMITS.codeWord),
          })),
        },
      },
    ];
    const entries = Math.ceil(XSS_PAYLOADS.length / 5);
    for (let n = 0; n < entries; n++) {
      const at = (k: number) => XSS_PAYLOADS[(n * 5 + k) % XSS_PAYLOADS.length]?.text ?? '';
      records.push({
        id: `d:x${String(n)}`,
        value: {
          date: `2026-02-${String((n % 28) + 1).padStart(2, '0')}`,
          time: '',
          where: at(0),
          what: at(1),
          witnesses: at(2),
          injuries: at(3),
          said: at(4),
          created: n,
        },
      });
    }
    const backup = await makeBackup(BACKUP_PASS, records);

    await openApp(page);
    await createVault(page);
    await page.getByRole('button', { name: /Backup and passphrase/ }).click();
    await page.getByLabel('File to restore').setInputFiles({
      name: 'tools-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    await page.getByLabel('Passphrase for this backup').fill(BACKUP_PASS);
    await page.getByLabel('I understand this replaces').check();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(page.getByText(`Restored ${String(records.length)} saved items.`)).toBeVisible({
      timeout: 30_000,
    });
    await expectInert(page, dialogs, 'after restore');
    await goHome(page);
    await page.getByRole('button', { name: /^Make a safety plan/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your safety plan' })).toBeVisible();
    await page.getByRole('button', { name: /^Safe contacts and code words/ }).click();
    await expect(page.getByRole('textbox', { name: 'Your notes' })).toHaveValue(short.join('\n'));
    await expect(page.locator('.contact')).toHaveCount(short.length);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('button', { name: /^Evidence diary/ }).click();
    await revisit(page, dialogs, entries);
  });
});

/**
 * From the diary list: every entry, the diary print view, then the plan overview, every section
 * and the plan's print view, checking each.
 */
async function revisit(page: Page, dialogs: string[], entries: number): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence diary' })).toBeVisible();
  const list = page.locator('#main ol.doors button');
  await expect(list).toHaveCount(entries);
  for (let i = 0; i < entries; i++) {
    await list.nth(i).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Diary entry' })).toBeVisible();
    await expectInert(page, dialogs, `diary entry ${String(i)} reopened`);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Print the diary' }).click();
  await heading(page);
  await expect(page.locator('#main')).toContainText('window.__xss=1');
  await expectInert(page, dialogs, 'diary print view');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Your safety plan' })).toBeVisible();
  await expectInert(page, dialogs, 'plan overview');
  const sections = page.locator('.plan-sections button');
  const count = await sections.count();
  for (let i = 0; i < count; i++) {
    await sections.nth(i).click();
    await heading(page);
    await expectInert(page, dialogs, `plan section ${String(i)}`);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
  }
  await page.getByRole('button', { name: /^Print parts of your plan/ }).click();
  await heading(page);
  const everything = page.getByRole('checkbox');
  for (let i = 0; i < (await everything.count()); i++) await everything.nth(i).check();
  await expect(page.locator('#main')).toContainText('window.__xss=1');
  await expectInert(page, dialogs, 'plan print view');
}
