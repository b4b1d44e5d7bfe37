/**
 * Everything that holds something sensitive in memory (screens, answers, keys) registers a way to
 * drop it here. Quick exit and lock call dropSensitiveState() synchronously, in the same task as
 * the trigger, so nothing sensitive outlives the moment the person needed it gone.
 */
const droppers = new Set<() => void>();

/** Registers a function that forgets in-memory sensitive state. Returns an unregister function. */
export function onDropSensitiveState(drop: () => void): () => void {
  droppers.add(drop);
  return () => droppers.delete(drop);
}

/** Runs every registered dropper. One failing never stops the others. */
export function dropSensitiveState(): void {
  for (const drop of droppers) {
    try {
      drop();
    } catch (error) {
      // Keep going: the remaining state must still be dropped. Log nothing sensitive.
      console.error('A state reset failed', error instanceof Error ? error.name : 'unknown');
    }
  }
}
