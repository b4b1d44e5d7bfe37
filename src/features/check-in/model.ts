import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { onDropSensitiveState } from '../../core/sensitive-state.ts';
import {
  statements,
  topicOrder,
  type DangerSign,
  type StatementId,
  type Topic,
} from './statements.ts';

export type Step = 'questions' | 'danger' | 'results';

export interface CheckInModel {
  readonly ticked: ReadonlySignal<ReadonlySet<StatementId>>;
  readonly step: ReadonlySignal<Step>;
  /** Danger signs ticked, in the order they are asked. */
  readonly dangerSigns: ReadonlySignal<DangerSign[]>;
  /** Topics of the everyday statements ticked, in the order results show them. */
  readonly topics: ReadonlySignal<Topic[]>;
  setTicked(id: StatementId, on: boolean): void;
  /** Moves on from the questions: to the danger screen first if any danger sign is ticked. */
  finish(): void;
  showResults(): void;
  backToQuestions(): void;
  /** Forgets every answer and starts again. */
  clear(): void;
  /** Forgets everything and stops listening for exit and lock. */
  dispose(): void;
}

const known = new Set<string>(statements.map((s) => s.id));

/**
 * The reflection's state. Answers live only in these signals: never in storage, never sent, no
 * score. Quick exit and lock clear them in the same task (onDropSensitiveState).
 */
export function createCheckInModel(): CheckInModel {
  const ticked = signal<ReadonlySet<StatementId>>(new Set());
  const step = signal<Step>('questions');
  const dangerSigns = computed(() =>
    statements.flatMap((s) => (s.danger && ticked.value.has(s.id) ? [s.id] : [])),
  );
  const topics = computed(() => {
    const found = new Set<Topic>();
    for (const s of statements) if (!s.danger && ticked.value.has(s.id)) found.add(s.topic);
    return topicOrder.filter((t) => found.has(t));
  });
  const clear = (): void => {
    ticked.value = new Set();
    step.value = 'questions';
  };
  const unregister = onDropSensitiveState(clear);
  return {
    ticked,
    step,
    dangerSigns,
    topics,
    setTicked(id, on) {
      if (!known.has(id)) return;
      const next = new Set(ticked.value);
      if (on) next.add(id);
      else next.delete(id);
      ticked.value = next;
    },
    finish() {
      step.value = dangerSigns.value.length > 0 ? 'danger' : 'results';
    },
    showResults() {
      step.value = 'results';
    },
    backToQuestions() {
      step.value = 'questions';
    },
    clear,
    dispose() {
      clear();
      unregister();
    },
  };
}
