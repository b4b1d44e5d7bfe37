import { PageLinks } from './PageLinks.tsx';
import './learn.css';
import { useMemo, useState } from 'preact/hooks';
import { documents } from 'virtual:content-search';
import { useT } from '../../i18n/use-t.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { createSearch } from './search.ts';
import { Field } from '../../ui/Field.tsx';

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
        <Field
          id="page-search"
          type="search"
          label={t('search.label')}
          hint={t('search.hint')}
          value={query}
          onInput={setQuery}
        />
        <button type="submit" class="button">
          {t('search.button')}
        </button>
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
