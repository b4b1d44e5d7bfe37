import { useEffect, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import {
  currentLanguage,
  engineIfLoaded,
  loadNamespace,
  onLanguageChanged,
} from '../../i18n/index.ts';

/**
 * The `services` strings for components other features embed (ServiceCard). Screens of this
 * feature load the namespace before they render; a card inside another feature's screen may come
 * first, so this loads the strings itself and returns undefined until they are ready.
 */
export function useServicesT(): TFunction<'services'> | undefined {
  const [, bump] = useState(0);
  useEffect(() => onLanguageChanged(() => bump((n) => n + 1)), []);
  const engine = engineIfLoaded();
  const ready = engine?.hasResourceBundle('en', 'services') ?? false;
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadNamespace('services').then(
      () => live && bump((n) => n + 1),
      () => undefined, // the card stays hidden; the services screens show the shell's retry
    );
    return () => {
      live = false;
    };
  }, [ready]);
  return ready && engine ? engine.getFixedT(currentLanguage(), 'services') : undefined;
}
