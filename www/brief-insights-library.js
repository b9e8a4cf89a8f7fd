/**
 * <brief-insights-library>: a think tank's archive of briefs, built by `brief-insights site`: the briefs
 * with filters, search across the insights of every brief (with highlights and citations), and each
 * actor's relations and roles brief after brief on one timeline.
 *
 *   <script type="module" src="/assets/www/brief-insights-library.js"></script>
 *   <brief-insights-library src="library/manifest.json" lang="en" theme="auto">
 *     <ul>…the list of briefs, shown until the element is ready and whenever it cannot run…</ul>
 *   </brief-insights-library>
 *
 * Attributes: src (URL of the library's manifest.json), lang ("en" | "ko"; default: the manifest's, else
 * the closest [lang] ancestor), theme ("light" | "dark" | "auto"), view ("briefs" | "search" | "actors").
 * Events: brief-insights-library:results {query, count, searchMs, fetchedBytes} each time the results of a
 * query are shown (searchMs: time of the in-memory search over the loaded shards; fetchedBytes: bytes
 * fetched for this search, the manifest included for the first one, as the network sent them).
 * Styling: the widget's custom properties (--bi-*) and ::part(...) — see brief-insights-library.css.
 *
 * docs/library.md describes the index. This file builds every element with DOM methods and textContent:
 * no string from a brief is ever parsed as HTML.
 */

const ELEMENT_NAME = 'brief-insights-library';
const VIEWS = ['briefs', 'search', 'actors'];
const PAGE_SIZE = 10;
// The same limits as the widget's search (src/query/search.rs).
const MAX_QUERY_CHARS = 200;
const MAX_QUERY_TERMS = 8;
const CSS_URL = new URL('./brief-insights-library.css', import.meta.url).href;

const TEXT = {
  en: {
    views: { briefs: 'Briefs', search: 'Search insights', actors: 'Actors over time' },
    tablist: 'Library',
    loading: 'Loading the library…',
    failed: (detail) => `The library could not be loaded: ${detail}. The list of briefs below still works.`,
    briefCount: (n, total) => (n === total ? `${total} briefs` : `${n} of ${total} briefs`),
    filters: 'Filter briefs',
    any: 'All',
    filter: { actor: 'Actor', axis: 'Axis', sector: 'Sector', year: 'Year', language: 'Language' },
    searchLabel: 'Search the insights of every brief',
    searchHint: 'Words in any language; Korean words are found inside compounds.',
    results: (n, more) => (n === 0 ? 'No results' : `${n}${more ? '+' : ''} ${n === 1 ? 'result' : 'results'}`),
    searching: 'Searching…',
    showMore: 'Show more results',
    paragraph: (p) => `¶ ${p}`,
    in: 'in',
    openInBrief: 'Open in the brief',
    actorLabel: 'Actor',
    chooseActor: 'Choose an actor',
    actorPoints: (name, points, briefs) => `${name}: ${points} mentions in ${briefs} ${briefs === 1 ? 'brief' : 'briefs'}`,
    kinds: {
      judgment: 'Key judgment', axis: 'Axis', actor: 'Actor', relation: 'Relation', project: 'Project',
      indicator: 'Indicator', observation: 'Observation', event: 'Event', recommendationArea: 'Recommendation area',
      recommendation: 'Recommendation',
    },
    role: 'Role',
    languageNames: { en: 'English', ko: 'Korean' },
    authors: 'Authors',
  },
  ko: {
    views: { briefs: '브리프', search: '인사이트 검색', actors: '행위자 변화' },
    tablist: '자료실',
    loading: '자료실을 불러오는 중…',
    failed: (detail) => `자료실을 불러올 수 없습니다: ${detail}. 아래 브리프 목록은 그대로 쓸 수 있습니다.`,
    briefCount: (n, total) => (n === total ? `브리프 ${total}개` : `브리프 ${total}개 중 ${n}개`),
    filters: '브리프 거르기',
    any: '전체',
    filter: { actor: '행위자', axis: '축', sector: '분야', year: '연도', language: '언어' },
    searchLabel: '모든 브리프의 인사이트 검색',
    searchHint: '어느 언어로든 검색할 수 있습니다. 한국어 단어는 복합어 안에서도 찾습니다.',
    results: (n, more) => (n === 0 ? '결과 없음' : `결과 ${n}${more ? '+' : ''}개`),
    searching: '검색 중…',
    showMore: '결과 더 보기',
    paragraph: (p) => `¶ ${p}`,
    in: '출처',
    openInBrief: '브리프에서 열기',
    actorLabel: '행위자',
    chooseActor: '행위자를 고르세요',
    actorPoints: (name, points, briefs) => `${name}: 브리프 ${briefs}개에서 ${points}회 언급`,
    kinds: {
      judgment: '핵심 판단', axis: '축', actor: '행위자', relation: '관계', project: '사업', indicator: '지표',
      observation: '관측값', event: '사건', recommendationArea: '권고 분야', recommendation: '권고',
    },
    role: '역할',
    languageNames: { en: '영어', ko: '한국어' },
    authors: '저자',
  },
};

// --- Folding and keys: the same as src/query/search.rs (fold_char) and src/site/index.rs (keys) -----------
// tests/fixtures/library-fold.json holds cases both the Rust tests and tests/node/library-fold.test.mjs check.

const LATIN_BASE = (() => {
  const table = new Map();
  const add = (letters, base) => {
    for (const c of letters) table.set(c, base);
  };
  add('ÀÁÂÃÄÅÆàáâãäåæ', 'a');
  add('Çç', 'c');
  add('Ðð', 'd');
  add('ÈÉÊËèéêë', 'e');
  add('ÌÍÎÏìíîï', 'i');
  add('Ññ', 'n');
  add('ÒÓÔÕÖØòóôõöø', 'o');
  add('ß', 's');
  add('ÙÚÛÜùúûü', 'u');
  add('Ýýÿ', 'y');
  add('ĀāĂăĄą', 'a');
  add('ĆćĈĉĊċČč', 'c');
  add('ĎďĐđ', 'd');
  add('ĒēĔĕĖėĘęĚě', 'e');
  add('ĜĝĞğĠġĢģ', 'g');
  add('ĤĥĦħ', 'h');
  add('ĨĩĪīĬĭĮįİıĲĳ', 'i');
  add('Ĵĵ', 'j');
  add('Ķķĸ', 'k');
  add('ĹĺĻļĽľĿŀŁł', 'l');
  add('ŃńŅņŇňŉŊŋ', 'n');
  add('ŌōŎŏŐőŒœ', 'o');
  add('ŔŕŖŗŘř', 'r');
  add('ŚśŜŝŞşŠšſ', 's');
  add('ŢţŤťŦŧ', 't');
  add('ŨũŪūŬŭŮůŰűŲų', 'u');
  add('Ŵŵ', 'w');
  add('ŶŷŸ', 'y');
  add('ŹźŻżŽž', 'z');
  return table;
})();

/** One code point folded (fold_char): `''` drops it (combining accents). */
function foldChar(c) {
  const cp = c.codePointAt(0);
  if (cp >= 0x300 && cp <= 0x36f) return '';
  const base = LATIN_BASE.get(c);
  if (base) return base;
  if (cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f) return ' ';
  if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212) return '-';
  if (cp === 0x2018 || cp === 0x2019 || cp === 0x201b || cp === 0x2032) return "'";
  if (cp === 0x201c || cp === 0x201d || cp === 0x201f || cp === 0x2033) return '"';
  // lower(): basic Latin, Greek and Cyrillic capitals only, one char to one char.
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x391 && cp <= 0x3a1) || (cp >= 0x3a3 && cp <= 0x3ab) || (cp >= 0x410 && cp <= 0x42f)) {
    return String.fromCodePoint(cp + 0x20);
  }
  if (cp >= 0x400 && cp <= 0x40f) return String.fromCodePoint(cp + 0x50);
  return c;
}

/** `s` folded, with, for each UTF-16 unit of the result, the [start, end) of the original char it comes from. */
export function foldWithOrigin(s) {
  let folded = '';
  const origin = [];
  let at = 0;
  for (const c of s) {
    const f = foldChar(c);
    folded += f;
    for (let i = 0; i < f.length; i++) origin.push([at, at + c.length]);
    at += c.length;
  }
  return { folded, origin };
}

export function fold(s) {
  return foldWithOrigin(s).folded;
}

/** Hangul, kana, Han: scripts without spaces inside compounds (is_cjk). */
export function isCjk(cp) {
  return (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0x3130 && cp <= 0x318f) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xd7b0 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfaff)
  );
}

// Rust's char::is_alphanumeric: the Alphabetic property or a number (Nd, Nl, No).
const WORD_CHAR = /^[\p{Alphabetic}\p{N}]$/u;
const SPLIT = /[\p{White_Space},;]/u;

/** The keys of folded text (keys_of_folded): words, and in CJK runs the bigrams and the last char. */
export function keysOfFolded(folded) {
  const keys = [];
  let word = '';
  let run = [];
  const flushWord = () => {
    if (word) keys.push(word);
    word = '';
  };
  const flushRun = () => {
    for (let i = 0; i + 1 < run.length; i++) keys.push(run[i] + run[i + 1]);
    if (run.length) keys.push(run[run.length - 1]);
    run = [];
  };
  for (const c of folded) {
    if (isCjk(c.codePointAt(0))) {
      flushWord();
      run.push(c);
    } else if (WORD_CHAR.test(c)) {
      flushRun();
      word += c;
    } else {
      flushWord();
      flushRun();
    }
  }
  flushWord();
  flushRun();
  return keys;
}

/** The keys a folded query term is looked up by (query_keys): a CJK run of two or more gives only its bigrams. */
export function queryKeys(term) {
  const keys = [];
  for (const key of splitRuns(term)) {
    if (key.cjk) {
      const run = Array.from(key.text);
      if (run.length === 1) keys.push(run[0]);
      for (let i = 0; i + 1 < run.length; i++) keys.push(run[i] + run[i + 1]);
    } else {
      keys.push(key.text);
    }
  }
  return keys;
}

/** Folded text as its words and CJK runs, in order. */
function splitRuns(folded) {
  const parts = [];
  let current = null;
  for (const c of folded) {
    const cjk = isCjk(c.codePointAt(0));
    if (!cjk && !WORD_CHAR.test(c)) {
      current = null;
      continue;
    }
    if (!current || current.cjk !== cjk) {
      current = { cjk, text: '' };
      parts.push(current);
    }
    current.text += c;
  }
  return parts;
}

/** The distinct terms of a query, folded (search.rs `terms`): split at whitespace, commas and semicolons. */
export function queryTerms(query) {
  const chars = Array.from(query).slice(0, MAX_QUERY_CHARS).join('');
  const terms = [];
  for (const raw of fold(chars).split(SPLIT)) {
    const term = raw.replace(/^["']+|["']+$/g, '');
    if (terms.length === MAX_QUERY_TERMS) break;
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** What a term must match: its keys, and the text verification looks for when it has several. */
export function termPlan(term) {
  const keys = queryKeys(term);
  const trimmed = term.replace(/^[^\p{Alphabetic}\p{N}]+|[^\p{Alphabetic}\p{N}]+$/gu, '');
  return { keys, verify: keys.length > 1 ? trimmed : null, cjk: keys.length > 0 && isCjk(keys[0].codePointAt(0)) };
}

/** Strings compared as Rust compares them (by code point), not by UTF-16 unit. */
function compareKeys(a, b) {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

// --- The index: fetched shards, postings, search -------------------------------------------------------

class LibraryIndex {
  #base;
  #manifest;
  #shards = new Map();
  #records = new Map();
  #decoded = new Map();
  /** Bytes fetched for searches so far (shards and records). */
  bytes = 0;

  constructor(manifestUrl, manifest) {
    this.#base = manifestUrl;
    this.#manifest = manifest;
  }

  get manifest() {
    return this.#manifest;
  }

  url(relative) {
    return new URL(relative, this.#base).href;
  }

  /** A page of the site (relative to its root), as a URL. */
  pageUrl(relative) {
    return new URL(this.#manifest.root + relative, this.#base).href;
  }

  async #fetchJson(url, cache) {
    if (!cache.has(url)) {
      cache.set(
        url,
        fetchJson(url).then(({ data, bytes }) => {
          this.bytes += bytes;
          return data;
        }),
      );
    }
    return cache.get(url);
  }

  /** The shard a key falls in: the last whose first key is not after it. */
  shardOf(key) {
    const first = this.#manifest.terms.first;
    let lo = 0;
    let hi = first.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (compareKeys(first[mid], key) <= 0) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Which shards each key of the query needs, and whether a one-key term is looked up as a prefix. */
  plan(terms) {
    const maxPrefix = this.#manifest.terms.maxPrefixShards;
    return terms.map((term) => {
      const plan = termPlan(term);
      if (plan.keys.length === 1) {
        const key = plan.keys[0];
        const from = this.shardOf(key);
        const to = this.shardOf(key + '\u{10FFFF}');
        plan.prefix = to - from + 1 <= maxPrefix;
        plan.shards = plan.prefix ? range(from, to) : [from];
      } else {
        plan.prefix = false;
        plan.shards = [...new Set(plan.keys.map((k) => this.shardOf(k)))];
      }
      return plan;
    });
  }

  async loadShards(plans) {
    const wanted = [...new Set(plans.flatMap((p) => p.shards))];
    const path = this.#manifest.terms.path;
    const loaded = await Promise.all(wanted.map((i) => this.#fetchJson(this.url(`${path}${i}.json`), this.#shards)));
    return new Map(wanted.map((i, n) => [i, loaded[n]]));
  }

  /** Decoded postings of a key: [itemNumbers, weights]. */
  #postings(shard, key) {
    const id = `${key}`;
    let cached = this.#decoded.get(id);
    if (cached) return cached;
    const encoded = shard[key] ?? [];
    const items = new Uint32Array(encoded.length);
    const weights = new Uint8Array(encoded.length);
    let n = 0;
    for (let i = 0; i < encoded.length; i++) {
      const value = encoded[i];
      n += Math.floor(value / 4);
      items[i] = n;
      weights[i] = value % 4;
    }
    cached = [items, weights];
    this.#decoded.set(id, cached);
    return cached;
  }

  /**
   * The in-memory search over loaded shards (as LibraryIndex::search in src/site/index.rs): the items
   * having every term, best first, as [itemNumber, score]. Verification is left to the caller.
   */
  search(plans, shards) {
    let scores = null;
    for (const plan of plans) {
      if (plan.keys.length === 0) continue;
      let matched = null;
      if (plan.keys.length === 1) {
        const key = plan.keys[0];
        matched = new Map();
        for (const i of plan.shards) {
          const shard = shards.get(i) ?? {};
          const keys = plan.prefix ? Object.keys(shard).filter((k) => k.startsWith(key)) : key in shard ? [key] : [];
          for (const k of keys) {
            const exact = k === key ? 2 : 1;
            const [items, weights] = this.#postings(shard, k);
            for (let j = 0; j < items.length; j++) {
              const points = exact * weights[j];
              const had = matched.get(items[j]);
              if (had === undefined || had < points) matched.set(items[j], points);
            }
          }
        }
      } else {
        for (const key of plan.keys) {
          const shard = shards.get(this.shardOf(key)) ?? {};
          const [items, weights] = this.#postings(shard, key);
          const these = new Map();
          for (let j = 0; j < items.length; j++) these.set(items[j], 2 * weights[j]);
          matched = intersect(matched, these);
        }
      }
      scores = intersect(scores, matched);
    }
    const hits = scores ? [...scores] : [];
    hits.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return hits;
  }

  /** The record of item `n`, with the brief it cites. */
  async record(n) {
    const { path, perShard } = this.#manifest.records;
    const shard = await this.#fetchJson(this.url(`${path}${Math.floor(n / perShard)}.json`), this.#records);
    const item = shard.items[n % perShard];
    return item ? { ...item, number: n, briefInfo: shard.briefs[item.brief] } : null;
  }

  async json(relative) {
    return (await fetchJson(this.url(relative))).data;
  }
}

function range(from, to) {
  const out = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

function intersect(a, b) {
  if (a === null) return b;
  const out = new Map();
  for (const [n, s] of a) {
    const t = b.get(n);
    if (t !== undefined) out.set(n, s + t);
  }
  return out;
}

/** The JSON at `url` and the bytes it cost on the network (gzipped if the server compressed it). */
async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const text = await response.text();
  const timing = performance.getEntriesByName(url).at(-1);
  const bytes = timing && timing.encodedBodySize > 0 ? timing.encodedBodySize : new TextEncoder().encode(text).length;
  return { data: JSON.parse(text), bytes };
}

/** The folded texts of a record, one string: what verification searches (ItemRecord::folded_text). */
function foldedText(record) {
  return [record.title, ...record.texts.map((t) => t[1]), ...record.quotes.map((q) => q[1])].map(fold).join('\n');
}

/** Ranges [start, end) in `text` where a term matches: at a word start, or anywhere for CJK terms. */
export function highlightRanges(text, plans) {
  const { folded, origin } = foldWithOrigin(text);
  const ranges = [];
  for (const plan of plans) {
    const needle = plan.verify ?? plan.keys[0];
    if (!needle) continue;
    let at = folded.indexOf(needle);
    while (at !== -1) {
      const before = at > 0 ? folded.codePointAt(at - 1) : null;
      const startsWord = before === null || !WORD_CHAR.test(String.fromCodePoint(before)) || (before >= 0xdc00 && before <= 0xdfff);
      if (plan.cjk || startsWord) {
        const end = at + needle.length - 1;
        if (origin[at] && origin[end]) ranges.push([origin[at][0], origin[end][1]]);
      }
      at = folded.indexOf(needle, at + needle.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

// --- DOM helpers ------------------------------------------------------------------------------------------

function el(tag, className, part, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (part) e.setAttribute('part', part);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** `text` with its `ranges` in <mark>, as DOM nodes. */
function highlighted(parent, text, ranges) {
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parent.append(text.slice(at, start));
    parent.append(el('mark', 'bil-mark', 'mark', text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parent.append(text.slice(at));
  return parent;
}

function uiLanguage(tag) {
  return (tag ?? '').toLowerCase().split(/[-_]/)[0] === 'ko' ? 'ko' : 'en';
}

let instances = 0;

// Outside a browser (node tests of the folding functions above) there is no HTMLElement to extend.
const ElementBase = globalThis.HTMLElement ?? class {};

export class BriefInsightsLibrary extends ElementBase {
  static get observedAttributes() {
    return ['src', 'lang'];
  }

  #root;
  #container;
  #status;
  #app;
  #error;
  #tabs = {};
  #panels = {};
  #view = 'briefs';
  #index = null;
  #catalogue = [];
  #actors = [];
  #filters = {};
  #briefList;
  #briefStatus;
  #searchInput;
  #results;
  #searchStatus;
  #moreButton;
  #actorSelect;
  #timeline;
  #actorStatus;
  #lang = 'en';
  #prefix;
  #searchSeq = 0;
  #pending = null;
  #started = false;
  #manifestBytes = 0;

  constructor() {
    super();
    this.#prefix = `bil${++instances}-`;
    this.#root = this.attachShadow({ mode: 'open' });
    const stylesheet = el('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = CSS_URL;
    this.#container = el('div', 'bil-root', 'root');
    this.#container.dataset.state = 'loading';
    this.#container.dir = 'ltr';
    this.#status = el('p', 'bil-loading', 'loading');
    this.#status.setAttribute('role', 'status');
    this.#error = el('p', 'bil-error', 'error');
    this.#error.setAttribute('role', 'alert');
    this.#error.hidden = true;
    const fallback = el('div', 'bil-fallback', 'fallback');
    fallback.append(el('slot'));
    this.#app = el('div', 'bil-app', 'app');
    this.#app.hidden = true;
    this.#container.append(this.#error, this.#status, this.#app, fallback);
    this.#root.append(stylesheet, this.#container);
  }

  connectedCallback() {
    if (this.#started) return;
    this.#started = true;
    this.#start().catch((e) => this.#fail(e));
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#started || before === after) return;
    if (name === 'src') {
      this.#started = false;
      this.connectedCallback();
    }
  }

  get #t() {
    return TEXT[this.#lang];
  }

  async #start() {
    const src = this.getAttribute('src');
    this.#lang = uiLanguage(this.getAttribute('lang') ?? this.closest('[lang]')?.getAttribute('lang'));
    this.#status.textContent = this.#t.loading;
    if (!src) throw new Error('the element has no src attribute (the URL of library/manifest.json)');
    const manifestUrl = new URL(src, document.baseURI).href;
    const { data: manifest, bytes } = await fetchJson(manifestUrl);
    if (manifest.format !== 1) throw new Error(`unknown library format ${manifest.format}`);
    if (!this.hasAttribute('lang') && manifest.lang) this.#lang = uiLanguage(manifest.lang);
    this.#index = new LibraryIndex(manifestUrl, manifest);
    this.#manifestBytes = bytes;
    const [catalogue, actors] = await Promise.all([this.#index.json(manifest.catalogue), this.#index.json(manifest.actors)]);
    this.#catalogue = catalogue;
    this.#actors = actors;
    this.#build();
    this.#container.dataset.state = 'ready';
    this.dataset.state = 'ready';
    this.#status.hidden = true;
    this.#app.hidden = false;
    const view = this.getAttribute('view');
    this.#select(VIEWS.includes(view) ? view : 'briefs', false);
    this.dispatchEvent(new CustomEvent('brief-insights-library:ready', { bubbles: true, composed: true }));
  }

  #fail(error) {
    this.#container.dataset.state = 'error';
    this.dataset.state = 'error';
    this.#status.hidden = true;
    this.#error.hidden = false;
    this.#error.textContent = this.#t.failed(error?.message ?? String(error));
  }

  #build() {
    const t = this.#t;
    this.#app.replaceChildren();
    this.#app.lang = this.#lang;
    const tablist = el('div', 'bil-tabs', 'tabs');
    tablist.setAttribute('role', 'tablist');
    tablist.setAttribute('aria-label', t.tablist);
    for (const view of VIEWS) {
      const tab = el('button', 'bil-tab', 'tab', t.views[view]);
      tab.type = 'button';
      tab.id = `${this.#prefix}tab-${view}`;
      tab.dataset.view = view;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', `${this.#prefix}panel-${view}`);
      tab.addEventListener('click', () => this.#select(view, true));
      tab.addEventListener('keydown', (event) => this.#onTabKey(event, view));
      this.#tabs[view] = tab;
      tablist.append(tab);
      const panel = el('div', 'bil-panel', 'panel');
      panel.id = `${this.#prefix}panel-${view}`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = -1;
      this.#panels[view] = panel;
    }
    this.#app.append(tablist, ...VIEWS.map((v) => this.#panels[v]));
    this.#buildBriefs();
    this.#buildSearch();
    this.#buildActors();
  }

  #onTabKey(event, view) {
    const at = VIEWS.indexOf(view);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: VIEWS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = VIEWS[(next + VIEWS.length) % VIEWS.length];
    this.#select(target, true);
  }

  #select(view, focus) {
    this.#view = view;
    for (const v of VIEWS) {
      const selected = v === view;
      this.#tabs[v].setAttribute('aria-selected', String(selected));
      this.#tabs[v].tabIndex = selected ? 0 : -1;
      this.#panels[v].hidden = !selected;
    }
    if (focus) this.#tabs[view].focus();
  }

  // --- Briefs and filters ---

  #buildBriefs() {
    const t = this.#t;
    const panel = this.#panels.briefs;
    const form = el('form', 'bil-filters', 'filters');
    form.setAttribute('role', 'search');
    form.setAttribute('aria-label', t.filters);
    form.addEventListener('submit', (e) => e.preventDefault());
    const actorName = new Map(this.#actors.map((a) => [a.key, a.names.join(' / ')]));
    const values = {
      actor: (b) => b.actors,
      axis: (b) => b.axes,
      sector: (b) => b.sectors,
      year: (b) => [String(b.year)],
      language: (b) => [b.language],
    };
    const label = {
      actor: (v) => actorName.get(v) ?? v,
      language: (v) => t.languageNames[v.toLowerCase()] ?? v,
    };
    for (const name of Object.keys(values)) {
      const counts = new Map();
      for (const b of this.#catalogue) for (const v of new Set(values[name](b))) counts.set(v, (counts.get(v) ?? 0) + 1);
      const wrapper = el('label', 'bil-filter', 'filter');
      wrapper.append(el('span', 'bil-filter-label', null, t.filter[name]));
      const select = el('select', 'bil-select', 'select');
      select.name = name;
      select.append(new Option(t.any, ''));
      const options = [...counts].map(([v, n]) => ({ v, n, text: (label[name] ?? ((x) => x))(v) }));
      options.sort((a, b) => (name === 'year' ? b.v.localeCompare(a.v) : a.text.localeCompare(b.text)));
      for (const o of options) select.append(new Option(`${o.text} (${o.n})`, o.v));
      select.addEventListener('change', () => {
        this.#filters[name] = select.value;
        this.#renderBriefs();
      });
      wrapper.append(select);
      form.append(wrapper);
    }
    this.#filterValues = values;
    this.#briefStatus = el('p', 'bil-count', 'count');
    this.#briefStatus.setAttribute('role', 'status');
    this.#briefList = el('ul', 'bil-briefs', 'briefs');
    panel.append(form, this.#briefStatus, this.#briefList);
    this.#renderBriefs();
  }

  #filterValues = {};

  #renderBriefs() {
    const t = this.#t;
    const shown = this.#catalogue.filter((b) =>
      Object.entries(this.#filters).every(([name, value]) => !value || this.#filterValues[name](b).map(String).includes(value)),
    );
    this.#briefStatus.textContent = t.briefCount(shown.length, this.#catalogue.length);
    this.#briefList.replaceChildren(
      ...shown.map((b) => {
        const li = el('li', 'bil-brief', 'brief');
        li.lang = b.language;
        const h = el('h3', 'bil-brief-title');
        const a = el('a', null, 'link', b.title);
        a.href = this.#index.pageUrl(b.url);
        h.append(a);
        const meta = el('p', 'bil-meta', 'meta');
        const time = el('time', null, null, b.date);
        time.dateTime = b.day;
        const language = el('span', null, null, t.languageNames[b.language.toLowerCase()] ?? b.language);
        language.lang = this.#lang;
        meta.append(`${b.series} ${b.number} · `, time, ` · ${b.authors.join(', ')} · `, language);
        li.append(h, meta);
        if (b.summary) li.append(el('p', 'bil-summary', 'summary', b.summary));
        return li;
      }),
    );
  }

  // --- Search ---

  #buildSearch() {
    const t = this.#t;
    const panel = this.#panels.search;
    const form = el('form', 'bil-search', 'search');
    form.setAttribute('role', 'search');
    form.addEventListener('submit', (e) => e.preventDefault());
    const label = el('label', 'bil-search-label', null, t.searchLabel);
    const input = el('input', 'bil-input', 'input');
    input.type = 'search';
    input.id = `${this.#prefix}q`;
    input.autocomplete = 'off';
    input.spellcheck = false;
    label.htmlFor = input.id;
    const hint = el('p', 'bil-hint', 'hint', t.searchHint);
    hint.id = `${this.#prefix}hint`;
    input.setAttribute('aria-describedby', hint.id);
    input.addEventListener('input', () => this.search(input.value));
    form.append(label, input, hint);
    this.#searchInput = input;
    this.#searchStatus = el('p', 'bil-count', 'count');
    this.#searchStatus.setAttribute('role', 'status');
    this.#results = el('ol', 'bil-results', 'results');
    this.#results.setAttribute('aria-label', t.views.search);
    this.#moreButton = el('button', 'bil-more', 'more', t.showMore);
    this.#moreButton.type = 'button';
    this.#moreButton.hidden = true;
    this.#moreButton.addEventListener('click', () => this.#showMore());
    panel.append(form, this.#searchStatus, this.#results, this.#moreButton);
  }

  /**
   * Searches the insights of every brief and shows the first page of results. Resolves to the number of
   * results when they are shown (the same detail as the results event).
   */
  async search(query) {
    const seq = ++this.#searchSeq;
    const index = this.#index;
    if (!index) return null;
    if (this.#view !== 'search') this.#select('search', false);
    if (this.#searchInput.value !== query) this.#searchInput.value = query;
    const bytesBefore = index.bytes;
    const terms = queryTerms(query);
    if (terms.length === 0) {
      this.#pending = null;
      this.#results.replaceChildren();
      this.#searchStatus.textContent = '';
      this.#moreButton.hidden = true;
      return null;
    }
    const plans = index.plan(terms);
    const shards = await index.loadShards(plans);
    if (seq !== this.#searchSeq) return null;
    const started = performance.now();
    const hits = index.search(plans, shards);
    const searchMs = performance.now() - started;
    this.#pending = { plans, hits, next: 0, verified: 0, rejected: 0, seq };
    this.#results.replaceChildren();
    await this.#showMore();
    if (seq !== this.#searchSeq) return null;
    const pending = this.#pending;
    const count = pending.hits.length - pending.rejected;
    // The manifest was fetched when the element started: the first search counts it, as it needed it.
    const detail = { query, count, searchMs, fetchedBytes: index.bytes - bytesBefore + this.#manifestBytes };
    this.#manifestBytes = 0;
    this.dispatchEvent(new CustomEvent('brief-insights-library:results', { bubbles: true, composed: true, detail }));
    return detail;
  }

  /** Shows the next page of verified results. */
  async #showMore() {
    const pending = this.#pending;
    if (!pending) return;
    const needsVerification = pending.plans.some((p) => p.verify);
    const page = [];
    while (page.length < PAGE_SIZE && pending.next < pending.hits.length) {
      const batch = pending.hits.slice(pending.next, pending.next + PAGE_SIZE - page.length);
      pending.next += batch.length;
      const records = await Promise.all(batch.map(([n]) => this.#index.record(n)));
      if (pending.seq !== this.#searchSeq) return;
      for (const record of records) {
        if (!record) continue;
        if (needsVerification) {
          const text = foldedText(record);
          if (!pending.plans.every((p) => !p.verify || text.includes(p.verify))) {
            pending.rejected += 1;
            continue;
          }
        }
        page.push(record);
      }
    }
    pending.verified += page.length;
    this.#results.append(...page.map((r) => this.#result(r, pending.plans)));
    const remaining = pending.next < pending.hits.length;
    this.#moreButton.hidden = !remaining;
    const shown = pending.hits.length - pending.rejected;
    this.#searchStatus.textContent = this.#t.results(shown, false);
  }

  #result(record, plans) {
    const t = this.#t;
    const brief = record.briefInfo ?? {};
    const li = el('li', 'bil-result', 'result');
    li.lang = brief.language ?? '';
    const kind = el('span', 'bil-kind', 'kind', t.kinds[record.kind] ?? record.kind);
    kind.lang = this.#lang;
    const heading = el('h3', 'bil-result-title');
    const link = el('a', null, 'link');
    link.href = this.#index.pageUrl(`${brief.url}#brief-insights=${record.view}/${record.id}`);
    highlighted(link, record.title, highlightRanges(record.title, plans));
    heading.append(link);
    li.append(kind, heading);
    // The best other text: the first with a match, else the first.
    const texts = record.texts.map(([, text]) => text);
    const matchedText = texts.find((text) => highlightRanges(text, plans).length > 0);
    if (matchedText) li.append(highlighted(el('p', 'bil-text', 'text'), matchedText, highlightRanges(matchedText, plans)));
    else if (texts[0]) li.append(el('p', 'bil-text', 'text', texts[0]));
    // The citation: the quote with a match, else the first quote, with its paragraph and brief.
    const quote = record.quotes.find(([, q]) => highlightRanges(q, plans).length > 0) ?? record.quotes[0];
    const figure = el('figure', 'bil-citation', 'citation');
    if (quote) {
      const blockquote = el('blockquote', 'bil-quote', 'quote');
      blockquote.cite = link.href;
      highlighted(blockquote, quote[1], highlightRanges(quote[1], plans));
      figure.append(blockquote);
    }
    const caption = el('figcaption', 'bil-source', 'source');
    const briefLink = el('a', null, 'brief-link', brief.title ?? record.brief);
    briefLink.href = this.#index.pageUrl(brief.url ?? '');
    caption.append(`${brief.series ?? ''} ${brief.number ?? ''} · `, briefLink, ` · ${brief.date ?? ''}`);
    if (quote) caption.append(` · ${t.paragraph(quote[0])}`);
    figure.append(caption);
    li.append(figure);
    return li;
  }

  // --- Actors across briefs ---

  #buildActors() {
    const t = this.#t;
    const panel = this.#panels.actors;
    const label = el('label', 'bil-filter', 'filter');
    label.append(el('span', 'bil-filter-label', null, t.actorLabel));
    const select = el('select', 'bil-select', 'select');
    select.append(new Option(t.chooseActor, ''));
    for (const a of this.#actors) select.append(new Option(`${a.names.join(' / ')} (${a.briefs})`, a.key));
    select.addEventListener('change', () => this.showActor(select.value));
    label.append(select);
    this.#actorSelect = select;
    this.#actorStatus = el('p', 'bil-count', 'count');
    this.#actorStatus.setAttribute('role', 'status');
    this.#timeline = el('ol', 'bil-timeline', 'timeline');
    this.#timeline.setAttribute('aria-label', t.views.actors);
    panel.append(label, this.#actorStatus, this.#timeline);
  }

  /** Shows one actor's timeline across briefs (its key from actors.json). */
  async showActor(key) {
    const t = this.#t;
    if (this.#view !== 'actors') this.#select('actors', false);
    if (this.#actorSelect.value !== key) this.#actorSelect.value = key;
    if (!key) {
      this.#timeline.replaceChildren();
      this.#actorStatus.textContent = '';
      return;
    }
    const timeline = await this.#index.json(`actors/${encodeURIComponent(key)}.json`);
    const briefs = new Set(timeline.points.map((p) => p.brief)).size;
    this.#actorStatus.textContent = t.actorPoints(timeline.names.join(' / '), timeline.points.length, briefs);
    this.#timeline.replaceChildren(
      ...timeline.points.map((p) => {
        const li = el('li', `bil-point bil-point-${p.kind}`, 'point');
        li.lang = p.language;
        const time = el('time', 'bil-point-date', 'date', p.date);
        time.dateTime = p.day;
        const brief = el('a', 'bil-point-brief', 'brief-link', p.briefTitle);
        brief.href = this.#index.pageUrl(`briefs/${p.brief}.html`);
        const head = el('p', 'bil-point-head');
        head.append(time, ' · ', brief);
        const what = el('p', 'bil-point-what');
        const kind = el('span', 'bil-kind', 'kind', t.kinds[p.kind]);
        kind.lang = this.#lang;
        if (p.kind === 'relation') {
          what.append(kind, ` ${p.name} → ${p.partner}: ${p.role}`);
          if (p.stance) {
            const stance = el('span', `bil-stance bil-stance-${p.stance}`, 'stance', p.stance);
            what.append(' ', stance);
          }
        } else {
          what.append(kind, ` ${p.name}`);
        }
        li.append(head, what);
        if (p.text) li.append(el('p', 'bil-text', 'text', p.text));
        const figure = el('figure', 'bil-citation', 'citation');
        if (p.quote) figure.append(el('blockquote', 'bil-quote', 'quote', p.quote));
        const caption = el('figcaption', 'bil-source', 'source');
        const open = el('a', null, 'link', t.openInBrief);
        open.href = this.#index.pageUrl(p.url);
        if (p.paragraph) caption.append(`${t.paragraph(p.paragraph)} · `);
        caption.append(open);
        figure.append(caption);
        li.append(figure);
        return li;
      }),
    );
  }
}

if (globalThis.customElements && !customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, BriefInsightsLibrary);
