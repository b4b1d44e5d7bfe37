// WARNING: part of the first chunk. Keep it tiny.
import { effect } from '@preact/signals';
import type { Navigation } from '../core/navigation.ts';

/** The part of the CloseWatcher API used here (not yet in TypeScript's DOM types). */
export interface CloseWatcherLike {
  onclose: (() => void) | null;
  destroy(): void;
}
export type CloseWatcherConstructor = new () => CloseWatcherLike;

/**
 * The phone's Back (the Android back gesture) and Esc go one screen back inside the app, with no
 * history entry and no change of address: a CloseWatcher (Chromium) answers both. It is armed only
 * while there is an in-app screen to go back to, so on home Back leaves as it always has. Where
 * the browser has no CloseWatcher nothing changes, and the in-app Back button still works.
 * Returns a function that disarms it.
 */
export function installBackWatcher(
  navigation: Navigation,
  Watcher: CloseWatcherConstructor | undefined = (
    globalThis as { CloseWatcher?: CloseWatcherConstructor }
  ).CloseWatcher,
): () => void {
  if (!Watcher) return () => undefined;
  let watcher: CloseWatcherLike | undefined;
  const arm = (): void => {
    const armed = new Watcher();
    armed.onclose = () => {
      if (watcher === armed) watcher = undefined;
      navigation.back();
      if (navigation.canGoBack.value && !watcher) arm();
    };
    watcher = armed;
  };
  const stop = effect(() => {
    const canGoBack = navigation.canGoBack.value;
    if (canGoBack && !watcher) arm();
    if (!canGoBack && watcher) {
      watcher.destroy();
      watcher = undefined;
    }
  });
  return () => {
    stop();
    watcher?.destroy();
    watcher = undefined;
  };
}
