import { useNavigation } from '../../core/services.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useT } from '../../i18n/use-t.ts';
import { CallLogNote } from './CallLogNote.tsx';
import { currentArea, getService, services } from './directory.ts';
import { ServiceCard } from './ServiceCard.tsx';
import { LocalText } from './LocalText.tsx';

/**
 * Emergency routes, always first: 999, what to do if you can't speak (press 55), texting 999,
 * and Relay UK. Then the police for the deploying area and other ways to get help now.
 */
export function EmergencyScreen() {
  const navigation = useNavigation();
  const t = useT('services');
  const lang = currentLanguage();
  const silent = getService('silent-solution');
  const others = services.filter(
    (s) =>
      s.needs.includes('danger-now') &&
      !['emergency-999', 'silent-solution'].includes(s.id) &&
      (s.pack === currentArea()?.id || s.coverage.includes('uk')),
  );
  return (
    <>
      <h1 tabIndex={-1}>{t('emergency.title')}</h1>
      <p class="lead">{t('emergency.lead')}</p>
      <p>
        <a class="button emergency-call" href="tel:999">
          {t('emergency.call999')}
        </a>
      </p>
      {silent && (
        <>
          <h2>{t('emergency.cantSpeakTitle')}</h2>
          <ol>
            {(silent.steps ?? []).map((step, i) => (
              <li key={i}>
                <LocalText text={step} lang={lang} />
              </li>
            ))}
          </ol>
        </>
      )}
      <h2>{t('emergency.otherWaysTitle')}</h2>
      <ul class="service-list">
        {others.map((s) => (
          <li key={s.id}>
            <ServiceCard id={s.id} level={3} />
          </li>
        ))}
      </ul>
      <CallLogNote t={t} />
      <p>
        <button type="button" class="button secondary" onClick={() => navigation.go('services')}>
          {t('emergency.moreHelp')}
        </button>
      </p>
    </>
  );
}
