// WARNING: part of the first chunk. Keep it small.

/**
 * The name and icon the browser offers when the person adds the app to a home screen. Each one is
 * a static manifest and icon set in public/. Browsers read these when the app is installed and
 * keep them after that, so the choice only counts before install (safety spec 35).
 */
export const IDENTITIES = ['tools', 'calc', 'units'] as const;
export type Identity = (typeof IDENTITIES)[number];

export function isIdentity(value: unknown): value is Identity {
  return IDENTITIES.includes(value as Identity);
}

/** Points the manifest and icon links at the chosen set. Changes nothing else. */
export function applyIdentity(id: Identity): void {
  const set = (rel: string, href: string): void => {
    const link = document.querySelector<HTMLLinkElement>(`link[rel="${rel}"]`);
    if (link && link.getAttribute('href') !== href) link.setAttribute('href', href);
  };
  set('manifest', `/${id}.webmanifest`);
  set('icon', `/icons/${id}.svg`);
  set('apple-touch-icon', `/icons/${id}-180.png`);
}

/** Running as an installed app (home screen or desktop window), not in a browser tab. */
export function isInstalled(): boolean {
  return (
    ['standalone', 'fullscreen', 'minimal-ui', 'window-controls-overlay'].some(
      (mode) => matchMedia(`(display-mode: ${mode})`).matches,
    ) || (navigator as { standalone?: boolean }).standalone === true
  );
}
