import { describe, expect, it, vi } from 'vitest';
import { installAutoLock, IDLE_MS } from './autolock.ts';

function setup() {
  const lock = vi.fn();
  let visibility: DocumentVisibilityState = 'visible';
  const doc = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
  Object.defineProperty(doc, 'visibilityState', { get: () => visibility });
  const win = new EventTarget();
  vi.useFakeTimers();
  const remove = installAutoLock(
    { lock },
    {
      doc: doc,
      win: win,
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
      clearTimer: (id) => window.clearTimeout(id),
    },
  );
  return { lock, doc, win, remove, hide: () => (visibility = 'hidden') };
}

describe('auto-lock (P13, spec 29)', () => {
  it('P13: locks when the page is hidden, put away or frozen', () => {
    const { lock, doc, win, hide, remove } = setup();
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(lock).not.toHaveBeenCalled();
    hide();
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(lock).toHaveBeenCalledTimes(1);
    win.dispatchEvent(new Event('pagehide'));
    doc.dispatchEvent(new Event('freeze'));
    expect(lock).toHaveBeenCalledTimes(3);
    remove();
    vi.useRealTimers();
  });

  it('P13: locks after a few idle minutes; activity restarts the count', () => {
    const { lock, doc, remove } = setup();
    vi.advanceTimersByTime(IDLE_MS - 1000);
    doc.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(IDLE_MS - 1000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(lock).toHaveBeenCalledTimes(1);
    expect(IDLE_MS).toBeLessThanOrEqual(5 * 60_000);
    remove();
    vi.useRealTimers();
  });
});
