// WARNING: this is the first chunk. Every import here is paid for on first paint.
import { render } from 'preact';
import './app/styles.css';
import { App } from './app/App.tsx';
import { build, deploy } from './core/deploy.ts';
import { navigation } from './core/navigation.ts';
import { onDropSensitiveState } from './core/sensitive-state.ts';
import { Cover } from './features/disguise/Cover.tsx';
import { applyIdentity, isIdentity } from './features/disguise/identity.ts';
import {
  configureLock,
  installDisguise,
  isDisguised,
  lock,
  setStart,
  setStartUnreadable,
  showApp,
} from './features/disguise/lock.ts';
import { installQuickExit, isAllowedExit, setExitUrl } from './features/quick-exit/quick-exit.ts';
import { registerServiceWorker } from './pwa/register.ts';
import { getPref, type Prefs } from './storage/prefs.ts';
import { setLanguage } from './i18n/index.ts';
import { offeredLanguages, pickLanguage } from './i18n/languages.ts';

installQuickExit();
installDisguise();
document.documentElement.dataset['build'] = build;

const read = <K extends keyof Prefs>(key: K): Promise<Prefs[K] | undefined> =>
  getPref(key).catch(() => undefined);

const UNREADABLE: unique symbol = Symbol('unreadable');
const readStart = () => getPref('start');

async function start(root: HTMLElement): Promise<void> {
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
  if (isIdentity(look) && look !== deploy.identity) applyIdentity(look);
  if (isAllowedExit(exit)) setExitUrl(exit);
  if (startScreen === UNREADABLE) setStartUnreadable(readStart);
  else setStart(startScreen);
  const offered = offeredLanguages.map((l) => l.code);
  // Sets <html lang dir> and loads the strings before the first render, so nothing flashes.
  await setLanguage(pickLanguage(lang, navigator.languages, offered)).catch(() =>
    setLanguage('en'),
  );

  // The cover has its own root beside the app's, so locking can empty the app's root entirely.
  const coverRoot = document.createElement('div');
  coverRoot.id = 'cover';
  document.body.append(coverRoot);
  configureLock({
    cover: () => render(<Cover />, coverRoot),
    app: () => {
      render(null, coverRoot);
      render(<App />, root);
    },
  });
  // On exit or lock, unmount every screen in the same task so no sensitive DOM survives.
  onDropSensitiveState(() => {
    navigation.reset();
    render(null, root);
  });

  if (isDisguised()) lock();
  if (!seenIntro) navigation.go('safer-use', { first: '1' });
  if (!isDisguised()) showApp();
  // Ends the CSS hold on the exit bar (src/features/disguise/cover.css): the decision is made.
  document.documentElement.classList.add('booted');
}

const root = document.getElementById('app');
if (root) void start(root);
registerServiceWorker();
