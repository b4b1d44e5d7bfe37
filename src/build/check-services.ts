import type { Directory, DirectoryEntry } from '../regions/schema.ts';
import { isEntryStale, lastCheckDate } from '../features/services/stale.ts';

/**
 * Entries whose last check is more than `maxAgeDays` before `now`, oldest first. The last check is
 * the live check when there is one, otherwise the date the entry was compared with its sources.
 */
export function staleEntries(
  directory: Directory,
  now: Date,
  maxAgeDays: number,
): DirectoryEntry[] {
  return directory.services
    .filter((s) => isEntryStale(s, now, maxAgeDays))
    .sort((a, b) => lastCheckDate(a).localeCompare(lastCheckDate(b)));
}

/** Entries nobody has yet confirmed by phone or on the operator's live web page. */
export function unconfirmedEntries(directory: Directory): DirectoryEntry[] {
  return directory.services.filter((s) => s.liveChecked === undefined);
}

/** The stale part of the report `npm run check:services` prints: one line per entry to re-check. */
export function staleReport(stale: readonly DirectoryEntry[], maxAgeDays: number): string {
  if (stale.length === 0) return `All service entries were checked in the last ${maxAgeDays} days.`;
  const lines = stale.map(
    (s) => `  ${lastCheckDate(s)}  ${s.id} (${s.pack})  ${s.sources[0] ?? ''}`,
  );
  return [
    `${stale.length} service entr${stale.length === 1 ? 'y was' : 'ies were'} last checked more than ${maxAgeDays} days ago.`,
    'Check each number and its hours by phone or on the live source, then update "liveChecked":',
    ...lines,
  ].join('\n');
}

/** The live-check part of the report: every entry that has never been confirmed. */
export function liveCheckReport(unconfirmed: readonly DirectoryEntry[]): string {
  if (unconfirmed.length === 0) return 'Every service entry has a live check.';
  const lines = unconfirmed.map((s) => `  ${s.id} (${s.pack})  ${s.sources[0] ?? ''}`);
  return [
    `Needs a live check before launch: ${unconfirmed.length} service entr${unconfirmed.length === 1 ? 'y' : 'ies'}.`,
    "Nobody has confirmed these by phone or on the service's live web page yet. Check each number,",
    'its hours and its web address, then set "liveChecked" to the date of the check (YYYY-MM-DD):',
    ...lines,
  ].join('\n');
}
