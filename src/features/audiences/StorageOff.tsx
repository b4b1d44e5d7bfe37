import './audiences.css';
import { useT } from '../../i18n/use-t.ts';
import { navigation } from '../../core/navigation.ts';
import { showMode } from './show-mode.ts';

/** Shown in place of any screen that saves things while show mode is on. */
export function StorageOff() {
  const t = useT('audiences');
  return (
    <>
      <h1 tabIndex={-1}>{t('off.title')}</h1>
      <p class="lead">{t('off.text')}</p>
      <p class="button-row">
        <button type="button" class="button" onClick={() => navigation.back()}>
          {t('off.back')}
        </button>
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            showMode.leave();
          }}
        >
          {t('off.leave')}
        </button>
      </p>
    </>
  );
}
