import './audiences.css';
import { useT } from '../../i18n/use-t.ts';
import { useServices } from '../../core/services.ts';
import { useState } from 'preact/hooks';
import { PageList } from './PageList.tsx';
import { Select } from '../../ui/Select.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { offeredLanguages } from '../../i18n/languages.ts';

/** For friends, family, neighbours and workmates of someone who may be experiencing abuse. */
export function Family() {
  const t = useT('audiences');
  return (
    <>
      <h1 tabIndex={-1}>{t('family.title')}</h1>
      <p class="lead">{t('family.lead')}</p>
      <p class="note">{t('family.first')}</p>
      <PageList section="family" label={t('pages.listLabel')} />
    </>
  );
}

/** For professionals: show mode first (a person may be waiting), then guides to read. */
export function Professional() {
  const { navigation, showMode } = useServices();
  const t = useT('audiences');
  // The person's language first; the professional's own (the app's language) beside it.
  const [person, setPerson] = useState(currentLanguage);
  const [beside, setBeside] = useState(currentLanguage);
  const languages = offeredLanguages.map((l) => ({ value: l.code, label: l.name }));
  const start = (): void => {
    showMode.enter();
    navigation.go('show', { lang: person, with: beside });
  };
  return (
    <>
      <h1 tabIndex={-1}>{t('professional.title')}</h1>
      <p class="lead">{t('professional.lead')}</p>
      <section class="show-panel" aria-labelledby="show-panel-title">
        <h2 id="show-panel-title">{t('professional.showTitle')}</h2>
        <p>{t('professional.showText')}</p>
        {languages.length > 1 && (
          <>
            <Select
              id="show-person"
              label={t('professional.showPerson')}
              value={person}
              options={languages}
              onChange={setPerson}
            />
            <Select
              id="show-beside"
              label={t('professional.showBeside')}
              value={beside}
              options={[{ value: '', label: t('professional.showNoSecond') }, ...languages]}
              onChange={setBeside}
            />
          </>
        )}
        <p>
          <button type="button" class="button" onClick={start}>
            {showMode.active.value ? t('professional.showContinue') : t('professional.showStart')}
          </button>
        </p>
      </section>
      <h2>{t('professional.guidesTitle')}</h2>
      <PageList section="professional" label={t('professional.guidesTitle')} />
    </>
  );
}

/**
 * For someone worried about their own behaviour. Kept apart from every page written for people
 * experiencing abuse: nothing there links here, so no one is nudged towards their abuser's services.
 */
export function Self() {
  const t = useT('audiences');
  return (
    <>
      <h1 tabIndex={-1}>{t('self.title')}</h1>
      <p class="lead">{t('self.lead')}</p>
      <p class="note">{t('self.first')}</p>
      <PageList section="self" label={t('pages.listLabel')} />
    </>
  );
}
