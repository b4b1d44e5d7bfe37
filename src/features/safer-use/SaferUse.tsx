import { useT } from '../../i18n/use-t.ts';
import { useNavigation } from '../../core/services.ts';
import type { ScreenProps } from '../../core/screens.ts';
import { setPref } from '../../storage/prefs.ts';
import { InAppLink } from '../../ui/InAppLink.tsx';

/**
 * "Using this app more safely", reachable from every screen and honest about what the app cannot
 * hide. On the first visit it opens short: three points, each with its "more" one tap away, and
 * Continue on the first screen, so a person in a hurry is not held up by three screens of text.
 */
export function SaferUse({ params }: ScreenProps<'safer-use'>) {
  const navigation = useNavigation();
  const t = useT();
  const firstVisit = params.first === '1';
  const list = (key: 'saferUse.hides' | 'saferUse.cannot') =>
    t(key, { returnObjects: true }).map((item) => <li key={item}>{item}</li>);
  // On a line of its own, so a full-size target, not one the height of a line of text.
  const hideLink = (label: string) => (
    <p>
      <InAppLink standalone to={{ name: 'hide-app' }}>
        {label}
      </InAppLink>
    </p>
  );

  const carryOn = async (): Promise<void> => {
    await setPref('intro', true).catch(() => undefined); // not being able to remember is harmless
    navigation.reset();
  };

  if (firstVisit) {
    return (
      <div class="interruption">
        <h1 tabIndex={-1}>{t('saferUse.title')}</h1>
        <ul class="short-start">
          <li>
            <p>{t('saferUse.short.exit')}</p>
            <details>
              <summary>{t('saferUse.short.moreExit')}</summary>
              <p>{t('saferUse.leaveQuicklyText')}</p>
            </details>
          </li>
          <li>
            <p>{t('saferUse.short.cannot')}</p>
            <details>
              <summary>{t('saferUse.short.moreCannot')}</summary>
              <h2>{t('saferUse.cannotTitle')}</h2>
              <ul>{list('saferUse.cannot')}</ul>
              <h2>{t('saferUse.hidesTitle')}</h2>
              <ul>{list('saferUse.hides')}</ul>
              <h2>{t('saferUse.saferDeviceTitle')}</h2>
              <p>{t('saferUse.saferDeviceText')}</p>
            </details>
          </li>
          <li>
            <p>{t('saferUse.short.hide')}</p>
            {hideLink(t('saferUse.short.moreHide'))}
          </li>
        </ul>
        <p>
          <button type="button" class="button" onClick={() => void carryOn()}>
            {t('saferUse.continue')}
          </button>
        </p>
      </div>
    );
  }

  return (
    <div class="interruption">
      <h1 tabIndex={-1}>{t('saferUse.title')}</h1>
      <p class="lead">{t('saferUse.lead')}</p>
      <h2>{t('saferUse.leaveQuickly')}</h2>
      <p>{t('saferUse.leaveQuicklyText')}</p>
      {hideLink(t('saferUse.hideLink'))}
      <h2>{t('saferUse.hidesTitle')}</h2>
      <ul>{list('saferUse.hides')}</ul>
      <h2>{t('saferUse.cannotTitle')}</h2>
      <ul>{list('saferUse.cannot')}</ul>
      <h2>{t('saferUse.saferDeviceTitle')}</h2>
      <p>{t('saferUse.saferDeviceText')}</p>
    </div>
  );
}
