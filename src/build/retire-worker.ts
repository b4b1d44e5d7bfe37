import type { Plugin } from 'vite';

/**
 * The kill switch. If a released version ever has to be withdrawn from people's devices, deploy a
 * build made with VITE_RETIRE_SW=1: its /sw.js replaces the installed worker, deletes every cache
 * this app made and unregisters itself. It does not reload or navigate open pages (a reload could
 * lose what someone is typing); the next visit simply loads from the network.
 */
const RETIRE_WORKER = `// Retires this app's service worker. No fetch handler: requests go to the network.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.map((name) => caches.delete(name))))
      .then(() => self.registration.unregister()),
  );
});
`;

export function retireWorkerPlugin(): Plugin {
  return {
    name: 'retire-service-worker',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: RETIRE_WORKER });
    },
  };
}
