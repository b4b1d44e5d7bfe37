import type { Directory, DirectoryEntry } from '../regions/schema.ts';
import { isStale } from '../features/services/stale.ts';

/** Entries last checked more than `maxAgeDays` before `now`, oldest first. */
export function staleEntries(
  directory: Directory,
  now: Date,
  maxAgeDays: number,
): DirectoryEntry[] {
  return directory.services
    .filter((s) => isStale(s.checked, now, maxAgeDays))
    .sort((a, b) => a.checked.localeCompare(b.checked));
}

/** The report `npm run check:services` prints: one line per entry to re-check. */
export function staleReport(stale: readonly DirectoryEntry[], maxAgeDays: number): string {
  if (stale.length === 0) return `All service entries were checked in the last ${maxAgeDays} days.`;
  const lines = stale.map((s) => `  ${s.checked}  ${s.id} (${s.pack})  ${s.sources[0] ?? ''}`);
  return [
    `${stale.length} service entr${stale.length === 1 ? 'y was' : 'ies were'} last checked more than ${maxAgeDays} days ago.`,
    'Check each number and its hours on the live source, then update "checked":',
    ...lines,
  ].join('\n');
}
