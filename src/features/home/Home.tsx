import { useT } from '../../i18n/use-t.ts';
import { useNavigation } from '../../core/services.ts';
import { doors } from './doors.ts';

/** The home screen: in the first chunk, so it paints without waiting for any feature. */
export function Home() {
  const navigation = useNavigation();
  const t = useT();
  return (
    <>
      <h1 tabIndex={-1}>{t('home.title')}</h1>
      <p class="lead">{t('home.intro')}</p>
      <h2>{t('home.doorsLabel')}</h2>
      <ul class="doors">
        {doors.map((door) => (
          <li key={door.screen}>
            <button type="button" class="door" onClick={() => navigation.go(door.screen)}>
              <span class="door-title">{t(door.title)}</span>
              <span class="door-hint">{t(door.hint)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
