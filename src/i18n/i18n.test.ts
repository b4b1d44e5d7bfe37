import { describe, expect, it } from 'vitest';
import { availableLanguages, engineIfLoaded, fixedT, tApp } from './index.ts';

describe('shell strings', () => {
  it('reads English strings by typed key', () => {
    expect(tApp('home.title')).toBe('Find help and stay safer');
    expect(tApp('shell.back')).toBe('Back');
  });

  it('refuses unknown keys at compile time', () => {
    // @ts-expect-error a key that is not in locales/en/app.json must not compile
    expect(tApp('home.noSuchKey')).toBe('home.noSuchKey');
  });

  it('finds the languages that have strings', () => {
    expect(availableLanguages).toContain('en');
  });

  it('loads i18next only when a feature namespace is needed', async () => {
    // The shell's own strings need no engine.
    expect(tApp('exit.link')).toBe('Exit this page');
    expect(engineIfLoaded()).toBeUndefined();
    // A feature's strings load the engine, and their namespace with it.
    const t = await fixedT('plan');
    expect(engineIfLoaded()).toBeDefined();
    expect(t('loading')).toBe('Opening your plan');
  });
});
