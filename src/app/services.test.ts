import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createShowModeModel } from '../core/show-mode.ts';
import { WritesBlockedError, blockWrites, writesBlocked } from '../storage/write-guard.ts';
import { getPref, setPref } from '../storage/prefs.ts';
import { closeDb } from '../storage/db.ts';
import { dropSensitiveState } from '../core/sensitive-state.ts';
import { createServices, startServices } from './services.ts';

let stop = (): void => undefined;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  stop();
  blockWrites(false);
  await closeDb();
});

describe('show mode model', () => {
  it('starts off, with storage writable', () => {
    const model = createShowModeModel(blockWrites);
    expect(model.active.value).toBe(false);
    expect(writesBlocked()).toBe(false);
  });

  it('blocks every storage write while it is on, and lets them through after', async () => {
    const model = createShowModeModel(blockWrites);
    model.enter();
    expect(model.active.value).toBe(true);
    expect(writesBlocked()).toBe(true);
    await expect(setPref('lang', 'cy')).rejects.toBeInstanceOf(WritesBlockedError);
    expect(await getPref('lang')).toBeUndefined();

    model.leave();
    expect(model.active.value).toBe(false);
    await setPref('lang', 'cy');
    expect(await getPref('lang')).toBe('cy');
  });

  it('writes nothing to IndexedDB to remember itself', async () => {
    const model = createShowModeModel(blockWrites);
    model.enter();
    model.leave();
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('is forgotten when quick exit or lock drops sensitive state', () => {
    const services = createServices();
    stop = startServices(services);
    const { showMode } = services;
    showMode.enter();
    dropSensitiveState();
    expect(showMode.active.value).toBe(false);
    expect(writesBlocked()).toBe(false);
  });
});
