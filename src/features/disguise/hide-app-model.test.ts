import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { Prefs } from '../../storage/prefs.ts';
import type { CodeHash } from './code-hash.ts';
import { createHideAppModel, type HideAppDeps } from './hide-app-model.ts';
import type { Identity } from './identity.ts';
import type { StartSetting } from './lock.ts';

const HASH: CodeHash = { alg: 'PBKDF2-SHA256', iterations: 1, salt: 'c2FsdA', hash: 'aGFzaA' };

/** Fakes for the lock, quick exit and storage that record what the model asked of them. */
function fakes({ installed = false, failWrites = false } = {}) {
  const saved: Partial<Prefs> = {};
  const starts: (StartSetting | false | undefined)[] = [];
  const identity = signal<Identity>('tools');
  const told: string[] = [];
  let exit = 'https://www.bbc.co.uk/weather';
  const deps: HideAppDeps = {
    lock: {
      isDisguised: () => false,
      coverApp: () => 'calc',
      setStart: (value) => starts.push(value),
      identity,
      setIdentity: (id) => (identity.value = id),
    },
    quickExit: { exitUrl: () => exit, setExitUrl: (url) => (exit = url) },
    setPref: <K extends keyof Prefs>(key: K, value: Prefs[K]) => {
      if (failWrites) return Promise.reject(new Error('quota'));
      saved[key] = value;
      return Promise.resolve();
    },
    hashCode: () => Promise.resolve(HASH),
    installed,
    tellOtherTabs: (message) => told.push(message),
  };
  return { deps, saved, starts, identity, told, exitUrl: () => exit };
}

describe('the "Hide this app" model', () => {
  it('starts from what the lock and quick exit say now, not from the page', () => {
    const { deps } = fakes();
    const model = createHideAppModel(deps);
    expect(model.state.value).toMatchObject({
      hidden: false,
      app: 'calc',
      identity: 'tools',
      exit: 'https://www.bbc.co.uk/weather',
      problem: null,
      done: null,
    });
  });

  it('refuses a code that is too short or typed differently twice, and saves nothing', async () => {
    const { deps, saved, starts } = fakes();
    const model = createHideAppModel(deps);
    model.typeCode('12');
    model.typeAgain('12');
    await model.save();
    expect(model.state.value.problem).toBe('codeInvalid');
    model.typeCode('1234');
    model.typeAgain('1235');
    await model.save();
    expect(model.state.value.problem).toBe('codeMismatch');
    expect(saved).toEqual({});
    expect(starts).toEqual([]);
  });

  it('saves only the hash, turns the disguise on, forgets the typed code and matches the name', async () => {
    const { deps, saved, starts, identity, told } = fakes();
    const model = createHideAppModel(deps);
    model.chooseApp('units');
    model.typeCode(' 2468 ');
    model.typeAgain('2468');
    await model.save();
    expect(saved.start).toEqual({ app: 'units', code: HASH });
    expect(starts).toEqual([{ app: 'units', code: HASH }]);
    expect(identity.value).toBe('units');
    expect(saved.look).toBe('units');
    expect(told).toEqual(['d']); // every other open tab follows the new disguise at once
    expect(model.state.value).toMatchObject({
      hidden: true,
      done: 'saved',
      matched: true,
      code: '',
      again: '',
      busy: false,
    });
  });

  it('once installed, leaves the name and icon alone (the browser keeps them)', async () => {
    const { deps, identity } = fakes({ installed: true });
    const model = createHideAppModel(deps);
    model.typeCode('2468');
    model.typeAgain('2468');
    await model.save();
    expect(identity.value).toBe('tools');
    expect(model.state.value.matched).toBe(false);
  });

  it('says so kindly when the device will not save, and the disguise stays as it was', async () => {
    const { deps, starts, told } = fakes({ failWrites: true });
    const model = createHideAppModel(deps);
    model.typeCode('2468');
    model.typeAgain('2468');
    await model.save();
    expect(model.state.value).toMatchObject({ problem: 'saveFailed', hidden: false, busy: false });
    expect(starts).toEqual([]);
    await model.remove();
    expect(model.state.value.problem).toBe('saveFailed');
    expect(told).toEqual([]); // nothing changed, so other tabs are told nothing
  });

  it('removes the disguise, and changes where exit goes', async () => {
    const { deps, saved, starts, told, exitUrl } = fakes();
    const model = createHideAppModel(deps);
    await model.remove();
    expect(saved.start).toBe(false);
    expect(starts).toEqual([false]);
    expect(told).toEqual(['d']);
    expect(model.state.value).toMatchObject({ hidden: false, done: 'removed' });
    model.chooseExit('https://www.example.org/');
    expect(exitUrl()).toBe('https://www.example.org/');
    expect(model.state.value.exit).toBe('https://www.example.org/');
    expect(saved.exit).toBe('https://www.example.org/');
  });
});
