// Translations benchmark (`npm run bench` runs it; `node test/bench/translations.mjs` runs it
// alone): the share of English words translated in each language, and how much of each a native
// speaker has still to check, as `npm run check:translations` counts them.
import { pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const load = (root, id) => runnerImport(id, { root, configFile: false }).then((r) => r.module);

export default async function translationsTable() {
  const root = process.cwd();
  const { readDeployConfig, deployAreas } = await load(root, '/src/build/deploy-config.ts');
  const { loadDirectory } = await load(root, '/src/build/services-plugin.ts');
  const { translationState } = await load(root, '/src/build/translations.ts');
  const areas = { areas: deployAreas(readDeployConfig()) };
  const directory = loadDirectory({ root, ...areas });
  const rows = translationState(root, directory, areas).flatMap((s) => [
    {
      label: `${s.lang}: English words translated`,
      value: `${((100 * s.words.translated) / s.words.total).toFixed(1)} % (${s.words.translated} of ${s.words.total})`,
    },
    {
      label: `${s.lang}: pages, string files and service packs a native speaker has still to check`,
      value: `${s.unreviewedPages.length}, ${s.unreviewedStrings.length}, ${s.unreviewedPacks.length}`,
    },
  ]);
  return { title: 'Translations', rows };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const table = await translationsTable();
  console.log(table.title);
  for (const row of table.rows) console.log(`  ${row.label}: ${row.value}`);
}
