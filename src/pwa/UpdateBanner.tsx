import { useT } from '../i18n/use-t.ts';
import { applyUpdate, dismissUpdate, updateWaiting } from './update.ts';

/** Offers a waiting new version. Neutral words: the banner may be seen by someone else. */
export function UpdateBanner() {
  const t = useT();
  if (!updateWaiting.value) return null;
  return (
    <section class="banner" aria-labelledby="update-title">
      <p id="update-title">
        <strong>{t('shell.updateReady')}</strong>
      </p>
      <p>{t('shell.updateSaveFirst')}</p>
      <p>
        <button type="button" class="button" onClick={applyUpdate}>
          {t('shell.updateNow')}
        </button>{' '}
        <button type="button" class="button secondary" onClick={dismissUpdate}>
          {t('shell.updateLater')}
        </button>
      </p>
    </section>
  );
}
