import type { Text } from '../../regions/schema.ts';
import { directionOf } from '../../i18n/index.ts';
import { isolateLtr } from '../../ui/Bidi.tsx';

/**
 * A service's words in `lang`. Right to left, its numbers, addresses and English names are
 * isolated so they keep their order. Where the entry has no translation yet, the English shows
 * marked `lang="en" dir="ltr"`, so it reads as English (full stop at the end) and a screen reader
 * pronounces it as English.
 */
export function LocalText({ text, lang }: { text: Text; lang: string }) {
  const own = text[lang];
  if (own === undefined && lang !== 'en') {
    return (
      <span lang="en" dir="ltr">
        {text['en']}
      </span>
    );
  }
  return <>{isolateLtr(own ?? '', directionOf(lang) === 'rtl')}</>;
}
