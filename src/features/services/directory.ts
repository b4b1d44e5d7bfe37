import { directory } from 'virtual:services';
import type { DirectoryEntry, Role } from '../../regions/schema.ts';

/**
 * The service directory for this deployment (national packs plus the area's pack), validated at
 * build time. Other features show services by id from here, so each number lives in one place.
 * Import this only from lazily loaded code: it carries the data.
 */

function rank(service: DirectoryEntry): number {
  if (service.needs.includes('danger-now') && service.coverage.includes('uk')) return 0;
  if (service.pack === directory.area.id) return 1;
  if (service.coverage.includes('uk') || service.coverage.includes('england')) return 2;
  return 3;
}

/** Every service: emergency routes first, then the local area, then UK and England, then others. */
export const services: readonly DirectoryEntry[] = directory.services
  .map((service, i) => ({ service, i }))
  .sort((a, b) => rank(a.service) - rank(b.service) || a.i - b.i)
  .map(({ service }) => service);

const byId = new Map(services.map((s) => [s.id, s]));

/** The service with this id, or undefined if this deployment has no such service. */
export function getService(id: string): DirectoryEntry | undefined {
  return byId.get(id);
}

/**
 * Whether this entry's words in `lang` come from a translation a native speaker has not yet
 * checked (src/regions/translations/<lang>/<pack>.json with needsReview).
 */
export function needsReview(service: DirectoryEntry, lang: string): boolean {
  return directory.unreviewed?.[lang]?.includes(service.pack) === true;
}

/** The deploying area (its pack id and name). */
export const area = directory.area;

/** The emergency routes, in the order the emergency screen shows them. */
export const EMERGENCY_IDS = [
  'emergency-999',
  'silent-solution',
  'emergency-sms',
  'relay-uk',
] as const;

/**
 * The entry the data marks with a role: the area's own "24h-line", or the "national-helpline" of
 * the area's nation (a UK-wide one if the nation has none). Chosen by data, never by id, so
 * another area's pack brings its own numbers.
 */
export function serviceWithRole(role: Role): DirectoryEntry | undefined {
  const marked = services.filter((s) => s.roles?.includes(role));
  if (role === '24h-line') return marked.find((s) => s.pack === area.id);
  const nation = area.nation;
  return (
    marked.find((s) => nation !== undefined && s.coverage.includes(nation)) ??
    marked.find((s) => s.coverage.includes('uk'))
  );
}

/** Where an entry sits on the list: the area's own, its nation's (or UK-wide), or another nation's. */
export function reach(service: DirectoryEntry): 'local' | 'national' | 'other' {
  if (service.pack === area.id) return 'local';
  const nation = area.nation;
  if (service.coverage.includes('uk') || nation === undefined || service.coverage.includes(nation))
    return 'national';
  return 'other';
}
