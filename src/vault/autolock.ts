/**
 * Locks the vault when the page is hidden (switching app, locking the phone), when it is put away
 * (pagehide, freeze) and after a few idle minutes. This runs whether or not the disguise is set up:
 * a phone picked up later should never show an open vault.
 */
export const IDLE_MS = 3 * 60_000;

interface Lockable {
  lock(): void;
}

export interface AutoLockEnv {
  doc: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  win: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  setTimer(fn: () => void, ms: number): number;
  clearTimer(id: number): void;
  idleMs?: number;
}

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/** Installs the triggers; returns a function that removes them. */
export function installAutoLock(target: Lockable, env: AutoLockEnv): () => void {
  const idleMs = env.idleMs ?? IDLE_MS;
  let timer: number | undefined;
  const arm = (): void => {
    if (timer !== undefined) env.clearTimer(timer);
    timer = env.setTimer(() => target.lock(), idleMs);
  };
  const onVisibility = (): void => {
    if (env.doc.visibilityState === 'hidden') target.lock();
  };
  const lockNow = (): void => target.lock();
  env.doc.addEventListener('visibilitychange', onVisibility);
  env.doc.addEventListener('freeze', lockNow);
  env.win.addEventListener('pagehide', lockNow);
  for (const type of ACTIVITY)
    env.doc.addEventListener(type, arm, { capture: true, passive: true });
  arm();
  return () => {
    if (timer !== undefined) env.clearTimer(timer);
    env.doc.removeEventListener('visibilitychange', onVisibility);
    env.doc.removeEventListener('freeze', lockNow);
    env.win.removeEventListener('pagehide', lockNow);
    for (const type of ACTIVITY) env.doc.removeEventListener(type, arm, { capture: true });
  };
}
