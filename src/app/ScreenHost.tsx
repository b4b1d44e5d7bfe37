import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { LoadFailed, Strings } from '../i18n/Strings.tsx';
import { useT } from '../i18n/use-t.ts';
import type { FeatureScreenName, ScreenName, ScreenRef } from '../core/screens.ts';
import { screenViews } from './screen-views.ts';
import { eagerScreens } from '../features/safer-use/screens.ts';
import { Home } from '../features/home/Home.tsx';

/** A loaded view, its parameters checked at the `go()` call (the loaders are typed per screen). */
type AnyView = ComponentType<{ params: unknown }>;
type Loaded = { name: ScreenName; View: AnyView } | { name: ScreenName; failed: true };

const cache = new Map<ScreenName, AnyView>([['home', Home as AnyView]]);
for (const [name, View] of Object.entries(eagerScreens))
  cache.set(name as ScreenName, View as AnyView);

async function loadScreen(name: FeatureScreenName): Promise<AnyView> {
  const cached = cache.get(name);
  if (cached) return cached;
  const View = (await screenViews[name]()) as AnyView;
  cache.set(name, View);
  return View;
}

/**
 * Renders the current screen, loading its code on first use. After every in-app navigation it
 * moves focus to the new screen's `<h1>` (announced by screen readers) and scrolls to the top;
 * on the very first screen it leaves focus alone, so the first Tab still reaches quick exit.
 */
export function ScreenHost({ screen }: { screen: ScreenRef }) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded | undefined>(() => {
    const View = cache.get(screen.name);
    return View ? { name: screen.name, View } : undefined;
  });
  const [attempt, setAttempt] = useState(0);
  const container = useRef<HTMLDivElement>(null);
  const firstScreen = useRef(true);

  useEffect(() => {
    let live = true;
    const name = screen.name;
    if (name === 'home') {
      setLoaded({ name, View: Home as AnyView });
    } else {
      loadScreen(name).then(
        (View) => live && setLoaded({ name, View }),
        () => live && setLoaded({ name, failed: true }),
      );
    }
    return () => {
      live = false;
    };
  }, [screen.name, attempt]);

  const ready = loaded?.name === screen.name;
  useEffect(() => {
    if (!ready) return;
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const box = container.current;
    if (!box) return;
    // Focusing the heading makes screen readers announce the new screen by its name. A screen
    // that loads its own content (a page) renders its heading a moment later: wait for it.
    const focusHeading = (): boolean => {
      const heading = box.querySelector<HTMLElement>('h1');
      heading?.focus();
      return heading !== null;
    };
    if (focusHeading()) return;
    const watcher = new MutationObserver(() => focusHeading() && watcher.disconnect());
    watcher.observe(box, { childList: true, subtree: true });
    return () => watcher.disconnect();
  }, [ready, screen]);

  const loading = <p class="muted">{t('shell.loading')}</p>;
  let content;
  if (!ready) content = loading;
  else if ('failed' in loaded) content = <LoadFailed retry={() => setAttempt((n) => n + 1)} />;
  else {
    // The screen's components load their own strings (useT); until then this shows "Loading".
    content = (
      <Strings key={screen.name} waiting={loading}>
        <loaded.View params={screen.params ?? {}} />
      </Strings>
    );
  }

  // data-screen names the screen for the screen walk in test/e2e/all-screens.spec.ts.
  return (
    <div ref={container} data-screen={screen.name}>
      {content}
    </div>
  );
}
