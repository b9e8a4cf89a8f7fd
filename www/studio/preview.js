// The live preview: the real `<brief-insights>` element showing the brief as it will be published. Each
// version is put in the Cache Storage at a same-origin URL that the studio's worker (www/studio-sw.js)
// serves, and the widget's `src` moves to it; see studio-sw.js for why (strict CSP, no blob: fetches).
// The same worker keeps the studio's own files for offline use.

const CACHE = 'brief-studio-preview';
// One URL per tab, so two studio tabs do not show each other's brief.
const TAB = Math.random().toString(36).slice(2, 10);
let version = 0;

/** Registers the preview worker and waits until it controls the page; false where there is none. */
export async function startPreviewWorker() {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return false;
  try {
    // Registering again checks for a newer worker. Offline that check fails, and the worker already in
    // charge (which is what makes the studio work offline) stays: so do not wait for it then.
    const registering = navigator.serviceWorker.register('studio-sw.js', { scope: './studio' });
    if (navigator.serviceWorker.controller) {
      registering.catch(() => {});
      return true;
    }
    await registering;
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
        if (navigator.serviceWorker.controller) resolve();
        setTimeout(resolve, 5000);
      });
    }
    return Boolean(navigator.serviceWorker.controller);
  } catch {
    return false;
  }
}

/** Shows `json` (a valid brief's text) in the widget inside `host`, keeping the view the author is on
 *  (the widget keeps it in its deep link). Its language is the brief's, as readers will see it. */
export async function showPreview(host, json) {
  const url = new URL(`studio-preview/${TAB}.json`, location.href);
  const cache = await caches.open(CACHE);
  await cache.put(url, new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } }));
  let widget = host.querySelector('brief-insights');
  if (!widget) {
    widget = document.createElement('brief-insights');
    widget.id = 'preview';
    widget.setAttribute('theme', 'auto');
    host.replaceChildren(widget);
  }
  widget.setAttribute('src', `${url.pathname}?v=${++version}`);
  return widget.ready;
}
