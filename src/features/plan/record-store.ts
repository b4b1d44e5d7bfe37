import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { SaveResult, Vault } from '../../vault/types.ts';
import { MAX_STORED_BYTES, storedBytes } from '../../vault/limits.ts';

/**
 * A generic store of encrypted records for one feature, on top of the vault: a write queue per
 * record (an older value never overwrites a newer), a calm save status per part of a screen, the
 * size budget that keeps every backup restorable, and the rule that a stored record which fails
 * its check is never overwritten or dropped.
 *
 * A record that fails its check on load is "held": when the feature next writes that record id,
 * the held value is first moved aside, in the same transaction, to a record of its own under
 * KEPT_PREFIX. So it is never lost, backups carry it, and the screen can say that one item could
 * not be shown.
 */

export type WriteResult = SaveResult | { ok: false; reason: 'tooLong' | 'full' };
export type WriteFailure = Extract<WriteResult, { ok: false }>['reason'];

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; reason: WriteFailure };

/** Records kept because they failed their check: dull ids, like every stored name. */
export const KEPT_PREFIX = 'h:';

export type Change = { value: unknown } | { remove: true };

export interface RecordStore {
  status(part: string): ReadonlySignal<SaveStatus>;
  /** Shows a failure on a part's status without writing (a check before writing failed). */
  refuse(part: string, reason: WriteFailure): WriteResult;
  /**
   * Writes one record through the vault, after the writes already queued for it. Never throws.
   * `onSaved` runs only if the write landed and nothing was dropped meanwhile.
   */
  write(part: string, id: string, change: Change, onSaved?: () => void): Promise<SaveResult>;
  /** Whether a value for this record still fits the size budget (every backup restorable). */
  fits(id: string, value: unknown): boolean;
  /** Notes a record read from the vault, for the size budget. */
  track(id: string, value: unknown): void;
  /** Notes a stored record that failed its check: kept, never overwritten, counted as unshown. */
  hold(id: string, value: unknown): void;
  /** Notes records that failed their check and are simply left alone (never written). */
  countUnshown(count: number): void;
  /** How many stored items could not be shown. */
  readonly unshown: ReadonlySignal<number>;
  /** Changes each time drop() runs: work started before must not touch state after. */
  readonly generation: () => number;
  drop(): void;
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createRecordStore(vault: Vault): RecordStore {
  const statuses = new Map<string, Signal<SaveStatus>>();
  const queues = new Map<string, Promise<unknown>>();
  const held = new Map<string, unknown>();
  const sizes = new Map<string, number>();
  const heldCount = signal(0);
  const leftAlone = signal(0);
  let total = 0;
  let generation = 0;

  const statusSignal = (part: string): Signal<SaveStatus> => {
    let s = statuses.get(part);
    if (!s) {
      s = signal<SaveStatus>({ kind: 'idle' });
      statuses.set(part, s);
    }
    return s;
  };

  const setSize = (id: string, size: number | undefined): void => {
    total -= sizes.get(id) ?? 0;
    if (size === undefined) sizes.delete(id);
    else {
      sizes.set(id, size);
      total += size;
    }
  };

  return {
    status: statusSignal,
    refuse(part, reason) {
      statusSignal(part).value = { kind: 'error', reason };
      return { ok: false, reason };
    },
    write(part, id, change, onSaved) {
      const status = statusSignal(part);
      const started = generation;
      status.value = { kind: 'saving' };
      const previous = queues.get(id) ?? Promise.resolve();
      const next = previous.then(async (): Promise<SaveResult> => {
        const keep = held.get(id);
        const keptId = keep === undefined ? undefined : KEPT_PREFIX + randomId();
        const aside = keptId === undefined ? [] : [{ id: keptId, value: keep }];
        let result: SaveResult;
        try {
          if ('remove' in change) {
            // Move a held value aside first, then remove: the two are separate writes, so the
            // held value is safe before anything is removed.
            const moved = aside.length > 0 ? await vault.put(aside) : { ok: true as const };
            result = moved.ok ? await vault.remove([id]) : moved;
          } else {
            result = await vault.put([...aside, { id, value: change.value }]);
          }
        } catch {
          result = { ok: false, reason: 'failed' };
        }
        if (started !== generation) return result;
        if (result.ok) {
          if (keptId !== undefined) {
            // Still not shown, now kept under its own id.
            held.delete(id);
            batch(() => {
              heldCount.value = held.size;
              leftAlone.value += 1;
            });
            setSize(keptId, sizes.get(id));
          }
          setSize(id, 'remove' in change ? undefined : storedBytes(change.value));
          onSaved?.();
        }
        status.value = result.ok ? { kind: 'saved' } : { kind: 'error', reason: result.reason };
        return result;
      });
      queues.set(id, next);
      return next;
    },
    fits(id, value) {
      const moved = held.has(id) ? (sizes.get(id) ?? 0) : 0;
      return total - (sizes.get(id) ?? 0) + moved + storedBytes(value) <= MAX_STORED_BYTES;
    },
    track(id, value) {
      setSize(id, storedBytes(value));
    },
    hold(id, value) {
      held.set(id, value);
      heldCount.value = held.size;
    },
    countUnshown(count) {
      leftAlone.value += count;
    },
    unshown: computed(() => heldCount.value + leftAlone.value),
    generation: () => generation,
    drop() {
      generation += 1;
      queues.clear();
      held.clear();
      sizes.clear();
      total = 0;
      batch(() => {
        heldCount.value = 0;
        leftAlone.value = 0;
        for (const s of statuses.values()) s.value = { kind: 'idle' };
      });
      statuses.clear();
    },
  };
}
