import { beforeEach, describe, expect, it } from 'vitest';
import { hashCode } from './code-hash.ts';
import {
  configureLock,
  isDisguised,
  lock,
  setStart,
  setStartUnreadable,
  shownCover,
  tryCode,
  type StartSetting,
} from './lock.ts';

let appShown = 0;

beforeEach(() => {
  appShown = 0;
  configureLock({ cover: () => undefined, app: () => (appShown += 1) });
  setStart(false);
});

/** What main.tsx does at start when the saved setting cannot be read. */
function startUnreadable(read: () => Promise<StartSetting | false | undefined>): void {
  setStartUnreadable(read);
  if (isDisguised()) lock();
}

describe('a disguise setting that cannot be read fails closed', () => {
  it('shows the cover, and no code opens the app while storage still fails', async () => {
    startUnreadable(() => Promise.reject(new Error('storage failed')));
    expect(shownCover.value).toBe('calc');
    await tryCode('1234');
    expect(shownCover.value).toBe('calc');
    expect(appShown).toBe(0);
  });

  it('once the setting can be read, only the saved code opens the app', async () => {
    const saved: StartSetting = { app: 'units', code: await hashCode('1357') };
    let readable = false;
    startUnreadable(() =>
      readable ? Promise.resolve(saved) : Promise.reject(new Error('storage failed')),
    );
    readable = true;
    await tryCode('2468');
    expect(shownCover.value).not.toBeNull();
    expect(appShown).toBe(0);
    await tryCode('1357');
    expect(shownCover.value).toBeNull();
    expect(appShown).toBe(1);
  });

  it('once it can be read and says the app was never hidden, the app opens', async () => {
    let readable = false;
    startUnreadable(() =>
      readable ? Promise.resolve(undefined) : Promise.reject(new Error('storage failed')),
    );
    await tryCode('0000');
    expect(appShown).toBe(0);
    readable = true;
    await tryCode('0000');
    expect(shownCover.value).toBeNull();
    expect(appShown).toBe(1);
  });
});
