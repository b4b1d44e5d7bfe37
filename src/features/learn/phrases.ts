import type { PhraseList } from './find.ts';

// Each language's everyday phrases are their own small chunk, loaded when search opens.
const lists = import.meta.glob<PhraseList>('../../../locales/*/_search.json', {
  import: 'default',
});

/** The phrase list of a language, or English's while that language has none of its own. */
export async function loadPhrases(lang: string): Promise<PhraseList> {
  const load =
    lists[`../../../locales/${lang}/_search.json`] ?? lists['../../../locales/en/_search.json'];
  return load ? await load() : { stopWords: [], phrases: [] };
}
