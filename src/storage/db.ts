import { openDB, deleteDB, type DBSchema, type IDBPDatabase } from 'idb';

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

/** Opens (once) and returns the database, running migrations in order. */
export function db(): Promise<IDBPDatabase<AppDB>> {
  connection ??= openDB<AppDB>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      migrate(database, oldVersion);
    },
    blocking() {
      // A newer version of the app opened in another tab: let it upgrade rather than deadlock.
      void connection?.then((d) => d.close());
      connection = undefined;
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
  await closeDb();
  await deleteDB(DB_NAME);
}
