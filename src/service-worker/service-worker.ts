// The service worker of the hosted game: it keeps the whole build (every file the build wrote) in
// a cache of its own version, so the game starts and plays offline after the first visit. The
// build turns this file into dist/sw.js with the list of files and the version in front of it
// (src/cli/offline-build.ts). A classic script in the worker's global scope: it imports nothing,
// and its own tsconfig gives it the worker's types instead of the DOM's.
//
// The rules: precache on install; every file of the build cache-first from its own version's
// cache; a page (navigation) is served this version's index.html, so the page always matches the
// files this worker keeps - a page of a newer build could ask offline for chunks that only the
// newer build has. A new build's worker installs beside this one and waits (no skipWaiting): it
// takes over when no page uses this one any more, that is, the next time the game is opened, and
// only then deletes the old caches. The page announces the waiting version (src/ui/offline.ts)
// and never reloads itself.

/** Written in front of this code by the build: the version and the files to keep. */
declare const PRECACHE: {
  /** A hash of every file's name and content: a new build has a new one. */
  readonly version: string;
  /** Every file of the build, relative to the worker's folder (`index.html`, `assets/…`). */
  readonly files: readonly string[];
};

const worker = self as unknown as ServiceWorkerGlobalScope;

/** Caches are shared by every game on this origin: each one's name says its scope. */
const CACHE_PREFIX = `power-core ${worker.registration.scope} `;
const CACHE = `${CACHE_PREFIX}${PRECACHE.version}`;
const SHELL = new URL('index.html', worker.location.href).href;
const KEPT = new Set(PRECACHE.files.map((file) => new URL(file, worker.location.href).href));

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(PRECACHE.files.map((file) => keep(cache, file)))),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
          .map((name) => caches.delete(name)),
      );
      // The first visit: the page that installed this worker is taken at once (it is this
      // build's page), so it is offline-ready without a reload. Later versions activate only
      // when no page is open, so there is nothing else to take.
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  const plain = `${url.origin}${url.pathname}`;
  if (request.mode === 'navigate' && (plain === worker.registration.scope || plain === SHELL)) {
    event.respondWith(fromCache(SHELL, request));
  } else if (KEPT.has(plain)) {
    event.respondWith(fromCache(plain, request));
  }
  // Anything else (another site, a file the build did not make) goes to the network as usual.
});

/** This version's copy of `file`, else the network (a cache cleared by the browser). */
async function fromCache(file: string, request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(file, { ignoreVary: true });
  return kept ?? fetch(request);
}

/**
 * Fetches one file of the build into the cache; any failure fails the install (the worker is
 * dropped and tried again at the next visit, the game still plays online).
 */
async function keep(cache: Cache, file: string): Promise<void> {
  // `no-cache` asks the server again (a cheap 304 when unchanged), so nothing stale from the
  // browser's HTTP cache ends up in the new version.
  const response = await fetch(new Request(file, { cache: 'no-cache' }));
  if (!response.ok) throw new Error(`${file}: ${response.status} ${response.statusText}`);
  // A server that redirects (index.html to the folder, say) marks the response redirected, and
  // the browser refuses such a response for a page: keep a plain copy.
  const kept = response.redirected
    ? new Response(await response.blob(), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      })
    : response;
  await cache.put(file, kept);
}
