import { effect } from '@preact/signals';
import type { Navigation } from '../../core/navigation.ts';
import type { CheckInModel } from './model.ts';

declare module '../../core/services.ts' {
  interface Services {
    /** The app's one reflection (see clearReflectionOnHome). */
    readonly checkIn: ReflectionHolder;
  }
}

/**
 * Holds the app's one reflection. The model is made on first use by the check-in screen, so the
 * statements it needs load with that screen and not in the first chunk.
 */
export interface ReflectionHolder {
  get(create: () => CheckInModel): CheckInModel;
  /** Forgets the answers, if there are any. */
  clear(): void;
}

export function createReflectionHolder(): ReflectionHolder {
  let model: CheckInModel | undefined;
  return {
    get: (create) => (model ??= create()),
    clear: () => model?.clear(),
  };
}

/**
 * The reflection is kept while the person follows a link from their next steps to a page and
 * comes Back. It is cleared on quick exit and lock (the model registers for that), when the person
 * clears it, and whenever home is shown, so leaving the reflection leaves nothing behind. Returns
 * the function that stops watching.
 */
export function clearReflectionOnHome(
  navigation: Navigation,
  reflection: ReflectionHolder,
): () => void {
  return effect(() => {
    if (navigation.current.value.name === 'home') reflection.clear();
  });
}
