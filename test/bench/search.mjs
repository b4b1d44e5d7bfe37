// Search benchmark (`npm run bench` runs it; `node test/bench/search.mjs` runs it alone): the
// committed query list's hit rate, and the time per keystroke over every page and section plus
// the real directory and a made-up 5,000-entry pack (budget 16 ms, one frame).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';
import { generatePack } from './services.mjs';

const SIZE = 5000;
const BUDGET = '≤ 16 ms';

const load = (root, id) => runnerImport(id, { root, configFile: false }).then((r) => r.module);

/**
 * The deployment's directory as the app lists it (the area's own entries first), and the entry
 * filling each role for its first area, as services/directory.ts chooses it.
 */
async function realDirectory(root) {
  const { loadDirectory } = await load(root, '/src/build/services-plugin.ts');
  const { readDeployConfig, deployAreas } = await load(root, '/src/build/deploy-config.ts');
  const directory = loadDirectory({ root, areas: deployAreas(readDeployConfig()) });
  const area = directory.areas[0];
  const own = (s) => (s.pack === area?.id ? 0 : 1);
  const services = [...directory.services].sort((a, b) => own(a) - own(b));
  const helplines = directory.helplines.map(({ id }) => services.find((s) => s.id === id));
  const roleId = (role) =>
    role === 'national-helpline'
      ? (
          helplines.find((s) => s?.coverage.includes(area?.nation)) ??
          helplines.find((s) => s?.coverage.includes('uk'))
        )?.id
      : area?.roles[role];
  return { services, roleId };
}

const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], count: sorted.length };
};

export async function measureSearch(root = process.cwd()) {
  const { createFinder, matchingSentence } = await load(root, '/src/features/learn/find.ts');
  const { loadAllPages, searchDocument } = await load(root, '/src/build/content-plugin.ts');
  const { loadQueries, queryLanguages, scoreQueries } = await load(
    root,
    '/test/unit/search-queries.ts',
  );
  const documents = loadAllPages(root).map(searchDocument);
  const phrases = JSON.parse(readFileSync(join(root, 'locales/en/_search.json'), 'utf8'));
  const text = (t, lang) => t[lang] ?? t.en ?? '';
  const { services: real, roleId } = await realDirectory(root);
  const big = [...real, ...generatePack(SIZE).services.map((s) => ({ ...s, pack: 'bench-town' }))];
  const queries = loadQueries(root);

  const make = (services) =>
    createFinder({ documents, services, phrases, lang: 'en', text, roleEntry: roleId });
  const quality = scoreQueries(make(real), queries, roleId);
  const qualityBig = scoreQueries(make(big), queries, roleId);
  // Every other language with its own phrases and queries, scored the same way.
  const languages = queryLanguages(root)
    .filter((lang) => lang !== 'en')
    .map((lang) => {
      const own = JSON.parse(readFileSync(join(root, `locales/${lang}/_search.json`), 'utf8'));
      const finder = createFinder({
        documents,
        services: real,
        phrases: own,
        lang,
        text,
        roleEntry: roleId,
      });
      const asked = loadQueries(root, lang);
      return { lang, count: asked.length, quality: scoreQueries(finder, asked, roleId) };
    });

  // Opening search builds the index once; then every keystroke runs a query and quotes the
  // matching sentence of the first pages shown.
  const openStart = performance.now();
  make(big);
  const open = performance.now() - openStart;
  const perKey = [];
  const perKeyCpu = [];
  const slow = [];
  for (let round = 0; round < 3; round++) {
    const finder = make(big); // each round starts with a fresh cache, as a new search screen does
    for (const [query] of [...queries, ['01632 960', ''], ['river outreach 12', '']]) {
      for (let n = 1; n <= query.length; n++) {
        const typed = query.slice(0, n);
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        const found = finder.find(typed);
        const terms = finder.terms(typed);
        for (const hit of found.slice(0, 5)) {
          if (hit.kind === 'page') matchingSentence(hit.page, terms);
        }
        const took = performance.now() - start;
        const used = process.cpuUsage(cpuStart);
        perKey.push(took);
        perKeyCpu.push((used.user + used.system) / 1000);
        if (took > 16) slow.push(`${typed} (${took.toFixed(1)} ms, round ${round + 1})`);
      }
    }
  }
  return {
    quality,
    qualityBig,
    languages,
    open,
    perKey: stats(perKey),
    perKeyCpu: stats(perKeyCpu),
    slow,
    queries: queries.length,
    documents,
  };
}

export default async function searchTable() {
  const m = await measureSearch();
  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  const ms = (n) => `${n.toFixed(2)} ms`;
  const sections = m.documents.reduce((n, d) => n + d.sections.length, 0);
  return {
    title: 'Search',
    rows: [
      { label: `Queries in the committed list`, value: String(m.queries) },
      { label: 'Expected result first', value: pct(m.quality.first) },
      { label: 'Expected result in the top 3', value: pct(m.quality.top3), budget: '≥ 90 %' },
      ...m.languages.flatMap(({ lang, count, quality }) => [
        {
          label: `"${lang}": expected result first / in the top 3 (${count} queries)`,
          value: `${pct(quality.first)} / ${pct(quality.top3)}`,
          budget: 'top 3 ≥ 90 %',
        },
      ]),
      {
        label: `Top 3, with ${SIZE} made-up entries added to the directory`,
        value: pct(m.qualityBig.top3),
        budget: '≥ 90 %',
      },
      {
        label: `Index built on opening (${m.documents.length} pages, ${sections} sections, ${SIZE}+ services)`,
        value: ms(m.open),
      },
      {
        label: `Keystroke, median (${m.perKey.count} keystrokes)`,
        value: ms(m.perKey.median),
        budget: BUDGET,
      },
      { label: 'Keystroke, p95', value: ms(m.perKey.p95), budget: BUDGET },
      {
        label: 'Keystroke, CPU time only (leaves out waiting for a busy core), p95',
        value: ms(m.perKeyCpu.p95),
        budget: BUDGET,
      },
      { label: 'Keystroke, slowest', value: ms(m.perKey.max) },
      {
        label: 'Keystrokes over one frame (wall clock)',
        value: m.slow.length ? `${m.slow.length}: ${m.slow.slice(0, 5).join('; ')}` : 'none',
      },
      ...m.quality.misses.map((r) => ({
        label: `Missed: "${r.query}"`,
        value: `wanted ${r.expected}, got ${r.got.join(', ')}`,
      })),
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = await searchTable();
  console.log(table.title);
  for (const row of table.rows)
    console.log(`  ${row.label}: ${row.value}${row.budget ? `   (budget ${row.budget})` : ''}`);
}
