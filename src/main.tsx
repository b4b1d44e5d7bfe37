// WARNING: this is the first chunk. Every import here is paid for on first paint.
import './app/styles.css';
import { boot } from './app/boot.tsx';
import { createServices } from './app/services.ts';
import { registerServiceWorker } from './pwa/register.ts';

const root = document.getElementById('app');
if (root) void boot({ root, services: createServices() });
registerServiceWorker();
