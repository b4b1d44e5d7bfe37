/// <reference lib="webworker" />
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

// Cache names show in browser storage settings: keep them dull.
setCacheNameDetails({ prefix: 'tools', suffix: 'v1', precache: 'files', runtime: 'rt' });

// Precache only the built app. Nothing a person types ever passes through here: there is no
// runtime caching and no request to any other origin.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every navigation gets the one app page, so a cold start works offline. The exit-and-clear path
// must reach the server (it answers with Clear-Site-Data), so it is left to the network.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/x(\/|$)/] }),
);

// A new version waits until the person accepts it in the page; it never takes over on its own.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// On the very first install there is no older version to protect, so take control at once and
// the app works offline from the first visit. Later versions still wait for the person's consent.
clientsClaim();
