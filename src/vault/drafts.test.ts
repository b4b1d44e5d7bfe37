import { beforeEach, describe, expect, it } from 'vitest';
import { CANARY, dumpStorage, freshDb, testVault } from './testing.ts';
import { MAX_FILE_BYTES, MAX_RECORDS } from './limits.ts';
import {
  MAX_FILE_BYTES as BACKUP_MAX_FILE,
  MAX_RECORDS as BACKUP_MAX_RECORDS,
} from './backup-format.ts';
import { storedBytes } from './limits.ts';

beforeEach(freshDb);

const PASS = 'river candle orbit maple';

describe('issue 12 point 4: drafts staged in the vault', () => {
  it('a lock writes the staged draft, encrypted, and the next unlock reads it back', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    vault.stage('p:w', { notes: `${CANARY} typed, not saved` });
    vault.lock(); // a tap on a tel: link hides the page: no time for anything else
    expect(vault.state.value).toBe('locked');
    await vault.flush();
    expect(await dumpStorage()).not.toContain(CANARY);
    expect(await vault.unlock(PASS)).toEqual({ ok: true });
    expect(await vault.get('p:w')).toEqual({ notes: `${CANARY} typed, not saved` });
  });

  it('flush writes the latest staged value only, and undefined removes the draft', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    vault.stage('p:w', { n: 1 });
    vault.stage('p:w', { n: 2 });
    await vault.flush();
    expect(await vault.get('p:w')).toEqual({ n: 2 });
    vault.stage('p:w', undefined);
    await vault.flush();
    expect(await vault.get('p:w')).toBeUndefined();
  });

  it('writes in the order asked: a discard after a flush is never undone by it', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    vault.stage('p:w', { n: 1 });
    void vault.flush();
    vault.stage('p:w', undefined);
    await vault.flush();
    expect(await vault.get('p:w')).toBeUndefined();
  });

  it('ignores staging while locked, and forget() locks without writing', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    vault.lock();
    vault.stage('p:w', { n: 1 });
    await vault.unlock(PASS);
    expect(await vault.get('p:w')).toBeUndefined();
    vault.stage('p:w', { n: 2 });
    vault.forget();
    await vault.flush();
    await vault.unlock(PASS);
    expect(await vault.get('p:w')).toBeUndefined();
  });

  it('delete everything leaves no draft behind', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    vault.stage('p:w', { n: 1 });
    await vault.destroy();
    await vault.flush();
    expect(await dumpStorage()).not.toContain('p:w');
  });
});

describe('issue 12 point 7: list hands records over a slice at a time', () => {
  it('calls onSlice in small slices and returns every record', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    const records = Array.from({ length: 250 }, (_, i) => ({
      id: `d:${String(i).padStart(4, '0')}`,
      value: { i },
    }));
    await vault.put(records);
    const slices: number[] = [];
    const all = await vault.list('d:', (slice) => slices.push(slice.length));
    expect(all).toEqual(records);
    expect(slices).toEqual([100, 100, 50]);
  });

  it('stops handing anything over once locked part way', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    await vault.put(Array.from({ length: 300 }, (_, i) => ({ id: `d:${String(i)}`, value: i })));
    let seen = 0;
    const listing = vault.list('d:', (slice) => {
      seen += slice.length;
      vault.lock();
    });
    await expect(listing).rejects.toThrow('locked');
    expect(seen).toBe(100);
  });
});

describe('issue 12 point 3: limits in one place', () => {
  it('backup and restore use the same limits as saving', () => {
    expect(BACKUP_MAX_FILE).toBe(MAX_FILE_BYTES);
    expect(BACKUP_MAX_RECORDS).toBe(MAX_RECORDS);
  });

  it('counts stored bytes as UTF-8 JSON, emoji and right-to-left text included', () => {
    for (const value of ['abc', 'zażółć', 'سلام', '👩🏽‍🦱 \u200b\u200d', { a: ['x\ny'] }]) {
      expect(storedBytes(value)).toBe(new TextEncoder().encode(JSON.stringify(value)).length);
    }
  });
});
