// Permit Check's service worker: the app keeps working without a connection.
//
// This file is a template. `cargo xtask dist` writes it into the deployable folder with VERSION
// set to a hash of the contents of every file in FILES, and FILES the list of the site's files
// (everything the page needs, found at build time; never edit it by hand). As it is here, with
// nothing filled in (development), it keeps nothing and lets every request through.
//
// - install: every file is fetched (revalidated with the server, so an unchanged file costs a
//   304, not a second download) into a cache named after VERSION. FILES holds the app and the
//   English and Norwegian catalogs (the unreviewed-translation note and the withdrawal letter
//   offer them), not every language: a language's catalog is kept the first time it is used.
//   The new worker then waits; the page offers "A new version is ready — reload" (app.js), and
//   the new version starts once no page of the old one is open, or when the reader chooses.
// - activate: the caches of older versions of this app (same scope) are deleted.
// - fetch: the app's own files come from the cache, so the app starts offline; a catalog
//   (`pkg/*.ftl`) not kept yet is fetched and kept. Nothing else is
//   handled: requests to other origins, or other than GET, go to the network as usual (the app
//   makes none).
//
// All paths are relative to this file, so the site works from any sub-path
// (https://ngo.example/tools/permit/).

const VERSION = '@@VERSION@@';
const FILES = [/* @@FILES@@ */];

// Filled in by `cargo xtask dist`, or the repository's template (development: keep nothing).
const RELEASE = /^[0-9a-f]{16}$/.test(VERSION);

// One cache per scope: two copies of the app on one origin (/permit/ and /permit-test/) never
// delete each other's files.
const PREFIX = `permit-check ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;

// The page itself is stored under the scope's URL ("./"), and served for "./" and "./index.html".
const PAGE = new URL('./', self.registration.scope).href;

async function precache() {
  if (!RELEASE) return;
  const cache = await caches.open(CACHE);
  await Promise.all(
    FILES.map(async (file) => {
      const url = new URL(file, self.location.href).href;
      const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      // A redirected response cannot answer a navigation: store a plain copy.
      const stored = response.redirected
        ? new Response(await response.blob(), { status: 200, headers: response.headers })
        : response;
      await cache.put(url, stored);
    }),
  );
}

self.addEventListener('install', (event) => {
  // If any file fails, installation fails and the current version stays in use.
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      // The first time: take over the page that installed us, so it works offline at once.
      await self.clients.claim();
    })(),
  );
});

// The page's "Reload" button.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  if (!RELEASE) return;
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  let key = url.origin + url.pathname;
  if (request.mode === 'navigate' && (key === PAGE || key === `${PAGE}index.html`)) key = PAGE;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(key);
      if (hit) return hit;
      const response = await fetch(request);
      // A language's words, kept from its first use on (offline in that language afterwards).
      if (response.ok && url.pathname.endsWith('.ftl')) await cache.put(key, response.clone());
      return response;
    })(),
  );
});
