import { describe, expect, it } from 'vitest';
import { createMemoryVault } from './memory-vault.ts';
import { requestPersistence } from './vault-source.ts';

describe('the in-memory vault (test fake and pre-merge wiring)', () => {
  it('follows the contract: create, lock, unlock, and no writes while locked', async () => {
    const vault = createMemoryVault();
    expect(vault.state.value).toBe('absent');
    await vault.create('correct horse battery staple');
    expect(vault.state.value).toBe('unlocked');
    expect(await vault.put([{ id: 'p:x', value: { a: 1 } }])).toEqual({ ok: true });
    vault.lock();
    expect(vault.state.value).toBe('locked');
    expect(await vault.put([{ id: 'p:y', value: 2 }])).toEqual({ ok: false, reason: 'locked' });
    await expect(vault.get('p:x')).rejects.toThrow();
    expect(await vault.unlock('wrong')).toEqual({ ok: false, reason: 'passphrase', waitMs: 0 });
    expect(await vault.unlock('correct horse battery staple')).toEqual({ ok: true });
    expect(await vault.get('p:x')).toEqual({ a: 1 });
    expect(await vault.get('p:y')).toBeUndefined();
  });

  it('copies values in and out, as a real vault serialises them', async () => {
    const vault = createMemoryVault('unlocked');
    const value = { list: ['a'] };
    await vault.put([{ id: 'p:c', value }]);
    value.list.push('changed');
    const read = await vault.get<{ list: string[] }>('p:c');
    expect(read).toEqual({ list: ['a'] });
    read?.list.push('again');
    expect(await vault.list('p:')).toEqual([{ id: 'p:c', value: { list: ['a'] } }]);
  });

  it('forgets everything when destroyed', async () => {
    const vault = createMemoryVault('unlocked');
    await vault.put([{ id: 'd:1', value: 'x' }]);
    await vault.destroy();
    expect(vault.state.value).toBe('absent');
    await vault.create('p');
    expect(await vault.list('')).toEqual([]);
  });
});

describe('asking the browser to keep the plan', () => {
  it('says so plainly when the browser cannot promise it', async () => {
    // happy-dom has no navigator.storage, like some older browsers.
    expect(await requestPersistence()).toBe('unsupported');
  });
});
