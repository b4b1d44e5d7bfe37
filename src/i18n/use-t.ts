import { useEffect, useState } from 'preact/hooks';
import type { Namespace, TFunction } from 'i18next';
import { currentLanguage, engineIfLoaded, onLanguageChanged, tApp } from './index.ts';

/**
 * The translate function for a namespace; the component re-renders when the language changes.
 * `useT()` (the shell's `app` strings) works at once. A feature namespace works once it is
 * loaded, which the screen host does before it renders the feature's screen (ScreenDef.namespaces).
 */
export function useT<N extends Namespace = 'app'>(ns?: N): TFunction<N> {
  const [, bump] = useState(0);
  useEffect(() => onLanguageChanged(() => bump((n) => n + 1)), []);
  if (ns === undefined || ns === 'app') return tApp as unknown as TFunction<N>;
  const engine = engineIfLoaded();
  if (!engine) throw new Error(`Strings for ${String(ns)} were used before they were loaded`);
  return engine.getFixedT(currentLanguage(), ns);
}
