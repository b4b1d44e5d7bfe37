import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { loadAllPages } from '../../src/build/content-plugin.ts';
import { directory } from 'virtual:services';
import type { Inline } from '../../src/content/types.ts';
import { unknownLinkedNumbers } from './service-numbers.ts';
import { toIdeas } from '../../src/features/easy-read/ideas.ts';
import { PICTURES } from '../../src/features/easy-read/pictures.tsx';

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
  // The area's own entries differ between deployments: easy read shows their number from the
  // data beside the link (ServiceCallLink), so shared text never holds an area's number.
  const hasNumber = (id: string): boolean =>
    directory.services.some(
      (s) =>
        s.id === id &&
        !directory.areas.some((a) => a.id === s.pack) &&
        s.channels.some((c) => 'number' in c),
    );
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

  /** Easy Read layout (GOV.UK accessible communication formats; Mencap): a picture beside each idea. */
  const all = loadAllPages(process.cwd()).filter((p) => p.meta.section === 'easy-read');
  it.each(all.map((p) => [`${p.meta.lang}/${p.meta.slug}`, p] as const))(
    '%s: every idea has a picture the app draws, and a page has at most 10 ideas',
    (_name, page) => {
      const ideas = toIdeas(page.body).filter((r) => r.t === 'idea');
      expect(ideas.length).toBeLessThanOrEqual(10);
      for (const idea of ideas) {
        expect(idea.picture, JSON.stringify(idea.blocks[0])).toBeDefined();
        expect(PICTURES).toContain(idea.picture);
      }
    },
  );

  it('covers what abuse is, is it happening to me, getting help now, calling a helpline, using the app safely and making a plan', () => {
    expect(easyPages.map((p) => p.meta.slug).sort()).toEqual([
      'easy-read-calling-a-helpline',
      'easy-read-emergency',
      'easy-read-is-it-happening',
      'easy-read-using-this-app-safely',
      'easy-read-what-is-abuse',
      'easy-read-your-plan',
    ]);
  });

  it.each(readdirSync(join(process.cwd(), 'locales')))(
    '%s: every picture has a text alternative',
    (lang) => {
      const file = join(process.cwd(), 'locales', lang, 'easy-read.json');
      const strings = JSON.parse(readFileSync(file, 'utf8')) as {
        pictures: Record<string, string>;
      };
      expect(Object.keys(strings.pictures).sort()).toEqual([...PICTURES].sort());
    },
  );
});
