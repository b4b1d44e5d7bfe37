import { createNavigation } from '../core/navigation.ts';
import { onDropSensitiveState } from '../core/sensitive-state.ts';
import type { Services } from '../core/services.ts';
import { createShowModeModel } from '../core/show-mode.ts';
import { createSlot } from '../core/slot.ts';
import { clearReflectionOnHome, createReflectionHolder } from '../features/check-in/session.ts';
import { createLock } from '../features/disguise/lock.ts';
import { createQuickExit } from '../features/quick-exit/quick-exit.ts';
import { blockWrites } from '../storage/write-guard.ts';

/**
 * The composition root: makes every service once. Making them does nothing else (no listener, no
 * timer, no effect); `startServices` does that, once, at boot. The vault and the plan model are
 * too big for the first chunk: the root holds an empty slot for each, and the first screen that
 * needs one makes and starts it there (src/features/vault/app-vault.ts, plan/plan-store.ts). A test calls `createServices()`
 * for fresh ones and replaces any with a fake.
 */
export function createServices(): Services {
  const navigation = createNavigation();
  const quickExit = createQuickExit();
  return {
    navigation,
    showMode: createShowModeModel(blockWrites),
    checkIn: createReflectionHolder(),
    quickExit,
    lock: createLock({ quickExit }),
    // Named here, made by the first screen that needs them: their code loads lazily.
    vault: createSlot(),
    plan: createSlot(),
  };
}

/**
 * Starts what the services do for the app's whole life: the exit triggers, the disguise's
 * auto-lock, forgetting show mode on exit and lock, and clearing the reflection on home. Quick
 * exit is wired first: it must work before anything else has loaded. Returns a stop function for
 * what can be stopped (the document listeners stay for the page's life).
 */
export function startServices({
  quickExit,
  lock,
  showMode,
  navigation,
  checkIn,
}: Services): () => void {
  quickExit.install();
  lock.install();
  // Quick exit and lock forget show mode along with the screens: it is never carried over.
  const forgetShowMode = onDropSensitiveState(() => {
    if (showMode.active.value) showMode.leave();
  });
  const stopClearing = clearReflectionOnHome(navigation, checkIn);
  return () => {
    forgetShowMode();
    stopClearing();
  };
}
