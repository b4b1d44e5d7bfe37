import type { ScreenProps } from '../../core/screens.ts';
import { deploy } from '../../core/deploy.ts';
import { useNavigation } from '../../core/services.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatIsoDate } from '../../content/format-date.ts';
import { useT } from '../../i18n/use-t.ts';
import { CallLogNote } from './CallLogNote.tsx';
import { ChannelRow } from './ChannelRow.tsx';
import { areaOf, getService, needsReview } from './directory.ts';
import { isEntryStale } from './stale.ts';
import { localText } from './text.ts';
import { LocalText } from './LocalText.tsx';
import { ReviewNotice } from '../../ui/ReviewNotice.tsx';
import { useState } from 'preact/hooks';

/** One service in full (params.id): how to reach it, its hours, who it is for, and its source. */
export function ServiceScreen({ params }: ScreenProps<'service'>) {
  const navigation = useNavigation();
  const t = useT('services');
  const own = currentLanguage();
  const service = getService(params.id);
  // "Show in English" on an unchecked translation: the entry's own words only, for this entry.
  const [englishFor, setEnglishFor] = useState<string | null>(null);
  const english = englishFor === `${own}|${params.id}` && own !== 'en';
  const lang = english ? 'en' : own;
  const now = new Date();

  if (!service) {
    return (
      <>
        <h1 tabIndex={-1}>{t('list.title')}</h1>
        <p>{t('service.notFound')}</p>
        <p>
          <button type="button" class="button" onClick={() => navigation.go('services')}>
            {t('service.backToList')}
          </button>
        </p>
      </>
    );
  }

  const hasTimed = service.channels.some((c) => 'hours' in c && c.hours !== '24/7');
  return (
    <>
      <h1 tabIndex={-1}>
        <LocalText text={service.name} lang={lang} />
      </h1>
      {(english || needsReview(service, own)) && (
        <ReviewNotice
          showingEnglish={english}
          onToggle={() => setEnglishFor(english ? null : `${own}|${params.id}`)}
        />
      )}
      <p class="lead">
        <LocalText text={service.offers} lang={lang} />
      </p>
      {isEntryStale(service, now, deploy.serviceMaxAgeDays) && (
        <p class="service-warning">{t('stale')}</p>
      )}
      {service.steps && (
        <>
          <h2>{t('service.stepsTitle')}</h2>
          <ol>
            {service.steps.map((step, i) => (
              <li key={i}>
                <LocalText text={step} lang={lang} />
              </li>
            ))}
          </ol>
        </>
      )}
      {service.channels.length > 0 && (
        <>
          <h2>{t('service.contactTitle')}</h2>
          <ul class="channels">
            {service.channels.map((channel, i) => (
              <ChannelRow key={i} channel={channel} t={t} now={now} full lang={lang} />
            ))}
          </ul>
          {hasTimed && <p class="muted">{t('channel.hoursChange')}</p>}
          <CallLogNote t={t} />
        </>
      )}
      <h2>{t('service.whoTitle')}</h2>
      <ul>
        {service.serves.map((tag) => (
          <li key={tag}>{t(`serves.${tag}`)}</li>
        ))}
      </ul>
      <h2>{t('service.coverageTitle')}</h2>
      <p>
        {service.coverage
          .map((c) =>
            t(`coverage.${c}`, { area: localText(areaOf(service.pack)?.name ?? { en: '' }, own) }),
          )
          .join(', ')}
      </p>
      <h2>{t('service.sourceTitle')}</h2>
      <p>
        {service.liveChecked === undefined
          ? t('service.notLiveChecked', { date: formatIsoDate(service.checked, lang) })
          : t('service.checked', { date: formatIsoDate(service.liveChecked, lang) })}
      </p>
      <ul class="sources">
        {service.sources.map((url) => (
          <li key={url}>
            <a href={url} target="_blank" rel="noreferrer noopener" class="ltr-always">
              {url.replace(/^https:\/\//, '')}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
