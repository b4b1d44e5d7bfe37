import { useT } from '../../i18n/use-t.ts';
import { useNavigation } from '../../core/services.ts';
import type { ScreenProps } from '../../core/screens.ts';
import { setPref } from '../../storage/prefs.ts';

/**
 * "Using this app more safely": an interruption page in the GOV.UK style, shown on the first
 * visit and reachable from every screen. It is honest about what the app cannot hide.
 */
export function SaferUse({ params }: ScreenProps<'safer-use'>) {
  const navigation = useNavigation();
  const t = useT();
  const firstVisit = params.first === '1';
  const list = (key: 'saferUse.hides' | 'saferUse.cannot') =>
    t(key, { returnObjects: true }).map((item) => <li key={item}>{item}</li>);

  const carryOn = async (): Promise<void> => {
    await setPref('intro', true).catch(() => undefined); // not being able to remember is harmless
    navigation.reset();
  };

  return (
    <div class="interruption">
      <h1 tabIndex={-1}>{t('saferUse.title')}</h1>
      <p class="lead">{t('saferUse.lead')}</p>
      <h2>{t('saferUse.leaveQuickly')}</h2>
      <p>{t('saferUse.leaveQuicklyText')}</p>
      <p>
        <button
          type="button"
          class="link-button inline-link"
          onClick={() => navigation.go('hide-app')}
        >
          {t('saferUse.hideLink')}
        </button>
      </p>
      <h2>{t('saferUse.hidesTitle')}</h2>
      <ul>{list('saferUse.hides')}</ul>
      <h2>{t('saferUse.cannotTitle')}</h2>
      <ul>{list('saferUse.cannot')}</ul>
      <h2>{t('saferUse.saferDeviceTitle')}</h2>
      <p>{t('saferUse.saferDeviceText')}</p>
      {firstVisit && (
        <p>
          <button type="button" class="button" onClick={() => void carryOn()}>
            {t('saferUse.continue')}
          </button>
        </p>
      )}
    </div>
  );
}
