import { useMemo, useState } from 'preact/hooks';
import { useNavigation } from '../../core/services.ts';
import type { ScreenProps } from '../../core/screens.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useT } from '../../i18n/use-t.ts';
import { NEEDS, SERVES, type NeedsTag, type ServesTag } from '../../regions/schema.ts';
import { CallLogNote } from './CallLogNote.tsx';
import { services } from './directory.ts';
import { createDirectoryModel } from './model.ts';
import { ServiceCard } from './ServiceCard.tsx';

const PAGE_SIZE = 50;

/** Tags that at least one service uses, so a filter never offers an empty choice. */
const usedServes = SERVES.filter(
  (tag) => tag !== 'anyone' && services.some((s) => s.serves.includes(tag)),
);
const usedNeeds = NEEDS.filter((tag) => services.some((s) => s.needs.includes(tag)));

/**
 * "Find someone to talk to": every service for this area, emergency routes first, with filters
 * for who it is for, what the person needs, lines open now, and free text. Works offline.
 */
export function ServicesScreen({
  pageSize = PAGE_SIZE,
}: Partial<ScreenProps<'services'>> & { pageSize?: number }) {
  const navigation = useNavigation();
  const t = useT('services');
  const model = useMemo(() => createDirectoryModel(services, currentLanguage()), []);
  const filters = model.filters.value;
  const results = model.results.value;
  // A long list is shown a page at a time, so a keystroke never re-renders thousands of cards.
  const [shown, setShown] = useState({ filters, count: pageSize });
  const count = shown.filters === filters ? shown.count : pageSize;
  const filtered =
    filters.query !== '' || filters.serves !== '' || filters.needs !== '' || filters.openNow;

  return (
    <>
      <h1 tabIndex={-1}>{t('list.title')}</h1>
      <p class="lead">{t('list.lead')}</p>
      <div class="emergency-panel">
        <p>
          <strong>{t('list.inDanger')}</strong>{' '}
          <a class="button emergency-call" href="tel:999">
            {t('emergency.call999')}
          </a>
        </p>
        <p>
          <button
            type="button"
            class="link-button inline-link"
            onClick={() => navigation.go('emergency')}
          >
            {t('list.emergencyLink')}
          </button>
        </p>
      </div>
      <CallLogNote t={t} />

      <div class="filters" role="search" aria-labelledby="services-filters">
        <h2 class="visually-hidden" id="services-filters">
          {t('list.filtersTitle')}
        </h2>
        <div class="field">
          <label for="services-query">{t('list.search')}</label>
          <input
            id="services-query"
            type="search"
            value={filters.query}
            autocomplete="off"
            spellcheck={false}
            autocapitalize="off"
            onInput={(e) => model.set({ query: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="services-serves">{t('list.serves')}</label>
          <select
            id="services-serves"
            value={filters.serves}
            onChange={(e) => model.set({ serves: e.currentTarget.value as ServesTag | '' })}
          >
            <option value="">{t('list.servesAll')}</option>
            {usedServes.map((tag) => (
              <option key={tag} value={tag}>
                {t(`serves.${tag}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="services-needs">{t('list.needs')}</label>
          <select
            id="services-needs"
            value={filters.needs}
            onChange={(e) => model.set({ needs: e.currentTarget.value as NeedsTag | '' })}
          >
            <option value="">{t('list.needsAll')}</option>
            {usedNeeds.map((tag) => (
              <option key={tag} value={tag}>
                {t(`needs.${tag}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field checkbox">
          <input
            id="services-open"
            type="checkbox"
            checked={filters.openNow}
            aria-describedby="services-open-hint"
            onChange={(e) => model.set({ openNow: e.currentTarget.checked })}
          />
          <label for="services-open">{t('list.openNow')}</label>
          <p id="services-open-hint" class="muted">
            {t('list.openNowHint')}
          </p>
        </div>
        {filtered && (
          <button type="button" class="button secondary" onClick={() => model.clear()}>
            {t('list.clear')}
          </button>
        )}
      </div>

      <h2>{t('list.resultsTitle')}</h2>
      <p role="status" class="muted">
        {results.length === 0 ? t('list.none') : t('list.count', { count: results.length })}
      </p>
      <ul class="service-list">
        {results.slice(0, count).map((s) => (
          <li key={s.id}>
            <ServiceCard id={s.id} level={3} />
          </li>
        ))}
      </ul>
      {results.length > count && (
        <p>
          <button
            type="button"
            class="button secondary"
            onClick={() => setShown({ filters, count: count + pageSize })}
          >
            {t('list.showMore', { count: Math.min(pageSize, results.length - count) })}
          </button>
        </p>
      )}
    </>
  );
}
