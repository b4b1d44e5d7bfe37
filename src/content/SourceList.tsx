import type { PageSource } from './types.ts';

/** Right-to-left letters (Hebrew, Arabic, Urdu and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * A content page's sources, as links to the original pages: new tab, no referrer, so the site
 * never learns where the reader came from. Used by every view that shows a content page. A
 * translated page may keep a source's English title (it names an English document): such a title
 * is marked as English, left to right, so it reads as the name it is.
 */
export function SourceList({ sources, lang }: { sources: PageSource[]; lang?: string }) {
  return (
    <ul class="sources" {...(lang ? { lang } : {})}>
      {sources.map((source) => (
        <li key={source.url}>
          <a
            href={source.url}
            target="_blank"
            rel="noreferrer noopener"
            {...(lang && lang !== 'en' && !RTL_LETTER.test(source.title)
              ? { lang: 'en', dir: 'ltr' }
              : {})}
          >
            {source.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
