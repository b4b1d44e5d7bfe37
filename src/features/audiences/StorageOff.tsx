import './audiences.css';
import { useT } from '../../i18n/use-t.ts';
import { useServices } from '../../core/services.ts';

/** Shown in place of any screen that saves things while show mode is on. */
export function StorageOff() {
  const { navigation, showMode } = useServices();
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
