import { useT } from '../i18n/use-t.ts';
import { changedInAnotherTab } from '../storage/db.ts';

/**
 * Shown when another tab updated or cleared the app's saved data (src/storage/db.ts): this tab
 * can no longer save. Reloading keeps the one URL and adds no history entry. Neutral words, as
 * the banner may be seen by someone else.
 */
export function OtherTabBanner() {
  const t = useT();
  if (!changedInAnotherTab.value) return null;
  return (
    <section class="banner" role="alert" aria-labelledby="other-tab-title">
      <p id="other-tab-title">
        <strong>{t('shell.otherTabTitle')}</strong>
      </p>
      <p>{t('shell.otherTabBody')}</p>
      <p>
        <button type="button" class="button" onClick={() => location.reload()}>
          {t('shell.otherTabReload')}
        </button>
      </p>
    </section>
  );
}
