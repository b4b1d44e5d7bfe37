import './audiences.css';
import { formatIsoDate } from '../../content/format-date.ts';
import { SourceList } from '../../content/SourceList.tsx';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import type { ScreenProps } from '../../core/screens.ts';
import { currentLanguage, directionOf } from '../../i18n/index.ts';
import { PageNotes, useEnglishChoice } from '../../content/PageNotes.tsx';
import { loadPage } from '../../content/load-page.ts';
import { Prose } from '../../content/Prose.tsx';
import { personsArea, roleLink } from '../services/roles.ts';
import { ServiceLine } from '../services/ServiceLine.tsx';
import type { Page } from '../../content/types.ts';
import { pageSummary } from './page-list.ts';
import { isolateLtr } from '../../ui/Bidi.tsx';

type State = { page: Page; fallback: boolean } | 'loading' | 'failed';

/** One content page of an audience path: title, text, when it was checked and its sources. */
export function AudiencePage({ params }: ScreenProps<'audience-page'>) {
  const t = useT('audiences');
  const slug = params.slug;
  const lang = currentLanguage();
  const [state, setState] = useState<State>('loading');
  const [attempt, setAttempt] = useState(0);
  const { english, loadLang, toggle } = useEnglishChoice(slug, lang);

  useEffect(() => {
    let live = true;
    setState('loading');
    loadPage(slug, loadLang, personsArea()).then(
      (loaded) => live && setState(loaded),
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, [slug, loadLang, attempt]);

  // The title comes from the page index at once, so the heading is there when focus moves to it.
  const shown = typeof state === 'object' ? state.page.meta : pageSummary(slug, loadLang);
  const shownLang = shown?.lang ?? lang;
  return (
    <article class="audience-page">
      <h1 tabIndex={-1} lang={shownLang} dir={directionOf(shownLang)}>
        {shown ? isolateLtr(shown.title, directionOf(shownLang) === 'rtl') : t('pages.loading')}
      </h1>
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
          <PageNotes
            meta={state.page.meta}
            fallback={state.fallback}
            lang={lang}
            english={english}
            onToggle={toggle}
          />
          <div lang={shownLang} dir={directionOf(shownLang)}>
            <Prose
              blocks={state.page.body}
              roles={roleLink}
              rtl={directionOf(shownLang) === 'rtl'}
              serviceNumber={ServiceLine}
            />
          </div>
          <footer class="page-sources">
            <p class="muted">
              {t('pages.checked', { date: formatIsoDate(state.page.meta.reviewed, lang) })}
            </p>
            <h2>{t('pages.sources')}</h2>
            <SourceList sources={state.page.meta.sources} lang={state.page.meta.lang} />
          </footer>
        </>
      )}
    </article>
  );
}
