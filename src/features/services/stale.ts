import type { Service } from '../../regions/schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True if a date is more than `maxAgeDays` before `now` (deploy.config.json serviceMaxAgeDays).
 * An unreadable date counts as too old.
 */
export function isStale(checked: string, now: Date, maxAgeDays: number): boolean {
  const at = Date.parse(`${checked}T00:00:00Z`);
  return Number.isNaN(at) || now.getTime() - at > maxAgeDays * DAY_MS;
}

/**
 * The date an entry's age counts from: its live check (by phone or on the operator's live web
 * page) when it has one, otherwise the date it was last compared with its sources.
 */
export function lastCheckDate(service: Pick<Service, 'checked' | 'liveChecked'>): string {
  return service.liveChecked ?? service.checked;
}

/**
 * True if an entry's last check is older than `maxAgeDays`. The screen then asks the person to
 * check the number before relying on it, and `npm run check:services` lists the entry for the
 * deploying team.
 */
export function isEntryStale(
  service: Pick<Service, 'checked' | 'liveChecked'>,
  now: Date,
  maxAgeDays: number,
): boolean {
  return isStale(lastCheckDate(service), now, maxAgeDays);
}
