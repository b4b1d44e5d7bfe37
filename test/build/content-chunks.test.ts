import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** Run after `vite build`: checks what the built first chunk carries. */
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = /<script[^>]+src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';

test('the first chunk holds no page text and no search index (pages load lazily)', () => {
  expect(entry).not.toBe('');
  const first = readFileSync(join(dist, entry), 'utf8');
  // A phrase from a page body, and a phrase only the search index and that page carry.
  expect(first).not.toContain('walking on eggshells');
  expect(first).not.toContain('Pressing 55 does not tell the police where you are');
  const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const search = chunks.filter((f) =>
    readFileSync(join(dist, 'assets', f), 'utf8').includes('walking on eggshells'),
  );
  // Files are named by hash only: the search index is some other, lazily loaded chunk.
  expect(search.length).toBeGreaterThan(0);
  expect(search.map((f) => `assets/${f}`)).not.toContain(entry);
});
