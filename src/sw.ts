/// <reference lib="webworker" />
// The service worker: precache the whole app so it opens with no network, answer the
// app's own entry point from the cache, and swap versions only when a page asks for it.
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Routes live in the URL hash, so the only navigation target is the entry point itself;
// this also serves it when it is opened with a query string (from a home-screen icon, say).
const scopePath = new URL(self.registration.scope).pathname;
const entryPaths = new Set([scopePath, `${scopePath}index.html`]);
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && entryPaths.has(url.pathname),
  createHandlerBoundToURL('index.html'),
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
