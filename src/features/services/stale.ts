const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True if an entry was last checked more than `maxAgeDays` ago (deploy.config.json
 * serviceMaxAgeDays). The screen then asks the person to check the number before relying on it,
 * and `npm run check:services` lists the entry for the deploying team.
 */
export function isStale(checked: string, now: Date, maxAgeDays: number): boolean {
  const at = Date.parse(`${checked}T00:00:00Z`);
  return Number.isNaN(at) || now.getTime() - at > maxAgeDays * DAY_MS;
}
