import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { loadNamespace } from '../i18n/index.ts';
import { useT } from '../i18n/use-t.ts';
import type { ScreenRef } from '../core/navigation.ts';
import { screens, type ScreenProps } from './screens.ts';
import { Home } from '../features/home/Home.tsx';

type Loaded = { name: string; View: ComponentType<ScreenProps> } | { name: string; failed: true };

const cache = new Map<string, ComponentType<ScreenProps>>();

async function loadScreen(name: string): Promise<ComponentType<ScreenProps>> {
  const cached = cache.get(name);
  if (cached) return cached;
  const def = screens[name];
  if (!def) throw new Error(`Unknown screen ${name}`);
  const [View] = await Promise.all([
    def.load(),
    def.namespaces ? loadNamespace(def.namespaces) : undefined,
  ]);
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
    if (screen.name === 'home') return { name: 'home', View: Home };
    const View = cache.get(screen.name) ?? screens[screen.name]?.eager;
    return View ? { name: screen.name, View } : undefined;
  });
  const [attempt, setAttempt] = useState(0);
  const container = useRef<HTMLDivElement>(null);
  const firstScreen = useRef(true);

  useEffect(() => {
    let live = true;
    if (screen.name === 'home') {
      setLoaded({ name: 'home', View: Home });
    } else {
      loadScreen(screen.name).then(
        (View) => live && setLoaded({ name: screen.name, View }),
        () => live && setLoaded({ name: screen.name, failed: true }),
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

  let content;
  if (!ready) content = <p class="muted">{t('shell.loading')}</p>;
  else if ('failed' in loaded) {
    content = (
      <div role="alert">
        <p>{t('shell.loadFailed')}</p>
        <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('shell.tryAgain')}
        </button>
      </div>
    );
  } else content = <loaded.View params={screen.params ?? {}} />;

  // data-screen names the screen for the accessibility walk in test/e2e/a11y.spec.ts.
  return (
    <div ref={container} data-screen={screen.name}>
      {content}
    </div>
  );
}
