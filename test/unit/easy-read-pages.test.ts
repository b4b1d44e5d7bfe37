import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { loadAllPages } from '../../src/build/content-plugin.ts';

/** Easy-read pages (src/features/easy-read): short sentences, one idea per line, no numbers. */
describe('easy-read pages are easy to read', () => {
  const dir = join(process.cwd(), 'locales/en/pages');
  const files = readdirSync(dir).filter((f) => f.startsWith('easy-read-'));

  it('are all in the easy-read section', () => {
    const easy = loadAllPages(process.cwd()).filter(
      (p) => p.meta.section === 'easy-read' && p.meta.lang === 'en',
    );
    expect(easy.map((p) => `${p.meta.slug}.md`).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s: one short sentence per line, no phone numbers in the text', (file) => {
    const body = readFileSync(join(dir, file), 'utf8').split(/\n---\n/)[1] ?? '';
    const lines = body
      .split('\n')
      .map((l) => l.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^[-#>\s]+/, ''))
      .filter((l) => l.trim().length > 0);
    for (const line of lines) {
      const sentences = line.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, `one idea per line: "${line}"`).toBe(1);
      expect(line.split(/\s+/).length, `short sentence: "${line}"`).toBeLessThanOrEqual(15);
      // Numbers come only from the checked service data, through service: links.
      expect(line, `no phone numbers in prose: "${line}"`).not.toMatch(/\d{3}/);
    }
    // Reading age about 9 (US grade 4), below the app's usual reading age of 11.
    const words = lines.join(' ').split(/\s+/).filter(Boolean);
    const syllables = words.reduce((n, w) => n + syllable(w), 0);
    const grade = fleschKincaid({
      sentence: lines.length,
      word: words.length,
      syllable: syllables,
    });
    expect(grade).toBeLessThanOrEqual(4);
  });
});
