// Brief Studio's preview worker (www/studio.html, docs/studio.md). The `<brief-insights>` element loads a
// brief from a URL (its `src`); the studio's brief lives in memory, and a strict Content-Security-Policy
// (`default-src 'self'`) forbids fetching blob: and data: URLs. So the studio puts each version of its
// brief in the Cache Storage under a same-origin URL (studio-preview/<tab>.json?v=N), and this worker
// answers the widget's fetch of that URL from there. Every other request goes to the network untouched.
// It lives next to studio.html (not in studio/) because a worker only controls pages under its folder.

const CACHE = 'brief-studio-preview';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !url.pathname.includes('/studio-preview/')) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(event.request, { ignoreSearch: true }))
      .then((response) => response ?? new Response('no preview yet', { status: 404, headers: { 'Content-Type': 'text/plain' } })),
  );
});
