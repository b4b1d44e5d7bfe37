/**
 * How long to wait before the next try after `failures` wrong passphrases in a row. The first three
 * are free (typing slips happen), then the wait grows to at most five minutes. This only slows
 * someone guessing on the device itself; someone who copies the data is slowed by the key
 * derivation instead, which is why the passphrase guidance matters more than this.
 */
const SCHEDULE_MS = [0, 0, 0, 0, 5_000, 15_000, 30_000, 60_000, 120_000] as const;
export const MAX_WAIT_MS = 300_000;

export function backoffMs(failures: number): number {
  if (!Number.isFinite(failures) || failures <= 0) return 0;
  return SCHEDULE_MS[Math.floor(failures)] ?? MAX_WAIT_MS;
}

/** Failed tries, kept in storage so a reload does not reset the wait. */
export interface Attempts {
  n: number;
  /** When the last failure happened (ms since the epoch). */
  at: number;
}

export function isAttempts(value: unknown): value is Attempts {
  if (typeof value !== 'object' || value === null) return false;
  const { n, at } = value as Partial<Attempts>;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && typeof at === 'number';
}

/** Milliseconds left before another try is allowed (0: try now). A clock set back waits the most. */
export function remainingMs(attempts: Attempts | undefined, now: number): number {
  if (!attempts) return 0;
  const wait = backoffMs(attempts.n);
  if (wait === 0) return 0;
  if (now < attempts.at) return wait;
  return Math.max(0, attempts.at + wait - now);
}
