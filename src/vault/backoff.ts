/**
 * How long to wait before the next try after `failures` wrong passphrases in a row. The first three
 * are free (typing slips happen), then the wait grows to at most five minutes. This only slows
 * someone guessing on the device itself; someone who copies the data is slowed by the key
 * derivation instead, which is why weak passphrases are refused. How the wait is timed (never by
 * the device clock) is in throttle.ts.
 */
const SCHEDULE_MS = [0, 0, 0, 0, 5_000, 15_000, 30_000, 60_000, 120_000] as const;
export const MAX_WAIT_MS = 300_000;

export function backoffMs(failures: number): number {
  if (!Number.isFinite(failures) || failures <= 0) return 0;
  return SCHEDULE_MS[Math.floor(failures)] ?? MAX_WAIT_MS;
}
