import './audiences.css';
import { formatIsoDate } from '../../content/format-date.ts';
import { SourceList } from '../../content/SourceList.tsx';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import type { ScreenProps } from '../../core/screens.ts';
import { currentLanguage, directionOf } from '../../i18n/index.ts';
import { loadPage } from '../../content/load-page.ts';
import { Prose } from '../../content/Prose.tsx';
import { ServiceLine } from '../services/ServiceLine.tsx';
import type { Page } from '../../content/types.ts';
import { pageSummary } from './page-list.ts';

type State = { page: Page; fallback: boolean } | 'loading' | 'failed';

/** One content page of an audience path: title, text, when it was checked and its sources. */
export function AudiencePage({ params }: ScreenProps<'audience-page'>) {
  const t = useT('audiences');
  const slug = params.slug;
  const lang = currentLanguage();
  const [state, setState] = useState<State>('loading');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState('loading');
    loadPage(slug, lang).then(
      (loaded) => live && setState(loaded),
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, [slug, lang, attempt]);

  // The title comes from the page index at once, so the heading is there when focus moves to it.
  const title = typeof state === 'object' ? state.page.meta.title : pageSummary(slug, lang)?.title;
  return (
    <article class="audience-page">
      <h1 tabIndex={-1}>{title ?? t('pages.loading')}</h1>
      {state === 'loading' && <p class="muted">{t('pages.loading')}</p>}
      {state === 'failed' && (
        <div role="alert">
          <p>{t('pages.loadFailed')}</p>
          <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('pages.tryAgain')}
          </button>
        </div>
      )}
      {typeof state === 'object' && (
        <>
          {state.fallback && <p class="note">{t('pages.fallback')}</p>}
          {/* An English page shown in Urdu runs left to right, as its own language does. */}
          <div lang={state.page.meta.lang} dir={directionOf(state.page.meta.lang)}>
            <Prose blocks={state.page.body} serviceNumber={ServiceLine} />
          </div>
          <footer class="page-sources">
            <p class="muted">
              {t('pages.checked', { date: formatIsoDate(state.page.meta.reviewed, lang) })}
            </p>
            <h2>{t('pages.sources')}</h2>
            <SourceList sources={state.page.meta.sources} />
          </footer>
        </>
      )}
    </article>
  );
}
