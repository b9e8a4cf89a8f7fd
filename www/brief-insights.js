/**
 * <brief-insights>: the key insights of a policy brief as an embeddable, accessible widget.
 *
 *   <script type="module" src="/path/to/www/brief-insights.js"></script>
 *   <brief-insights src="briefs/sejong-2025-30.json" view="partners" lang="en" theme="auto">
 *     <p>Fallback: a plain-text summary and a link to the brief, shown until the widget is ready
 *        and whenever it cannot run.</p>
 *   </brief-insights>
 *
 * Attributes: src (brief JSON URL; absent = the brief embedded in the Wasm module), view (initial view),
 * item (an item id: the widget shows that one item as a piece for an article column, see docs/explainers.md),
 * href (a piece's link to the whole brief; default the brief's meta.sourceUrl),
 * lang (UI language, "en" | "ko"; without it the brief's meta.language when it is one of those, else the
 * closest [lang] ancestor, else English), theme ("light" | "dark" | "auto"),
 * wasm (URL of the reader module's brief_insights_bg.wasm; default ../pkg/ next to this script; the author
 * module, fetched only to explain a broken brief or for a widget without src, is in author/ next to it).
 * Events: brief-insights:select {view, item, kind}, brief-insights:ready, brief-insights:error {message}.
 * Styling: CSS custom properties --bi-* and ::part(...) — see brief-insights.css and the README.
 *
 * All widget HTML comes from the Rust renderer, which escapes every brief string. This file never builds
 * HTML from brief data; it builds its own chrome (loading, errors) with DOM methods and textContent.
 */

const ELEMENT_NAME = 'brief-insights';
const VIEWS = ['overview', 'partners', 'projects', 'timeline', 'economy', 'recommendations', 'search'];
const DEFAULT_VIEW = 'overview';
const HASH_KEY_DEFAULT = 'brief-insights';
// The renderer's data-action values that a click performs (`search` is an input, handled on input).
const CLICK_ACTIONS = ['cite', 'close-dialog', 'select', 'filter-sector', 'goto', 'export'];
// The views whose charts export as one image (the economy's charts export one by one, as items).
const EXPORT_VIEWS = ['partners', 'projects', 'timeline'];
// The attributes that are also properties (`widget.src = '…'`; `lang` is every element's already).
const REFLECTED_ATTRIBUTES = ['src', 'view', 'item', 'href', 'theme', 'wasm'];

const config = {
  glueUrl: null,
  wasmUrl: null,
  authorGlueUrl: null,
  authorWasmUrl: null,
  cssUrl: new URL('./brief-insights.css', import.meta.url).href,
};

const UI_TEXT = {
  en: {
    loading: 'Loading the brief…',
    fetchFailed: (url, detail) => `Could not load the brief from ${url}: ${detail}.`,
    networkError:
      'network error (the server could not be reached or the request was blocked; a file on another origin must be sent with an Access-Control-Allow-Origin header)',
    httpError: (status, statusText) => `HTTP ${status}${statusText ? ' ' + statusText : ''}`,
    invalidUrl: 'this is not a valid URL',
    noSuchItem: (id) => `the brief has no item "${id}"`,
    invalidBrief: (n) => `The brief is not valid (${n} ${n === 1 ? 'problem' : 'problems'}):`,
    wasmFailed: (url, detail) => `Could not start the WebAssembly module from ${url}: ${detail}`,
    renderFailed: (detail) => `The brief could not be shown: ${detail}`,
    errorHeading: 'This brief cannot be shown',
    results: (n) => (n === 1 ? '1 result' : `${n} results`),
    noResults: 'No results',
    saveImage: 'Save image',
    saveImageOf: (chart) => `Save image: ${chart}`,
    saveAs: (format) => `Save as ${format}`,
    saved: (name) => `Saved ${name}`,
    saveFailed: (detail) => `The image could not be saved: ${detail}`,
  },
  ko: {
    loading: '브리프를 불러오는 중…',
    fetchFailed: (url, detail) => `${url}에서 브리프를 불러올 수 없습니다: ${detail}.`,
    networkError:
      '네트워크 오류 (서버에 연결할 수 없거나 요청이 차단되었습니다. 다른 출처의 파일은 Access-Control-Allow-Origin 헤더와 함께 보내야 합니다)',
    httpError: (status, statusText) => `HTTP ${status}${statusText ? ' ' + statusText : ''}`,
    invalidUrl: '올바른 URL이 아닙니다',
    noSuchItem: (id) => `브리프에 "${id}" 항목이 없습니다`,
    invalidBrief: (n) => `브리프가 올바르지 않습니다 (문제 ${n}개):`,
    wasmFailed: (url, detail) => `${url}에서 WebAssembly 모듈을 시작할 수 없습니다: ${detail}`,
    renderFailed: (detail) => `브리프를 표시할 수 없습니다: ${detail}`,
    errorHeading: '이 브리프를 표시할 수 없습니다',
    results: (n) => `결과 ${n}개`,
    noResults: '결과 없음',
    saveImage: '이미지 저장',
    saveImageOf: (chart) => `이미지 저장: ${chart}`,
    saveAs: (format) => `${format}로 저장`,
    saved: (name) => `${name} 저장됨`,
    saveFailed: (detail) => `이미지를 저장할 수 없습니다: ${detail}`,
  },
};

// The UI languages: those UI_TEXT has (the renderer has the same two).
const UI_LANGUAGES = Object.keys(UI_TEXT);

// --- The WebAssembly modules ----------------------------------------------------------------------------
//
// The READER module (../pkg/brief_insights.js + _bg.wasm) is what every page downloads: it loads a
// JSON.parse'd brief (Brief.fromObject), queries and renders. The AUTHOR module (../pkg/author/) has the full
// diagnostics (validate: every problem with line and column) and the Sejong brief compiled in
// (Brief.embedded); the widget fetches it only for a widget without `src`, or to explain a brief the reader
// refused. Each is instantiated once per page and shared by every widget.
//
// The default URLs are written as literal `new URL('…', import.meta.url)` and `import('…')`: a bundler (Vite,
// Rollup, webpack) sees them and emits the files; without a bundler they resolve next to this script.
// The .wasm is fetched and compiled (streaming) at the same time as the glue is imported, not after it.

const DEFAULT_READER = {
  wasmUrl: new URL('../pkg/brief_insights_bg.wasm', import.meta.url).href,
  importGlue: () => import('../pkg/brief_insights.js'),
};
const DEFAULT_AUTHOR = {
  wasmUrl: new URL('../pkg/author/brief_insights_bg.wasm', import.meta.url).href,
  importGlue: () => import('../pkg/author/brief_insights.js'),
};

function defaultWasmUrl() {
  return DEFAULT_READER.wasmUrl;
}

/** Fetches and compiles a .wasm; streaming when it is served as application/wasm. */
async function compileWasm(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** Imports a wasm-bindgen glue and instantiates its module, the two downloads in parallel. */
function instantiate({ wasmUrl, importGlue }) {
  const compiled = compileWasm(wasmUrl);
  const glue = importGlue();
  // Both are awaited below; until then a rejection must not count as unhandled.
  compiled.catch(() => {});
  glue.catch(() => {});
  const ready = (async () => {
    const [module, wasm] = await Promise.all([glue, compiled]);
    await module.default({ module_or_path: wasm });
    return module;
  })();
  ready.catch(() => {});
  return ready;
}

function readerUrls(wasmAttribute, baseUrl) {
  if (!config.wasmUrl && !config.glueUrl && !wasmAttribute) {
    return { ...DEFAULT_READER, glueUrl: new URL('brief_insights.js', DEFAULT_READER.wasmUrl).href, isDefault: true };
  }
  const wasmUrl = config.wasmUrl ?? (wasmAttribute ? new URL(wasmAttribute, baseUrl).href : DEFAULT_READER.wasmUrl);
  const glueUrl = config.glueUrl ?? new URL('brief_insights.js', wasmUrl).href;
  return { wasmUrl, glueUrl, importGlue: () => import(/* @vite-ignore */ glueUrl), isDefault: false };
}

function authorUrls(reader) {
  if (!config.authorGlueUrl && !config.authorWasmUrl && reader.isDefault) return DEFAULT_AUTHOR;
  const glueUrl = config.authorGlueUrl ?? new URL('author/brief_insights.js', reader.glueUrl).href;
  const wasmUrl = config.authorWasmUrl ?? new URL('brief_insights_bg.wasm', glueUrl).href;
  return { wasmUrl, importGlue: () => import(/* @vite-ignore */ glueUrl) };
}

// The first widget to start decides the URLs (configure() or its `wasm` attribute); later `wasm`
// attributes are ignored because a page needs only one instance of each module.
let reader = null;
let author = null;

function loadReader(wasmAttribute, baseUrl) {
  if (!reader) {
    const urls = readerUrls(wasmAttribute, baseUrl);
    reader = { urls, promise: instantiate(urls) };
  }
  return reader;
}

function loadAuthor(wasmAttribute, baseUrl) {
  if (!author) {
    const urls = authorUrls(reader?.urls ?? readerUrls(wasmAttribute, baseUrl));
    author = { urls, promise: instantiate(urls) };
  }
  return author;
}

// --- Trusted Types ------------------------------------------------------------------------------------

let htmlPolicy;

/**
 * The renderer (Rust, src/render/) escapes every brief string it puts into HTML, so the markup it returns is
 * already safe; this policy only marks that trusted origin for pages that enforce Trusted Types
 * (`require-trusted-types-for 'script'; trusted-types brief-insights`). It must never be given strings
 * built from brief data anywhere else.
 */
function trustedHtml(html) {
  if (htmlPolicy === undefined) {
    htmlPolicy = null;
    const factory = globalThis.trustedTypes;
    if (factory && typeof factory.createPolicy === 'function') {
      htmlPolicy = factory.createPolicy(ELEMENT_NAME, { createHTML: (rendererOutput) => rendererOutput });
    }
  }
  return htmlPolicy ? htmlPolicy.createHTML(html) : html;
}

function setRenderedHtml(element, html) {
  element.innerHTML = trustedHtml(html);
}

// --- Fetching briefs -----------------------------------------------------------------------------------
//
// A page with many pieces of one brief (an article citing ten of its insights) fetches it once: the text of
// each URL is kept for the page's life and shared; each widget parses its own copy (Brief.fromObject), as
// each frees its brief on its own schedule. A failed fetch is forgotten, so a later widget tries again.
// Only the most recent URLs are kept: a page that moves one widget through many URLs (Brief Studio's
// preview, one URL per version of the brief) must not hold every version for its life.

const briefTexts = new Map();
const KEPT_BRIEF_URLS = 16;

function sharedBriefText(url, text) {
  let pending = briefTexts.get(url);
  if (!pending) {
    pending = fetchBriefText(url, text);
    briefTexts.set(url, pending);
    const settledPending = pending;
    pending.catch(() => {
      if (briefTexts.get(url) === settledPending) briefTexts.delete(url);
    });
    // A Map iterates in insertion order: the first key is the oldest.
    if (briefTexts.size > KEPT_BRIEF_URLS) briefTexts.delete(briefTexts.keys().next().value);
  }
  return pending;
}

class FetchError extends Error {
  constructor(url, detail) {
    super(detail);
    this.name = 'FetchError';
    this.url = url;
    this.detail = detail;
  }
}

/**
 * A fetched brief file that is not a brief's text at all: larger than briefs may be, or not UTF-8. It keeps
 * the bytes, for the authors' module to say what and where, as the CLI would for the same file.
 */
class UnreadableBrief extends Error {
  constructor(bytes, reason) {
    super(reason);
    this.name = 'UnreadableBrief';
    this.bytes = bytes;
  }
}

// The largest brief accepted, as the CLI and both modules have it (load::MAX_BRIEF_BYTES).
const MAX_BRIEF_BYTES = 4 * 1024 * 1024;

/** The brief's text: UTF-8, as the CLI requires (a decoder that replaced bad bytes would hide them). */
function briefTextOf(bytes) {
  if (bytes.byteLength > MAX_BRIEF_BYTES) {
    throw new UnreadableBrief(bytes, `the file is ${bytes.byteLength} bytes; briefs larger than ${MAX_BRIEF_BYTES} bytes (4 MiB) are not accepted`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableBrief(bytes, 'the file is not UTF-8 text; save it as UTF-8');
  }
}

async function fetchBriefText(url, text) {
  let response;
  try {
    // No extra headers: the request must match a page's <link rel="preload" as="fetch" crossorigin>.
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new FetchError(url, text.networkError);
  }
  if (!response.ok) throw new FetchError(url, text.httpError(response.status, response.statusText));
  let bytes;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    // The connection broke while the body was arriving.
    throw new FetchError(url, text.networkError);
  }
  return briefTextOf(bytes);
}

// --- Configuration from the page's scripts -------------------------------------------------------------
//
// Widgets already on the page start as soon as this module defines the element, which is before a page
// script that configures it has run: the usual `import { BriefInsights } from '…/brief-insights.js'` then
// `BriefInsights.configure(…)`, or the theme's own module script after the plugin's `<script>` tag. The
// URLs of the modules and the stylesheet are therefore read only once the page's own deferred and module
// scripts have run, which DOMContentLoaded marks (the brief's download does not wait).

function domContentLoadedFired() {
  const navigation = globalThis.performance?.getEntriesByType?.('navigation')?.[0];
  // Without Navigation Timing, do not wait for an event that may have passed already.
  return !navigation || navigation.domContentLoadedEventStart > 0;
}

const pageScriptsRun = new Promise((resolve) => {
  if (typeof document === 'undefined' || document.readyState === 'complete' || domContentLoadedFired()) resolve();
  else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
});

// --- Lazy start: one IntersectionObserver for all widgets ---------------------------------------------

const startCallbacks = new WeakMap();
let nearViewportObserver = null;

/** Within 200px of the viewport now (one layout read); such a widget starts at once, not a frame later. */
function nearViewportNow(element) {
  if (element.getClientRects().length === 0) return false;
  const rect = element.getBoundingClientRect();
  const margin = 200;
  const width = window.innerWidth || document.documentElement.clientWidth;
  const height = window.innerHeight || document.documentElement.clientHeight;
  return rect.bottom > -margin && rect.right > -margin && rect.top < height + margin && rect.left < width + margin;
}

/**
 * Calls back once the element is within 200px of the viewport. `checkNow` reads the layout at once, so a
 * widget on screen starts in this task; without it (a first screen already on show) the observer answers
 * after the next frame, which then is not held up by a layout forced from script.
 */
function whenNearViewport(element, callback, { checkNow = true } = {}) {
  if (typeof IntersectionObserver !== 'function' || (checkNow && nearViewportNow(element))) {
    callback();
    return;
  }
  if (!nearViewportObserver) {
    nearViewportObserver = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          nearViewportObserver.unobserve(entry.target);
          const start = startCallbacks.get(entry.target);
          startCallbacks.delete(entry.target);
          if (start) start();
        }
      },
      { rootMargin: '200px' },
    );
  }
  startCallbacks.set(element, callback);
  nearViewportObserver.observe(element);
}

function stopWatching(element) {
  startCallbacks.delete(element);
  if (nearViewportObserver) nearViewportObserver.unobserve(element);
}

// --- Deep links: #brief-insights=partners/russia or #<element id>=partners/russia, joined by & ----------

function parseHash(hash) {
  const entries = [];
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return entries;
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) {
      entries.push({ key: null, raw: part });
      continue;
    }
    let key;
    let value;
    try {
      key = decodeURIComponent(part.slice(0, eq));
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      entries.push({ key: null, raw: part });
      continue;
    }
    entries.push({ key, value, raw: part });
  }
  return entries;
}

/** `value` resolved against the page's base URL, or null when there is none or it is not a URL. */
function absoluteUrl(value) {
  if (!value?.trim()) return null;
  try {
    return new URL(value, document.baseURI).href;
  } catch {
    return null;
  }
}

function readDeepLink(key) {
  const entry = parseHash(location.hash).find((e) => e.key === key);
  if (!entry) return null;
  const [view, ...rest] = entry.value.split('/');
  const item = rest.join('/');
  if (!VIEWS.includes(view)) return null;
  return { view, item: item || null };
}

// The widgets in the document, also those inside other components' shadow trees, where
// document.getElementById does not look.
const connectedWidgets = new Set();

/** A hash entry a widget wrote: `brief-insights=…`, or `ID=…` where ID names a widget on the page. */
function isWidgetEntry(entry) {
  if (entry.key === null) return false;
  if (entry.key === HASH_KEY_DEFAULT) return true;
  if ([...connectedWidgets].some((widget) => widget.id === entry.key)) return true;
  return document.getElementById(entry.key)?.localName === ELEMENT_NAME;
}

function writeDeepLink(key, view, item) {
  const value = item ? `${view}/${item}` : view;
  const encoded = `${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2F/g, '/')}`;
  const entries = parseHash(location.hash);
  // The page's own fragment (an anchor such as #methodology, a hash route such as #/articles/42) is left
  // alone: appending to it would break the route or the anchor. Deep links are a convenience only.
  if (!entries.every(isWidgetEntry)) return;
  let replaced = false;
  const parts = entries.map((e) => {
    if (e.key === key) {
      replaced = true;
      return encoded;
    }
    return e.raw;
  });
  if (!replaced) parts.push(encoded);
  const url = new URL(location.href);
  url.hash = parts.join('&');
  try {
    history.replaceState(history.state, '', url.href);
  } catch {
    // Sandboxed or opaque-origin documents refuse history changes; deep links are a convenience only.
  }
}

// --- Helpers -------------------------------------------------------------------------------------------

/** The primary subtag of a language tag, lower-cased ("ko-KR" -> "ko"); "" when there is none. */
function primarySubtag(tag) {
  return typeof tag === 'string' ? tag.trim().split(/[-_]/)[0].toLowerCase() : '';
}

/** A language tag as a UI language: one the widget has by its primary subtag, anything else English. */
function asUiLanguage(tag) {
  const primary = primarySubtag(tag);
  return UI_LANGUAGES.includes(primary) ? primary : 'en';
}

/**
 * The widget's UI language, for its own texts and every render call: the element's own `lang` (the page
 * asked for it); else the brief's `meta.language` when the widget has that language (a Korean brief reads
 * in Korean on an English page); else the closest `[lang]` ancestor; else English.
 */
function uiLanguage(element, briefLanguage) {
  const own = element.getAttribute('lang');
  if (own?.trim()) return asUiLanguage(own);
  const fromBrief = primarySubtag(briefLanguage);
  if (UI_LANGUAGES.includes(fromBrief)) return fromBrief;
  return asUiLanguage(surroundingLanguage(element));
}

/**
 * The `lang` of the closest ancestor that has one. A widget inside another component's shadow tree (a site
 * built with Lit or Stencil) continues the search from that component's host, as the browser does for
 * `:lang()`: the page around the component says its language.
 */
function surroundingLanguage(element) {
  const parentOf = (node) => node.parentElement ?? node.getRootNode().host ?? null;
  for (let node = parentOf(element); node; node = parentOf(node)) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return document.documentElement.lang;
}

/** The brief's `meta.language` tag, or "" when it has none or it cannot be read. */
function briefLanguageOf(brief) {
  try {
    const language = brief.meta()?.language;
    return typeof language === 'string' ? language.trim() : '';
  } catch {
    return '';
  }
}

function errorMessage(error) {
  if (error && typeof error === 'object' && typeof error.message === 'string') return error.message;
  return String(error);
}

/** A fetch or module import that failed before any response (Chromium, Firefox, Safari wording). */
function isDownloadFailure(error) {
  return error instanceof TypeError && /failed to fetch|networkerror|load failed|importing a module script failed/i.test(error.message);
}

function isBriefError(error) {
  // A BriefError without diagnostics is about how the API was called, not about the brief.
  return Boolean(
    error &&
      typeof error === 'object' &&
      error.name === 'BriefError' &&
      Array.isArray(error.diagnostics) &&
      error.diagnostics.length > 0,
  );
}

/**
 * Loads a brief's text with the reader module: JSON.parse, then Brief.fromObject. Only when that fails (a
 * JSON syntax error, or a brief the reader refuses, which it reports by JSON path alone) is the author
 * module fetched, to report every problem with its line and column (validate).
 */
// A `\uD800`–`\uDFFF` escape: JSON.parse would make it a string that no UTF-8 file can hold.
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** A JSON.parse reviver refusing strings with a lone surrogate, which the CLI and the authors' reader refuse. */
function refuseLoneSurrogates(key, value) {
  if (!key.isWellFormed() || (typeof value === 'string' && !value.isWellFormed())) {
    throw new SyntaxError('a string holds a lone surrogate');
  }
  return value;
}

function parseBriefJson(json) {
  const check = SURROGATE_ESCAPE.test(json) && typeof String.prototype.isWellFormed === 'function';
  return check ? JSON.parse(json, refuseLoneSurrogates) : JSON.parse(json);
}

async function loadBrief(glue, briefText, loadAuthorModule) {
  let json;
  try {
    json = await briefText;
  } catch (error) {
    if (!(error instanceof UnreadableBrief)) throw error;
    throw await explainUnreadable(error, loadAuthorModule);
  }
  let readerError;
  try {
    return glue.Brief.fromObject(parseBriefJson(json));
  } catch (error) {
    if (!(error instanceof SyntaxError) && !isBriefError(error)) throw error;
    readerError = error;
  }
  let diagnostics = null;
  try {
    const authorModule = await loadAuthorModule();
    diagnostics = authorModule.validate(json);
  } catch {
    // Without the author module the reader's own report stands (JSON paths, no line and column).
  }
  if (Array.isArray(diagnostics) && diagnostics.length > 0) throw invalidBriefError(diagnostics);
  if (isBriefError(readerError)) throw readerError;
  throw invalidBriefError([{ line: 0, column: 0, path: '$', message: readerError.message }]);
}

/** The problems of a file that is not a brief's text, as the authors' module finds them (with line and column). */
async function explainUnreadable(unreadable, loadAuthorModule) {
  try {
    const authorModule = await loadAuthorModule();
    const diagnostics = authorModule.validateBytes(unreadable.bytes);
    if (Array.isArray(diagnostics) && diagnostics.length > 0) return invalidBriefError(diagnostics);
  } catch {
    // Without the author module, the reason alone.
  }
  return invalidBriefError([{ line: 0, column: 0, path: '$', message: unreadable.message }]);
}

function invalidBriefError(diagnostics) {
  const error = new Error(diagnostics.map((d) => d.message).join('; '));
  error.name = 'BriefError';
  error.diagnostics = diagnostics;
  return error;
}

/** A file name for an exported figure: the brief's series number and the figure's name, safe characters only. */
function exportName(brief, figure) {
  let number = '';
  try {
    number = String(brief.meta()?.number ?? '');
  } catch {
    // Without the number the figure's name alone will do.
  }
  const safe = (s) => s.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return [safe(number), safe(String(figure ?? 'figure'))].filter(Boolean).join('-') || 'figure';
}

/** Offers a blob as a download under `name`. */
function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * An SVG drawn on a canvas at twice its size, as a PNG. The page's CSP must allow blob: images
 * (`img-src 'self' blob:`); without it the image does not load and the promise rejects.
 */
function svgToPng(svgBlob) {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(svgBlob);
    const image = new Image();
    image.onload = () => {
      try {
        const scale = 2;
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(image.naturalWidth * scale);
        canvas.height = Math.ceil(image.naturalHeight * scale);
        const context = canvas.getContext('2d');
        context.scale(scale, scale);
        context.drawImage(image, 0, 0);
        canvas.toBlob((png) => (png ? resolve(png) : reject(new Error('the canvas gave no image'))), 'image/png');
      } catch (error) {
        reject(error);
      } finally {
        URL.revokeObjectURL(url);
      }
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the image could not be drawn (does the page allow blob: images?)'));
    };
    image.src = url;
  });
}

function makeElement(tag, className, part) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (part) el.setAttribute('part', part);
  return el;
}

function cssEscapeValue(value) {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : String(value).replace(/["\\]/g, '\\$&');
}

let instanceCount = 0;

// --- The element --------------------------------------------------------------------------------------

// Server-side rendering (Next.js, Astro, SvelteKit, Eleventy) imports the module in Node, which has no
// HTMLElement: the class then extends a plain one and is never defined as an element (see supported()).
const ElementBase = globalThis.HTMLElement ?? class {};

class BriefInsightsElement extends ElementBase {
  static get observedAttributes() {
    return ['src', 'view', 'lang', 'wasm', 'item', 'href'];
  }

  /** The configuration of the copy of this file that defined the element (see BriefInsights.configure). */
  static configure(options = {}) {
    configure(options);
  }

  #root;
  #container;
  #loading;
  #errorPanel;
  #app;
  #stylesReady;
  #brief = null;
  // The loaded brief's meta.language ("" until a brief is loaded).
  #briefLanguage = '';
  #generation = 0;
  #connected = false;
  // Disconnected, and not (yet) connected again: see disconnectedCallback.
  #leaving = false;
  #view = DEFAULT_VIEW;
  #selected = null;
  #sector = '';
  #query = '';
  #idPrefix;
  #dialogOpener = null;
  // The first screen rendered ahead of time is on show (see the constructor), and the tab chosen on it
  // before the module was ready.
  #firstScreen = false;
  #earlyView = null;
  #searchPrompt = '';
  #resizeObserver = null;
  #onHashChange = () => this.#applyDeepLink(true);
  #print;
  #printedFor = null;
  #printQuery = null;
  // `beforeprint` (the print dialog), or the print media query starting to match (print emulation, and
  // browsers that print without the event); not when it stops matching.
  #onPrint = (event) => {
    if (event.type === 'change' && !event.matches) return;
    this.#guard(() => this.#preparePrint());
  };

  constructor() {
    super();
    this.#idPrefix = `bi${++instanceCount}-`;
    // A first screen rendered ahead of time (`brief-insights embed`): a declarative shadow root the browser
    // attached while parsing the page, already showing the opening view. It is adopted below, and stays on
    // screen until this widget has rendered the same view itself.
    const declared = this.shadowRoot;
    this.#root = declared ?? this.attachShadow({ mode: 'open' });
    const firstScreen = declaredFirstScreen(declared);
    if (declared && !firstScreen) declared.replaceChildren();

    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    // Its URL, like the modules', may come from a configure() call in a script that runs after this one.
    pageScriptsRun.then(() => {
      stylesheet.href = config.cssUrl;
    });
    this.#stylesReady = new Promise((resolve) => {
      stylesheet.addEventListener('load', resolve, { once: true });
      // Without the stylesheet the widget is plain but usable; do not wait forever.
      stylesheet.addEventListener('error', resolve, { once: true });
    });

    this.#container = makeElement('div', 'bi-root', 'root');
    this.#container.dataset.state = 'loading';
    // The UI languages (English, Korean) are left to right, also on a right-to-left host page.
    this.#container.dir = 'ltr';

    // The light-DOM content is the author's fallback; it shows until the widget is ready.
    const fallback = makeElement('div', 'bi-fallback', 'fallback');
    fallback.append(document.createElement('slot'));

    this.#loading = makeElement('p', 'bi-loading', 'loading');
    this.#loading.setAttribute('role', 'status');

    this.#errorPanel = makeElement('div', 'bi-error', 'error');
    this.#errorPanel.setAttribute('role', 'alert');
    this.#errorPanel.hidden = true;

    this.#app = makeElement('div', 'bi-app', 'app');
    this.#app.hidden = true;

    // The whole brief with every citation inline, filled just before printing (see #preparePrint); shown
    // only in print, in place of the one view on screen.
    this.#print = makeElement('div', 'bi-print', 'print');

    const staticApp = firstScreen?.querySelector(':scope > .bi-app[data-static]');
    if (firstScreen && staticApp) {
      // Keep the rendered nodes where they are (moving them would lay the view out again), and add what
      // the server leaves out: the error panel, the loading line, the print area.
      this.#container = firstScreen;
      this.#app = staticApp;
      this.#briefLanguage = staticApp.dataset.briefLang ?? '';
      this.#firstScreen = true;
      firstScreen.prepend(this.#errorPanel, this.#loading);
      firstScreen.append(this.#print);
      // Our own link as well: its load event tells when the styles are in (the declared one may have
      // loaded before this script ran). The same URL comes from the cache and applies the same rules.
      this.#root.prepend(stylesheet);
    } else {
      this.#container.append(this.#errorPanel, this.#loading, fallback, this.#app, this.#print);
      this.#root.replaceChildren(stylesheet, this.#container);
    }

    this.#root.addEventListener('click', (event) => this.#guard(() => this.#onClick(event)));
    this.#root.addEventListener('keydown', (event) => this.#guard(() => this.#onKeyDown(event)));
    this.#root.addEventListener('input', (event) => this.#guard(() => this.#onInput(event)));
  }

  /** Resolves when the widget has rendered (true) or failed (false). */
  get ready() {
    if (this.#container.dataset.state === 'ready') return Promise.resolve(true);
    if (this.#container.dataset.state === 'error') return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = (event) => {
        this.removeEventListener('brief-insights:ready', done);
        this.removeEventListener('brief-insights:error', done);
        resolve(event.type === 'brief-insights:ready');
      };
      this.addEventListener('brief-insights:ready', done);
      this.addEventListener('brief-insights:error', done);
    });
  }

  /** The current view and selected item. */
  get state() {
    return { view: this.#view, item: this.#selected, sector: this.#sector, query: this.#query };
  }

  connectedCallback() {
    adoptEarlyProperties(this);
    this.#connected = true;
    connectedWidgets.add(this);
    this.#listen();
    // Moved (appendChild to another parent, a framework re-ordering its children): disconnected and
    // connected again in the same task, with nothing torn down. It carries on as it was: the same view,
    // selection and load, no second render.
    if (this.#leaving) {
      this.#leaving = false;
      this.#afterMove();
      return;
    }
    this.#setState(this.#brief ? 'ready' : 'loading');
    this.#applyLanguage();
    if (!this.#brief) this.#scheduleStart();
  }

  /** `moveBefore()`: an atomic move, with neither callback above. */
  connectedMoveCallback() {
    this.#afterMove();
  }

  disconnectedCallback() {
    this.#connected = false;
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('beforeprint', this.#onPrint);
    this.#printQuery?.removeEventListener?.('change', this.#onPrint);
    this.#resizeObserver?.disconnect();
    // Removed, or only being moved? A move connects the element again before this microtask runs.
    this.#leaving = true;
    queueMicrotask(() => {
      if (this.#connected || !this.#leaving) return;
      this.#leaving = false;
      this.#tearDown();
    });
  }

  /** Out of the document for good: stop loading, free the brief, empty the view. */
  #tearDown() {
    connectedWidgets.delete(this);
    this.#firstScreen = false;
    stopWatching(this.#container);
    this.#generation++;
    this.#freeBrief();
    this.#app.hidden = true;
    this.#app.replaceChildren();
  }

  /**
   * After a move: in its new place the closest `lang` may differ, and the labels follow it (see
   * "Language"); an open citation stays a modal dialog.
   */
  #afterMove() {
    this.#guard(() => {
      const before = this.#container.lang;
      this.#applyLanguage();
      if (this.#brief && this.#container.lang !== before) this.#renderAll();
      // A citation open during the move left the top layer with it: still open, but no longer modal (the
      // page behind it live, Escape not closing it). It is shown as a modal dialog again.
      const dialog = this.#dialog();
      if (dialog?.open && !isModal(dialog) && typeof dialog.showModal === 'function') {
        dialog.close();
        dialog.showModal();
        (dialog.querySelector('[data-action="close-dialog"]') ?? dialog).focus();
      }
    });
  }

  #listen() {
    window.addEventListener('hashchange', this.#onHashChange);
    window.addEventListener('beforeprint', this.#onPrint);
    if (typeof window.matchMedia === 'function') {
      this.#printQuery ??= window.matchMedia('print');
      this.#printQuery.addEventListener?.('change', this.#onPrint);
    }
    if (typeof ResizeObserver === 'function') {
      this.#resizeObserver ??= new ResizeObserver(() => this.#guard(() => this.#markScrollableFigures()));
      this.#resizeObserver.observe(this);
    }
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (!this.#connected) {
      // Changed while out of the document, in the middle of a move: it starts afresh when connected again.
      if (this.#leaving) {
        this.#leaving = false;
        this.#tearDown();
      }
      return;
    }
    this.#guard(() => {
      // The first screen was rendered for the brief and item the page was written with.
      if (['src', 'wasm', 'item', 'href'].includes(name)) this.#dropFirstScreen();
      if (name === 'src' || name === 'wasm') {
        this.#generation++;
        this.#freeBrief();
        this.#scheduleStart();
      } else if (name === 'item' || name === 'href') {
        if (this.#brief) this.#renderAll();
        // A piece that failed on its first load (an unknown item id) had its brief freed: load it again.
        else if (this.#container.dataset.state === 'error') this.#scheduleStart();
      } else if (name === 'view') {
        if (VIEWS.includes(newValue) && this.#brief) {
          // A piece shows no view; the whole widget opens on this one when `item` is removed.
          if (this.#item()) {
            this.#view = newValue;
            return;
          }
          this.#activateView(newValue, { focusTab: false, announce: false });
        }
      } else if (name === 'lang') {
        this.#applyLanguage();
        if (this.#brief) this.#renderAll();
      }
    });
  }

  // --- Loading ---

  #scheduleStart() {
    stopWatching(this.#container);
    this.#setState('loading');
    // The shadow tree's box is watched, not the element's: a page may lay the element out with
    // `display: contents` (its content as items of the page's grid), and an element without a box of its
    // own never intersects anything.
    whenNearViewport(this.#container, () => this.#start(), { checkNow: !this.#firstScreen });
  }

  async #start() {
    const generation = ++this.#generation;
    const text = this.#text();
    const src = this.getAttribute('src');
    const wasmAttribute = this.getAttribute('wasm');
    let stage = 'wasm';
    let module = null;
    try {
      let brief;
      if (src !== null) {
        // The brief and the reader module download at the same time.
        let briefUrl;
        try {
          briefUrl = new URL(src, document.baseURI).href;
        } catch {
          throw new FetchError(src, text.invalidUrl);
        }
        const briefText = sharedBriefText(briefUrl, text);
        briefText.catch(() => {});
        await pageScriptsRun;
        if (generation !== this.#generation) return;
        module = loadReader(wasmAttribute, document.baseURI);
        const glue = await module.promise;
        stage = 'brief';
        brief = await loadBrief(glue, briefText, () => loadAuthor(wasmAttribute, document.baseURI).promise);
      } else {
        // No `src`: the brief compiled into the author module.
        await pageScriptsRun;
        if (generation !== this.#generation) return;
        module = loadAuthor(wasmAttribute, document.baseURI);
        const glue = await module.promise;
        stage = 'brief';
        brief = glue.Brief.embedded();
      }
      if (generation !== this.#generation) {
        brief.free();
        return;
      }
      this.#brief = brief;
      this.#briefLanguage = briefLanguageOf(brief);
      this.#applyLanguage();
      stage = 'render';
      const link = this.#item() ? null : readDeepLink(this.#hashKey());
      const initialView = this.#earlyView ?? this.getAttribute('view');
      this.#view = link?.view ?? (VIEWS.includes(initialView) ? initialView : DEFAULT_VIEW);
      this.#selected = link?.item ?? null;
      const earlyTabFocused = this.#earlyView && this.#root.activeElement?.matches?.('[role="tab"]');
      this.#renderAll();
      await this.#stylesReady;
      if (generation !== this.#generation) return;
      this.#firstScreen = false;
      this.#earlyView = null;
      delete this.#app.dataset.static;
      if (earlyTabFocused) this.#tabs().find((t) => t.dataset.view === this.#view)?.focus();
      this.#app.hidden = false;
      this.#markScrollableFigures();
      this.#setState('ready');
      this.dispatchEvent(new CustomEvent('brief-insights:ready', { bubbles: true, composed: true }));
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#freeBrief();
      this.#showError(stage, error, module?.urls.wasmUrl);
    }
  }

  #showError(stage, error, wasmUrl) {
    // The brief may be gone (freed after a failure): the message is in the language chosen without it.
    this.#applyLanguage();
    const text = this.#text();
    const panel = this.#errorPanel;
    panel.replaceChildren();
    const heading = makeElement('p', 'bi-error-heading', 'error-heading');
    heading.textContent = text.errorHeading;
    const message = makeElement('p', 'bi-error-message', 'error-message');
    panel.append(heading, message);
    let summary;
    if (error instanceof FetchError) {
      summary = text.fetchFailed(error.url, error.detail);
      message.textContent = summary;
    } else if (isBriefError(error)) {
      summary = text.invalidBrief(error.diagnostics.length);
      message.textContent = summary;
      const list = makeElement('ul', 'bi-error-list', 'error-list');
      for (const d of error.diagnostics) {
        const row = document.createElement('li');
        const where = makeElement('code', 'bi-error-where');
        const position = d.line ? `${d.line}:${d.column}` : '';
        where.textContent = [position, d.path].filter(Boolean).join(' ');
        row.append(where, document.createTextNode(` ${d.message ?? ''}`));
        list.append(row);
      }
      panel.append(list);
      summary += ' ' + error.diagnostics.map((d) => `${d.line}:${d.column} ${d.path} ${d.message}`).join('; ');
    } else if (stage === 'wasm') {
      // A download that failed (unreachable, or blocked by CORS) says only "Failed to fetch": say what that means.
      const detail = isDownloadFailure(error) ? text.networkError : errorMessage(error);
      summary = text.wasmFailed(wasmUrl ?? defaultWasmUrl(), detail);
      message.textContent = summary;
    } else {
      summary = text.renderFailed(errorMessage(error));
      message.textContent = summary;
    }
    panel.hidden = false;
    this.#app.hidden = true;
    this.#firstScreen = false;
    this.#setState('error');
    this.dispatchEvent(
      new CustomEvent('brief-insights:error', { bubbles: true, composed: true, detail: { message: summary } }),
    );
  }

  #setState(state) {
    // While the first screen is up, "loading" shows it rather than the fallback and the loading line.
    if (state === 'loading' && this.#firstScreen) state = 'static';
    this.#container.dataset.state = state;
    this.dataset.state = state;
    this.#loading.hidden = state !== 'loading';
    if (state !== 'error') this.#errorPanel.hidden = true;
  }

  #freeBrief() {
    const brief = this.#brief;
    this.#brief = null;
    this.#briefLanguage = '';
    if (brief) {
      try {
        brief.free();
      } catch {
        // Already freed by wasm-bindgen's finalizer; nothing left to release.
      }
    }
  }

  /** Runs a UI handler so that no exception reaches the host page; failures show in the widget. */
  #guard(fn) {
    try {
      fn();
    } catch (error) {
      try {
        this.#showError('render', error);
      } catch {
        // The error panel itself failed (detached shadow root?); stay silent towards the host page.
      }
    }
  }

  // --- Rendering ---

  #uiLanguage() {
    return uiLanguage(this, this.#briefLanguage);
  }

  #text() {
    return UI_TEXT[this.#uiLanguage()];
  }

  /**
   * Marks the languages in the shadow tree, as the page's may differ from the brief's: the chrome (loading,
   * errors) is in the UI language; the container of the brief's content has the brief's language, so
   * `:lang(ko)` rules (Korean line breaking) apply to a Korean brief. The renderer's root inside it marks
   * its labels' language in turn. Also sets the loading message in the UI language.
   */
  #applyLanguage() {
    const ui = this.#uiLanguage();
    this.#container.lang = ui;
    this.#app.lang = this.#briefLanguage || ui;
    if (this.#briefLanguage) this.#app.dataset.briefLang = this.#briefLanguage;
    else delete this.#app.dataset.briefLang;
    this.#loading.textContent = UI_TEXT[ui].loading;
  }

  #options() {
    const options = { lang: this.#uiLanguage(), idPrefix: this.#idPrefix };
    if (this.#sector) options.sector = this.#sector;
    if (this.#selected) options.selected = this.#selected;
    if (this.#query) options.query = this.#query;
    return options;
  }

  /** The item this widget shows as a piece (its `item` attribute), or null for the whole brief. */
  #item() {
    const item = this.getAttribute('item');
    return item?.trim() ? item.trim() : null;
  }

  #renderAll() {
    this.#printedFor = null;
    this.#print.replaceChildren();
    delete this.#container.dataset.printReady;
    const item = this.#item();
    if (item) {
      // One item as a piece; an unknown id is an error in the widget's own language (the renderer's
      // message would be in English), shown in the error panel.
      if (this.#brief.item(item) === undefined) throw new Error(this.#text().noSuchItem(item));
      const options = this.#options();
      // An href that is no URL at all (a typo: "https://[…") is dropped like a javascript: one, and the
      // piece links to its default; it must not keep the piece from showing.
      const href = absoluteUrl(this.getAttribute('href'));
      if (href) options.href = href;
      setRenderedHtml(this.#app, this.#brief.renderItem(item, options));
      this.#app.dataset.mode = 'piece';
      this.#addExportMenus(this.#app);
    } else {
      delete this.#app.dataset.mode;
      setRenderedHtml(this.#app, this.#brief.renderShell(this.#options()));
      this.#renderView();
    }
    // A render that failed (an unknown item id) left the error panel up; this one succeeded, and the page
    // hears so as it heard of the error.
    if (this.#container.dataset.state === 'error') {
      this.#app.hidden = false;
      this.#setState('ready');
      this.dispatchEvent(new CustomEvent('brief-insights:ready', { bubbles: true, composed: true }));
    }
  }

  #tabs() {
    return [...this.#app.querySelectorAll('[role="tab"][data-view]')];
  }

  #panel() {
    return this.#app.querySelector('[role="tabpanel"]');
  }

  #renderView() {
    const tabs = this.#tabs();
    const available = tabs.map((t) => t.dataset.view);
    if (available.length && !available.includes(this.#view)) this.#view = available[0];
    for (const tab of tabs) {
      const selected = tab.dataset.view === this.#view;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    const panel = this.#panel();
    if (!panel) return;
    const activeTab = tabs.find((t) => t.dataset.view === this.#view);
    if (activeTab?.id) panel.setAttribute('aria-labelledby', activeTab.id);
    panel.dataset.view = this.#view;
    setRenderedHtml(panel, this.#brief.renderView(this.#view, this.#options()));
    this.#addExportMenus(panel);
    this.#markScrollableFigures();
    // The renderer's words for "type to search" are kept to restore when the query is cleared.
    const status = panel.querySelector('[data-status]');
    if (status && !this.#query.trim()) this.#searchPrompt = status.textContent;
  }

  /** A chart that scrolls sideways (narrow widgets) must be reachable by keyboard to be scrolled. */
  #markScrollableFigures() {
    for (const figure of this.#app.querySelectorAll('.bi-figure')) {
      const scrolls = figure.scrollWidth > figure.clientWidth + 1;
      const hasFocusable = figure.querySelector('button, [tabindex], a[href], input') !== null;
      if (scrolls && !hasFocusable) figure.tabIndex = 0;
      else if (figure.hasAttribute('tabindex')) figure.removeAttribute('tabindex');
    }
  }

  // --- Export: each chart as SVG (built by the renderer) or PNG (that SVG drawn on a canvas) ---

  /** A small menu after every exportable figure: a disclosure with one button per format. */
  #addExportMenus(root) {
    const text = this.#text();
    const piece = this.#item();
    for (const figure of root.querySelectorAll('.bi-figure[data-export]')) {
      const name = figure.dataset.export;
      // In a piece, its figure is the item's; in a view, a whole view's chart or one indicator's.
      const target = piece
        ? { item: piece }
        : EXPORT_VIEWS.includes(name)
          ? { view: name }
          : { item: name };
      const menu = makeElement('details', 'bi-export', 'export');
      const summary = makeElement('summary', 'bi-export-label', 'export-label');
      summary.textContent = text.saveImage;
      // A view can hold several charts (one per indicator): the name says whose image it saves, so a
      // screen reader's list of controls is not "Save image" eleven times over.
      const heading = figure.closest('article, section')?.querySelector('h2, h3, h4');
      if (heading) summary.setAttribute('aria-label', text.saveImageOf(heading.textContent.trim()));
      const actions = makeElement('div', 'bi-export-actions');
      for (const format of ['svg', 'png']) {
        const button = makeElement('button', 'bi-export-button', 'export-button');
        button.type = 'button';
        button.dataset.action = 'export';
        button.dataset.format = format;
        if (target.view) button.dataset.exportView = target.view;
        else button.dataset.exportItem = target.item;
        button.textContent = format.toUpperCase();
        button.setAttribute('aria-label', text.saveAs(format.toUpperCase()));
        actions.append(button);
      }
      const status = makeElement('p', 'bi-export-status');
      status.setAttribute('role', 'status');
      menu.append(summary, actions, status);
      figure.after(menu);
    }
  }

  /** The standalone SVG of an export button's figure, from the renderer. */
  #exportSvg(control) {
    const options = { ...this.#options(), idPrefix: `${this.#idPrefix}export-`, format: 'svg' };
    const view = control.dataset.exportView;
    return view ? this.#brief.renderView(view, options) : this.#brief.renderItem(control.dataset.exportItem, options);
  }

  #export(control) {
    const format = control.dataset.format === 'png' ? 'png' : 'svg';
    const status = control.closest('.bi-export')?.querySelector('.bi-export-status');
    const svg = this.#exportSvg(control);
    const name = `${exportName(this.#brief, control.dataset.exportView ?? control.dataset.exportItem)}.${format}`;
    const say = (message) => {
      if (status) status.textContent = message;
    };
    const svgBlob = new Blob([svg], { type: 'image/svg+xml' });
    this.dispatchEvent(
      new CustomEvent('brief-insights:export', { bubbles: true, composed: true, detail: { format, name, svg } }),
    );
    if (format === 'svg') {
      download(svgBlob, name);
      say(this.#text().saved(name));
      return;
    }
    svgToPng(svgBlob)
      .then((png) => {
        download(png, name);
        say(this.#text().saved(name));
      })
      .catch((error) => say(this.#text().saveFailed(errorMessage(error))));
  }

  // --- Print: the whole brief, every citation inline (a piece prints as it is) ---

  #preparePrint() {
    if (!this.#brief || this.#item()) return;
    const lang = this.#uiLanguage();
    if (this.#printedFor === lang) return;
    const options = { ...this.#options(), idPrefix: `${this.#idPrefix}print-` };
    delete options.query;
    const parts = [];
    for (const view of VIEWS.filter((v) => v !== 'search')) {
      const section = document.createElement('div');
      section.className = 'bi-print-view';
      setRenderedHtml(section, this.#brief.renderView(view, options));
      // Each source button gives way to the source itself: quotes, paragraphs, links. The partners view
      // lists the actors as buttons (their sources show for the chosen one only): in print, each actor
      // with its sources.
      const sourced = section.querySelectorAll(
        '[data-action="cite"][data-item], .bi-actor-list [data-action="select"][data-item]',
      );
      for (const button of sourced) {
        const html = this.#brief.renderCitation(button.dataset.item, options);
        if (typeof html !== 'string') continue;
        const citation = makeElement('div', 'bi-print-citation');
        setRenderedHtml(citation, html);
        button.replaceWith(citation);
      }
      parts.push(section);
    }
    this.#print.replaceChildren(...parts);
    this.#container.dataset.printReady = '';
    this.#printedFor = lang;
  }

  #activateView(view, { focusTab, announce, item = null }) {
    this.#view = view;
    this.#selected = item;
    this.#renderView();
    if (focusTab) this.#tabs().find((t) => t.dataset.view === view)?.focus();
    if (announce) this.#announceSelection();
  }

  #announceSelection() {
    writeDeepLink(this.#hashKey(), this.#view, this.#selected);
    let kind = 'view';
    if (this.#selected) {
      kind = 'item';
      try {
        const item = this.#brief.item(this.#selected);
        if (item && typeof item.kind === 'string') kind = item.kind;
      } catch {
        // The id came from the renderer, so this should not fail; the event still goes out.
      }
    }
    this.dispatchEvent(
      new CustomEvent('brief-insights:select', {
        bubbles: true,
        composed: true,
        detail: { view: this.#view, item: this.#selected, kind },
      }),
    );
  }

  #hashKey() {
    return this.id || HASH_KEY_DEFAULT;
  }

  #applyDeepLink(fromHashChange) {
    if (!this.#brief || this.#item()) return;
    const link = readDeepLink(this.#hashKey());
    if (!link) return;
    if (fromHashChange && link.view === this.#view && link.item === this.#selected) return;
    this.#guard(() => this.#activateView(link.view, { focusTab: false, announce: false, item: link.item }));
  }

  /** After a re-render, focus moves to the control that replaced the one the user activated. */
  #refocus(previous, selector) {
    const candidates = [...(this.#panel()?.querySelectorAll(selector) ?? [])];
    const firstClass = (el) => (el.getAttribute('class') ?? '').split(' ')[0];
    const target =
      candidates.find((c) => c.localName === previous.localName && firstClass(c) === firstClass(previous)) ??
      candidates.find((c) => c.localName === previous.localName) ??
      candidates[0];
    target?.focus();
  }

  /**
   * After a jump (search result, related link), focus goes to the item: its own control (select or cite
   * button), else its anchor (made focusable for this), else the view's tab.
   */
  #focusItem(item, view) {
    const panel = this.#panel();
    if (item && panel) {
      const control = panel.querySelector(`[data-item="${cssEscapeValue(item)}"]:is(button, [tabindex])`);
      if (control) {
        control.focus();
        return;
      }
      const anchor = panel.querySelector(`#${cssEscapeValue(`${this.#idPrefix}item-${item}`)}`);
      if (anchor) {
        if (!anchor.hasAttribute('tabindex')) anchor.tabIndex = -1;
        anchor.focus();
        return;
      }
    }
    this.#tabs().find((t) => t.dataset.view === view)?.focus();
  }

  // --- Interaction ---

  #onClick(event) {
    if (!this.#brief) {
      this.#rememberEarlyTab(event);
      return;
    }
    const control = event
      .composedPath()
      .find((n) => n instanceof Element && (n.matches('[data-action]') || n.matches('[role="tab"]')));
    if (!control) {
      // A click on a modal dialog's backdrop lands on the dialog element itself.
      const dialog = this.#dialog();
      if (dialog?.open && event.target === dialog) this.#closeDialog();
      return;
    }
    const isTab = control.getAttribute('role') === 'tab';
    if (!isTab && !CLICK_ACTIONS.includes(control.dataset.action)) return;
    event.preventDefault();
    this.#activate(control);
  }

  #dropFirstScreen() {
    if (!this.#firstScreen) return;
    this.#firstScreen = false;
    this.#earlyView = null;
    this.#app.hidden = true;
    this.#app.replaceChildren();
    if (this.#container.dataset.state === 'static') this.#setState('loading');
  }

  /**
   * A tab of the first screen chosen before the module is ready: marked selected at once, and opened when
   * the widget has rendered (see #start).
   */
  #rememberEarlyTab(event) {
    if (!this.#firstScreen) return;
    const tab = event.composedPath().find((n) => n instanceof Element && n.matches('[role="tab"][data-view]'));
    if (!tab || !VIEWS.includes(tab.dataset.view)) return;
    this.#earlyView = tab.dataset.view;
    for (const other of this.#tabs()) other.setAttribute('aria-selected', String(other === tab));
  }

  /** Performs what a control stands for; shared by pointer clicks and Enter/Space on non-button controls. */
  #activate(control) {
    if (control.getAttribute('role') === 'tab' && control.dataset.view) {
      if (control.dataset.view === this.#view) control.focus();
      else this.#activateView(control.dataset.view, { focusTab: true, announce: true });
      return;
    }
    switch (control.dataset.action) {
      case 'cite':
        this.#openCitation(control.dataset.item, control);
        break;
      case 'close-dialog':
        this.#closeDialog();
        break;
      case 'select': {
        const item = control.dataset.item;
        if (!item) return;
        this.#selected = item;
        this.#renderView();
        this.#refocus(control, `[data-action="select"][data-item="${cssEscapeValue(item)}"]`);
        this.#announceSelection();
        break;
      }
      case 'filter-sector': {
        this.#sector = control.dataset.sector ?? '';
        this.#renderView();
        this.#refocus(control, `[data-action="filter-sector"][data-sector="${cssEscapeValue(this.#sector)}"]`);
        break;
      }
      case 'export':
        this.#export(control);
        break;
      case 'goto': {
        const view = control.dataset.view;
        if (!VIEWS.includes(view)) return;
        const item = control.dataset.item || null;
        this.#closeDialog({ restoreFocus: false });
        this.#activateView(view, { focusTab: false, announce: true, item });
        this.#focusItem(item, view);
        break;
      }
      default:
        break;
    }
  }

  #onKeyDown(event) {
    if (!this.#brief) return;
    const target = event.composedPath()[0];
    // SVG nodes and other non-button controls (role=button, tabindex=0) get the keys a button has.
    if (
      target instanceof Element &&
      target.dataset.action !== undefined &&
      target.getAttribute('role') === 'button' &&
      !(target instanceof HTMLButtonElement) &&
      (event.key === 'Enter' || event.key === ' ')
    ) {
      event.preventDefault();
      this.#activate(target);
      return;
    }
    const tab = event.composedPath().find((n) => n instanceof Element && n.getAttribute('role') === 'tab');
    if (!tab) return;
    const tabs = this.#tabs();
    const index = tabs.indexOf(tab);
    if (index < 0) return;
    let next = null;
    const rtl = getComputedStyle(tab).direction === 'rtl';
    switch (event.key) {
      case 'ArrowRight':
        next = tabs[(index + (rtl ? -1 : 1) + tabs.length) % tabs.length];
        break;
      case 'ArrowLeft':
        next = tabs[(index + (rtl ? 1 : -1) + tabs.length) % tabs.length];
        break;
      case 'Home':
        next = tabs[0];
        break;
      case 'End':
        next = tabs[tabs.length - 1];
        break;
      case 'Enter':
      case ' ':
        // Buttons activate on click already; handled here too for tabs rendered as non-buttons.
        if (tab.tagName !== 'BUTTON') {
          event.preventDefault();
          this.#activateView(tab.dataset.view, { focusTab: true, announce: true });
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    // Automatic activation: the views render instantly, so moving focus also shows the view.
    this.#activateView(next.dataset.view, { focusTab: true, announce: true });
  }

  #onInput(event) {
    const input = event.composedPath()[0];
    if (!(input instanceof HTMLInputElement) || input.dataset.action !== 'search' || !this.#brief) return;
    this.#query = input.value;
    const panel = this.#panel();
    const results = panel?.querySelector('[data-results]');
    if (results) setRenderedHtml(results, this.#brief.renderSearchResults(this.#query, this.#options()));
    const status = panel?.querySelector('[data-status]') ?? panel?.querySelector('[role="status"]');
    if (!status || results?.contains(status)) return;
    if (!this.#query.trim()) {
      status.textContent = this.#searchPrompt;
      return;
    }
    // The renderer marks every non-empty result list with its count; no second search is needed.
    const count = Number(results?.querySelector('[data-count]')?.dataset.count ?? 0);
    status.textContent = count ? this.#text().results(count) : this.#text().noResults;
  }

  // --- Citation dialog ---

  #dialog() {
    return this.#app.querySelector('dialog[data-dialog]');
  }

  #openCitation(id, opener) {
    const dialog = this.#dialog();
    if (!dialog || !id) return;
    const body = dialog.querySelector('[data-dialog-body]') ?? dialog.querySelector('[data-citation]');
    const html = this.#brief.renderCitation(id, this.#options());
    if (typeof html !== 'string') return;
    if (body) setRenderedHtml(body, html);
    else {
      const wrapper = makeElement('div', 'bi-dialog-body');
      setRenderedHtml(wrapper, html);
      dialog.querySelector('.bi-dialog-body')?.remove();
      dialog.append(wrapper);
    }
    const heading = dialog.querySelector('h1, h2, h3, h4');
    if (heading?.id) dialog.setAttribute('aria-labelledby', heading.id);
    this.#dialogOpener = { element: opener, item: id, action: opener.dataset.action };
    if (!dialog.dataset.wired) {
      dialog.dataset.wired = '';
      // A dialog open again when its close event comes was reopened (see #afterMove), not closed.
      dialog.addEventListener('close', () => {
        if (!dialog.open) this.#restoreFocusAfterDialog();
      });
    }
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    const close = dialog.querySelector('[data-action="close-dialog"]');
    (close ?? dialog).focus();
  }

  #closeDialog({ restoreFocus = true } = {}) {
    const dialog = this.#dialog();
    if (!restoreFocus) this.#dialogOpener = null;
    if (dialog?.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else {
        dialog.removeAttribute('open');
        this.#restoreFocusAfterDialog();
      }
    }
  }

  #restoreFocusAfterDialog() {
    const opener = this.#dialogOpener;
    this.#dialogOpener = null;
    if (!opener) return;
    if (opener.element?.isConnected) {
      opener.element.focus();
      return;
    }
    this.#app
      .querySelector(`[data-action="${cssEscapeValue(opener.action)}"][data-item="${cssEscapeValue(opener.item)}"]`)
      ?.focus();
  }
}

/** Sets this copy's page-level configuration (see BriefInsights.configure). */
function configure(options) {
  if (options.wasmUrl) config.wasmUrl = new URL(options.wasmUrl, document.baseURI).href;
  if (options.glueUrl) config.glueUrl = new URL(options.glueUrl, document.baseURI).href;
  if (options.cssUrl) config.cssUrl = new URL(options.cssUrl, document.baseURI).href;
  // The author module (diagnostics with line and column, the embedded brief): by default author/ next to
  // the reader glue; its .wasm next to its glue.
  if (options.authorGlueUrl) config.authorGlueUrl = new URL(options.authorGlueUrl, document.baseURI).href;
  if (options.authorWasmUrl) config.authorWasmUrl = new URL(options.authorWasmUrl, document.baseURI).href;
}

/**
 * Page-level configuration: from any script of the page that runs before DOMContentLoaded (widgets in view
 * wait for it), or later before the first widget starts (it starts when near the viewport).
 */
export const BriefInsights = {
  configure(options = {}) {
    // URLs are the page's; during server-side rendering there is no page, and nothing to configure.
    if (typeof document === 'undefined') return;
    // A page may run this file twice, as two modules: a WordPress plugin's `brief-insights.js?ver=6.4`
    // and a theme's import without `?ver`. Only one defines the element; the configuration goes to that one.
    const defined = globalThis.customElements?.get(ELEMENT_NAME);
    if (defined && defined !== BriefInsightsElement && typeof defined.configure === 'function') {
      defined.configure(options);
    } else {
      configure(options);
    }
  },
  views: [...VIEWS],
  elementName: ELEMENT_NAME,
};

// Frameworks set properties on custom elements that have them (Lit's `.src=${…}`; Vue and React 19 when
// the property exists): each attribute is also a property that reads and writes it.
for (const name of REFLECTED_ATTRIBUTES) {
  Object.defineProperty(BriefInsightsElement.prototype, name, {
    get() {
      return this.getAttribute(name);
    },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
    configurable: true,
    enumerable: true,
  });
}

/**
 * A property set on the element before this script defined it (a framework rendered it first) is an own
 * property that hides the accessor above: its value goes to the attribute, as if set afterwards.
 */
function adoptEarlyProperties(element) {
  for (const name of REFLECTED_ATTRIBUTES) {
    if (!Object.prototype.hasOwnProperty.call(element, name)) continue;
    const value = element[name];
    delete element[name];
    element[name] = value;
  }
}

/** Whether a dialog is open as a modal one (true where the browser cannot tell: nothing to repair). */
function isModal(dialog) {
  try {
    return dialog.matches(':modal');
  } catch {
    return true;
  }
}

/** The first screen a declarative shadow root holds (see `brief-insights embed`), if it is one. */
function declaredFirstScreen(root) {
  // `:scope` matches nothing in a shadow root (a fragment, not an element): look at its children.
  return [...(root?.children ?? [])].find((child) => child.matches('.bi-root[data-state="static"]')) ?? null;
}

function supported() {
  return (
    typeof window !== 'undefined' &&
    'customElements' in window &&
    typeof window.WebAssembly === 'object' &&
    window.WebAssembly !== null &&
    typeof HTMLElement !== 'undefined' &&
    typeof HTMLElement.prototype.attachShadow === 'function'
  );
}

// Without custom elements, WebAssembly or Shadow DOM the element stays unknown and its light-DOM
// fallback content simply remains visible. A first screen rendered ahead of time would stay too, with tabs
// nothing will ever answer: it gives way to the fallback.
if (supported() && !customElements.get(ELEMENT_NAME)) {
  customElements.define(ELEMENT_NAME, BriefInsightsElement);
} else if (!supported() && typeof document !== 'undefined') {
  for (const element of document.querySelectorAll(ELEMENT_NAME)) {
    const firstScreen = declaredFirstScreen(element.shadowRoot);
    if (firstScreen) firstScreen.dataset.state = 'unsupported';
  }
}

export { BriefInsightsElement };
