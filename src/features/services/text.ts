import type { Text } from '../../regions/schema.ts';

/** A service's text in `lang`, falling back to English (English is required by the schema). */
export function localText(text: Text, lang: string): string {
  return text[lang] ?? text['en'] ?? '';
}
