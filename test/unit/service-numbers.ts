import { directory } from 'virtual:services';
import type { Block, Inline } from '../../src/content/types.ts';

/**
 * A page may write a number of three or more digits out (easy read must: "call 999") only inside
 * a link to the service that holds it, and only if the directory holds exactly that number, in a
 * channel or in its steps. The number still lives in one checked place: if the directory
 * changes it, the page fails these tests until it says the same.
 */
const NUMBER = /(?<!\w)\+?\d{3,}(?: \d+)*(?!\w)/g;

function numbersOf(id: string): ReadonlySet<string> {
  const entry = directory.services.find((s) => s.id === id);
  if (!entry) return new Set();
  const found = new Set<string>();
  for (const c of entry.channels) if ('number' in c) found.add(c.number);
  for (const step of entry.steps ?? []) {
    for (const m of (step['en'] ?? '').matchAll(NUMBER)) found.add(m[0]);
  }
  return found;
}

const text = (c: Inline[]): string =>
  c.map((i) => (typeof i === 'string' ? i : text(i.c))).join('');

/** Numbers written inside a service link that the linked service does not hold. */
export function unknownLinkedNumbers(blocks: Block[]): string[] {
  const bad: string[] = [];
  const walk = (c: Inline[]): void => {
    for (const i of c) {
      if (typeof i === 'string') continue;
      if (i.t === 'service') {
        const known = numbersOf(i.id);
        for (const m of text(i.c).matchAll(NUMBER)) {
          if (!known.has(m[0])) bad.push(`${m[0]} (linked to ${i.id})`);
        }
      } else walk(i.c);
    }
  };
  for (const b of blocks) ('items' in b ? b.items : [b.c]).forEach(walk);
  return bad;
}

/** The page's text with every service link's text left out: where no number may be written. */
export function textOutsideServiceLinks(blocks: Block[]): string {
  const walk = (c: Inline[]): string =>
    c.map((i) => (typeof i === 'string' ? i : i.t === 'service' ? ' ' : walk(i.c))).join('');
  return blocks.map((b) => ('items' in b ? b.items.map(walk).join('\n') : walk(b.c))).join('\n');
}
