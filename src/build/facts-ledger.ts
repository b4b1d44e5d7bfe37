import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';

/**
 * The facts ledger: `facts/<topic>.json` at the project root. Each fact records a claim, the
 * address it was taken from, when that page was seen and how sure we are. A page or a service
 * entry may cite only an address the ledger holds, so no source is ever guessed or made up from
 * a site's name. The build and the unit tests both refuse anything else.
 */

const isoDate = v.pipe(v.string(), v.isoDate('is a date written YYYY-MM-DD'));

export const factSchema = v.strictObject({
  claim: v.pipe(v.string(), v.trim(), v.minLength(10, 'a claim says what the source supports')),
  source: v.pipe(
    v.string(),
    v.url('is a web address'),
    v.startsWith('https://', 'starts with https://'),
  ),
  sourceTitle: v.pipe(v.string(), v.trim(), v.minLength(3, 'a source needs a title')),
  seen: isoDate,
  /** Only facts of high or medium confidence ship, as for the service directory. */
  confidence: v.picklist(['high', 'medium'], 'is "high" or "medium"'),
  /** Where the fact is used: a file, or a service entry as `<pack file>#<id>`. */
  usedIn: v.array(
    v.pipe(v.string(), v.regex(/^(?:locales|src|test)\/\S+$/, 'is a path in the repo')),
  ),
});

export const ledgerFileSchema = v.strictObject({
  about: v.pipe(v.string(), v.trim(), v.minLength(10, 'say what the file covers')),
  facts: v.pipe(v.array(factSchema), v.minLength(1, 'a ledger file holds at least one fact')),
});

export type Fact = v.InferOutput<typeof factSchema>;

export interface Ledger {
  /** Every fact with the ledger file it came from. */
  facts: { file: string; fact: Fact }[];
  /** The normalised source addresses the ledger holds (see `sourceKey`). */
  keys: ReadonlySet<string>;
}

/** A place that cites a source: a page file or a service entry, and the address it cites. */
export interface Citation {
  where: string;
  url: string;
}

export class LedgerError extends Error {
  override name = 'LedgerError';
}

/**
 * An address as the ledger compares it: host without "www.", path without a trailing slash,
 * lower case. A deeper path on a listed site is a different address and must be listed itself.
 */
export function sourceKey(url: string): string {
  const u = new URL(url);
  const path = u.pathname.replace(/\/+$/, '');
  return `${u.hostname.replace(/^www\./, '')}${path}${u.search}`.toLowerCase();
}

/** Parses one ledger file; throws naming the file, the fact and each problem. */
export function parseLedgerFile(data: unknown, file: string): Fact[] {
  const result = v.safeParse(ledgerFileSchema, data);
  if (result.success) return result.output.facts;
  const problems = result.issues.map(
    (issue) => `${v.getDotPath(issue) ?? '(root)'} ${issue.message}`,
  );
  throw new LedgerError(`${file} is not a valid facts file:\n  ${problems.join('\n  ')}`);
}

/** Reads every `*.json` in the given folders (a missing folder holds nothing). */
export function loadLedger(root: string, dirs: readonly string[] = ['facts']): Ledger {
  const facts: Ledger['facts'] = [];
  for (const dir of dirs) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const file = relative(root, join(abs, name));
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(join(abs, name), 'utf8'));
      } catch (error) {
        throw new LedgerError(`${file} is not valid JSON: ${(error as Error).message}`, {
          cause: error,
        });
      }
      for (const fact of parseLedgerFile(data, file)) facts.push({ file, fact });
    }
  }
  return { facts, keys: new Set(facts.map(({ fact }) => sourceKey(fact.source))) };
}

/** The citations whose address the ledger does not hold, in the order given. */
export function unlisted(ledger: Ledger, citations: readonly Citation[]): Citation[] {
  return citations.filter((c) => !ledger.keys.has(sourceKey(c.url)));
}

/** Throws one error naming every file and address that cites a source outside the ledger. */
export function requireListed(ledger: Ledger, citations: readonly Citation[]): void {
  const missing = unlisted(ledger, citations);
  if (missing.length === 0) return;
  const lines = missing.map((c) => `${c.where} cites ${c.url}`);
  throw new LedgerError(
    `${missing.length === 1 ? 'A source is' : 'Sources are'} not in the facts ledger (facts/*.json). ` +
      `Find the fact on a public page and record it there first; never guess an address:\n  ${lines.join('\n  ')}`,
  );
}
