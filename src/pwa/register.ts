import { trustedScriptURL } from '../core/trusted-types.ts';

/**
 * The page side of the service worker: registration and removal. Loaded after the first screen
 * (main.tsx), so it costs nothing on first paint; the update offer itself is in update.ts.
 */

async function unregisterAll(): Promise<void> {
  const all = await navigator.serviceWorker.getRegistrations();
  await Promise.all(all.map((registration) => registration.unregister()));
}

/** Removes the offline copy of the app: the service worker and every cache it filled. */
export async function removeOfflineCopy(): Promise<void> {
  await Promise.allSettled([
    'serviceWorker' in navigator ? unregisterAll() : undefined,
    'caches' in window
      ? caches.keys().then((keys) => Promise.all(keys.map((key) => caches.delete(key))))
      : undefined,
  ]);
}

/** Registers the worker; `offer` receives a new version that is waiting (update.ts shows it). */
export function registerServiceWorker(offer: (waiting: ServiceWorker) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  if (import.meta.env['VITE_RETIRE_SW'] === '1') {
    // Kill-switch build: install nothing, and remove what an earlier version installed.
    void unregisterAll();
    return;
  }
  void navigator.serviceWorker
    .register(trustedScriptURL('/sw.js'), { scope: '/' })
    .then((registration) => {
      const offerWhenInstalled = (worker: ServiceWorker): void => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) {
            offer(worker);
          }
        });
      };
      if (registration.waiting && navigator.serviceWorker.controller) {
        offer(registration.waiting);
      }
      if (registration.installing) offerWhenInstalled(registration.installing);
      registration.addEventListener('updatefound', () => {
        if (registration.installing) offerWhenInstalled(registration.installing);
      });
    })
    // Registration can be refused (storage turned off, some private windows): the app still works
    // online, it just cannot work offline, and that must never surface as an error.
    .catch(() => undefined);
}
