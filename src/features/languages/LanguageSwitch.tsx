// WARNING: part of the first chunk (the shell shows it on every screen).
import { useT } from '../../i18n/use-t.ts';
import { currentLanguage, setLanguage } from '../../i18n/index.ts';
import { offeredLanguages, stringsNeedReview, type Language } from '../../i18n/languages.ts';
import { setPref } from '../../storage/prefs.ts';

/**
 * Switches language in place: same screen, same URL, no reload. The choice is kept on the device
 * only through prefs (`lang`), so the next start opens in it before anything is painted.
 */
export async function chooseLanguage(code: string): Promise<void> {
  await setLanguage(code);
  // Not being able to remember (for example in show mode) must not stop the switch itself.
  await setPref('lang', code).catch(() => undefined);
}

/**
 * One small button per offered language, each named in its own language and marked with its own
 * `lang` and `dir`, so a person who cannot read the current language can still find theirs and a
 * screen reader pronounces each name correctly. While the current language's strings have not been
 * checked by a native speaker, a short line under the buttons says so, with English one tap away.
 */
export function LanguageSwitch({
  languages = offeredLanguages,
}: {
  languages?: readonly Language[];
}) {
  const t = useT();
  if (languages.length < 2) return null;
  const current = currentLanguage();
  // The review note sits after the buttons, not inside them, so the buttons can share a line with
  // the emergency button where they fit and leave more of a small screen for the numbers.
  return (
    <>
      <nav class="shell-lang" aria-label={t('shell.language')}>
        {languages.map((language) => (
          <button
            key={language.code}
            type="button"
            class="link-button"
            lang={language.code}
            dir={language.dir}
            aria-pressed={language.code === current}
            onClick={() => void chooseLanguage(language.code)}
          >
            {language.name}
          </button>
        ))}
      </nav>
      {stringsNeedReview(current) && (
        // A landmark of its own: outside the buttons' nav, text must still sit in one (axe region).
        <div class="shell-review" role="region" aria-label={t('shell.language')}>
          <p>{t('review.strings')}</p>
        </div>
      )}
    </>
  );
}
