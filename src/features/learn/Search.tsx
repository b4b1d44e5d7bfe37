import './learn.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { documents } from 'virtual:content-search';
import { useT } from '../../i18n/use-t.ts';
import { currentLanguage, directionOf } from '../../i18n/index.ts';
import { useNavigation } from '../../core/services.ts';
import type { SearchDocument } from '../../content/types.ts';
import { Field } from '../../ui/Field.tsx';
import { services } from '../services/directory.ts';
import { ServiceNumber } from '../services/ServiceNumber.tsx';
import { localText } from '../services/text.ts';
import { roleLink } from '../services/roles.ts';
import { createFinder, matchingSentence, type Finder } from './find.ts';
import { loadPhrases } from './phrases.ts';

/**
 * One offline search over every page, the sections within them and every service, in everyday
 * words ("he reads my texts"). Its index is in this screen's chunk, loaded only when search opens.
 * What the person types lives only in this screen's memory: it is never stored, put in the
 * address or history, or sent; it is gone when they leave the screen, exit or lock.
 */
export function Search() {
  const t = useT('learn');
  const navigation = useNavigation();
  const lang = currentLanguage();
  const [finder, setFinder] = useState<Finder>();
  const [query, setQuery] = useState('');

  useEffect(() => {
    let live = true;
    void loadPhrases(lang).then(
      (phrases) =>
        live &&
        setFinder(
          createFinder({
            documents,
            services,
            phrases,
            lang,
            text: localText,
            roleEntry: (role) => roleLink(role)?.id,
          }),
        ),
    );
    return () => {
      live = false;
    };
  }, [lang]);

  const found = useMemo(() => finder?.find(query) ?? [], [finder, query]);
  const terms = useMemo(() => finder?.terms(query) ?? [], [finder, query]);
  const asked = query.trim().length > 1 && finder !== undefined;

  return (
    <>
      <h1 tabIndex={-1}>{t('search.title')}</h1>
      <div role="search">
        <Field
          id="page-search"
          type="search"
          label={t('search.label')}
          hint={t('search.hint')}
          value={query}
          onInput={setQuery}
          onEnter={() => undefined}
        />
      </div>
      <div aria-live="polite">
        {asked && (
          <p>
            {found.length === 0 ? t('search.none') : t('search.count', { count: found.length })}
          </p>
        )}
      </div>
      {asked && found.length > 0 && (
        <ul class="page-list search-results">
          {found.map((hit) => (
            <li key={hit.key} data-result={hit.key}>
              {hit.kind === 'service' ? (
                <div class="search-service">
                  <ServiceNumber id={hit.service.id} />
                  <p class="page-link-summary">{localText(hit.service.offers, lang)}</p>
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => navigation.go('service', { id: hit.service.id })}
                  >
                    {t('search.serviceMore')}
                  </button>
                </div>
              ) : (
                <PageHit page={hit.page} terms={terms} />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A page found: its title, the section and the sentence that matched; opens where it belongs. */
function PageHit({ page, terms }: { page: SearchDocument; terms: string[] }) {
  const navigation = useNavigation();
  const { heading, sentence } = matchingSentence(page, terms);
  const open = (): void => {
    if (page.section === 'easy-read') navigation.go('easy-read', { slug: page.slug });
    else if (page.section === 'learn') navigation.go('page', { slug: page.slug });
    else navigation.go('audience-page', { slug: page.slug });
  };
  return (
    <button
      type="button"
      class="page-link"
      lang={page.lang}
      dir={directionOf(page.lang)}
      onClick={open}
    >
      <span class="page-link-title">{page.title}</span>
      {heading && <span class="search-section">{heading}</span>}
      <span class="page-link-summary">{sentence}</span>
    </button>
  );
}
