import { backoffMs } from './backoff.ts';

/**
 * One throttle for every check of a passphrase on this device: unlock, change passphrase and
 * restore share one failure count and one growing wait (backoff.ts).
 *
 * The count is stored (meta `a`, through src/storage/); the wait is never worked out from the
 * device clock, which anyone holding the phone can move. Within a page it is timed with a
 * monotonic clock (performance.now()). A page that finds a count it has not seen before (a reload,
 * a new tab, or a failure in another tab) starts the full wait for that count again, so reloading
 * or opening another tab never shortens it.
 *
 * Checks run one at a time in a page, so two quick tries never both slip through before the count
 * goes up.
 */
export interface ThrottleDeps {
  readCount(): Promise<unknown>;
  writeCount(count: number): Promise<void>;
  monotonic(): number;
}

/**
 * wrong: counted, and the wait grows. right: the passphrase of this device's vault was right, so
 * the count starts again. neutral: the passphrase was never checked (the device could not work out
 * the key, no vault), or it opened a backup file: that proves nothing about this device's
 * passphrase, so the count stays exactly as it was and guessing is never made free.
 */
export type Verdict = 'wrong' | 'right' | 'neutral';

export type Attempt<T> =
  { ran: false; waitMs: number } | { ran: true; verdict: Verdict; value: T; waitMs: number };

export interface Throttle {
  /** Milliseconds before the next check may run (0: now). */
  waitMs(): Promise<number>;
  /** How many wrong tries are counted now (restore keeps it through replacing the vault). */
  count(): Promise<number>;
  /** Runs `check` unless a wait is on; then records its verdict. */
  attempt<T>(check: () => Promise<{ verdict: Verdict; value: T }>): Promise<Attempt<T>>;
}

/** Reads the stored count: a whole number, or the older `{ n, at }` form (its time is ignored). */
export function storedCount(value: unknown): number {
  const n = typeof value === 'object' && value !== null ? (value as { n?: unknown }).n : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : 0;
}

export function createThrottle(deps: ThrottleDeps): Throttle {
  /** The count this page last knew, and when (monotonic) its wait ends. */
  let seen: number | undefined;
  let readyAt = 0;
  let queue: Promise<unknown> = Promise.resolve();

  async function refresh(): Promise<number> {
    const count = storedCount(await deps.readCount().catch(() => undefined));
    if (count !== seen) {
      // A count this page has not seen yet: its whole wait starts now.
      seen = count;
      readyAt = deps.monotonic() + backoffMs(count);
    }
    return count;
  }

  const left = (): number => Math.max(0, Math.ceil(readyAt - deps.monotonic()));

  async function record(verdict: Verdict, count: number): Promise<void> {
    if (verdict === 'neutral') return;
    const next = verdict === 'wrong' ? count + 1 : 0;
    seen = next;
    readyAt = deps.monotonic() + backoffMs(next);
    // If the count cannot be saved (show mode, a full disk) this page still waits.
    await deps.writeCount(next).catch(() => undefined);
  }

  return {
    async waitMs() {
      await refresh();
      return left();
    },
    async count() {
      return refresh();
    },
    attempt<T>(check: () => Promise<{ verdict: Verdict; value: T }>): Promise<Attempt<T>> {
      const run = async (): Promise<Attempt<T>> => {
        const count = await refresh();
        const wait = left();
        if (wait > 0) return { ran: false, waitMs: wait };
        const { verdict, value } = await check();
        await record(verdict, count);
        return { ran: true, verdict, value, waitMs: left() };
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
