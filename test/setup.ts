import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup } from '@testing-library/preact';
import { afterAll, afterEach } from 'vitest';
import { changedInAnotherTab, closeDb } from '../src/storage/db.ts';
import { blockWrites } from '../src/storage/write-guard.ts';

// Vitest globals are off, so Testing Library cannot clean up by itself.
afterEach(() => cleanup());

// Unit files share a worker's modules (vitest.config.ts): each file leaves the device as it found
// it, an empty database that no other tab has taken over and that takes writes.
afterAll(async () => {
  await closeDb();
  changedInAnotherTab.value = false;
  blockWrites(false);
  globalThis.indexedDB = new IDBFactory();
});
