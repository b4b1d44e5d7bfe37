import { useT } from '../i18n/use-t.ts';

/**
 * Says, in the person's language, that a translation has not yet been checked by a native
 * speaker, with the English one tap away; once the English is shown, the same place offers the
 * translation back. Shown wherever the text carries `needsReview` (a page's front matter, a
 * service pack's translation), so nobody relies on an unchecked word without knowing.
 */
export function ReviewNotice({
  showingEnglish,
  onToggle,
}: {
  showingEnglish: boolean;
  onToggle: () => void;
}) {
  const t = useT();
  return (
    <p class="note review-notice">
      {showingEnglish ? t('review.englishShown') : t('review.notice')}{' '}
      <button type="button" class="link-button inline-link" onClick={onToggle}>
        {showingEnglish ? t('review.showOwn') : t('review.showEnglish')}
      </button>
    </p>
  );
}
