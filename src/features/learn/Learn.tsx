import { PageLinks } from './PageLinks.tsx';
import './learn.css';
import { pages } from 'virtual:content-index';
import { useT } from '../../i18n/use-t.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useNavigation } from '../../core/services.ts';
import { groupPages } from './groups.ts';

/**
 * "Understand what is happening": every learn page, grouped, one tap each. With the door on home,
 * any page is two taps away.
 */
export function Learn() {
  const navigation = useNavigation();
  const t = useT('learn');
  const groups = groupPages(pages, 'learn', currentLanguage());
  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p class="lead">{t('intro')}</p>
      <p class="action-row">
        <button type="button" class="button secondary" onClick={() => navigation.go('search')}>
          {t('searchButton')}
        </button>
        <button type="button" class="button secondary" onClick={() => navigation.go('check-in')}>
          {t('checkInButton')}
        </button>
      </p>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`}>{t(`groups.${group.key}`)}</h2>
          <PageLinks pages={group.pages} />
        </section>
      ))}
    </>
  );
}
