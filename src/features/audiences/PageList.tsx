import { useNavigation } from '../../core/services.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { pagesInSection } from './page-list.ts';

/** The pages of one audience section as large buttons, title and summary. */
export function PageList({ section, label }: { section: string; label: string }) {
  const navigation = useNavigation();
  const list = pagesInSection(section, currentLanguage());
  return (
    <ul class="doors" aria-label={label}>
      {list.map((page) => (
        <li key={page.slug}>
          <button
            type="button"
            class="door"
            onClick={() => navigation.go('audience-page', { slug: page.slug })}
          >
            <span class="door-title">{page.title}</span>
            <span class="door-hint">{page.summary}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
