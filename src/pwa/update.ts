import { signal } from '@preact/signals';

/**
 * A new version of the app, waiting. Safety rule: the app never reloads itself. A new version
 * waits until the person chooses to update, so nothing they are typing is lost and the screen
 * never changes under them unexpectedly.
 */
export const updateWaiting = signal<ServiceWorker | null>(null);

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
