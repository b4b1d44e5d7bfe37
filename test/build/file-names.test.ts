import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REVEALING_FILE_WORDS } from '../../src/build/deploy-config.ts';

/**
 * issue 12 point 5: anyone who looks at the browser's cache, a network log or sw.js sees only
 * file names. Built files are named by content hash, so no name says what a module is about.
 */
const DIST = 'dist';
let sw = '';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path.slice(DIST.length + 1)];
  });
}

/** Every URL-like string in sw.js: the precache list and any path the worker itself names. */
function swUrls(): string[] {
  const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '');
  const paths = [...sw.matchAll(/["'`](\/?(?:[\w.-]+\/)*[\w.-]+\.[a-z0-9]{2,12})["'`]/g)].map(
    (m) => m[1] ?? '',
  );
  return [...precached, ...paths];
}

beforeAll(() => {
  if (!existsSync(join(DIST, 'sw.js'))) throw new Error('Build the app first: npm run build');
  sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
});

describe('issue 12 point 5: neutral file names', () => {
  it('names every built script, style and asset by its content hash only', () => {
    const assets = files(join(DIST, 'assets'));
    expect(assets.length).toBeGreaterThan(10);
    for (const name of assets)
      expect(name).toMatch(/^assets\/[A-Za-z0-9_-]{8}\.(js|css|wasm|woff2)$/);
  });

  it('has no revealing word in any file name in dist/', () => {
    const all = files(DIST);
    expect(all).toContain('index.html');
    for (const name of all) expect(name, name).not.toMatch(REVEALING_FILE_WORDS);
  });

  it('has no revealing word in any URL sw.js lists or requests', () => {
    const urls = swUrls();
    expect(urls).toContain('index.html');
    for (const url of urls) expect(url, url).not.toMatch(REVEALING_FILE_WORDS);
  });

  it('the deny list catches the names the build used to make', () => {
    for (const old of [
      'assets/coercive-control-BXbwC6k0.js',
      'assets/DiaryScreen-C1G7tDSg.js',
      'assets/EmergencyScreen-CA538enj.js',
      'assets/show-mode-8EmskDNH.js',
      'assets/kdf-worker-1U1g.js',
    ]) {
      expect(old).toMatch(REVEALING_FILE_WORDS);
    }
  });
});
