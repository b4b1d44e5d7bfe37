import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The browser tests' Chromium flags (test/tools/chromium-args.json). Chromium reads only the last
 * `--disable-features` it is given, and Playwright gives its own list first, so our list must
 * repeat Playwright's: otherwise adding one feature would quietly turn Playwright's back on (some
 * of them stop the browser calling home at start).
 */
const args = JSON.parse(readFileSync('test/tools/chromium-args.json', 'utf8')) as string[];

/** Playwright's own list, read from the Playwright installed here. */
function playwrightDisabledFeatures(): string[] {
  const bundle = readFileSync('node_modules/playwright-core/lib/coreBundle.js', 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(bundle)?.[1] ?? '';
  return [...list.matchAll(/^\s*"(\w+)",?$/gm)].map((match) => match[1] ?? '');
}

describe('the browser tests’ Chromium flags', () => {
  const disabling = args.filter((arg) => arg.startsWith('--disable-features='));
  const ours = disabling[0]?.slice('--disable-features='.length).split(',') ?? [];

  it('disable features in one flag', () => {
    expect(disabling).toHaveLength(1);
  });

  it('keep the omnibox pop-up from loading in every new browser context', () => {
    // Chromium's address-bar pop-up is a web page of its own, loaded for each context the tests
    // open although no one sees it: it doubled the cost of a short test.
    expect(ours).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));
  });

  it('keep every feature Playwright itself turns off', () => {
    const playwrights = playwrightDisabledFeatures();
    // If this finds nothing, Playwright has moved its list: find it again and update both.
    expect(playwrights.length).toBeGreaterThan(5);
    expect(ours).toEqual(expect.arrayContaining(playwrights));
  });
});
