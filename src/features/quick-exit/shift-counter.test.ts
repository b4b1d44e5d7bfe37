import { describe, expect, it, vi } from 'vitest';
import { createShiftCounter, type KeyUpLike } from './shift-counter.ts';

function setup() {
  const calls: string[] = [];
  let pending: (() => void) | undefined;
  const handle = createShiftCounter({
    timeoutMs: 5000,
    onProgress: (left) => calls.push(`left:${left}`),
    onTimeout: () => calls.push('timeout'),
    onReset: () => calls.push('reset'),
    onTrigger: () => calls.push('exit'),
    setTimer: (fn) => {
      pending = fn;
      return 1;
    },
    clearTimer: () => {
      pending = undefined;
    },
  });
  const shift: KeyUpLike = { key: 'Shift', shiftKey: false };
  return { calls, handle, shift, expire: () => pending?.() };
}

describe('Shift x3 quick exit counter', () => {
  it('exits on the third unmodified Shift and reports progress before it', () => {
    const { calls, handle, shift } = setup();
    handle(shift);
    handle(shift);
    handle(shift);
    expect(calls).toEqual(['left:2', 'left:1', 'exit']);
  });

  it('does not count Shift used to type a capital', () => {
    const { calls, handle, shift } = setup();
    for (let i = 0; i < 3; i++) {
      handle({ key: 'A', shiftKey: true });
      handle(shift);
    }
    expect(calls).not.toContain('exit');
  });

  it('starts again after any other key', () => {
    const { calls, handle, shift } = setup();
    handle(shift);
    handle({ key: 'a', shiftKey: false });
    handle(shift);
    handle(shift);
    expect(calls).toEqual(['left:2', 'reset', 'left:2', 'left:1']);
  });

  it('starts again when the time between presses runs out', () => {
    const { calls, handle, shift, expire } = setup();
    handle(shift);
    expire();
    handle(shift);
    handle(shift);
    expect(calls).toEqual(['left:2', 'timeout', 'left:2', 'left:1']);
  });

  it('ignores Escape as a trigger', () => {
    const { calls, handle } = setup();
    const spy = vi.fn();
    for (let i = 0; i < 3; i++) handle({ key: 'Escape', shiftKey: false });
    expect(calls).not.toContain('exit');
    expect(spy).not.toHaveBeenCalled();
  });
});
