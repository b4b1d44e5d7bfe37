import { useT } from '../i18n/use-t.ts';

/**
 * Says, in the person's language, that the page below is shown in English because it is not
 * translated yet. Show it whenever loadPage() returns `fallback: true`, and mark the English part
 * with `lang="en" dir="ltr"` so screen readers pronounce it and right-to-left screens lay it out.
 */
export function FallbackNote() {
  const t = useT();
  return <p class="note">{t('content.fallback')}</p>;
}
