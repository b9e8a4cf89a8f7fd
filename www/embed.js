/**
 * The iframe page's script (embed.html): builds a <brief-insights> element from the query string, and
 * reports the page's height to the parent so it can size the iframe (see embed-host.js).
 *
 * Query parameters are untrusted (anyone can link to the page with any query), so each is checked: `src`
 * must be a relative or http(s) URL (never javascript:, data: or blob:), the others must be one of their
 * known values. Elements are built with DOM methods; no HTML is parsed from parameters.
 */

import './brief-insights.js';

const VIEWS = ['overview', 'partners', 'projects', 'timeline', 'economy', 'recommendations', 'search'];
const THEMES = ['light', 'dark', 'auto'];
const MESSAGE_TYPE = 'brief-insights:height';

/** The brief URL if it is safe to fetch: relative (so same-origin) or absolute http(s). */
export function safeBriefUrl(value) {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url;
  try {
    url = new URL(value, location.href);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** `id` is only echoed back to the parent; keep it short and plain. */
function safeId(value) {
  return typeof value === 'string' && /^[\w-]{1,100}$/.test(value) ? value : null;
}

function showError(message) {
  const p = document.createElement('p');
  p.className = 'bi-embed-error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  document.body.append(p);
}

function build(params) {
  const src = safeBriefUrl(params.get('src'));
  if (!src) {
    showError(
      params.has('src')
        ? 'This embed cannot load the brief: its src must be a relative or http(s) URL.'
        : 'This embed needs a brief: add ?src=URL-of-the-brief.json to its address.',
    );
    return null;
  }
  const element = document.createElement('brief-insights');
  element.setAttribute('src', src);
  const view = params.get('view');
  if (VIEWS.includes(view)) element.setAttribute('view', view);
  // One item as a piece: any id is only an attribute value (the widget looks it up; an unknown one shows
  // its error panel). Its link to the whole brief must be a safe URL, like src.
  const item = params.get('item');
  if (item && item.trim() && item.length <= 200) {
    element.setAttribute('item', item.trim());
    const href = safeBriefUrl(params.get('href'));
    if (href) element.setAttribute('href', href);
  }
  const theme = params.get('theme');
  if (THEMES.includes(theme)) element.setAttribute('theme', theme);
  const lang = params.get('lang');
  if (lang === 'en' || lang === 'ko') {
    document.documentElement.lang = lang;
    element.setAttribute('lang', lang);
  }
  // Shown until the widget is ready (and if it cannot start): a link to the data itself.
  const fallback = document.createElement('p');
  const link = document.createElement('a');
  link.href = src;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = lang === 'ko' ? '브리프의 핵심 내용 (데이터)' : 'The key insights of this brief (data)';
  fallback.append(link);
  element.append(fallback);
  document.body.append(element);
  return element;
}

/**
 * Posts the page height to the parent whenever it changes, from the moment the widget is ready (or has
 * failed): until then the iframe keeps the height the host gave it, rather than shrinking to a loading
 * line and growing again. ResizeObserver does not run while Chromium throttles an off-screen
 * cross-origin frame, so the widget's own events (ready, a new view) also trigger a report.
 */
function reportHeight(element, id) {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is not a secret, and the host's origin is not known here: any parent may read it.
    window.parent.postMessage({ type: MESSAGE_TYPE, height, id }, '*');
  };
  const start = () => {
    new ResizeObserver(post).observe(document.documentElement);
    window.addEventListener('resize', post);
    element?.addEventListener('brief-insights:select', () => setTimeout(post, 0));
    post();
  };
  if (!element || element.dataset.state === 'ready' || element.dataset.state === 'error') {
    start();
  } else {
    const once = () => {
      element.removeEventListener('brief-insights:ready', once);
      element.removeEventListener('brief-insights:error', once);
      start();
    };
    element.addEventListener('brief-insights:ready', once);
    element.addEventListener('brief-insights:error', once);
  }
}

// The script runs: the page's static "could not be shown" message is not needed.
document.getElementById('embed-fallback')?.remove();
const params = new URLSearchParams(location.search);
reportHeight(build(params), safeId(params.get('id')));
