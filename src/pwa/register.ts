import { signal } from '@preact/signals';
import { trustedScriptURL } from '../core/trusted-types.ts';

/**
 * The page side of the service worker. Safety rule: the app never reloads itself. A new version
 * waits until the person chooses to update, so nothing they are typing is lost and the screen
 * never changes under them unexpectedly.
 */
export const updateWaiting = signal<ServiceWorker | null>(null);

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

export function registerServiceWorker(): void {
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
            updateWaiting.value = worker;
          }
        });
      };
      if (registration.waiting && navigator.serviceWorker.controller) {
        updateWaiting.value = registration.waiting;
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

/** Activates the waiting version and reloads once it controls the page. Only on a person's tap. */
export function applyUpdate(): void {
  const worker = updateWaiting.value;
  if (!worker) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
    once: true,
  });
  worker.postMessage({ type: 'SKIP_WAITING' });
}

export function dismissUpdate(): void {
  updateWaiting.value = null;
}
