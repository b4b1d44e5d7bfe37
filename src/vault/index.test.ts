import { describe, expect, it } from 'vitest';
import { dropSensitiveState } from '../core/sensitive-state.ts';
import { vault } from './index.ts';

describe("the app's vault", () => {
  it('locks in the same task when quick exit drops sensitive state (the plan key too)', async () => {
    await vault.create('river candle orbit maple');
    expect(vault.state.value).toBe('unlocked');
    dropSensitiveState(); // no await: the key is gone before anything else can run
    expect(vault.state.value).toBe('locked');
    await expect(vault.get('p:any')).rejects.toThrow('locked');
  }, 60_000);
});
