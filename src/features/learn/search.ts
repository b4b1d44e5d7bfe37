import type { PageSummary } from '../../content/types.ts';

export type SearchDocument = PageSummary & { text: string };

export interface SearchHit {
  page: PageSummary;
  score: number;
}

/** Lower case, accents removed, anything that is not a letter or digit turned into a space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Search is used mostly by people experiencing abuse, so it never offers the path for people who
 * use abuse (reached by its own door) or the one-idea-per-screen show-mode text.
 */
const UNSEARCHED_SECTIONS = new Set(['self', 'show']);

interface Prepared {
  doc: SearchDocument;
  title: string[];
  summary: string[];
  body: string[];
}

/**
 * A tiny offline search over the pages compiled at build time. Every word of the query must
 * appear (as the start of a word) somewhere in the page; matches in the title count most. Nothing
 * leaves the device and nothing is remembered: the query lives only in the screen's memory.
 */
export function createSearch(documents: readonly SearchDocument[], lang: string) {
  const bySlug = new Map<string, SearchDocument>();
  for (const doc of documents) {
    if (UNSEARCHED_SECTIONS.has(doc.section)) continue;
    if (doc.lang === lang || (doc.lang === 'en' && !bySlug.has(doc.slug)))
      bySlug.set(doc.slug, doc);
  }
  const prepared: Prepared[] = [...bySlug.values()].map((doc) => ({
    doc,
    title: normalise(doc.title).split(' '),
    summary: normalise(doc.summary).split(' '),
    body: normalise(doc.text).split(' '),
  }));

  return function search(query: string): SearchHit[] {
    const terms = normalise(query)
      .split(' ')
      .filter((t) => t.length > 1);
    if (terms.length === 0) return [];
    const hits: SearchHit[] = [];
    for (const p of prepared) {
      let score = 0;
      let all = true;
      for (const term of terms) {
        const inTitle = p.title.filter((w) => w.startsWith(term)).length;
        const inSummary = p.summary.filter((w) => w.startsWith(term)).length;
        const inBody = p.body.filter((w) => w.startsWith(term)).length;
        if (inTitle + inSummary + inBody === 0) {
          all = false;
          break;
        }
        score += inTitle * 10 + inSummary * 3 + Math.min(inBody, 10);
      }
      if (all) hits.push({ page: p.doc, score });
    }
    return hits.sort((a, b) => b.score - a.score || a.page.order - b.page.order);
  };
}
