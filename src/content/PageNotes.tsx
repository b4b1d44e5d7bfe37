import { useState } from 'preact/hooks';
import { directionOf } from '../i18n/index.ts';
import { ReviewNotice } from '../ui/ReviewNotice.tsx';
import { FallbackNote } from './FallbackNote.tsx';
import type { PageMeta } from './types.ts';

/**
 * Whether the person asked to see this page in English, and the language to load it in. The
 * choice belongs to one page in one language: opening another page, or switching language,
 * shows the translation again.
 */
export function useEnglishChoice(slug: string, lang: string) {
  const [choice, setChoice] = useState<string | null>(null);
  const here = `${lang}|${slug}`;
  const english = choice === here && lang !== 'en';
  return {
    english,
    loadLang: english ? 'en' : lang,
    toggle: () => setChoice(english ? null : here),
  };
}

/**
 * The notes above a content page, in the person's language (marked with its own `lang` and
 * `dir`, as the page below may be English): that the page is not translated yet and so shown in
 * English, or that its translation has not been checked by a native speaker, with the English one
 * tap away.
 */
export function PageNotes({
  meta,
  fallback,
  lang,
  english,
  onToggle,
}: {
  meta: PageMeta;
  fallback: boolean;
  lang: string;
  english: boolean;
  onToggle: () => void;
}) {
  if (lang === 'en') return null;
  return (
    <div lang={lang} dir={directionOf(lang)}>
      {fallback && <FallbackNote />}
      {(english || (meta.needsReview === true && meta.lang === lang)) && (
        <ReviewNotice showingEnglish={english} onToggle={onToggle} />
      )}
    </div>
  );
}
