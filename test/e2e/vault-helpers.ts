import type { Page } from '@playwright/test';
import { expect, openApp } from './fixtures.ts';

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

/** The canary the storage tests type and then look for in every encoding. */
export const CANARY = 'ZEBRA-CANARY-7731';

/** Opens "Backup and passphrase" from a fresh start. */
export async function openSettings(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: /Backup and passphrase/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Backup and passphrase' }),
  ).toBeVisible();
}

/** What a tap on a `tel:` link or switching to the camera does: the page is hidden. */
export async function hidePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
}

/** Everything the app could have left on the device, as text in several encodings. */
export async function dumpDevice(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const show = (value: unknown): string =>
      JSON.stringify(value, (_key, v: unknown) => {
        const bytes =
          v instanceof ArrayBuffer ? new Uint8Array(v) : v instanceof Uint8Array ? v : undefined;
        if (!bytes) return v;
        const latin1 = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
        return `${latin1} ${btoa(latin1)} ${new TextDecoder().decode(bytes)}`;
      });
    const parts: string[] = [];
    for (const info of await indexedDB.databases()) {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error('open failed'));
      });
      for (const name of [...database.objectStoreNames]) {
        const store = database.transaction(name).objectStore(name);
        const read = (request: IDBRequest) =>
          new Promise<unknown>((resolve) => (request.onsuccess = () => resolve(request.result)));
        parts.push(name, show(await read(store.getAllKeys())), show(await read(store.getAll())));
      }
      database.close();
    }
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const request of await cache.keys()) {
        parts.push(request.url, (await (await cache.match(request))?.text()) ?? '');
      }
    }
    for (const area of [localStorage, sessionStorage]) {
      for (let i = 0; i < area.length; i += 1) {
        const key = area.key(i) ?? '';
        parts.push(key, area.getItem(key) ?? '');
      }
    }
    parts.push(document.cookie);
    return parts.join('\n');
  });
}

/** The canary is nowhere in the dump: not as text, base64 or UTF-16. */
export function expectNoCanary(dump: string): void {
  expect(dump).not.toContain(CANARY);
  expect(dump).not.toContain(Buffer.from(CANARY).toString('base64'));
  expect(dump).not.toContain(Buffer.from(CANARY, 'utf16le').toString('latin1'));
}
