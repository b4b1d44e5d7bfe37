import { useT } from '../../i18n/use-t.ts';
import { useNavigation } from '../../core/services.ts';
import { BookIcon, ListIcon, PeopleIcon } from '../../ui/icons.tsx';
import { primaryDoors, secondaryDoors } from './doors.ts';
import { CallNowSlot } from './CallNowSlot.tsx';

const ICONS = { services: PeopleIcon, learn: BookIcon, plan: ListIcon } as const;

/**
 * The home screen: in the first chunk, so it paints without waiting for any feature. Help comes
 * first: the numbers to call, then the three main doors, then the rest, smaller.
 */
export function Home() {
  const navigation = useNavigation();
  const t = useT();
  return (
    <>
      <h1 tabIndex={-1} class="home-title">
        {t('home.title')}
      </h1>
      <CallNowSlot />
      <h2 class="home-section">{t('home.doorsLabel')}</h2>
      <ul class="doors">
        {primaryDoors.map((door) => {
          const Icon = ICONS[door.screen as keyof typeof ICONS];
          return (
            <li key={door.screen}>
              <button type="button" class="door" onClick={() => navigation.go(door.screen)}>
                <Icon class="door-icon" />
                <span class="door-title">{t(door.title)}</span>
                <span class="door-hint">{t(door.hint)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <h2 class="home-section">{t('home.moreLabel')}</h2>
      <ul class="more-doors">
        {secondaryDoors.map((door) => (
          <li key={door.screen}>
            <button
              type="button"
              class="door door-secondary"
              onClick={() => navigation.go(door.screen)}
            >
              <span class="door-title">{t(door.title)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
