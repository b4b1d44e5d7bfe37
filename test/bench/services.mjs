// Directory benchmark (`npm run bench` runs it): filtering a generated 5,000-entry pack per
// keystroke (budget 16 ms), and a check that first-view JavaScript does not grow with the data
// because the directory loads lazily.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build, loadConfigFromFile, runnerImport } from 'vite';

const SIZE = 5000;
const BUDGET = '≤ 16 ms';
const SERVES = [
  'anyone',
  'women',
  'men',
  'lgbt',
  'older-people',
  'young-people',
  'families-friends',
];
const NEEDS = ['talk', 'report', 'child', 'somewhere-safe', 'information'];
const WORDS = ['north', 'south', 'river', 'park', 'hill', 'bridge', 'market', 'green', 'castle'];
const KINDS = ['Outreach', 'Helpline', 'Advice Centre', 'Family Support', 'Advocacy', 'Drop-in'];
const TYPED = ['river help', 'family support', '01632 961', 'castle advocacy 12', 'zzz'];
const CHOICES = [
  { serves: '', needs: '', openNow: false },
  { serves: 'men', needs: '', openNow: false },
  { serves: 'women', needs: 'talk', openNow: true },
];

/** A valid area pack of `size` entries (numbers from Ofcom's drama range 01632 96xxxx). */
export function generatePack(size) {
  const services = [];
  for (let i = 0; i < size; i++) {
    const place = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]}`;
    const weekdays = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' };
    services.push({
      id: `bench-${i}`,
      name: { en: `${place} ${KINDS[i % KINDS.length]} ${i}` },
      offers: { en: `Support for people in the ${place} area: someone to talk to and advice.` },
      serves: [SERVES[i % SERVES.length], SERVES[(i + 3) % SERVES.length]],
      needs: [NEEDS[i % NEEDS.length]],
      channels: [
        {
          type: 'phone',
          number: `01632 96${String(i).padStart(4, '0')}`,
          hours: i % 3 === 0 ? '24/7' : { weekly: [weekdays] },
        },
        { type: 'web', url: `https://example.org/${i}` },
      ],
      coverage: ['local'],
      sources: [`https://example.org/${i}`],
      checked: '2026-11-01',
      confidence: 'high',
    });
  }
  return { name: { en: 'Bench Town' }, nation: 'england', postcodes: ['ZZ1'], roles: {}, services };
}

const stats = (samples) => {
  const sorted = samples.slice(samples.length / 6).sort((a, b) => a - b); // first rounds warm up
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), count: sorted.length };
};

/**
 * Per keystroke, two ways: through the screen's model (what the app does: each letter narrows
 * from the last results) and as a full scan of all entries (the worst case, e.g. after deleting).
 */
export async function timeFiltering(root, pack) {
  const load = (id) => runnerImport(id, { root, configFile: false }).then((r) => r.module);
  const filter = await load('/src/features/services/filter.ts');
  const { createDirectoryModel } = await load('/src/features/services/model.ts');
  const entries = pack.services.map((s) => ({ ...s, pack: 'bench-town' }));
  const index = filter.indexServices(entries, 'en');
  const now = new Date('2026-11-23T10:00:00Z');
  const model = createDirectoryModel(entries, 'en', () => now);
  const viaModel = [];
  const fullScan = [];
  const viaModelCpu = [];
  const cpu = (since) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  for (let round = 0; round < 12; round++) {
    for (const choice of CHOICES) {
      for (const phrase of TYPED) {
        model.clear();
        model.set(choice);
        void model.results.value;
        for (let n = 1; n <= phrase.length; n++) {
          const query = phrase.slice(0, n);
          const cpuStart = process.cpuUsage();
          let start = performance.now();
          model.set({ query });
          void model.results.value;
          viaModel.push(performance.now() - start);
          viaModelCpu.push(cpu(cpuStart));
          start = performance.now();
          filter.filterServices(index, { ...choice, query }, now);
          fullScan.push(performance.now() - start);
        }
      }
    }
  }
  return { viaModel: stats(viaModel), viaModelCpu: stats(viaModelCpu), fullScan: stats(fullScan) };
}

/** The JS index.html loads before anything else (entry and modulepreloads), gzipped. */
export function firstViewJs(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(distDir, f))).length, 0);
  const text = files.map((f) => readFileSync(join(distDir, f), 'utf8')).join('\n');
  // Chunk file names are content hashes, which differ between builds; compare without them.
  const unhashed = text.replace(/(?<=[/-])[\w-]{8}\.(js|css)/g, 'hash.$1');
  return { bytes, text, unhashed };
}

/** Builds the app with the given area pack, the same way for both sizes (no service worker). */
export async function buildWith(root, outDir, area, areaDir) {
  const saved = {
    area: process.env.SERVICES_AREA,
    dir: process.env.SERVICES_AREA_DIR,
    deploy: process.env.DEPLOY_CONFIG,
    env: process.env.NODE_ENV,
  };
  const restore = (name, value) => {
    if (value === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = value;
  };
  process.env.SERVICES_AREA = area;
  process.env.NODE_ENV = 'production'; // runnerImport (the timing above) leaves 'development'
  if (areaDir) {
    process.env.SERVICES_AREA_DIR = areaDir;
    // Made-up packs are written in English only: the deployment ships its other languages as
    // partial, as a real area still translating would, so the build's translation check passes.
    const config = JSON.parse(readFileSync(join(root, 'deploy.config.json'), 'utf8'));
    const partial = config.languages.filter((lang) => lang !== 'en');
    const file = join(areaDir, 'deploy.bench.json');
    writeFileSync(
      file,
      JSON.stringify({ ...config, translations: { ...config.translations, partial } }),
    );
    process.env.DEPLOY_CONFIG = file;
  } else {
    delete process.env.SERVICES_AREA_DIR;
    delete process.env.DEPLOY_CONFIG;
  }
  try {
    const loaded = await loadConfigFromFile(
      { command: 'build', mode: 'production' },
      join(root, 'vite.config.ts'),
      root,
      'silent',
    );
    if (!loaded) throw new Error('vite.config.ts not found');
    // The service worker's 2 MiB precache limit would stop the 5,000-entry build; the worker
    // is not part of first-view JS, so both builds leave it out.
    const plugins = loaded.config.plugins
      .flat(Infinity)
      .filter((p) => p && !String(p.name).startsWith('vite-plugin-pwa'));
    await build({
      ...loaded.config,
      root,
      configFile: false,
      logLevel: 'silent',
      plugins,
      build: { ...loaded.config.build, outDir, emptyOutDir: true },
    });
  } finally {
    restore('SERVICES_AREA', saved.area);
    restore('SERVICES_AREA_DIR', saved.dir);
    restore('DEPLOY_CONFIG', saved.deploy);
    restore('NODE_ENV', saved.env);
  }
}

export default async function ({ chromium, launchOptions, baseUrl }) {
  const root = process.cwd();
  const pack = generatePack(SIZE);
  const timing = await timeFiltering(root, pack);

  const work = mkdtempSync(join(tmpdir(), 'bench-services-'));
  let small;
  let big;
  try {
    const config = JSON.parse(readFileSync(join(root, 'deploy.config.json'), 'utf8'));
    // The big build keeps the real area's entries and roles too, so the pages' role links find the
    // same services as in the shipped build.
    const real = JSON.parse(
      readFileSync(join(root, 'src/regions/areas', `${[config.area].flat()[0]}.json`), 'utf8'),
    );
    writeFileSync(
      join(work, 'bench-town.json'),
      JSON.stringify({
        ...pack,
        roles: real.roles,
        services: [...real.services, ...pack.services],
      }),
    );
    // A pack kept in its own folder brings its own facts ledger (facts/ beside it); the build
    // refuses a source the ledger does not hold, so the made-up entries get made-up facts.
    mkdirSync(join(work, 'facts'));
    writeFileSync(
      join(work, 'facts', 'bench-town.json'),
      JSON.stringify({
        about: 'Made-up entries for the directory benchmark; never shipped.',
        facts: pack.services.flatMap((entry) =>
          entry.sources.map((source) => ({
            claim: `Benchmark entry ${entry.id} (made up).`,
            source,
            sourceTitle: 'Benchmark (made up)',
            seen: '2026-12-04',
            confidence: 'medium',
            usedIn: [`test/bench/services.mjs#${entry.id}`],
          })),
        ),
      }),
    );
    await buildWith(root, join(work, 'small'), [config.area].flat().join(','), undefined);
    await buildWith(root, join(work, 'big'), 'bench-town', work);
    small = firstViewJs(join(work, 'small'));
    big = firstViewJs(join(work, 'big'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const dataInFirstView = small.text.includes('0808 2000 247') || big.text.includes('01632 960001');

  // In the browser, against the built app: no directory data arrives before home shows.
  const browser = await chromium.launch(launchOptions);
  let fetchedData = false;
  try {
    const page = await browser.newPage();
    page.on('response', async (response) => {
      if (!response.url().endsWith('.js')) return;
      const body = await response.text().catch(() => '');
      if (body.includes('0808 2000 247')) fetchedData = true;
    });
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
  } finally {
    await browser.close();
  }

  const ms = (n) => `${n.toFixed(2)} ms`;
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  const keys = timing.viaModel.count;
  return {
    title: 'Directory',
    rows: [
      {
        label: `Keystroke over ${SIZE} entries, median (${keys} keystrokes)`,
        value: ms(timing.viaModel.median),
        budget: BUDGET,
      },
      {
        label: `Keystroke over ${SIZE} entries, p95`,
        value: ms(timing.viaModel.p95),
        budget: BUDGET,
      },
      {
        label: 'Keystroke, CPU time only (leaves out waiting for a busy core), p95',
        value: ms(timing.viaModelCpu.p95),
        budget: BUDGET,
      },
      {
        label: 'Full scan of every entry, median',
        value: ms(timing.fullScan.median),
        budget: BUDGET,
      },
      { label: 'Full scan of every entry, p95', value: ms(timing.fullScan.p95), budget: BUDGET },
      { label: 'First-view JS gzip, shipped packs', value: kb(small.bytes) },
      { label: `First-view JS gzip, ${SIZE}-entry pack`, value: kb(big.bytes) },
      {
        label: 'First-view JS grows with the data',
        value:
          big.unhashed === small.unhashed && !dataInFirstView
            ? 'no (same code, only chunk hashes differ)'
            : `YES (${big.unhashed.length - small.unhashed.length} bytes)`,
      },
      { label: 'Directory data fetched before home shows', value: fetchedData ? 'YES' : 'no' },
    ],
  };
}
