import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Show mode refuses every storage write, and the shell swaps a screen marked `usesStorage` in
 * src/app/screens.ts for a plain "this is off" notice. A screen that saves but is not marked stays
 * usable in show mode and then fails to save. This test follows each screen's code, import by
 * import, and finds every screen that can write to the device.
 *
 * The registry and the sources are read as text, so this test does not run any feature.
 */

const REGISTRY = 'src/app/screens.ts';

/** Calls that write or delete through src/storage/ (prefs, the vault's store, the whole database). */
const WRITE_CALL = /\b(?:setPref|deletePref|wipeAll|writeBatch)\(/;

/**
 * Screens that may write and still stay on in show mode, each with the reason. Keep this short.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // Its only write remembers that the first-visit page was seen; a refused write is ignored and
  // costs nothing. Show mode must keep this page: it says what the app can and cannot hide.
  'safer-use': 'first-visit flag only, failure ignored',
  // Show mode is for showing exactly this reflection. Its one write, "Save this to my plan", is
  // never offered in show mode (src/features/check-in/SaveOffer.test.tsx) and the guard refuses it.
  'check-in': 'optional save to an existing plan, never offered in show mode',
};

interface Entry {
  name: string;
  file: string;
  usesStorage: boolean;
}

function registry(): Entry[] {
  const text = readFileSync(REGISTRY, 'utf8');
  const staticImports = new Map(
    [...text.matchAll(/^import \{ (\w+) \} from '([^']+)';$/gm)].map((m) => [m[1], m[2]]),
  );
  const parts = text.split(/^ {2}'?([a-z][a-z0-9-]*)'?: \{/m).slice(1);
  const entries: Entry[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    const body = (parts[i + 1] ?? '').split(/^ {2}\},?$/m)[0] ?? '';
    const eager = /eager: (\w+)/.exec(body)?.[1];
    const spec = /import\('([^']+)'\)/.exec(body)?.[1] ?? staticImports.get(eager ?? '');
    if (spec === undefined) throw new Error(`No module found for screen ${name}`);
    entries.push({
      name,
      file: normalize(join(dirname(REGISTRY), spec)),
      usesStorage: /usesStorage: true/.test(body),
    });
  }
  return entries;
}

/** Relative modules a file loads when it runs: type-only imports and exports are left out. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...[...text.matchAll(/^(?:import|export)(?!\s+type\b)[^'";]*?['"](\.[^'"]+)['"]/gm)].map(
      (m) => m[1],
    ),
    ...[...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => m[1]),
  ];
  return specs
    .filter((s): s is string => s !== undefined && /\.tsx?$/.test(s))
    .map((s) => normalize(join(dirname(file), s)));
}

/** The files that call a storage write, among everything `file` loads. */
function writersReachedFrom(file: string): string[] {
  const seen = new Set<string>();
  const queue = [file];
  const writers: string[] = [];
  while (queue.length > 0) {
    const current = queue.pop() ?? '';
    if (seen.has(current)) continue;
    seen.add(current);
    expect(existsSync(current), current).toBe(true);
    // src/storage/ defines the writes; what matters is who calls them.
    if (!current.startsWith('src/storage/') && WRITE_CALL.test(readFileSync(current, 'utf8'))) {
      writers.push(current);
    }
    // The registry loads every other screen lazily: opening one is navigation, checked on its own.
    if (current !== REGISTRY) queue.push(...runtimeImports(current));
  }
  return writers;
}

const entries = registry();

describe('show mode: screens that save on the device are off (usesStorage)', () => {
  it('reads the whole registry', () => {
    expect(entries.map((e) => e.name)).toEqual(
      expect.arrayContaining(['safer-use', 'plan', 'vault-settings', 'hide-app', 'learn']),
    );
    expect(entries.length).toBeGreaterThan(15);
  });

  it('finds the writes it is looking for', () => {
    expect(writersReachedFrom('src/features/disguise/HideApp.tsx')).toContain(
      'src/features/disguise/HideApp.tsx',
    );
    // The plan reaches the vault, whose store is the only code that writes vault records.
    expect(writersReachedFrom('src/features/plan/PlanScreen.tsx')).toContain('src/vault/vault.ts');
  });

  it.each(entries.map((e) => [e.name, e] as const))(
    '%s is marked usesStorage if its code can write to storage',
    (name, entry) => {
      const writers = writersReachedFrom(entry.file);
      if (writers.length === 0 || name in ALLOWED) return;
      expect(entry.usesStorage, `${name} writes through ${writers.join(', ')}`).toBe(true);
    },
  );

  it('the hide-app screen, which saves the cover and exit settings, is off in show mode', () => {
    expect(entries.find((e) => e.name === 'hide-app')?.usesStorage).toBe(true);
  });

  it('every screen allowed to stay on does write, so the list does not go stale', () => {
    for (const name of Object.keys(ALLOWED)) {
      const entry = entries.find((e) => e.name === name);
      expect(entry, name).toBeDefined();
      expect(writersReachedFrom(entry?.file ?? '').length, name).toBeGreaterThan(0);
    }
  });
});
