import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  joinPacks,
  parsePack,
  type AreaPack,
  type Directory,
  type NationalPack,
  type Pack,
} from '../regions/schema.ts';
import { applyOverlays, type OverlayFile } from '../regions/translations.ts';
import { loadLedger, requireListed, type Citation } from './facts-ledger.ts';

const ID = 'virtual:services';

export interface DirectoryOptions {
  /** The project root. */
  root: string;
  /** The deploying areas (deploy.config.json `area`): each the file <areaDir>/<area>.json. */
  areas: readonly string[];
  /** Where area packs live; src/regions/areas unless a test points elsewhere. */
  areaDir?: string | undefined;
}

function readPack(file: string, root: string, kind: 'area'): AreaPack;
function readPack(file: string, root: string, kind: 'national'): NationalPack;
function readPack(file: string, root: string, kind: 'area' | 'national'): Pack {
  const name = relative(root, file);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${name} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return kind === 'area' ? parsePack(data, name, 'area') : parsePack(data, name, 'national');
}

/** Each service entry's sources, as `<pack file>#<id>` and the address. */
function citations(file: string, pack: Pack): Citation[] {
  return pack.services.flatMap((s) => s.sources.map((url) => ({ where: `${file}#${s.id}`, url })));
}

/** The folder area packs live in: src/regions/areas unless a test points elsewhere. */
export function areaFolder(root: string, areaDir?: string): string {
  return resolve(root, areaDir ?? 'src/regions/areas');
}

/**
 * Reads every national pack (src/regions/national/*.json) and each deploying area's pack, checks
 * each against the schema and joins them. Throws, naming the file and entry, on the first problem,
 * and on any source address that is not in the facts ledger. The ledger is facts/*.json; an area
 * pack kept in another folder (`areaDir`) may bring its own facts in `<areaDir>/facts/`.
 */
export function loadDirectory({ root, areas, areaDir }: DirectoryOptions): Directory {
  const nationalDir = join(root, 'src/regions/national');
  const national = readdirSync(nationalDir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => ({
      id: basename(n, '.json'),
      file: relative(root, join(nationalDir, n)),
      pack: readPack(join(nationalDir, n), root, 'national'),
    }));
  if (areas.length === 0) throw new Error('deploy.config.json names no area');
  const folder = areaFolder(root, areaDir);
  const areaPacks = [...new Set(areas)].map((id) => {
    const file = join(folder, `${id}.json`);
    if (!existsSync(file)) {
      throw new Error(`No service pack for area "${id}": expected ${relative(root, file)}`);
    }
    return { id, file: relative(root, file), pack: readPack(file, root, 'area') };
  });
  const ledger = loadLedger(root, ['facts', relative(root, join(folder, 'facts'))]);
  requireListed(
    ledger,
    [...national, ...areaPacks].flatMap(({ file, pack }) => citations(file, pack)),
  );
  // Overlays for the packs of areas not being deployed (the project's own or the chosen folder's)
  // are skipped, not refused.
  const packIds = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((n) => n.endsWith('.json'))
          .map((n) => basename(n, '.json'))
      : [];
  const known = new Set([
    ...national.map((n) => n.id),
    ...packIds(join(root, 'src/regions/areas')),
    ...packIds(folder),
  ]);
  const { packs, unreviewed } = applyOverlays(
    new Map<string, Pack>([...national, ...areaPacks].map(({ id, pack }) => [id, pack] as const)),
    readOverlays(root),
    known,
  );
  // An overlay changes only words, never the shape of a pack, so each keeps its kind.
  return {
    ...joinPacks(
      areaPacks.map(({ id, pack }) => ({ id, pack: (packs.get(id) ?? pack) as AreaPack })),
      national.map(({ id, pack }) => ({ id, pack: (packs.get(id) ?? pack) as NationalPack })),
    ),
    unreviewed,
  };
}

/** Where the directory's translations live: <lang>/<pack id>.json (src/regions/translations.ts). */
export const TRANSLATIONS_DIR = 'src/regions/translations';

/** Every overlay file under src/regions/translations/<lang>/, read but not yet checked. */
export function readOverlays(root: string): OverlayFile[] {
  const dir = join(root, TRANSLATIONS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((lang) => {
      const langDir = join(dir, lang);
      if (!statSync(langDir).isDirectory()) return [];
      return readdirSync(langDir)
        .filter((n) => n.endsWith('.json'))
        .sort()
        .map((n) => {
          const file = relative(root, join(langDir, n));
          let data: unknown;
          try {
            data = JSON.parse(readFileSync(join(langDir, n), 'utf8'));
          } catch (error) {
            throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, {
              cause: error,
            });
          }
          return { file, lang, packId: basename(n, '.json'), data };
        });
    });
}

/**
 * The service directory as a virtual module (`virtual:services`), validated at build time: the
 * build fails on a bad pack. Only lazily loaded feature code imports it, so the first view does
 * not grow with the data.
 */
export function servicesPlugin(options: Omit<DirectoryOptions, 'root'>): Plugin {
  let root = process.cwd();
  return {
    name: 'service-directory',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      loadDirectory({ root, ...options });
    },
    resolveId(id) {
      return id === ID ? '\0' + ID : null;
    },
    load(id) {
      if (id !== '\0' + ID) return null;
      const directory = loadDirectory({ root, ...options });
      const folder = areaFolder(root, options.areaDir);
      for (const area of options.areas) this.addWatchFile(join(folder, `${area}.json`));
      for (const n of readdirSync(join(root, 'src/regions/national'))) {
        this.addWatchFile(join(root, 'src/regions/national', n));
      }
      for (const { file } of readOverlays(root)) this.addWatchFile(join(root, file));
      return `export const directory = ${JSON.stringify(directory)};`;
    },
  };
}
