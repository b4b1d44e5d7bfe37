import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';
import { makeBackup } from './vault-backup-fixture.ts';
import { XSS_PAYLOADS, type Payload } from '../fixtures/xss-payloads.ts';

/**
 * P6: hostile text typed into every field, or brought in by a backup, never runs, in every view
 * that shows it. The fixture already fails a test on any CSP violation or uncaught error; these
 * tests also fail on any dialog, on `window.__xss`, and on any handler attribute or active
 * element (script, iframe, object, embed) inside #app.
 */

const PASS = 'kettle orbit meadow trumpet';
const BACKUP_PASS = 'lantern pebble harbour mint';
const SHORT = XSS_PAYLOADS.filter((p) => p.category !== 'long');
const LONG = XSS_PAYLOADS.filter((p) => p.category === 'long');

/**
 * Buttons the walk never presses: they lock, delete, leave, hide or change the app's settings.
 * "Hide this app" outside a form only opens the set-up screen, so the walk goes there.
 */
const NEVER =
  /^(?!hide this app$)(?:lock|delete|remove|wipe|clear|exit|leave|hide|restore|export|download|backup file|print$|^print|language|english|polski|اردو|show|cover|disguise|use this|read aloud|stop|turn|change|forget|copy|call|text |choose a passphrase|^open$|^save|add contact|continue|start|finish|yes|no,)/i;

declare global {
  interface Window {
    __xss?: number;
  }
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Everything that would mean a payload ran or became markup. */
async function expectInert(page: Page, dialogs: string[], where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const app = document.getElementById('app') ?? document.body;
    const active = [
      ...app.querySelectorAll('script, iframe, object, embed, frame, base, meta'),
    ].map((el) => el.outerHTML.slice(0, 80));
    const handlers = [...app.querySelectorAll('*')]
      .filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
      .map((el) => el.outerHTML.slice(0, 80));
    // Links go to https:, tel: or sms: only; images are the app's own files; no form posts.
    const hrefs = [
      ...[...app.querySelectorAll('[href]')]
        .map((el) => el.getAttribute('href') ?? '')
        .filter((h) => !/^(https:|tel:|sms:|#)/.test(h)),
      ...[...app.querySelectorAll('[src]')]
        .map((el) => el.getAttribute('src') ?? '')
        .filter((h) => !/^\/[\w-]/.test(h)),
      ...[...app.querySelectorAll('[action], [formaction]')].map((el) => el.outerHTML.slice(0, 80)),
    ];
    return { xss: window.__xss ?? 0, active, handlers, hrefs };
  });
  expect(found, where).toEqual({ xss: 0, active: [], handlers: [], hrefs: [] });
  expect(dialogs, where).toEqual([]);
}

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

const BUTTONS = '#main button:visible';

/** Replays a path of button positions from home. */
async function follow(page: Page, path: number[]): Promise<void> {
  await goHome(page);
  for (const index of path) {
    await page.locator(BUTTONS).nth(index).click();
    await heading(page);
  }
}

/**
 * The buttons on this screen the walk may press to find another screen, by position. A button
 * named like a screen already walked (a door's title is the heading it opens) is not pressed again.
 */
async function candidates(page: Page, seen: ReadonlySet<string>): Promise<number[]> {
  const labels = await page
    .locator(BUTTONS)
    .evaluateAll((els) =>
      els.map((el) =>
        (el as HTMLButtonElement).disabled || el.closest('form') !== null
          ? ''
          : (el.getAttribute('aria-label') ??
            (el.querySelector<HTMLElement>('.door-title') ?? (el as HTMLElement)).innerText.trim()),
      ),
    );
  return labels.flatMap((label, i) =>
    label !== '' && !NEVER.test(label) && !seen.has(label) ? [i] : [],
  );
}

function fields(page: Page): Locator {
  return page.locator(
    '#main :is(input[type="text"], input[type="search"], input[type="tel"], input[type="date"], input[type="number"], input:not([type]), textarea):visible',
  );
}

/** Types every payload of the corpus into each field on the screen, checking after every one. */
async function attackFields(page: Page, dialogs: string[], where: string): Promise<number> {
  const count = await fields(page).count();
  const payloads = XSS_PAYLOADS;
  for (let i = 0; i < count; i++) {
    const field = fields(page).nth(i);
    const type = (await field.getAttribute('type')) ?? 'text';
    for (const p of payloads) {
      if (type === 'date' || type === 'number') {
        // The browser rejects non-date and non-number text itself; try it anyway.
        await field.fill(p.text).catch(() => undefined);
      } else {
        await field.fill(p.text);
      }
      await expectInert(page, dialogs, `${where}, field ${String(i)}, ${p.category}`);
    }
    if (type !== 'date' && type !== 'number') await field.fill('');
  }
  return count;
}

test.describe('attacks (P6)', () => {
  test('P6: every field on every screen reachable from home takes hostile text inertly', async ({
    page,
  }) => {
    test.setTimeout(480_000);
    const dialogs = watchDialogs(page);
    await openApp(page);
    await createVault(page);

    const seen = new Set<string>();
    const queue: number[][] = [[]];
    const queued = new Set<string>();
    let attacked = 0;
    while (queue.length > 0) {
      const path = queue.shift() ?? [];
      await follow(page, path);
      const title = await heading(page);
      if (seen.has(title)) continue;
      seen.add(title);
      attacked += await attackFields(page, dialogs, `${path.join('>')} ${title}`);
      // Every screen, at any depth: a screen is attacked once, found by the first path to it.
      for (const index of await candidates(page, new Set([...seen, ...queued]))) {
        await page.locator(BUTTONS).nth(index).click();
        const next = await heading(page);
        if (next === title) continue;
        if (!seen.has(next) && !queued.has(next)) {
          queued.add(next);
          queue.push([...path, index]);
        }
        await page.getByRole('button', { name: 'Back', exact: true }).click();
        await expect(page.locator('#main h1').first()).toHaveText(title);
      }
    }
    test.info().annotations.push({
      type: 'walked',
      description: `${String(seen.size)} screens, ${String(attacked)} fields: ${[...seen].join(' | ')}`,
    });
    // Every kind of screen with a text field was found by the walk, not listed by hand.
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'Find someone to talk to',
        'Search these pages',
        'Safe contacts and code words',
        'Your own notes',
        'New diary entry',
        'Backup and passphrase',
        'Hide this app',
      ]),
    );
    expect(seen.size).toBeGreaterThan(80);
    expect(attacked, [...seen].join(' | ')).toBeGreaterThan(20);
  });

  test('P6: payloads saved in the plan, contacts and diary stay text in every view', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const dialogs = watchDialogs(page);
    await openApp(page);
    await createVault(page);
    await page.getByRole('button', { name: /^Make a safety plan/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your safety plan' })).toBeVisible();

    // Free-text notes: every payload, one at a time, then all of them together.
    await page.getByRole('button', { name: /^Safe contacts and code words/ }).click();
    const notes = page.getByRole('textbox', { name: 'Your notes' });
    const save = page.getByRole('button', { name: 'Save', exact: true });
    for (const p of XSS_PAYLOADS) {
      await notes.fill(p.text);
      await save.click();
      await expectInert(page, dialogs, `notes, ${p.category}`);
    }
    const allShort = SHORT.map((p) => p.text).join('\n');
    await notes.fill(allShort);
    await save.click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible();

    // Safe contacts with hostile names, numbers and code words: every payload of the corpus.
    for (const p of XSS_PAYLOADS) {
      const text = p.text.slice(0, 300);
      await page.getByRole('textbox', { name: 'Name' }).fill(text);
      await page.getByRole('textbox', { name: 'Phone number' }).fill(`${text} 07700 900123`);
      await page.getByRole('textbox', { name: /Code word/ }).fill(text);
      await page.getByRole('button', { name: 'Add contact' }).click();
      await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('');
      await expectInert(page, dialogs, `contact, ${p.category}`);
    }
    await page.getByRole('button', { name: 'Back', exact: true }).click();

    // Diary: every payload lands in one of the five free-text fields of some entry.
    await page.getByRole('button', { name: /^Evidence diary/ }).click();
    const labels = ['Where it happened', 'What happened', 'Who saw or heard it', 'Any injuries'];
    const groups: Payload[][] = [];
    for (let i = 0; i < XSS_PAYLOADS.length; i += 5) groups.push(XSS_PAYLOADS.slice(i, i + 5));
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
            name: text,
            number: text,
            codeWord: text,
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
