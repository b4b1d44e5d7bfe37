import { describe, expect, it } from 'vitest';
import { backoffMs } from './backoff.ts';
import { createThrottle, storedCount, type Verdict } from './throttle.ts';

/** A stored count shared by several "pages" (reloads, tabs), each with its own monotonic clock. */
function device() {
  let stored: unknown;
  const page = (clock: { now: number }) =>
    createThrottle({
      readCount: () => Promise.resolve(stored),
      writeCount: (n) => {
        stored = n > 0 ? { n } : undefined;
        return Promise.resolve();
      },
      monotonic: () => clock.now,
    });
  return { page, stored: () => stored };
}

const guess = (verdict: Verdict) => () => Promise.resolve({ verdict, value: verdict });

describe('one throttle for every passphrase check (issue 12 point 2)', () => {
  it('the first three wrong tries are free, then each waits, growing', async () => {
    const clock = { now: 0 };
    const throttle = device().page(clock);
    for (let i = 1; i <= 3; i += 1) {
      expect(await throttle.attempt(guess('wrong'))).toMatchObject({ ran: true, waitMs: 0 });
    }
    expect(await throttle.attempt(guess('wrong'))).toMatchObject({ waitMs: backoffMs(4) });
    expect(await throttle.attempt(guess('right'))).toEqual({ ran: false, waitMs: backoffMs(4) });
    clock.now += backoffMs(4) - 1;
    expect(await throttle.waitMs()).toBe(1);
    clock.now += 1;
    expect(await throttle.attempt(guess('right'))).toMatchObject({ ran: true, waitMs: 0 });
    expect(await throttle.count()).toBe(0);
  });

  it('a reload or a new tab starts the full current wait again', async () => {
    const shared = device();
    const first = { now: 0 };
    const tab = shared.page(first);
    for (let i = 0; i < 5; i += 1) {
      first.now += await tab.waitMs();
      await tab.attempt(guess('wrong'));
    }
    expect(await tab.count()).toBe(5);
    first.now += backoffMs(5) - 1_000; // almost over in this page
    expect(await tab.waitMs()).toBe(1_000);
    // A reload: a new page with its own clock (which may read anything) waits the whole time.
    const reloaded = shared.page({ now: 123_456 });
    expect(await reloaded.waitMs()).toBe(backoffMs(5));
    const other = shared.page({ now: -5 });
    expect(await other.attempt(guess('right'))).toEqual({ ran: false, waitMs: backoffMs(5) });
  });

  it('never reads the device clock: moving the date forward shortens nothing', async () => {
    const clock = { now: 0 };
    const throttle = device().page(clock);
    for (let i = 0; i < 4; i += 1) await throttle.attempt(guess('wrong'));
    const realNow = Date.now;
    Date.now = () => realNow() + 365 * 24 * 3_600_000;
    try {
      expect(await throttle.waitMs()).toBe(backoffMs(4));
    } finally {
      Date.now = realNow;
    }
  });

  it('a wrong try in another tab restarts the wait here, with the higher count', async () => {
    const shared = device();
    const here = shared.page({ now: 0 });
    const clock = { now: 0 };
    const there = shared.page(clock);
    for (let i = 0; i < 4; i += 1) await there.attempt(guess('wrong'));
    expect(await here.waitMs()).toBe(backoffMs(4));
    clock.now += backoffMs(4);
    await there.attempt(guess('wrong'));
    expect(await here.waitMs()).toBe(backoffMs(5));
  });

  it('a neutral check (not checked, or a backup file opened) neither counts nor clears', async () => {
    const shared = device();
    const clock = { now: 0 };
    const throttle = shared.page(clock);
    for (let i = 0; i < 4; i += 1) await throttle.attempt(guess('wrong'));
    clock.now += backoffMs(4);
    expect(await throttle.attempt(guess('neutral'))).toMatchObject({ ran: true });
    expect(shared.stored()).toEqual({ n: 4 });
    expect(await throttle.attempt(guess('wrong'))).toMatchObject({ waitMs: backoffMs(5) });
  });

  it('two tries at once run one after the other: the second sees the first one counted', async () => {
    const clock = { now: 0 };
    const throttle = device().page(clock);
    for (let i = 0; i < 3; i += 1) await throttle.attempt(guess('wrong'));
    let ran = 0;
    const slowWrong = async () => {
      ran += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { verdict: 'wrong' as const, value: 0 };
    };
    const [a, b] = await Promise.all([throttle.attempt(slowWrong), throttle.attempt(slowWrong)]);
    expect(ran).toBe(1);
    expect(a.ran).toBe(true);
    expect(b).toEqual({ ran: false, waitMs: backoffMs(4) });
  });

  it('reads the count stored by earlier versions, ignoring their time', () => {
    expect(storedCount({ n: 5, at: 99 })).toBe(5);
    expect(storedCount({ n: 2 })).toBe(2);
    expect(storedCount(undefined)).toBe(0);
    expect(storedCount({ n: -1 })).toBe(0);
    expect(storedCount('5')).toBe(0);
  });
});
