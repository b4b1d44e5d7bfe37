import { render, type ComponentChildren } from 'preact';
import { build } from '../core/deploy.ts';
import { onDropSensitiveState } from '../core/sensitive-state.ts';
import { ServicesContext, type Services } from '../core/services.ts';
import { Cover } from '../features/disguise/Cover.tsx';
import { isIdentity } from '../features/disguise/identity.ts';
import { isAllowedExit } from '../features/quick-exit/quick-exit.ts';
import { setLanguage } from '../i18n/index.ts';
import { offeredLanguages, pickLanguage } from '../i18n/languages.ts';
import { getPref, type Prefs } from '../storage/prefs.ts';
import { App } from './App.tsx';
import { installBackWatcher } from './back-watcher.ts';
import { startServices } from './services.ts';

export interface BootDeps {
  /** The element the app renders into (#app in index.html). */
  root: HTMLElement;
  /** The app's services, made once by `createServices()`; a test passes fresh ones or fakes. */
  services: Services;
  /** Reads a saved setting; storage by default. */
  readPref?: <K extends keyof Prefs>(key: K) => Promise<Prefs[K] | undefined>;
}

const UNREADABLE: unique symbol = Symbol('unreadable');

/** Puts the services in reach of every component below. */
export function WithServices({
  services,
  children,
}: {
  services: Services;
  children: ComponentChildren;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/**
 * Starts the app: wires quick exit at once (before any await), reads the few settings that decide
 * the first screen, then shows the cover or the app. Resolves once the first screen is decided.
 */
export async function boot({ root, services, readPref = getPref }: BootDeps): Promise<void> {
  startServices(services);
  document.documentElement.dataset['build'] = build;
  const { lock, navigation, quickExit } = services;

  const read = <K extends keyof Prefs>(key: K): Promise<Prefs[K] | undefined> =>
    readPref(key).catch(() => undefined);
  const readStart = () => readPref('start');
  // Read the few settings that decide the first screen before painting anything, so the person
  // never sees one screen flash before another, and the cover shows before anything else.
  const [seenIntro, startScreen, look, exit, lang] = await Promise.all([
    read('intro'),
    // The disguise decides the first screen: a read that fails twice fails closed (the cover).
    readStart()
      .catch(readStart)
      .catch((): typeof UNREADABLE => UNREADABLE),
    read('look'),
    read('exit'),
    read('lang'),
  ]);
  if (isIdentity(look)) lock.setIdentity(look);
  if (isAllowedExit(exit)) quickExit.setExitUrl(exit);
  if (startScreen === UNREADABLE) lock.setStartUnreadable(readStart);
  else lock.setStart(startScreen);
  const offered = offeredLanguages.map((l) => l.code);
  // Sets <html lang dir> and loads the strings before the first render, so nothing flashes.
  await setLanguage(pickLanguage(lang, navigator.languages, offered)).catch(() =>
    setLanguage('en'),
  );

  // The cover has its own root beside the app's, so locking can empty the app's root entirely.
  const coverRoot = document.createElement('div');
  coverRoot.id = 'cover';
  document.body.append(coverRoot);
  lock.configure({
    cover: () =>
      render(
        <WithServices services={services}>
          <Cover />
        </WithServices>,
        coverRoot,
      ),
    app: () => {
      render(null, coverRoot);
      render(
        <WithServices services={services}>
          <App />
        </WithServices>,
        root,
      );
    },
  });
  // On exit or lock, unmount every screen in the same task so no sensitive DOM survives.
  onDropSensitiveState(() => {
    navigation.reset();
    render(null, root);
  });

  installBackWatcher(navigation);
  if (lock.isDisguised()) lock.lock();
  if (!seenIntro) navigation.go('safer-use', { first: '1' });
  if (!lock.isDisguised()) lock.showApp();
  // Ends the CSS hold on the exit bar (src/features/disguise/cover.css): the decision is made.
  document.documentElement.classList.add('booted');
}
