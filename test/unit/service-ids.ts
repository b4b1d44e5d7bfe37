import { directory } from 'virtual:services';

/**
 * The ids of every service in the deploying area's directory (src/regions/, built by the same
 * plugin as the app), so content, the check-in and the plan can link only to services that exist.
 */
export const SERVICE_IDS: ReadonlySet<string> = new Set(directory.services.map((s) => s.id));
