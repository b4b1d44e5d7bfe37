import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { closeDb, DB_NAME, wipeAll } from './db.ts';
import { deletePref, getPref, setPref } from './prefs.ts';

const REVEALING = /abuse|domestic|violence|help|safety|refuge|escape|shelter|plan|victim/i;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDb();
});

describe('storage', () => {
  it('keeps settings across a reopen', async () => {
    await setPref('lang', 'pl');
    await closeDb();
    expect(await getPref('lang')).toBe('pl');
    await deletePref('lang');
    expect(await getPref('lang')).toBeUndefined();
  });

  it('uses names that do not reveal what the app is for', async () => {
    await setPref('intro', true);
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    expect(names).toEqual([DB_NAME]);
    const open = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new Error('open failed'));
    });
    const stores = [...open.objectStoreNames];
    open.close();
    for (const name of [...names, ...stores]) expect(name).not.toMatch(REVEALING);
  });

  it('wipeAll leaves nothing behind, like a fresh install', async () => {
    await setPref('intro', true);
    await wipeAll();
    expect(await indexedDB.databases()).toEqual([]);
  });
});
