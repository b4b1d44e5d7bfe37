import type { Text } from '../../regions/schema.ts';
import { directionOf } from '../../i18n/index.ts';

/** A service's text in `lang`, falling back to English (English is required by the schema). */
export function localText(text: Text, lang: string): string {
  return text[lang] ?? text['en'] ?? '';
}

/**
 * The lang and dir attributes for a service's text shown in `lang`: English's where the text has no
 * translation yet, so an English sentence on an Urdu screen keeps its full stop at its end.
 */
export function textAttrs(text: Text, lang: string): { lang: string; dir: 'ltr' | 'rtl' } {
  const shown = text[lang] === undefined ? 'en' : lang;
  return { lang: shown, dir: directionOf(shown) };
}
