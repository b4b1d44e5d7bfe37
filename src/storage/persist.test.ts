import { afterEach, describe, expect, it, vi } from 'vitest';
import { persistStatus, requestPersistence } from './persist.ts';

function stubStorage(storage: unknown): void {
  vi.stubGlobal('navigator', { storage });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('persistent storage (P29)', () => {
  it('P29: reports the status without asking', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    stubStorage({ persist, persisted: () => Promise.resolve(false) });
    expect(await persistStatus()).toBe('best-effort');
    expect(persist).not.toHaveBeenCalled();
  });

  it('P29: asks once when requested, and reports what the browser decided', async () => {
    stubStorage({ persist: () => Promise.resolve(true), persisted: () => Promise.resolve(false) });
    expect(await requestPersistence()).toBe('persisted');
    stubStorage({ persist: () => Promise.resolve(false), persisted: () => Promise.resolve(false) });
    expect(await requestPersistence()).toBe('best-effort');
    const persist = vi.fn(() => Promise.resolve(true));
    stubStorage({ persist, persisted: () => Promise.resolve(true) });
    expect(await requestPersistence()).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('P29: a browser without the API is reported, never an error', async () => {
    stubStorage(undefined);
    expect(await persistStatus()).toBe('unsupported');
    expect(await requestPersistence()).toBe('unsupported');
    stubStorage({
      persist: () => Promise.reject(new Error('no')),
      persisted: () => Promise.resolve(false),
    });
    expect(await requestPersistence()).toBe('best-effort');
  });
});
