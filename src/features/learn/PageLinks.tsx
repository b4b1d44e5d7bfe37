import { useNavigation } from '../../core/services.ts';
import type { PageSummary } from '../../content/types.ts';

/** A list of content pages, each a large button with its title and summary that opens the page. */
export function PageLinks({
  pages,
}: {
  pages: readonly Pick<PageSummary, 'slug' | 'title' | 'summary'>[];
}) {
  const navigation = useNavigation();
  return (
    <ul class="page-list">
      {pages.map((page) => (
        <li key={page.slug}>
          <button
            type="button"
            class="page-link"
            onClick={() => navigation.go('page', { slug: page.slug })}
          >
            <span class="page-link-title">{page.title}</span>
            <span class="page-link-summary">{page.summary}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
