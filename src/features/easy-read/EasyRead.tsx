import { useEffect, useState } from 'preact/hooks';
import { SourceList } from '../../content/SourceList.tsx';
import { pages } from 'virtual:content-index';
import { useNavigation } from '../../core/services.ts';
import type { ScreenProps } from '../../core/screens.ts';
import { PageNotes, useEnglishChoice } from '../../content/PageNotes.tsx';
import { loadPage } from '../../content/load-page.ts';
import { Prose } from '../../content/Prose.tsx';
import { personsArea, roleLink } from '../services/roles.ts';
import type { Page } from '../../content/types.ts';
import { currentLanguage, directionOf } from '../../i18n/index.ts';
import { useT } from '../../i18n/use-t.ts';
import { ServiceCallLink } from '../services/ServiceNumber.tsx';
import { toIdeas } from './ideas.ts';
import { Picture, isPicture } from './pictures.tsx';
import './easy-read.css';
import { formatIsoDate } from '../../content/format-date.ts';

/** Easy-read pages are content pages in the `easy-read` section. */
export const EASY_READ = 'easy-read';

/**
 * Easy read: a short list of plain pages (what abuse is, using this app safely, emergencies, your
 * plan), and a simple page view. `params.slug` opens one page; without it the list shows.
 */
export function EasyRead({ params }: ScreenProps<'easy-read'>) {
  const slug = params.slug;
  return slug ? <EasyReadPage slug={slug} /> : <EasyReadList />;
}

function EasyReadList() {
  const navigation = useNavigation();
  const t = useT('easy-read');
  const lang = currentLanguage();
  const english = pages
    .filter((p) => p.section === EASY_READ && p.lang === 'en')
    .sort((a, b) => a.order - b.order);
  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p class="lead">{t('lead')}</p>
      <ul class="doors" aria-label={t('pagesLabel')}>
        {english.map((en) => {
          // The title in the person's language when the page is translated, else in English.
          const own = pages.find((p) => p.slug === en.slug && p.lang === lang) ?? en;
          return (
            <li key={en.slug}>
              <button
                type="button"
                class="door"
                lang={own.lang}
                dir={directionOf(own.lang)}
                onClick={() => navigation.go('easy-read', { slug: en.slug })}
              >
                <span class="door-title">{own.title}</span>
                <span class="door-hint">{own.summary}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

type Loaded = { lang: string; page: Page; fallback: boolean } | { lang: string; missing: true };

function EasyReadPage({ slug }: { slug: string }) {
  const t = useT();
  const tr = useT('easy-read');
  const lang = currentLanguage();
  const [loaded, setLoaded] = useState<Loaded>();
  const { english, loadLang, toggle } = useEnglishChoice(slug, lang);

  useEffect(() => {
    let live = true;
    loadPage(slug, loadLang, personsArea()).then(
      (result) => live && setLoaded({ lang, ...result }),
      () => live && setLoaded({ lang, missing: true }),
    );
    return () => {
      live = false;
    };
  }, [slug, lang, loadLang]);

  if (!loaded) return <p class="muted">{t('shell.loading')}</p>;
  if ('missing' in loaded) {
    return (
      <>
        <h1 tabIndex={-1}>{tr('title')}</h1>
        <p>{tr('notFound')}</p>
      </>
    );
  }
  const { page, fallback } = loaded;
  const pageLang = page.meta.lang;
  const date = formatIsoDate(page.meta.reviewed, lang);
  return (
    <>
      <h1 tabIndex={-1} lang={pageLang} dir={directionOf(pageLang)}>
        {page.meta.title}
      </h1>
      <PageNotes
        meta={page.meta}
        fallback={fallback}
        lang={lang}
        english={english}
        onToggle={toggle}
      />
      <div class="page-lang easy-read" lang={pageLang} dir={directionOf(pageLang)}>
        <Ideas blocks={page.body} rtl={directionOf(pageLang) === 'rtl'} />
      </div>
      <h2>{t('content.sources')}</h2>
      <div dir={directionOf(pageLang)}>
        <SourceList sources={page.meta.sources} lang={pageLang} />
      </div>
      <p class="muted">{t('content.reviewed', { date })}</p>
    </>
  );
}

/**
 * The page as Easy Read lays it out: each idea a row, its picture beside its short lines. A
 * service is a call link that shows its number.
 */
function Ideas({ blocks, rtl }: { blocks: Page['body']; rtl: boolean }) {
  const t = useT('easy-read');
  return (
    <>
      {toIdeas(blocks).map((row, i) =>
        row.t === 'heading' ? (
          <Prose key={i} blocks={[row.block]} roles={roleLink} rtl={rtl} />
        ) : (
          <div key={i} class="idea">
            {row.picture && isPicture(row.picture) ? (
              <Picture name={row.picture} label={t(`pictures.${row.picture}`)} />
            ) : (
              <span class="picture" />
            )}
            <div class="idea-text">
              <Prose blocks={row.blocks} roles={roleLink} rtl={rtl} service={ServiceCallLink} />
            </div>
          </div>
        ),
      )}
    </>
  );
}
