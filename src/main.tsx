// WARNING: this is the first chunk. Every import here is paid for on first paint.
import './app/styles.css';
import { boot } from './app/boot.tsx';
import { createServices } from './app/services.ts';
import { updateWaiting } from './pwa/update.ts';

const root = document.getElementById('app');
if (root) void boot({ root, services: createServices() });
// The offline copy is set up after the first screen: registering needs nothing from first paint.
// A chunk that cannot load (offline before the first install) only means no offline copy yet.
import('./pwa/register.ts').then(
  ({ registerServiceWorker }) =>
    registerServiceWorker((waiting) => {
      updateWaiting.value = waiting;
    }),
  () => undefined,
);
