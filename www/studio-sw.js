// Brief Studio's service worker (www/studio.html, docs/studio.md). It does two things:
//
// 1. The preview. The `<brief-insights>` element loads a brief from a URL (its `src`); the studio's brief
//    lives in memory, and a strict Content-Security-Policy (`default-src 'self'`) forbids fetching blob: and
//    data: URLs. So the studio puts each version of its brief in the Cache Storage under a same-origin URL
//    (studio-preview/<tab>.json?v=N), and this worker answers the widget's fetch of that URL from there.
// 2. Offline use. On install it stores the studio's own files (SHELL below) in a versioned cache and
//    deletes older versions on activate. Requests for those files go to the network first, so a running
//    server always gives the newest files (and the cache is refreshed with them); when the network fails
//    (the server stopped, no connection), the cached copy answers. Every other request is left alone.
//
// It lives next to studio.html (not in studio/) because a worker only controls pages under its folder.
// Change SHELL_VERSION whenever SHELL changes: the browser then installs this worker again, which fills a
// new cache and drops the old one.

const PREVIEW_CACHE = 'brief-studio-preview';
const SHELL_VERSION = 4;
const SHELL_PREFIX = 'brief-studio-shell-v';
const SHELL_CACHE = `${SHELL_PREFIX}${SHELL_VERSION}`;

// Everything the studio loads, relative to this file: the page, its scripts and styles, the widget, both
// Wasm modules (the widget's readers' module and the studio's own module, pkg/studio/), the JSON Schema the forms
// are made from, and the Sejong brief that "Open the Sejong brief" loads.
const SHELL = [
  'studio.html',
  'favicon.svg',
  'studio/studio.css',
  'studio/main.js',
  'studio/form.js',
  'studio/i18n.js',
  'studio/model.js',
  'studio/preview.js',
  'studio/store.js',
  'studio/textpane.js',
  'studio/map.js',
  'studio/docx.js',
  'studio/pdf.js',
  'brief-insights.js',
  'brief-insights.css',
  '../pkg/brief_insights.js',
  '../pkg/brief_insights_bg.wasm',
  '../pkg/studio/brief_insights.js',
  '../pkg/studio/brief_insights_bg.wasm',
  '../schema/brief.schema.json',
  '../briefs/sejong-2025-30.json',
  '../briefs/sejong-2025-30.txt',
].map((path) => new URL(path, self.location.href).href);
const SHELL_SET = new Set(SHELL);
// Loaded only when used (a .docx or a .pdf opened): not fetched at install, but kept in the cache once
// fetched, so a .docx or a .pdf opens offline after the first one.
const ON_DEMAND = new Set(
  ['studio/vendor/mammoth.browser.min.js', 'studio/vendor/pdf.min.mjs', 'studio/vendor/pdf.worker.min.mjs'].map(
    (path) => new URL(path, self.location.href).href,
  ),
);

self.addEventListener('install', (event) => {
  // `cache: 'reload'`: fetched from the server, not from the HTTP cache, so the copies are current. Each
  // file on its own, and a missing one (a server that does not serve briefs/, say) is skipped: the preview
  // must not depend on the offline copy being complete, and network-first fills a gap on the next visit.
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => Promise.all(SHELL.map((url) => cache.add(new Request(url, { cache: 'reload' })).catch(() => {}))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(SHELL_PREFIX) && name !== SHELL_CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** The studio's own file: the network's answer (kept in the cache), else the cached copy. */
async function networkThenCache(request, url) {
  const cache = await caches.open(SHELL_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(url, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(url);
    if (cached) return cached;
    throw error;
  }
}

async function preview(request) {
  const cache = await caches.open(PREVIEW_CACHE);
  const response = await cache.match(request, { ignoreSearch: true });
  return response ?? new Response('no preview yet', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.includes('/studio-preview/')) {
    event.respondWith(preview(event.request));
    return;
  }
  // The file without its query (studio.html?x is still the studio).
  const key = url.origin + url.pathname;
  if (SHELL_SET.has(key) || ON_DEMAND.has(key)) event.respondWith(networkThenCache(event.request, key));
});
