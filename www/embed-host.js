/**
 * For the page that embeds www/embed.html in an <iframe>: resizes each such iframe to the height its
 * content reports, so it never scrolls inside the page or leaves a gap.
 *
 *   <script src="https://your.site/brief-insights/www/embed-host.js" defer></script>
 *   <iframe src="https://your.site/brief-insights/www/embed.html?src=/briefs/b.json" height="700" ...></iframe>
 *
 * A message is only believed if it comes from one of this page's iframes, from the origin of that
 * iframe's src (a frame that navigated elsewhere is ignored), and carries a sane height. Pages that
 * cannot run scripts keep the iframe's height attribute as a fixed height.
 *
 * A classic script (not a module), so it can be loaded from the widget's origin without CORS headers;
 * the function scope keeps its names out of the page's globals.
 */
(() => {
  'use strict';

  const MESSAGE_TYPE = 'brief-insights:height';
  const MAX_HEIGHT = 50_000;

  function frameFor(source) {
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === source) return frame;
    }
    return null;
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (data === null || typeof data !== 'object' || data.type !== MESSAGE_TYPE) return;
    const frame = frameFor(event.source);
    if (!frame || event.origin !== originOf(frame)) return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height < 1 || height > MAX_HEIGHT) return;
    // CSSOM, not a style attribute: allowed under `style-src 'self'`.
    frame.style.height = `${Math.ceil(height)}px`;
    frame.dispatchEvent(new CustomEvent('brief-insights:resized', { detail: { height: Math.ceil(height), id: data.id ?? null } }));
  });
})();
