// Areas benchmark (`npm run bench` runs it; `node test/bench/areas.mjs` runs it alone): builds the
// app for one deployment serving 40 made-up areas (each with its roles, postcode districts and
// entries) and prints its first-view JavaScript beside the shipped single-area build's. The
// directory and the areas' data load lazily, so the first view must not grow with the areas.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildWith, firstViewJs } from './services.mjs';

const AREAS = 40;
const ROLE_ENTRIES = ['24h-line', 'da-service', 'police', 'children-front-door', 'out-of-hours'];

/** One made-up area pack; numbers from Ofcom's drama range 01632 960000-960999. */
export function generateArea(n) {
  const id = `bench-area-${n}`;
  const services = ROLE_ENTRIES.map((role, j) => ({
    id: `${id}-${role}`,
    name: { en: `Bench Area ${n} ${role.replace(/-/g, ' ')}` },
    offers: { en: `A made-up entry for area ${n}, filling the role ${role}.` },
    serves: ['anyone'],
    needs: ['talk'],
    channels: [
      {
        type: 'phone',
        number: `01632 960${String(n * ROLE_ENTRIES.length + j).padStart(3, '0')}`,
        hours: '24/7',
      },
    ],
    coverage: ['local'],
    sources: [`https://example.org/${id}/${role}`],
    checked: '2026-11-01',
    confidence: 'high',
  }));
  return {
    id,
    pack: {
      name: { en: `Bench Area ${n}` },
      nation: 'england',
      // ZZ is no real postcode area, so these districts can never match a real postcode.
      postcodes: [`ZZ${n + 1}`],
      roles: Object.fromEntries(ROLE_ENTRIES.map((role) => [role, `${id}-${role}`])),
      services,
    },
  };
}

function writeAreas(dir, areas) {
  mkdirSync(join(dir, 'facts'));
  for (const { id, pack } of areas) writeFileSync(join(dir, `${id}.json`), JSON.stringify(pack));
  writeFileSync(
    join(dir, 'facts', 'bench-areas.json'),
    JSON.stringify({
      about: 'Made-up areas for the areas benchmark; never shipped.',
      facts: areas.flatMap(({ pack }) =>
        pack.services.map((entry) => ({
          claim: `Benchmark entry ${entry.id} (made up).`,
          source: entry.sources[0],
          sourceTitle: 'Benchmark (made up)',
          seen: '2026-12-04',
          confidence: 'medium',
          usedIn: [`test/bench/areas.mjs#${entry.id}`],
        })),
      ),
    }),
  );
}

export default async function areasBench() {
  const root = process.cwd();
  const work = mkdtempSync(join(tmpdir(), 'bench-areas-'));
  let one;
  let many;
  try {
    const areas = Array.from({ length: AREAS }, (_, n) => generateArea(n));
    writeAreas(work, areas);
    await buildWith(root, join(work, 'one'), areas[0].id, work);
    await buildWith(root, join(work, 'many'), areas.map((a) => a.id).join(','), work);
    one = firstViewJs(join(work, 'one'));
    many = firstViewJs(join(work, 'many'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  const dataInFirstView = many.text.includes('Bench Area 39') || many.text.includes('01632 960');
  return {
    title: 'Areas',
    rows: [
      { label: 'First-view JS gzip, one area', value: kb(one.bytes) },
      { label: `First-view JS gzip, ${AREAS} areas in one deployment`, value: kb(many.bytes) },
      {
        label: 'First-view JS grows with the number of areas',
        value:
          many.unhashed === one.unhashed && !dataInFirstView
            ? 'no (same code, only chunk hashes differ)'
            : `YES (${many.unhashed.length - one.unhashed.length} bytes)`,
      },
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const table = await areasBench();
  console.log(table.title);
  for (const row of table.rows) console.log(`  ${row.label}: ${row.value}`);
}
