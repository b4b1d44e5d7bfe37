import { existsSync, readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { screenMeta } from '../../src/core/screens.ts';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Show mode refuses every storage write, and the shell swaps a screen marked `usesStorage` in
 * src/core/screens.ts for a plain "this is off" notice. A screen that saves but is not marked stays
 * usable in show mode and then fails to save. This test follows each screen's code, import by
 * import, and finds every screen that can write to the device.
 *
 * The screen list is plain data; the views are found by parsing each feature's `screens.ts` (the
 * lazy loaders) with the TypeScript parser, so this test runs no feature code.
 */

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
  // Where one deployment serves several areas, the list remembers the person's area. A refused
  // write is ignored and the choice lasts the visit; with one area nothing is ever written.
  services: 'chosen area only, failure ignored',
};

interface Entry {
  name: string;
  file: string;
  usesStorage: boolean;
}

/** Each screen's view module, from the loaders (arrow functions) in src/features/<feature>/screens.ts. */
function viewFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const features = readdirSync('src/features', { withFileTypes: true }).filter((d) =>
    d.isDirectory(),
  );
  for (const loaders of features.map((d) => `src/features/${d.name}/screens.ts`)) {
    if (!existsSync(loaders)) continue;
    const source = ts.createSourceFile(
      loaders,
      readFileSync(loaders, 'utf8'),
      ts.ScriptTarget.Latest,
    );
    const staticImports = new Map<string, string>();
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        for (const el of node.importClause?.namedBindings &&
        ts.isNamedImports(node.importClause.namedBindings)
          ? node.importClause.namedBindings.elements
          : []) {
          staticImports.set(el.name.text, node.moduleSpecifier.text);
        }
      }
      if (
        ts.isPropertyAssignment(node) &&
        (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
        ts.isArrowFunction(node.initializer)
      ) {
        const text = node.initializer.getText(source);
        const spec =
          /\bimport\(\s*'([^']+)'\s*\)/.exec(text)?.[1] ??
          staticImports.get(/Promise\.resolve\((\w+)\)/.exec(text)?.[1] ?? '');
        if (spec === undefined) throw new Error(`No module found for screen ${node.name.text}`);
        files.set(node.name.text, normalize(join(dirname(loaders), spec)));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return files;
}

function registry(): Entry[] {
  const files = viewFiles();
  return Object.entries(screenMeta).map(([name, meta]) => {
    const file = files.get(name);
    if (file === undefined) throw new Error(`No loader found for screen ${name}`);
    return { name, file, usesStorage: 'usesStorage' in meta };
  });
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
    // A screen opens others only through navigation, which loads them lazily; each is checked on its own.
    queue.push(...runtimeImports(current));
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
    // The screen's model saves the cover, the name and icon, and the exit page.
    expect(writersReachedFrom('src/features/disguise/HideApp.tsx')).toContain(
      'src/features/disguise/hide-app-model.ts',
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
