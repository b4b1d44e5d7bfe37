import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDeployConfig, REVEALING_WORDS } from '../../src/build/deploy-config.ts';

/**
 * Checks on the built app in dist/ (run after `vite build`): what a static host will serve and
 * what the service worker will store on the device.
 */
const DIST = 'dist';
const deploy = readDeployConfig();
let html = '';
let sw = '';

/** Every file the service worker precaches, from the manifest injected into sw.js. */
function precached(): string[] {
  return [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '');
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('Build the app first: npm run build');
  html = readFileSync(join(DIST, 'index.html'), 'utf8');
  sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
});

describe('index.html (P4, spec 3, 23)', () => {
  it('has no inline script, inline handler or javascript: URL', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/=\s*["']?\s*javascript:/i);
  });

  it('carries the strict policy, no referrer, the neutral title and the exit link', () => {
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="[^"]*object-src &#39;none&#39;/,
    );
    expect(html).toContain('<meta name="referrer" content="no-referrer" />');
    expect(html).toContain(`<title>${deploy.title}</title>`);
    expect(deploy.title).not.toMatch(REVEALING_WORDS);
    expect(html).toMatch(
      new RegExp(
        `<a class="exit-link" id="quick-exit" href="${deploy.exit.default}" rel="nofollow noreferrer"`,
      ),
    );
  });
});

describe('service worker precache (spec 32, P26)', () => {
  it('holds the page, every script and style, manifests and icons, and nothing else', () => {
    const list = precached();
    expect(list).toContain('index.html');
    expect(list).toContain(`${deploy.identity}.webmanifest`);
    expect(list).not.toContain('sw.js');
    expect(list).not.toContain('_headers');
    const built = files(join(DIST, 'assets')).map((f) => f.slice(DIST.length + 1));
    for (const asset of built) expect(list).toContain(asset);
    for (const entry of list) expect(existsSync(join(DIST, entry)), entry).toBe(true);
  });

  it('uses cache names that say nothing about the purpose', () => {
    const names = [...sw.matchAll(/(?:prefix|suffix|precache|runtime):["'`]([^"'`]*)["'`]/g)].map(
      (m) => m[1] ?? '',
    );
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).not.toMatch(REVEALING_WORDS);
  });
});

describe('names a phone or browser shows (spec 24, 25)', () => {
  it('every manifest and icon file name is neutral', () => {
    const shown = files(DIST)
      .filter((f) => /\.(webmanifest|svg|png)$/.test(f))
      .map((f) => f.slice(DIST.length + 1));
    expect(shown.length).toBeGreaterThan(0);
    for (const name of shown) expect(name).not.toMatch(REVEALING_WORDS);
    for (const file of files(DIST).filter((f) => f.endsWith('.webmanifest'))) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      for (const key of ['name', 'short_name', 'description', 'id']) {
        expect(String(manifest[key])).not.toMatch(REVEALING_WORDS);
      }
    }
  });
});

describe('first-view budget (DESIGN.md)', () => {
  it('first-view JavaScript is at most 30 KB gzipped and everything else loads later', () => {
    const entries = [
      ...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g),
    ].map((m) => m[1] ?? '');
    expect(entries.length).toBeGreaterThan(0);
    const gz = entries.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0);
    expect(gz).toBeLessThanOrEqual(30 * 1024);
  });
});
