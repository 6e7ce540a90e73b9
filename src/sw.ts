/// <reference lib="webworker" />
// The service worker: precache the whole app so it opens with no network, answer the
// app's own entry point from the cache, and swap versions only when a page asks for it.
import { cacheNames } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { previousAssetsToKeep, withoutRevision } from './sw/previous-assets';
import { receiveShare } from './sw/share-target';

declare const self: ServiceWorkerGlobalScope;

/** The previous version's code files, for pages still running it (see sw/previous-assets). */
const PREVIOUS_VERSION_CACHE = 'breathing-space-previous-version';

const manifest = self.__WB_MANIFEST;
precacheAndRoute(manifest);
cleanupOutdatedCaches();

// Routes live in the URL hash, so the only navigation target is the entry point itself;
// this also serves it when it is opened with a query string (from a home-screen icon, say).
const scopePath = new URL(self.registration.scope).pathname;
const entryPaths = new Set([scopePath, `${scopePath}index.html`]);
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && entryPaths.has(url.pathname),
  createHandlerBoundToURL('index.html'),
);

// While this version installs, the previous one's files are all still in the precache (it
// is cleaned up only when this version activates): set aside those this version drops.
// Best effort: a failure (a full disk, say) must not stop the new version installing.
self.addEventListener('install', (event) =>
  event.waitUntil(keepPreviousVersionAssets().catch(() => undefined)),
);

async function keepPreviousVersionAssets(): Promise<void> {
  const precache = await caches.open(cacheNames.precache);
  const cachedRequests = await precache.keys();
  const newVersionUrls = manifest.map(
    (entry) => new URL(typeof entry === 'string' ? entry : entry.url, self.registration.scope).href,
  );
  const keep = new Set(
    previousAssetsToKeep(
      cachedRequests.map((request) => request.url),
      newVersionUrls,
      self.registration.scope,
    ),
  );
  // Only one previous version is kept, so the set aside never grows past one build.
  await caches.delete(PREVIOUS_VERSION_CACHE);
  if (keep.size === 0) return;
  const previous = await caches.open(PREVIOUS_VERSION_CACHE);
  for (const request of cachedRequests) {
    const url = withoutRevision(request.url);
    if (!keep.has(url)) continue;
    const response = await precache.match(request);
    if (response) await previous.put(url, response);
  }
}

// A code file that this version does not list: a page on the previous version asking for
// one of its own. Served from the set-aside copy, else from the network.
registerRoute(
  ({ request, url }) =>
    request.method === 'GET' &&
    url.origin === self.location.origin &&
    url.pathname.startsWith(`${scopePath}assets/`),
  async ({ request }) =>
    (await caches.match(request, { cacheName: PREVIOUS_VERSION_CACHE })) ?? fetch(request),
);

// A file or link shared to the installed app (the manifest's share_target).
registerRoute(
  ({ request, url }) =>
    request.method === 'POST' &&
    url.origin === self.location.origin &&
    url.pathname === `${scopePath}share-target`,
  ({ request }) => receiveShare(request, self.registration.scope),
  'POST',
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
