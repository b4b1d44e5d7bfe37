import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { loadAllPages } from '../../src/build/content-plugin.ts';
import { directory } from 'virtual:services';
import type { Inline } from '../../src/content/types.ts';
import { unknownLinkedNumbers } from './service-numbers.ts';

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
    const raw = body.split('\n').filter((l) => l.trim().length > 0);
    const lines = raw.map((l) =>
      l.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^[-#>\s]+/, ''),
    );
    for (const line of lines) {
      const sentences = line.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, `one idea per line: "${line}"`).toBe(1);
      expect(line.split(/\s+/).length, `short sentence: "${line}"`).toBeLessThanOrEqual(15);
    }
    // Numbers come only from the checked service data: written only inside service: links.
    for (const line of raw) {
      const outside = line.replace(/\[[^\]]*\]\(service:[^)]*\)/g, ' ');
      expect(outside, `no phone numbers outside service links: "${line}"`).not.toMatch(/\d{3}/);
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

  /**
   * Easy read writes the number out where a person reads it (999, 55, the helpline), not only
   * behind a link: a link to a service with a phone or text number shows one of its numbers.
   */
  const easyPages = loadAllPages(process.cwd()).filter(
    (p) => p.meta.section === 'easy-read' && p.meta.lang === 'en',
  );
  const hasNumber = (id: string): boolean =>
    directory.services.some((s) => s.id === id && s.channels.some((c) => 'number' in c));
  const links = (c: Inline[]): { id: string; text: string }[] =>
    c.flatMap((i) =>
      typeof i === 'string'
        ? []
        : i.t === 'service'
          ? [{ id: i.id, text: i.c.map((x) => (typeof x === 'string' ? x : '')).join('') }]
          : links(i.c),
    );
  it.each(easyPages.map((p) => [p.meta.slug, p] as const))(
    '%s: every link to a service with a number writes the number out, as the directory has it',
    (_slug, page) => {
      const all = page.body.flatMap((b) => ('items' in b ? b.items.flatMap(links) : links(b.c)));
      const silent = all.filter((l) => hasNumber(l.id) && !/\d/.test(l.text));
      expect(silent.map((l) => `${l.id}: "${l.text}"`)).toEqual([]);
      expect(unknownLinkedNumbers(page.body)).toEqual([]);
    },
  );
});
