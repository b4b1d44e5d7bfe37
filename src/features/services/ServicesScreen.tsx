import { useMemo, useState } from 'preact/hooks';
import { useNavigation } from '../../core/services.ts';
import type { ScreenProps } from '../../core/screens.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useT } from '../../i18n/use-t.ts';
import { NEEDS, SERVES, type NeedsTag, type ServesTag } from '../../regions/schema.ts';
import { CallLogNote } from './CallLogNote.tsx';
import { AreaChoice } from './AreaChoice.tsx';
import { currentArea, EMERGENCY_IDS, reach, services } from './directory.ts';
import { localText } from './text.ts';
import { createDirectoryModel } from './model.ts';
import { ServiceCard } from './ServiceCard.tsx';
import { Field } from '../../ui/Field.tsx';
import { Select } from '../../ui/Select.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';

const PAGE_SIZE = 50;

/** Tags that at least one service uses, so a filter never offers an empty choice. */
const usedServes = SERVES.filter(
  (tag) => tag !== 'anyone' && services.some((s) => s.serves.includes(tag)),
);
const usedNeeds = NEEDS.filter((tag) => services.some((s) => s.needs.includes(tag)));

/**
 * "Find someone to talk to": the area's own services first, then its nation's helplines, and
 * other nations' lines only when the person asks. Filters (who it is for, what is needed, open now,
 * free text) fold away behind one control. Works offline.
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
  const [showOthers, setShowOthers] = useState(false);
  // Local first, then the nation's own lines; other nations' lines only when asked for. The
  // emergency routes are on the panel above and their own screen, so the list does not repeat them.
  const listed = results.filter((s) => !(EMERGENCY_IDS as readonly string[]).includes(s.id));
  const area = currentArea();
  const own = listed.filter((s) => reach(s) === 'local');
  const national = listed.filter((s) => reach(s) === 'national');
  const others = listed.filter((s) => reach(s) === 'other');
  const visible = [...own, ...national, ...(showOthers ? others : [])];
  const shownIds = new Set(visible.slice(0, count).map((s) => s.id));
  const groups = [
    {
      key: 'local',
      title: t('list.localTitle', { area: localText(area?.name ?? { en: '' }, currentLanguage()) }),
      items: own,
    },
    { key: 'national', title: t('list.nationalTitle'), items: national },
    { key: 'other', title: t('list.otherTitle'), items: showOthers ? others : [] },
  ].map((g) => ({ ...g, items: g.items.filter((s) => shownIds.has(s.id)) }));

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
      <AreaChoice />
      <CallLogNote t={t} />

      {/* The filters fold away behind one control, so the first screen shows services. */}
      <details class="filters">
        <summary>{t('list.filtersTitle')}</summary>
        <div role="search" aria-label={t('list.filtersTitle')}>
          <Field
            id="services-query"
            type="search"
            label={t('list.search')}
            value={filters.query}
            onInput={(query) => model.set({ query })}
          />
          <Select
            id="services-serves"
            label={t('list.serves')}
            value={filters.serves}
            options={[
              { value: '', label: t('list.servesAll') },
              ...usedServes.map((tag) => ({ value: tag, label: t(`serves.${tag}`) })),
            ]}
            onChange={(serves) => model.set({ serves: serves as ServesTag | '' })}
          />
          <Select
            id="services-needs"
            label={t('list.needs')}
            value={filters.needs}
            options={[
              { value: '', label: t('list.needsAll') },
              ...usedNeeds.map((tag) => ({ value: tag, label: t(`needs.${tag}`) })),
            ]}
            onChange={(needs) => model.set({ needs: needs as NeedsTag | '' })}
          />
          <Checkbox
            id="services-open"
            label={t('list.openNow')}
            hint={t('list.openNowHint')}
            checked={filters.openNow}
            onChange={(openNow) => model.set({ openNow })}
          />
          {filtered && (
            <button type="button" class="button secondary" onClick={() => model.clear()}>
              {t('list.clear')}
            </button>
          )}
        </div>
      </details>

      <p role="status" class="muted">
        {results.length === 0 ? t('list.none') : t('list.count', { count: visible.length })}
      </p>
      {groups.map(
        (group) =>
          group.items.length > 0 && (
            <section key={group.key} aria-labelledby={`services-${group.key}`}>
              <h2 id={`services-${group.key}`}>{group.title}</h2>
              <ul class="service-list">
                {group.items.map((s) => (
                  <li key={s.id}>
                    <ServiceCard id={s.id} level={3} />
                  </li>
                ))}
              </ul>
            </section>
          ),
      )}
      {!showOthers && others.length > 0 && (
        <p>
          <button type="button" class="button secondary" onClick={() => setShowOthers(true)}>
            {t('list.otherNations')}
          </button>
        </p>
      )}
      {visible.length > count && (
        <p>
          <button
            type="button"
            class="button secondary"
            onClick={() => setShown({ filters, count: count + pageSize })}
          >
            {t('list.showMore', { count: Math.min(pageSize, visible.length - count) })}
          </button>
        </p>
      )}
    </>
  );
}
