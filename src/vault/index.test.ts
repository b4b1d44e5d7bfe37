import { describe, expect, it, vi } from 'vitest';
import { dropSensitiveState } from '../core/sensitive-state.ts';
import { vault } from './index.ts';

describe("the app's vault", () => {
  it('locks in the same task when quick exit drops sensitive state (the plan key too)', () => {
    const lock = vi.spyOn(vault, 'lock');
    dropSensitiveState();
    expect(lock).toHaveBeenCalledTimes(1);
    expect(vault.state.value).not.toBe('unlocked');
  });
});
