/**
 * Asks the browser to keep this app's storage even when the device runs low on space (it can still
 * be deleted by the person, by clearing site data). Call it only from a person's action, after the
 * first save that matters: browsers decide from how the site is used, and Firefox asks the person.
 */
export type PersistStatus = 'persisted' | 'best-effort' | 'unsupported';

interface StorageLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

function manager(): StorageLike | undefined {
  return (globalThis.navigator as { storage?: StorageLike } | undefined)?.storage;
}

export async function persistStatus(): Promise<PersistStatus> {
  const storage = manager();
  if (!storage?.persisted) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}

export async function requestPersistence(): Promise<PersistStatus> {
  const storage = manager();
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}
