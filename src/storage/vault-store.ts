import { db, closeDb } from './db.ts';
import { assertWritable, WritesBlockedError } from './write-guard.ts';

/**
 * Storage for the vault (src/vault/). Everything that arrives here is already encrypted, apart from
 * record ids and small numbers (how many tries failed). Callers encrypt first and only then call a
 * write, so no transaction ever waits on WebCrypto (it would close itself half way through).
 */

/** One write, applied in a single transaction: all of it lands or none of it does. */
export interface Batch {
  /** Remove every record before the puts below (used by import and start-again). */
  clearItems?: boolean;
  /** Remove every meta entry before the meta puts below. */
  clearMeta?: boolean;
  put?: readonly { id: string; value: unknown }[];
  remove?: readonly string[];
  /** Meta entries to set; `undefined` deletes the entry. */
  meta?: Readonly<Record<string, unknown>>;
}

export type WriteFailure = 'quota' | 'blocked' | 'failed';

/** Sorts a storage error into what the person can be told. */
export function classifyWriteError(error: unknown): WriteFailure {
  if (error instanceof WritesBlockedError) return 'blocked';
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: unknown; cause?: unknown } | null)?.cause;
  if (name === 'QuotaExceededError') return 'quota';
  if (inner && classifyWriteError(inner) === 'quota') return 'quota';
  return 'failed';
}

export async function readMeta(key: string): Promise<unknown> {
  return (await db()).get('meta', key);
}

export async function readItem(id: string): Promise<unknown> {
  return (await db()).get('items', id);
}

/** Every record whose id starts with `prefix`, in id order. */
export async function readItems(prefix: string): Promise<{ id: string; value: unknown }[]> {
  const database = await db();
  const range = prefix ? IDBKeyRange.bound(prefix, `${prefix}\uffff`) : undefined;
  const tx = database.transaction('items', 'readonly');
  const [keys, values] = await Promise.all([
    tx.store.getAllKeys(range),
    tx.store.getAll(range),
    tx.done,
  ]);
  return keys.map((id, i) => ({ id, value: values[i] }));
}

/**
 * Up to `count` records whose id starts with `prefix` and comes after `after`, in id order. Read a
 * page at a time, a long diary never holds the page in one long read (and the first entries show
 * at once).
 */
export async function readItemPage(
  prefix: string,
  after: string | undefined,
  count: number,
): Promise<{ id: string; value: unknown }[]> {
  const database = await db();
  const end = `${prefix}\uffff`;
  const range =
    after === undefined ? IDBKeyRange.bound(prefix, end) : IDBKeyRange.bound(after, end, true);
  const tx = database.transaction('items', 'readonly');
  const [keys, values] = await Promise.all([
    tx.store.getAllKeys(range, count),
    tx.store.getAll(range, count),
    tx.done,
  ]);
  return keys.map((id, i) => ({ id, value: values[i] }));
}

/**
 * Applies a batch in one read-write transaction with strict durability (the browser confirms the
 * data reached the disk before it reports success). A crash or error part-way leaves nothing.
 */
export async function writeBatch(batch: Batch): Promise<void> {
  assertWritable();
  const database = await db();
  const tx = database.transaction(['items', 'meta'], 'readwrite', { durability: 'strict' });
  const items = tx.objectStore('items');
  const meta = tx.objectStore('meta');
  // Each request fails together with the transaction; tx.done carries the real reason.
  const track = (request: Promise<unknown>): void => void request.catch(() => undefined);
  try {
    if (batch.clearItems) track(items.clear());
    if (batch.clearMeta) track(meta.clear());
    for (const id of batch.remove ?? []) track(items.delete(id));
    for (const { id, value } of batch.put ?? []) track(items.put(value, id));
    for (const [key, value] of Object.entries(batch.meta ?? {})) {
      track(value === undefined ? meta.delete(key) : meta.put(value, key));
    }
    await tx.done;
  } catch (error) {
    void tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    // After a quota error some browsers keep the connection read-only until it is reopened.
    if (classifyWriteError(error) === 'quota') await closeDb();
    throw error;
  }
}
