import type { PageSource } from './types.ts';

/**
 * A content page's sources, as links to the original pages: new tab, no referrer, so the site
 * never learns where the reader came from. Used by every view that shows a content page.
 */
export function SourceList({ sources, lang }: { sources: PageSource[]; lang?: string }) {
  return (
    <ul class="sources" {...(lang ? { lang } : {})}>
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noreferrer noopener">
            {source.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
