import { useEffect, useState } from 'preact/hooks';
import type { Namespace, TFunction } from 'i18next';
import {
  currentLanguage,
  engineIfLoaded,
  loadNamespace,
  onLanguageChanged,
  tApp,
} from './index.ts';

/**
 * Thrown by `useT` while a namespace's strings load; the nearest `<Strings>` (src/i18n/Strings.tsx)
 * waits for `ready` and renders its children again. Not a thenable on purpose: Preact treats
 * thrown thenables as Suspense, which this app does not use.
 */
export class StringsPending extends Error {
  override name = 'StringsPending';
  constructor(readonly ready: Promise<void>) {
    super('Strings are loading');
  }
}

/**
 * The translate function for a namespace; the component re-renders when the language changes.
 * `useT()` (the shell's `app` strings) works at once. A component that asks for a feature
 * namespace gets it loaded: the first render waits, inside the nearest `<Strings>` (every screen
 * has one), until the strings are there. So no screen lists the strings it needs by hand.
 */
export function useT<N extends Namespace = 'app'>(ns?: N): TFunction<N> {
  const [, bump] = useState(0);
  useEffect(() => onLanguageChanged(() => bump((n) => n + 1)), []);
  if (ns === undefined || ns === 'app') return tApp as unknown as TFunction<N>;
  const engine = engineIfLoaded();
  const names: readonly string[] = typeof ns === 'string' ? [ns] : ns;
  // English is always loaded with the current language (loadNamespace, setLanguage).
  if (!engine || names.some((name) => !engine.hasResourceBundle('en', name))) {
    throw new StringsPending(loadNamespace(ns));
  }
  return engine.getFixedT(currentLanguage(), ns);
}
