import { useNavigation } from '../../core/services.ts';
import type { PageSummary } from '../../content/types.ts';
import { currentLanguage, directionOf } from '../../i18n/index.ts';
import { isolateLtr } from '../../ui/Bidi.tsx';

/**
 * A list of content pages, each a large button with its title and summary that opens the page. A
 * page not yet translated is listed in English, marked as English so it reads as such.
 */
export function PageLinks({
  pages,
}: {
  pages: readonly (Pick<PageSummary, 'slug' | 'title' | 'summary'> & { lang?: string })[];
}) {
  const navigation = useNavigation();
  const own = currentLanguage();
  const rtl = (page: { lang?: string }) => directionOf(page.lang ?? own) === 'rtl';
  return (
    <ul class="page-list">
      {pages.map((page) => (
        <li key={page.slug}>
          <button
            type="button"
            class="page-link"
            onClick={() => navigation.go('page', { slug: page.slug })}
            {...(page.lang && page.lang !== own
              ? { lang: page.lang, dir: directionOf(page.lang) }
              : {})}
          >
            <span class="page-link-title">{isolateLtr(page.title, rtl(page))}</span>
            <span class="page-link-summary">{isolateLtr(page.summary, rtl(page))}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
