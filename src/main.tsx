// WARNING: this is the first chunk. Every import here is paid for on first paint.
import { render } from 'preact';
import './app/styles.css';
import { App } from './app/App.tsx';
import { navigation } from './app/navigation.ts';
import { onDropSensitiveState } from './app/sensitive-state.ts';
import { installQuickExit } from './features/quick-exit/quick-exit.ts';
import { registerServiceWorker } from './pwa/register.ts';
import { getPref } from './storage/prefs.ts';
import { build } from './app/deploy.ts';
import { setLanguage } from './i18n/index.ts';
import { offeredLanguages, pickLanguage } from './i18n/languages.ts';

installQuickExit();
document.documentElement.dataset['build'] = build;

async function start(root: HTMLElement): Promise<void> {
  // Read the few settings that decide the first screen before painting anything, so the person
  // never sees one screen flash before another.
  const [seenIntro, lang] = await Promise.all([
    getPref('intro').catch(() => undefined),
    getPref('lang').catch(() => undefined),
  ]);
  const offered = offeredLanguages.map((l) => l.code);
  const first = pickLanguage(lang, navigator.languages, offered);
  // Sets <html lang dir> and loads the strings before the first render, so nothing flashes.
  await setLanguage(first).catch(() => setLanguage('en'));
  if (!seenIntro) navigation.go({ name: 'safer-use', params: { first: '1' } });

  // On exit or lock, unmount every screen in the same task so no sensitive DOM survives.
  onDropSensitiveState(() => {
    navigation.reset();
    render(null, root);
  });
  render(<App />, root);
}

const root = document.getElementById('app');
if (root) void start(root);
registerServiceWorker();
