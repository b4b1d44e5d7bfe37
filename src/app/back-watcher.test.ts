import { describe, expect, it } from 'vitest';
import { createNavigation } from '../core/navigation.ts';
import { installBackWatcher, type CloseWatcherLike } from './back-watcher.ts';

/** A stand-in for the browser's CloseWatcher: `back()` is the Android back gesture or Esc. */
function fakeWatchers() {
  const live: CloseWatcherLike[] = [];
  class FakeWatcher implements CloseWatcherLike {
    onclose: (() => void) | null = null;
    constructor() {
      live.push(this);
    }
    destroy(): void {
      live.splice(live.indexOf(this), 1);
    }
  }
  const back = (): void => {
    const top = live.pop();
    top?.onclose?.();
  };
  return { FakeWatcher, live, back };
}

describe('installBackWatcher', () => {
  it('goes one screen back per Back, and is not armed on home so Back leaves there', () => {
    const navigation = createNavigation();
    const { FakeWatcher, live, back } = fakeWatchers();
    installBackWatcher(navigation, FakeWatcher);
    expect(live).toHaveLength(0);
    navigation.go('services');
    navigation.go('service', { id: 'x' });
    expect(live).toHaveLength(1);
    back();
    expect(navigation.current.value.name).toBe('services');
    expect(live).toHaveLength(1);
    back();
    expect(navigation.current.value.name).toBe('home');
    expect(live).toHaveLength(0);
  });

  it('disarms when every screen is dropped (exit or lock)', () => {
    const navigation = createNavigation();
    const { FakeWatcher, live } = fakeWatchers();
    installBackWatcher(navigation, FakeWatcher);
    navigation.go('plan');
    navigation.reset();
    expect(live).toHaveLength(0);
  });

  it('does nothing where the browser has no CloseWatcher', () => {
    const navigation = createNavigation();
    const stop = installBackWatcher(navigation, undefined);
    navigation.go('plan');
    expect(navigation.canGoBack.value).toBe(true);
    stop();
  });
});
