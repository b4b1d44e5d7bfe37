/**
 * The typed tree that content pages compile to at build time. Pages never reach the browser as
 * HTML: components render this tree as text nodes, so there is no HTML sink for content to abuse.
 */
export type Inline =
  | string
  | { t: 'strong' | 'em'; c: Inline[] }
  /** An https link to another site: opened with no referrer. */
  | { t: 'link'; href: string; c: Inline[] }
  /** A link to another content page, written `[text](page:slug)` in Markdown. */
  | { t: 'page'; slug: string; c: Inline[] }
  /** A link to a service entry, written `[text](service:id)`; the number lives only in the data. */
  | { t: 'service'; id: string; c: Inline[] }
  /**
   * A link to whichever service fills a role in the person's area, written `[text](role:name)`;
   * with no text, the service's own name shows. Where the area fills no such role, the paragraph
   * or list item holding the link is left out.
   */
  | { t: 'role'; role: string; c: Inline[] }
  /** A link to an in-app screen, written `[text](screen:name)`. */
  | { t: 'screen'; name: string; c: Inline[] }
  /**
   * An easy-read picture for the idea this line starts, written `[](picture:name)`. Only easy
   * read draws it (beside the idea); elsewhere it shows nothing. `c` is always empty.
   */
  | { t: 'picture'; name: string; c: Inline[] };

export type Block =
  | { t: 'h'; level: 2 | 3; c: Inline[] }
  | { t: 'p'; c: Inline[] }
  | { t: 'ul' | 'ol'; items: Inline[][] }
  /** A highlighted paragraph, written as a Markdown block quote. */
  | { t: 'note'; c: Inline[] };

export interface PageSource {
  title: string;
  url: string;
  /** Set on a local source: the area it is about. Builds without that area leave it out. */
  area?: string | undefined;
}

export type Audience = 'survivor' | 'family' | 'professional' | 'self';

export interface PageMeta {
  slug: string;
  lang: string;
  title: string;
  summary: string;
  audience: Audience[];
  /** ISO date the facts on the page were last checked against its sources. */
  reviewed: string;
  sources: PageSource[];
  /** Which list the page belongs to (for example `learn`, `family`, `professional`). */
  section: string;
  order: number;
  /** True until a native speaker has reviewed a translation. */
  needsReview?: boolean | undefined;
  /** For an area's own page (kept beside its pack): the area's pack id. Shared pages have none. */
  area?: string | undefined;
}

export interface Page {
  meta: PageMeta;
  body: Block[];
}

/** What the always-loaded index knows about a page: enough to list it, not its body. */
export type PageSummary = Pick<
  PageMeta,
  'slug' | 'lang' | 'title' | 'summary' | 'audience' | 'section' | 'order' | 'reviewed' | 'area'
>;

/** A page for the offline search: its summary, and its text cut at its headings. */
export type SearchDocument = PageSummary & { sections: { heading: string; text: string }[] };
