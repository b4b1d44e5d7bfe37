import { currentLanguage } from '../../i18n/index.ts';
import { ROLES, type Role } from '../../regions/schema.ts';
import { currentArea, getService, serviceWithRole } from './directory.ts';
import { localText } from './text.ts';

/**
 * What other features use to name a local service by what it does. The plan, the reflection and
 * content pages write `role:<role>` (for example `role:da-service`) where a local service goes,
 * and a national entry's id otherwise; this turns either into the entry for the person's area.
 */
export type ServiceRef = string;

const ROLE_PREFIX = 'role:';

export function isRole(name: string): name is Role {
  return (ROLES as readonly string[]).includes(name);
}

/**
 * The entry a reference means for the person's area: its id and, for a role, the entry's own name
 * in the person's language (names of local services come from the directory only). Undefined
 * when the area fills no such role: the caller leaves the line out.
 */
export function resolveService(ref: ServiceRef): { id: string; name?: string } | undefined {
  if (!ref.startsWith(ROLE_PREFIX)) return getService(ref) ? { id: ref } : undefined;
  const role = ref.slice(ROLE_PREFIX.length);
  return isRole(role) ? roleLink(role) : undefined;
}

/** The entry filling a role for the person's area, with its name, for a `role:` link in a page. */
export function roleLink(role: string): { id: string; name: string } | undefined {
  const entry = isRole(role) ? serviceWithRole(role) : undefined;
  return entry && { id: entry.id, name: localText(entry.name, currentLanguage()) };
}

/** The person's area's pack id (its own pages come first), or undefined until they choose one. */
export function personsArea(): string | undefined {
  return currentArea()?.id;
}
