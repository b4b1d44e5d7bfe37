import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every runtime dependency ships to people's phones and is trusted with what they type, so the
 * list is short and changing it is a deliberate act: add the name here with a reason.
 */
const ALLOWED_RUNTIME = {
  '@preact/signals': 'state',
  // Loaded only on the screens that choose a passphrase, never in the first chunk.
  '@zxcvbn-ts/core': 'refuses passphrases that are quick to guess',
  '@zxcvbn-ts/language-common': 'the common-password dictionaries for that estimate',
  '@zxcvbn-ts/language-en': 'the English word and name dictionaries for that estimate',
  'hash-wasm': 'Argon2id key derivation for the vault',
  i18next: 'translation',
  idb: 'the one IndexedDB wrapper (src/storage/)',
  preact: 'the UI',
  uqr: 'QR code for handing the app over',
  valibot: 'checks saved plan records and backup files before they are used',
  'workbox-core': 'service worker',
  'workbox-precaching': 'service worker',
  'workbox-routing': 'service worker',
};

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { link?: boolean; resolved?: string; integrity?: string }>;
};

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('dependency budget (supply chain)', () => {
  it('has only the runtime dependencies on the allowed list, at most 13', () => {
    const names = Object.keys(pkg.dependencies);
    expect(names.length).toBeLessThanOrEqual(13);
    for (const name of names)
      expect(Object.keys(ALLOWED_RUNTIME), `${name} is not on the list`).toContain(name);
  });

  it('pins exact versions so the lockfile and package.json agree', () => {
    for (const version of [
      ...Object.values(pkg.dependencies),
      ...Object.values(pkg.devDependencies),
    ]) {
      expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  // Registry signatures cannot be checked from every network (`npm run audit` says when); this part
  // needs no network: npm ci refuses any package whose bytes do not match the hash recorded here.
  it('locks every package to a sha512 hash from the registry, never git, a file or plain http', () => {
    const installed = Object.entries(lock.packages).filter(([path, p]) => path && !p.link);
    expect(installed.length).toBeGreaterThan(100);
    for (const [path, p] of installed) {
      expect(p.integrity, path).toMatch(/^sha512-[A-Za-z0-9+/]+=*$/);
      if (p.resolved) expect(p.resolved, path).toMatch(/^https:\/\/registry\.npmjs\.org\//);
    }
  });
});
