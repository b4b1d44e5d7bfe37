import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { createV1, V1_PREFS } from '../../test/fixtures/db-v1.ts';
import {
  changedInAnotherTab,
  ChangedInAnotherTabError,
  closeDb,
  db,
  DB_NAME,
  DB_VERSION,
  migrate,
  wipeAll,
  type AppDB,
} from './db.ts';
import { getPref, setPref } from './prefs.ts';
import { readItems, readMeta, writeBatch } from './vault-store.ts';

beforeEach(async () => {
  await closeDb();
  changedInAnotherTab.value = false;
  globalThis.indexedDB = new IDBFactory();
});
afterEach(closeDb);

async function stores(): Promise<string[]> {
  return [...(await db()).objectStoreNames].sort();
}

describe('schema migrations (P20, P21)', () => {
  it('P20: a fresh install gets every store at the current version', async () => {
    expect((await db()).version).toBe(DB_VERSION);
    expect(await stores()).toEqual(['items', 'meta', 'prefs']);
  });

  it('P20: upgrading from version 1 keeps every setting and adds the new stores', async () => {
    await createV1(indexedDB);
    expect((await db()).version).toBe(2);
    expect(await stores()).toEqual(['items', 'meta', 'prefs']);
    expect(await getPref('lang')).toBe(V1_PREFS['lang']);
    expect(await getPref('intro')).toBe(true);
    expect(await getPref('exit')).toBe(V1_PREFS['exit']);
    expect(await readItems('')).toEqual([]);
  });

  it('P20: any version-1 settings survive the upgrade unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue(), {
          maxKeys: 8,
        }),
        async (prefs) => {
          await closeDb();
          globalThis.indexedDB = new IDBFactory();
          await createV1(indexedDB, prefs);
          const database = await db();
          for (const [key, value] of Object.entries(prefs)) {
            expect(await database.get('prefs', key)).toEqual(value);
          }
          expect(await database.count('prefs')).toBe(Object.keys(prefs).length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('P21: a migration that fails part way leaves version 1 and its data exactly as they were', async () => {
    await createV1(indexedDB);
    const failing = openDB<AppDB>(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        transaction.done.catch(() => undefined);
        migrate(database, oldVersion);
        throw new Error('simulated failure during the upgrade');
      },
    });
    await expect(failing).rejects.toBeDefined();
    const raw = await openDB(DB_NAME);
    expect(raw.version).toBe(1);
    expect([...raw.objectStoreNames]).toEqual(['prefs']);
    expect(await raw.get('prefs', 'lang')).toBe(V1_PREFS['lang']);
    raw.close();
    // The next start tries again and succeeds.
    expect(await getPref('lang')).toBe(V1_PREFS['lang']);
    expect((await db()).version).toBe(2);
  });

  it('P22: an open connection steps aside when a newer version needs to upgrade (no deadlock)', async () => {
    await setPref('lang', 'en');
    await db(); // this tab holds a connection at the current version
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade(database) {
        database.createObjectStore('later');
      },
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    // This tab now knows, and neither reopens at its older version nor writes anything.
    expect(changedInAnotherTab.value).toBe(true);
    await expect(db()).rejects.toBeInstanceOf(ChangedInAnotherTabError);
    await expect(setPref('lang', 'pl')).rejects.toBeInstanceOf(ChangedInAnotherTabError);
  });

  it('P22: deleting everything in another tab does not let this tab make the data again', async () => {
    await setPref('lang', 'en');
    await db();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DB_NAME); // as "Delete everything" in another tab
      request.onsuccess = () => {
        resolve();
      };
      request.onerror = () => {
        reject(new Error('delete failed'));
      };
    });
    expect(changedInAnotherTab.value).toBe(true);
    await expect(writeBatch({ put: [{ id: 'p:a', value: 1 }] })).rejects.toBeInstanceOf(
      ChangedInAnotherTabError,
    );
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('P18: wipeAll removes the vault stores too, leaving a fresh install', async () => {
    await setPref('intro', true);
    await writeBatch({ put: [{ id: 'p:a', value: new Uint8Array([1]) }], meta: { k: 1 } });
    await wipeAll();
    expect(await indexedDB.databases()).toEqual([]);
    expect(await readMeta('k')).toBeUndefined();
    await wipeAll();
  });

  it('P23: a batch that fails part way writes none of it', async () => {
    await writeBatch({ put: [{ id: 'p:a', value: 'old' }] });
    await expect(
      writeBatch({
        put: [
          { id: 'p:a', value: 'new' },
          { id: 'p:b', value: () => undefined }, // cannot be stored: the transaction aborts
        ],
      }),
    ).rejects.toBeDefined();
    expect(await readItems('')).toEqual([{ id: 'p:a', value: 'old' }]);
  });
});
