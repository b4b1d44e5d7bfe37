import { directory } from 'virtual:services';
import type { Area, DirectoryEntry, Role } from '../../regions/schema.ts';
import { chosenAreaId, restoreAreaChoice } from './area-choice.ts';

/**
 * The service directory for this deployment (national packs plus each area's pack), validated at
 * build time. Other features show services by id or by role from here, so each number lives in
 * one place. Import this only from lazily loaded code: it carries the data.
 */

/** The areas this deployment serves, usually one. */
export const areas: readonly Area[] = directory.areas;

const areaIds = new Set(areas.map((a) => a.id));

function rank(service: DirectoryEntry): number {
  if (service.needs.includes('danger-now') && service.coverage.includes('uk')) return 0;
  if (areaIds.has(service.pack)) return 1;
  if (service.coverage.includes('uk') || service.coverage.includes('england')) return 2;
  return 3;
}

/** Every service: emergency routes first, then the local areas, then UK and England, then others. */
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
 * The person's area: the only one, or the one they chose where the deployment serves several
 * (undefined until they choose). Reading it in a component re-renders it when the choice changes.
 */
export function currentArea(): Area | undefined {
  if (areas.length === 1) return areas[0];
  // Only a read of the device's own storage, once; the signal re-renders readers when it lands.
  void restoreAreaChoice();
  const id = chosenAreaId.value;
  return areas.find((a) => a.id === id);
}

/** The area a pack id names, for an entry's "covers {area}". */
export function areaOf(pack: string): Area | undefined {
  return areas.find((a) => a.id === pack);
}

/** The nation the person's lines come from: their area's, or the one all the areas share. */
function nation() {
  const nations = new Set(areas.map((a) => a.nation));
  return currentArea()?.nation ?? (nations.size === 1 ? areas[0]?.nation : undefined);
}

/** Whether an entry belongs to one of the areas rather than a national pack. */
export function isAreaEntry(service: DirectoryEntry): boolean {
  return areaIds.has(service.pack);
}

/**
 * Whether this entry's words in `lang` come from a translation a native speaker has not yet
 * checked (src/regions/translations/<lang>/<pack>.json with needsReview).
 */
export function needsReview(service: DirectoryEntry, lang: string): boolean {
  return directory.unreviewed?.[lang]?.includes(service.pack) === true;
}

/** The emergency routes, in the order the emergency screen shows them. */
export const EMERGENCY_IDS = [
  'emergency-999',
  'silent-solution',
  'emergency-sms',
  'relay-uk',
] as const;

/**
 * The entry that fills a role for the person's area, chosen by data, never by id, so each area's
 * pack brings its own numbers. `national-helpline` is the helpline of the area's nation (a UK-wide
 * one if the nation has none). Undefined when the area does not fill the role, or when no area is
 * chosen yet: callers leave the line out.
 */
export function serviceWithRole(role: Role): DirectoryEntry | undefined {
  if (role === 'national-helpline') {
    const marked = directory.helplines.flatMap(({ id }) => getService(id) ?? []);
    const n = nation();
    return (
      marked.find((s) => n !== undefined && s.coverage.includes(n)) ??
      marked.find((s) => s.coverage.includes('uk'))
    );
  }
  const id = currentArea()?.roles[role];
  return id === undefined ? undefined : getService(id);
}

/**
 * Where an entry sits on the list: the person's area's own, its nation's (or UK-wide), or another
 * nation's or another area's (shown only when asked for).
 */
export function reach(service: DirectoryEntry): 'local' | 'national' | 'other' {
  if (isAreaEntry(service)) return service.pack === currentArea()?.id ? 'local' : 'other';
  const n = nation();
  if (service.coverage.includes('uk') || n === undefined || service.coverage.includes(n))
    return 'national';
  return 'other';
}
