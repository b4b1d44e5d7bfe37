/**
 * How hard a test run looks: one place for unit and browser tests alike.
 *
 * `npm test` runs the quick depth: property tests run a few hundred cases at most, and tests that
 * repeat one check over a long list (crash moments, attack payloads) take a rotating sample, so
 * every case still runs over successive runs. `npm run test:deep` (TEST_DEPTH=deep) runs every
 * case and the full property counts. Both take these from the environment:
 * - TEST_DEPTH=deep: the deep run.
 * - PROPERTY_RUNS=<n>: the number of property cases, whatever the depth (never more than full).
 * - TEST_ROTATION=<n>: which sample the quick run takes. By default it changes every day, so
 *   the same failure can be replayed the same day, or on another day with this variable.
 *
 * Plain TypeScript with no Node types, so tests under src/ can import it too.
 */
const env: Record<string, string | undefined> =
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

/** True in `npm run test:deep`. */
export const DEEP = env['TEST_DEPTH'] === 'deep';

/** Property cases in the quick run, unless PROPERTY_RUNS says otherwise. */
const QUICK_RUNS = 100;

/**
 * The number of cases for a property test whose full count is `full`: all of them in the deep
 * run, at most PROPERTY_RUNS (default 100) otherwise.
 */
export function propertyRuns(full: number): number {
  const asked = Number(env['PROPERTY_RUNS']);
  if (Number.isInteger(asked) && asked > 0) return Math.min(asked, full);
  return DEEP ? full : Math.min(QUICK_RUNS, full);
}

/** Which rotating sample the quick run takes: TEST_ROTATION, or else the day's number. */
export const ROTATION = (() => {
  const asked = Number(env['TEST_ROTATION']);
  return Number.isInteger(asked) && asked >= 0 ? asked : Math.floor(Date.now() / 86_400_000);
})();

/**
 * Every item in the deep run; otherwise `count` of them, taken evenly spread from a starting
 * point that moves with ROTATION, so successive rotations cover the whole list. `salt` lets two
 * lists of the same length start at different points.
 */
export function sample<T>(items: readonly T[], count: number, salt = 0): T[] {
  if (DEEP || count >= items.length) return [...items];
  const step = items.length / count;
  const start = (ROTATION + salt) % Math.ceil(step);
  return Array.from(
    { length: count },
    (_, i) => items[(start + Math.floor(i * step)) % items.length] as T,
  );
}
