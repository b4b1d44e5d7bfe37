import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 12 point 2: the passphrase strength estimate (zxcvbn-ts and its dictionaries) and the
 * word list for suggested passphrases are large; they load only on the screens that choose a
 * passphrase, never with the first view.
 */
const DIST = 'dist';
let firstView: string[] = [];

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('Build the app first: npm run build');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  firstView = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
    (m) => readFileSync(join(DIST, m[1] ?? ''), 'utf8'),
  );
});

// Strings found only in those packages: a zxcvbn feedback key, a common-password run, and the
// first words of the suggestion list.
const MARKERS = ['extendedRepeat', '123456789', 'abacus abdomen'];

describe('passphrase strength and suggestions load later (issue 12 point 2)', () => {
  it('none of them is in the first-view JavaScript', () => {
    expect(firstView.length).toBeGreaterThan(0);
    for (const text of firstView) for (const marker of MARKERS) expect(text).not.toContain(marker);
  });

  it('they are in the build, in chunks loaded later', () => {
    const all = readdirSync(join(DIST, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(DIST, 'assets', f), 'utf8'));
    for (const marker of MARKERS) expect(all.some((text) => text.includes(marker))).toBe(true);
  });
});
