import { openDB, deleteDB, type DBSchema, type IDBPDatabase } from 'idb';
import { signal } from '@preact/signals';
import { assertWritable } from './write-guard.ts';

/**
 * The only code that opens IndexedDB. Names here show in browser storage settings, so they are
 * deliberately dull: nothing says what the app is for. Everything persisted lives in this one
 * database, which is why wipeAll() can be complete.
 */
export const DB_NAME = 'tools';
export const DB_VERSION = 2;

export interface AppDB extends DBSchema {
  /** Small settings, one record per key (language, chosen exit page, cover set-up). */
  prefs: { key: string; value: unknown };
  /** Encrypted records, by a short id the feature chooses (src/vault/types.ts). Since v2. */
  items: { key: string; value: unknown };
  /** Small unreadable bookkeeping: the wrapped key and its settings, failed tries. Since v2. */
  meta: { key: string; value: unknown };
}

/**
 * The migrations, as cumulative steps: a person may skip versions. Every step runs inside the one
 * upgrade transaction, so if any step throws the whole upgrade is undone and the old version and
 * its data stay exactly as they were. Released versions: 1 (prefs), 2 (items, meta).
 */
export function migrate(database: IDBPDatabase<AppDB>, oldVersion: number): void {
  if (oldVersion < 1) database.createObjectStore('prefs');
  if (oldVersion < 2) {
    database.createObjectStore('items');
    database.createObjectStore('meta');
  }
}

let connection: Promise<IDBPDatabase<AppDB>> | undefined;

/**
 * Set when another tab of this app upgraded the database to a newer version or deleted it (P22).
 * This tab closes its connection at once so the other tab is never kept waiting, and from then on
 * it does not reopen: its code is older than the data, or the data was deleted on purpose and
 * must not come back half-made from this tab. The shell asks the person to reload.
 */
export const changedInAnotherTab = signal(false);

/** What storage calls reject with after another tab took the database over. */
export class ChangedInAnotherTabError extends Error {
  override name = 'ChangedInAnotherTabError';
}

/** Opens (once) and returns the database, running migrations in order. */
export function db(): Promise<IDBPDatabase<AppDB>> {
  if (changedInAnotherTab.value) {
    return Promise.reject(new ChangedInAnotherTabError('Reload to use the newer version'));
  }
  connection ??= openDB<AppDB>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      migrate(database, oldVersion);
    },
    blocking() {
      // Another tab wants a newer version, or to delete everything: step aside, never deadlock.
      void connection?.then((d) => d.close());
      connection = undefined;
      changedInAnotherTab.value = true;
    },
    terminated() {
      connection = undefined;
    },
  }).catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

/** Closes the connection, for tests and before deleting the database. */
export async function closeDb(): Promise<void> {
  const open = connection;
  connection = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}

/**
 * Deletes everything this app has stored on the device. Afterwards the app is exactly as after a
 * fresh install: the database is simply absent, as it is before first use.
 */
export async function wipeAll(): Promise<void> {
  assertWritable(); // show mode changes nothing on the device, deleting included
  await closeDb();
  await deleteDB(DB_NAME);
}
