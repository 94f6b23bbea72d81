// feedview's service worker: lets the app start with the network off after one visit.
//
//   app shell   precached at install under a cache named by the build's version (the page,
//               its modules, the app's Wasm, the parse worker and its Wasm parser; the file
//               list and version come from precache-manifest.js, generated at build time from
//               the hashes of the files); served cache-first. A new build installs beside the
//               old one and WAITS: the page offers a reload (pwa.mjs) and only then does the
//               new worker take over, so one page never mixes two versions.
//   pages       navigations to index.html / embed.html (any query, e.g. ?feed=…) get the
//               precached page.
//   feeds       GET requests the page makes with fetch() (same-origin feeds/, the /proxy route,
//               cross-origin feeds):
//                 - plain requests: stale-while-revalidate (cached copy at once, refreshed in
//                   the background) — the embed and bundled feeds use these;
//                 - the app's refreshes (If-None-Match / If-Modified-Since, or cache mode
//                   no-cache / no-store): network first, so the 304 reaches the app; the
//                   cached copy only when the network fails, marked X-Feedview-From-Cache: 1.
//   fonts       fonts/fallback/ (fallback fonts for other scripts, fetched only when text needs
//               them): chunk files carry a hash of their content in their name, so cache-first
//               for good; the manifest network-first (the cached copy offline).
// Everything else (other methods, non-http schemes) is left to the browser.
/* eslint-env serviceworker */
importScripts('precache-manifest.js');

const PRECACHE = self.FV_PRECACHE || { version: 'dev', files: [] };
const SHELL_CACHE = `feedview-shell-${PRECACHE.version}`;
const FEED_CACHE = 'feedview-feeds-v1';
const FEED_CACHE_MAX = 200;  // entries; oldest dropped first
const FONT_CACHE = 'feedview-fonts-v1';
const FONT_CACHE_MAX = 400;  // every chunk of every script fits
const scope = new URL(self.registration.scope);
const shellUrls = new Set(PRECACHE.files.map((f) => new URL(f, scope).href));
const PAGES = ['index.html', 'embed.html'].map((p) => new URL(p, scope).href);

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL_CACHE);
    // 'reload' skips the HTTP cache, so the shell is exactly this build's files.
    await cache.addAll([...shellUrls].map((u) => new Request(u, { cache: 'reload' })));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('feedview-shell-') && name !== SHELL_CACHE) await caches.delete(name);
    }
    // First install: take the open page under control (nothing to mix with yet).
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
  if (event.data && event.data.type === 'version' && event.ports[0]) {
    event.ports[0].postMessage({ version: PRECACHE.version });
  }
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
  const sameOrigin = url.origin === scope.origin;

  if (req.mode === 'navigate' && sameOrigin) {
    event.respondWith(page(req, url));
    return;
  }
  if (sameOrigin && url.href.startsWith(new URL('fonts/fallback/', scope).href) && !url.search) {
    event.respondWith(fallbackFont(event, req, url));
    return;
  }
  if (sameOrigin && shellUrls.has(url.origin + url.pathname) && !url.search) {
    event.respondWith(shell(req));
    return;
  }
  if (req.destination === '' && (!sameOrigin || url.href.startsWith(scope.href))) {
    event.respondWith(feed(event, req));
  }
});

async function page(req, url) {
  const cache = await caches.open(SHELL_CACHE);
  const path = url.origin + url.pathname;
  const target = path === scope.href ? PAGES[0] : PAGES.find((p) => p === path);
  if (target) {
    const hit = await cache.match(target);
    if (hit) return hit;
  }
  return fetch(req);
}

async function fallbackFont(event, req, url) {
  const cache = await caches.open(FONT_CACHE);
  const cached = await cache.match(req.url);
  const isManifest = url.pathname.endsWith('/manifest.txt');
  if (cached && !isManifest) return cached;
  try {
    const res = await fetch(req);
    if (cacheable(res)) {
      event.waitUntil((async () => {
        await cache.put(req.url, res.clone());
        const keys = await cache.keys();
        for (let i = 0; i + FONT_CACHE_MAX < keys.length; ++i) await cache.delete(keys[i]);
      })());
    }
    return res;
  } catch (err) {
    if (cached) return cached;
    throw err;
  }
}

async function shell(req) {
  const cache = await caches.open(SHELL_CACHE);
  return (await cache.match(req)) || fetch(req);
}

// The app's own refresh asks for the network (conditional headers, or cache mode no-cache /
// no-store); only plain requests (the embed, bundled feeds) get stale-while-revalidate.
function wantsNetwork(req) {
  return req.headers.has('if-none-match') || req.headers.has('if-modified-since') ||
         req.cache === 'no-cache' || req.cache === 'no-store' || req.cache === 'reload';
}

function cacheable(res) {
  return res && res.status === 200 && (res.type === 'basic' || res.type === 'cors');
}

async function remember(req, res) {
  const cache = await caches.open(FEED_CACHE);
  await cache.put(req.url, res);
  const keys = await cache.keys();
  for (let i = 0; i + FEED_CACHE_MAX < keys.length; ++i) await cache.delete(keys[i]);
}

function markedFromCache(res) {
  const headers = new Headers(res.headers);
  headers.set('X-Feedview-From-Cache', '1');
  return res.arrayBuffer().then((body) =>
    new Response(body, { status: res.status, statusText: res.statusText, headers }));
}

async function feed(event, req) {
  const cache = await caches.open(FEED_CACHE);
  const cached = await cache.match(req.url);
  if (wantsNetwork(req)) {
    try {
      const res = await fetch(req);
      if (cacheable(res)) event.waitUntil(remember(req, res.clone()));
      return res;
    } catch (err) {
      if (cached) return markedFromCache(cached);
      throw err;
    }
  }
  const network = fetch(req).then((res) => {
    if (cacheable(res)) return remember(req, res.clone()).then(() => res);
    return res;
  });
  if (cached) {
    event.waitUntil(network.catch(() => {}));
    return cached;
  }
  return network;
}
