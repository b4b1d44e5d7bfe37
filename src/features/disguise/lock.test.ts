import { beforeEach, describe, expect, it } from 'vitest';
import { hashCode } from './code-hash.ts';
import { createLock, type DisguiseLock, type StartSetting } from './lock.ts';

let appShown = 0;
let lock: DisguiseLock;

beforeEach(() => {
  appShown = 0;
  lock = createLock({ quickExit: { setLeaveStrategy: () => undefined } });
  lock.configure({ cover: () => undefined, app: () => (appShown += 1) });
  lock.setStart(false);
});

/** What boot does at start when the saved setting cannot be read. */
function startUnreadable(read: () => Promise<StartSetting | false | undefined>): void {
  lock.setStartUnreadable(read);
  if (lock.isDisguised()) lock.lock();
}

describe('a disguise setting that cannot be read fails closed', () => {
  it('shows the cover, and no code opens the app while storage still fails', async () => {
    startUnreadable(() => Promise.reject(new Error('storage failed')));
    expect(lock.shownCover.value).toBe('calc');
    await lock.tryCode('1234');
    expect(lock.shownCover.value).toBe('calc');
    expect(appShown).toBe(0);
  });

  it('once the setting can be read, only the saved code opens the app', async () => {
    const saved: StartSetting = { app: 'units', code: await hashCode('1357') };
    let readable = false;
    startUnreadable(() =>
      readable ? Promise.resolve(saved) : Promise.reject(new Error('storage failed')),
    );
    readable = true;
    await lock.tryCode('2468');
    expect(lock.shownCover.value).not.toBeNull();
    expect(appShown).toBe(0);
    await lock.tryCode('1357');
    expect(lock.shownCover.value).toBeNull();
    expect(appShown).toBe(1);
  });

  it('once it can be read and says the app was never hidden, the app opens', async () => {
    let readable = false;
    startUnreadable(() =>
      readable ? Promise.resolve(undefined) : Promise.reject(new Error('storage failed')),
    );
    await lock.tryCode('0000');
    expect(appShown).toBe(0);
    readable = true;
    await lock.tryCode('0000');
    expect(lock.shownCover.value).toBeNull();
    expect(appShown).toBe(1);
  });
});
