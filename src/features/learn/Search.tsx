import { PageLinks } from './PageLinks.tsx';
import './learn.css';
import { useMemo, useState } from 'preact/hooks';
import { documents } from 'virtual:content-search';
import { useT } from '../../i18n/use-t.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { createSearch } from './search.ts';

/**
 * Offline search across every page. The index is built at build time and loaded with this screen
 * only. What the person types stays in this screen's memory: it is never stored or sent, and it is
 * gone when they leave the screen, exit or lock.
 */
export function Search() {
  const t = useT('learn');
  const search = useMemo(() => createSearch(documents, currentLanguage()), []);
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState<string | undefined>(undefined);
  const hits = submitted === undefined ? [] : search(submitted);

  return (
    <>
      <h1 tabIndex={-1}>{t('search.title')}</h1>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(query);
        }}
      >
        <label for="page-search" class="field-label">
          {t('search.label')}
        </label>
        <p id="page-search-hint" class="muted">
          {t('search.hint')}
        </p>
        <div class="search-row">
          <input
            id="page-search"
            type="search"
            class="text-input"
            aria-describedby="page-search-hint"
            autocomplete="off"
            spellcheck={false}
            autocapitalize="off"
            autocorrect="off"
            enterKeyHint="search"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t('search.button')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {submitted !== undefined && (
          <p>{hits.length === 0 ? t('search.none') : t('search.count', { count: hits.length })}</p>
        )}
      </div>
      {hits.length > 0 && <PageLinks pages={hits.map((hit) => hit.page)} />}
    </>
  );
}
