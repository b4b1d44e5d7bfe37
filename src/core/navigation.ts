import { computed, signal } from '@preact/signals';
import type { ParamArgs, ScreenName, ScreenRef } from './screens.ts';

export type { ScreenRef } from './screens.ts';

/**
 * In-memory navigation. Safety rule: the app keeps ONE URL for its whole life. Screens are state
 * here, never session-history entries: nothing is pushed or replaced in history and the hash and
 * query never change, so Back after a quick exit cannot land inside the app and nothing about the
 * screens reaches browser history. (ESLint forbids the history and location calls in src/.)
 */
export interface Navigation {
  readonly current: { readonly value: ScreenRef };
  readonly canGoBack: { readonly value: boolean };
  /**
   * Opens a screen on top of the current one; the in-app Back returns. The type checker knows
   * every screen and its parameters: `go('page', { slug })`.
   */
  go<N extends ScreenName>(name: N, ...params: ParamArgs<N>): void;
  /** The same as `go`, for a screen held as data (a home-screen door, a link in content). */
  open(screen: ScreenRef): void;
  /** Returns to the previous screen, or stays on home. */
  back(): void;
  /** Drops every screen and shows home; used by lock and exit so no screen state survives. */
  reset(): void;
}

const HOME: ScreenRef = { name: 'home' };

/** A navigation model. The composition root makes the app's one; a test builds a fresh one. */
export function createNavigation(): Navigation {
  const stack = signal<ScreenRef[]>([HOME]);
  const current = computed(() => stack.value[stack.value.length - 1] ?? HOME);
  const canGoBack = computed(() => stack.value.length > 1);
  const open = (screen: ScreenRef): void => {
    stack.value = screen.name === 'home' ? [HOME] : [...stack.value, screen];
  };
  return {
    current,
    canGoBack,
    go(name, ...[params]) {
      open((params === undefined ? { name } : { name, params }) as ScreenRef);
    },
    open,
    back() {
      if (stack.value.length > 1) stack.value = stack.value.slice(0, -1);
    },
    reset() {
      stack.value = [HOME];
    },
  };
}
