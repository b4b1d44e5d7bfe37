import './learn.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScreenProps } from '../../core/screens.ts';
import type { Page } from '../../content/types.ts';
import { loadPage } from '../../content/load-page.ts';
import { Prose } from '../../content/Prose.tsx';
import { personsArea, roleLink } from '../services/roles.ts';
import { currentLanguage, directionOf } from '../../i18n/index.ts';
import { PageNotes, useEnglishChoice } from '../../content/PageNotes.tsx';
import { ServiceLine } from '../services/ServiceLine.tsx';
import { useT } from '../../i18n/use-t.ts';
import { formatIsoDate } from '../../content/format-date.ts';
import { SourceList } from '../../content/SourceList.tsx';
import { isolateLtr } from '../../ui/Bidi.tsx';
import { useNavigation } from '../../core/services.ts';

type State =
  | { status: 'loading' }
  | { status: 'ready'; page: Page; fallback: boolean }
  | { status: 'missing' };

/**
 * One content page: its title, its text, when its facts were last checked, and where they come
 * from. A page not yet translated shows in English with a short note saying so.
 */
export function PageView({ params }: ScreenProps<'page'>) {
  const t = useT('learn');
  const navigation = useNavigation();
  const slug = params.slug;
  const lang = currentLanguage();
  const [state, setState] = useState<State>({ status: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);
  const { english, loadLang, toggle } = useEnglishChoice(slug, lang);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadPage(slug, loadLang, personsArea()).then(
      ({ page, fallback }) => live && setState({ status: 'ready', page, fallback }),
      () => live && setState({ status: 'missing' }),
    );
    return () => {
      live = false;
    };
  }, [slug, loadLang]);

  // The shell focuses the heading when the screen opens, but the page text arrives a moment later:
  // move focus to the page's own heading once it is there, so screen readers announce it.
  useEffect(() => {
    if (state.status !== 'loading') heading.current?.focus();
  }, [state]);

  if (state.status === 'loading') return <p class="muted">{t('page.loading')}</p>;
  if (state.status === 'missing') {
    return (
      <>
        <h1 tabIndex={-1} ref={heading}>
          {t('page.missingTitle')}
        </h1>
        <p>{t('page.missingText')}</p>
      </>
    );
  }

  const { meta, body } = state.page;
  return (
    // An English page shown in Urdu runs left to right, or its punctuation lands at the wrong end.
    <article lang={meta.lang} dir={directionOf(meta.lang)}>
      <h1 tabIndex={-1} ref={heading}>
        {isolateLtr(meta.title, directionOf(meta.lang) === 'rtl')}
      </h1>
      <PageNotes
        meta={meta}
        fallback={state.fallback}
        lang={lang}
        english={english}
        onToggle={toggle}
      />
      <Prose
        blocks={body}
        roles={roleLink}
        rtl={directionOf(meta.lang) === 'rtl'}
        serviceNumber={ServiceLine}
      />
      <p class="action-row" lang={lang}>
        <button type="button" class="button secondary" onClick={() => navigation.go('search')}>
          {t('searchButton')}
        </button>
      </p>
      <footer class="page-meta" lang={lang} dir={directionOf(lang)}>
        <p>
          <strong>{t('page.lastReviewed')}</strong>{' '}
          <time dateTime={meta.reviewed}>{formatIsoDate(meta.reviewed, lang)}</time>
        </p>
        <h2>{t('page.sources')}</h2>
        <SourceList sources={meta.sources} lang={meta.lang} />
      </footer>
    </article>
  );
}
