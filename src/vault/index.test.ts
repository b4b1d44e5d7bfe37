import { beforeEach, describe, expect, it } from 'vitest';
import { dropSensitiveState, onDropSensitiveState } from '../core/sensitive-state.ts';
import { createAppVault, startAppVault } from './index.ts';
import { freshDb } from './testing.ts';

beforeEach(freshDb);

describe("the app's vault", () => {
  it('locks in the same task when quick exit drops sensitive state (the plan key too)', async () => {
    const vault = createAppVault();
    startAppVault(vault, { onDropSensitiveState });
    await vault.create('river candle orbit maple');
    expect(vault.state.value).toBe('unlocked');
    dropSensitiveState(); // no await: the key is gone before anything else can run
    expect(vault.state.value).toBe('locked');
    await expect(vault.get('p:any')).rejects.toThrow('locked');
  }, 60_000);

  it('does nothing until it is started: making it registers no way to drop it', async () => {
    const vault = createAppVault();
    await vault.create('river candle orbit maple');
    dropSensitiveState();
    expect(vault.state.value).toBe('unlocked');
    vault.lock();
  }, 60_000);
});
