import * as v from 'valibot';
import { statements, type StatementId } from './statements.ts';

/**
 * The one saved reflection, kept in the plan's encrypted vault only when the person chooses to
 * save it. It holds the ids of the statements they ticked and the day they saved it, nothing
 * else. The record id is stored in the clear, so it is as dull as the plan's own (`p:c`, `d:..`).
 * Saving again replaces it.
 */
export const SAVED_REFLECTION_ID = 'q:1';

export interface SavedReflection {
  /** Statement ids, in the order the reflection asks them. */
  ticked: StatementId[];
  /** The local day it was saved, yyyy-mm-dd. */
  date: string;
}

const ids = statements.map((s) => s.id);

const schema = v.object({
  ticked: v.pipe(v.array(v.string()), v.maxLength(100)),
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
});

/** Reads a stored record. Unknown ids (from a newer version, say) are left out. */
export function parseSavedReflection(value: unknown): SavedReflection | undefined {
  const parsed = v.safeParse(schema, value);
  if (!parsed.success) return undefined;
  const known = new Set(parsed.output.ticked);
  const ticked = ids.filter((id) => known.has(id));
  return ticked.length > 0 ? { ticked, date: parsed.output.date } : undefined;
}

/** What to save for these ticked statements, on this day. */
export function savedReflectionOf(
  ticked: ReadonlySet<StatementId> | readonly StatementId[],
  now: Date = new Date(),
): SavedReflection {
  const chosen = new Set(ticked);
  return { ticked: ids.filter((id) => chosen.has(id)), date: localDay(now) };
}

function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
