import { removeOfflineCopy } from '../../pwa/register.ts';
import { wipeAll } from '../../storage/db.ts';

/**
 * Deletes, from the page itself, everything this app keeps on the device: its database (plan,
 * settings, disguise), its caches and its service worker. "Exit and remove everything" uses it
 * where the host's Clear-Site-Data answer cannot arrive (offline, installed) and as a second
 * line where it can. One failure does not stop the others.
 */
export async function clearThisDevice(): Promise<void> {
  await Promise.allSettled([wipeAll(), removeOfflineCopy()]);
}
