import { useNavigation } from '../../core/services.ts';
import { currentLanguage, directionOf } from '../../i18n/index.ts';
import { isolateLtr } from '../../ui/Bidi.tsx';
import { pagesInSection } from './page-list.ts';

/** The pages of one audience section as large buttons, title and summary. */
export function PageList({ section, label }: { section: string; label: string }) {
  const navigation = useNavigation();
  const own = currentLanguage();
  const list = pagesInSection(section, own);
  return (
    <ul class="doors" aria-label={label}>
      {list
        .map((page) => ({ page, rtl: directionOf(page.lang) === 'rtl' }))
        .map(({ page, rtl }) => (
          <li key={page.slug}>
            <button
              type="button"
              class="door"
              onClick={() => navigation.go('audience-page', { slug: page.slug })}
              // A page not yet translated is listed in English, marked as English.
              {...(page.lang !== own ? { lang: page.lang, dir: directionOf(page.lang) } : {})}
            >
              <span class="door-title">{isolateLtr(page.title, rtl)}</span>
              <span class="door-hint">{isolateLtr(page.summary, rtl)}</span>
            </button>
          </li>
        ))}
    </ul>
  );
}
