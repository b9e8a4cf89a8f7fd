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
// The version of the library's files this element reads (src/site/mod.rs LIBRARY_FORMAT).
const LIBRARY_FORMAT = 3;
// The positions of a bigram key are under the key with this suffix (src/site/index.rs POSITIONS_SUFFIX).
const POSITIONS_SUFFIX = '#p';
const VIEWS = ['briefs', 'search', 'actors'];
const PAGE_SIZE = 10;
// Head shards fetched with the term shards of a query of one term of several keys: a bound that keeps a
// search within its budget of bytes (issue 17: 100 KB). A head shard never spans two term shards, so the
// head of a common key (which fills a term shard on its own) is small, about 1 KB gzipped at N = 10,000;
// a rare key's shares a shard with its neighbours' (up to ~12 KB).
const MAX_HEAD_SHARDS = 3;
// Briefs listed at a time (a library may hold thousands).
const BRIEF_PAGE_SIZE = 50;
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
    briefCount: (n, total) => (n === total ? `${total} ${total === 1 ? 'brief' : 'briefs'}` : `${n} of ${total} briefs`),
    filters: 'Filter briefs',
    any: 'All',
    filter: { actor: 'Actor', axis: 'Axis', sector: 'Sector', year: 'Year', language: 'Language' },
    searchLabel: 'Search the insights of every brief',
    searchHint: 'Words in any language; Korean words are found inside compounds.',
    results: (n, more) => (n === 0 ? 'No results' : `${n}${more ? '+' : ''} ${n === 1 ? 'result' : 'results'}`),
    searching: 'Searching…',
    searchFailed: (detail) => `The search could not be completed (${detail}). Type again to retry.`,
    showMore: 'Show more results',
    showMoreBriefs: 'Show more briefs',
    briefsFailed: (detail) => `More briefs could not be loaded (${detail}). Press the button to try again.`,
    acrossBriefs: (name) => `${name} across briefs`,
    paragraph: (p) => `¶ ${p}`,
    in: 'in',
    openInBrief: 'Open in the brief',
    actorLabel: 'Actor',
    actorFailed: (detail) => `This actor's timeline could not be loaded (${detail}).`,
    chooseActor: 'Choose an actor',
    actorPoints: (name, points, briefs) =>
      `${name}: ${points} ${points === 1 ? 'mention' : 'mentions'} in ${briefs} ${briefs === 1 ? 'brief' : 'briefs'}`,
    noActors: 'No brief of this library names an actor.',
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
    searchFailed: (detail) => `검색하지 못했습니다(${detail}). 다시 입력하면 다시 시도합니다.`,
    showMore: '결과 더 보기',
    showMoreBriefs: '브리프 더 보기',
    briefsFailed: (detail) => `브리프를 더 불러올 수 없습니다(${detail}). 버튼을 누르면 다시 시도합니다.`,
    acrossBriefs: (name) => `브리프별 ${name}`,
    paragraph: (p) => `¶ ${p}`,
    in: '출처',
    openInBrief: '브리프에서 열기',
    actorLabel: '행위자',
    actorFailed: (detail) => `이 행위자의 변화를 불러올 수 없습니다(${detail}).`,
    chooseActor: '행위자를 고르세요',
    actorPoints: (name, points, briefs) => `${name}: 브리프 ${briefs}개에서 ${points}회 언급`,
    noActors: '이 자료실의 브리프에는 행위자가 없습니다.',
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

/** Whether `key` is a bigram of a CJK run (is_bigram): its postings carry positions. */
function isBigram(key) {
  const chars = Array.from(key);
  return chars.length === 2 && chars.every((c) => isCjk(c.codePointAt(0)));
}

/**
 * What a term must match: its keys; for several keys, either a `phrase` (one CJK run: its bigrams at
 * consecutive positions, checked from the index) or a `verify` text (anything else, e.g. won-dollar:
 * checked against the item's folded text). `needle` is what highlighting looks for.
 */
export function termPlan(term) {
  const keys = queryKeys(term);
  const trimmed = term.replace(/^[^\p{Alphabetic}\p{N}]+|[^\p{Alphabetic}\p{N}]+$/gu, '');
  const oneRun = keys.length > 1 && keys.every(isBigram) && Array.from(trimmed).every((c) => isCjk(c.codePointAt(0)));
  // A word of m chars is fixed by the bigrams at offsets 0, 2, 4, … and m - 2: together they cover every
  // char, so only those are fetched and checked (about half of its bigrams).
  const offsets = [];
  if (oneRun) {
    for (let o = 0; o < keys.length; o += 2) offsets.push(o);
    if (offsets.at(-1) !== keys.length - 1) offsets.push(keys.length - 1);
  }
  return {
    keys: oneRun ? offsets.map((o) => keys[o]) : keys,
    offsets,
    needle: keys.length > 1 ? trimmed : keys[0] ?? '',
    phrase: oneRun,
    verify: keys.length > 1 && !oneRun ? trimmed : null,
    cjk: keys.length > 0 && isCjk(keys[0].codePointAt(0)),
  };
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

export class LibraryIndex {
  #base;
  #manifest;
  #shards = new Map();
  #records = new Map();
  #heads = new Map();
  /** Records brought by head shards, by item number. */
  #headRecords = new Map();
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

  async #fetchJson(url, cache, prepare = (data) => data) {
    if (!cache.has(url)) {
      const loading = fetchJson(url).then(({ data, bytes }) => {
        this.bytes += bytes;
        return prepare(data);
      });
      cache.set(url, loading);
      // A failed fetch (a network blip, a host's 503) is not kept: the next search that needs the file
      // asks for it again instead of failing until the page is reloaded.
      loading.catch(() => cache.delete(url));
    }
    return cache.get(url);
  }

  /** The term shard a key falls in. */
  shardOf(key) {
    return shardHolding(this.#manifest.terms.first, key);
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

  /**
   * The head shards a query fetches with its term shards. A query of one term: for one key, its key's
   * head is the first page (a prefix: the whole word's head); for several keys (a Korean word of three
   * or more syllables, `won-dollar`), the keys of one word mostly occur together, in that word, so the
   * first page of the word is usually among the first pages of its keys: their heads (at most
   * {@link MAX_HEAD_SHARDS}) are fetched with the term shards, and only the records they miss cost a
   * second round trip. A query of several terms fetches none: its first page is the intersection of
   * words that need not occur together, which their heads rarely hold.
   */
  headShardsFor(plans) {
    if (plans.length !== 1) return [];
    const shards = [...new Set(plans[0].keys.map((key) => this.headShardOf(key)))];
    return shards.slice(0, MAX_HEAD_SHARDS);
  }

  /** The head shard a key's first page of records falls in. */
  headShardOf(key) {
    return shardHolding(this.#manifest.heads.first, key);
  }

  /**
   * Fetches, at once, the term shards of every key of the query and, for a query of one term, the head
   * shards holding the records of its keys' first pages: one round trip to the first results when they
   * are there.
   */
  async loadShards(plans) {
    const wanted = [...new Set(plans.flatMap((p) => p.shards))];
    const { path } = this.#manifest.terms;
    const wantedHeads = this.#manifest.heads?.first.length ? this.headShardsFor(plans) : [];
    const [loaded] = await Promise.all([
      Promise.all(wanted.map((i) => this.#fetchJson(this.url(`${path}${i}.json`), this.#shards, LibraryIndex.decode))),
      this.loadHeads(wantedHeads),
    ]);
    return new Map(wanted.map((i, n) => [i, loaded[n]]));
  }

  /**
   * Keeps the records of a head shard, with the briefs they cite, by item number; the shard's value is
   * its keys' first pages of postings, decoded, each with its whole list's `count`.
   */
  #keepHeads(shard) {
    for (const [n, item] of Object.entries(shard.items ?? {})) {
      const number = Number(n);
      if (!this.#headRecords.has(number)) this.#headRecords.set(number, { ...item, number, briefInfo: shard.briefs?.[item.brief] });
    }
    return LibraryIndex.decodeHeads(shard);
  }

  /** A head shard's keys (`lists`: each key's first postings and count) as decoded lists with their `count`. */
  static decodeHeads(shard) {
    const lists = new Map();
    for (const [key, { count, head }] of Object.entries(shard.lists ?? {})) lists.set(key, { ...decodeList(head), count });
    return lists;
  }

  /**
   * For a query of one term of one key (a word, and every keystroke of it): the head shards holding
   * the first page and count of every key it matches, when they are few (at most
   * {@link MAX_HEAD_SHARDS}); else null, and the term shards are read. The first page then needs
   * neither the term shards nor the record shards, and costs the same bytes however long the keys'
   * lists: "policy" in 95,000 items at N = 10,000 as in 9,000 at 1,000.
   */
  headsOnly(plans) {
    const [plan] = plans;
    if (plans.length !== 1 || plan.keys.length !== 1 || !this.#manifest.heads?.first.length) return null;
    const key = plan.keys[0];
    const from = this.headShardOf(key);
    const to = plan.prefix ? this.headShardOf(key + '\u{10FFFF}') : from;
    return to - from + 1 <= MAX_HEAD_SHARDS ? range(from, to) : null;
  }

  /** Fetches head shards (at once), as their keys' decoded first pages, by shard number. */
  async loadHeads(wanted) {
    const heads = this.#manifest.heads;
    const loaded = await Promise.all(
      wanted.map((i) => this.#fetchJson(this.url(`${heads.path}${i}.json`), this.#heads, (s) => this.#keepHeads(s))),
    );
    return new Map(wanted.map((i, n) => [i, loaded[n]]));
  }

  /**
   * The search of one one-key term over its keys' first pages (see `headsOnly`): the first page is
   * exact (an item of it is in the first page of the key that gives it its points, see
   * `Ranking.fromHeads`); the rest, and the count of a prefix spanning several keys, need the term shards.
   */
  searchHeads(plans, heads) {
    const lists = wordLists(plans[0], heads.values());
    if (lists.length === 0) return Ranking.EMPTY;
    return Ranking.fromHeads(lists, this.#manifest.heads.items);
  }

  /**
   * A shard as loaded: each key's postings decoded into typed arrays once, when the shard arrives. A
   * list is in score order (src/site/index.rs `score_order`): its weight-3 postings (title), then
   * weight 2 (other text), then weight 1 (quote), each tier in ascending item numbers; `tiers` holds
   * the [start, end) of each tier, so the list can be looked up by item number (a binary search per
   * tier) and its head is the key's first page.
   */
  static decode(shard) {
    const keys = new Map();
    for (const [key, encoded] of Object.entries(shard)) {
      if (key.endsWith(POSITIONS_SUFFIX)) continue;
      const list = decodeList(encoded);
      list.count = encoded.length;
      keys.set(key, list);
    }
    // A bigram's positions: for each posting (in the list's order), a count, then the first and the gaps.
    for (const [key, encoded] of Object.entries(shard)) {
      const list = key.endsWith(POSITIONS_SUFFIX) ? keys.get(key.slice(0, -POSITIONS_SUFFIX.length)) : null;
      if (!list) continue;
      const offsets = new Uint32Array(list.items.length + 1);
      const positions = new Uint32Array(encoded.length);
      let at = 0;
      let n = 0;
      for (let i = 0; i < list.items.length; i++) {
        const count = encoded[at++] ?? 0;
        let p = 0;
        offsets[i] = n;
        for (let j = 0; j < count; j++) {
          p += encoded[at++];
          positions[n++] = p;
        }
      }
      offsets[list.items.length] = n;
      list.offsets = offsets;
      list.positions = positions;
    }
    return keys;
  }

  /**
   * The in-memory search over loaded shards (as LibraryIndex::search in src/site/index.rs): the items
   * having every term, best first (ties in library order), as a {@link Ranking}. Verification of
   * multi-key terms that are not one CJK run is left to the caller, which loads the records anyway.
   *
   * A query of one one-key term (most queries, and every keystroke of a typed word) walks its keys'
   * lists in score order and stops once a page is full: its cost does not grow with the number of
   * matches. Any other query starts from its rarest term and looks each of its items up in the other
   * terms' lists: its cost grows with the rarest term's matches, not with the most frequent one's.
   */
  search(plans, shards) {
    const terms = [];
    for (const plan of plans) {
      if (plan.keys.length === 0) continue;
      const term = { plan, lists: [] };
      if (plan.keys.length === 1) {
        term.lists = wordLists(plan, plan.shards.map((i) => shards.get(i)));
        term.size = term.lists.reduce((sum, l) => sum + l.list.items.length, 0);
      } else {
        for (const key of plan.keys) {
          const list = shards.get(this.shardOf(key))?.get(key);
          if (!list || (plan.phrase && !list.positions)) return Ranking.EMPTY;
          term.lists.push({ list, factor: 2 });
        }
        term.size = Math.min(...term.lists.map((l) => l.list.items.length));
      }
      if (term.lists.length === 0) return Ranking.EMPTY;
      terms.push(term);
    }
    if (terms.length === 0) return Ranking.EMPTY;
    if (terms.length === 1 && terms[0].plan.keys.length === 1) return Ranking.walk(terms[0].lists);
    return Ranking.scored(terms);
  }

  /** The record of item `n`, with the brief it cites: from a head shard if one brought it, else its record shard. */
  async record(n) {
    const head = this.#headRecords.get(n);
    if (head) return head;
    const { path, perShard } = this.#manifest.records;
    const shard = await this.#fetchJson(this.url(`${path}${Math.floor(n / perShard)}.json`), this.#records);
    const item = shard.items[n % perShard];
    return item ? { ...item, number: n, briefInfo: shard.briefs[item.brief] } : null;
  }

  async json(relative) {
    return (await fetchJson(this.url(relative))).data;
  }
}

/**
 * The lists a one-key term reads in decoded shards (term shards, or the heads of `LibraryIndex.decodeHeads`):
 * its key's and, for a prefix, those of the longer words it starts. The whole word counts double; a
 * longer word it starts, once.
 */
function wordLists(plan, shards) {
  const key = plan.keys[0];
  const lists = [];
  for (const shard of shards) {
    if (!shard) continue;
    const keys = plan.prefix ? [...shard.keys()].filter((k) => k.startsWith(key)) : shard.has(key) ? [key] : [];
    for (const k of keys) lists.push({ list: shard.get(k), factor: k === key ? 2 : 1 });
  }
  return lists;
}

/**
 * A posting list as stored (score order, each `gap * 4 + weight`), as typed arrays: `items`, `weights`,
 * and `tiers`, the [start, end) of each run of one weight.
 */
function decodeList(encoded) {
  const items = new Uint32Array(encoded.length);
  const weights = new Uint8Array(encoded.length);
  const tiers = [];
  let n = 0;
  for (let i = 0; i < encoded.length; i++) {
    const value = encoded[i];
    const weight = value % 4;
    // A new weight starts a new tier, whose first gap counts from 0.
    if (i === 0 || weight !== weights[i - 1]) {
      n = 0;
      if (tiers.length) tiers.at(-1)[1] = i;
      tiers.push([i, encoded.length]);
    }
    n += Math.floor(value / 4);
    items[i] = n;
    weights[i] = weight;
  }
  return { items, weights, tiers };
}

/** Of shards that start at the sorted keys `first`, the one holding `key`: the last whose first key is not
 *  after it (binary search). */
function shardHolding(first, key) {
  let lo = 0;
  let hi = first.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (compareKeys(first[mid], key) <= 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function range(from, to) {
  const out = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/**
 * The results of a search, best first, produced as they are asked for: `take(k)` the next k item
 * numbers; `count` how many there are (exact: computed from the lists' lengths, or when the whole
 * ranking is known), `countMs` what computing it cost when it needed a pass over the lists.
 */
class Ranking {
  static EMPTY = new Ranking(() => null, 0);

  #next;
  #count;
  countMs = 0;

  constructor(next, count) {
    this.#next = next;
    this.#count = count;
  }

  /** The next `k` results (fewer at the end). */
  take(k) {
    const out = [];
    while (out.length < k) {
      const n = this.#next();
      if (n === null) break;
      out.push(n);
    }
    return out;
  }

  /**
   * Whether this ranking holds only the first page: made from the keys' heads (`fromHeads`), the rest
   * needing their whole lists.
   */
  partial = false;

  /** Whether the exact count is known without reading more of the lists. */
  get countKnown() {
    return typeof this.#count === 'number';
  }

  /** The exact count (null for a partial ranking that does not know it). */
  get count() {
    if (typeof this.#count === 'function') {
      const started = performance.now();
      this.#count = this.#count();
      this.countMs = performance.now() - started;
    }
    return this.#count;
  }

  *[Symbol.iterator]() {
    for (let n = this.#next(); n !== null; n = this.#next()) yield n;
  }

  /**
   * One term of one key (or several keys it is the prefix of): the lists' tiers are walked by points
   * (factor × weight), best first, and within equal points in library order (a merge of the ascending
   * tiers); an item already given at higher points (another key of the prefix) is skipped. Nothing is
   * read beyond the results asked for.
   */
  static walk(lists) {
    const segments = [];
    for (const { list, factor } of lists) {
      for (const [start, end] of list.tiers) {
        segments.push({ points: factor * list.weights[start], items: list.items, at: start, end });
      }
    }
    segments.sort((a, b) => b.points - a.points);
    const given = lists.length > 1 ? new Set() : null;
    let from = 0;
    const next = () => {
      while (from < segments.length) {
        // The segments of the current points: the smallest next item among them.
        const points = segments[from].points;
        let best = null;
        for (let s = from; s < segments.length && segments[s].points === points; s++) {
          const segment = segments[s];
          if (segment.at < segment.end && (best === null || segment.items[segment.at] < best.items[best.at])) best = segment;
        }
        if (best === null) {
          while (from < segments.length && segments[from].points === points) from++;
          continue;
        }
        const n = best.items[best.at++];
        if (given) {
          if (given.has(n)) continue;
          given.add(n);
        }
        return n;
      }
      return null;
    };
    // One key: its postings are its items, each once. Several: the distinct items, counted when asked.
    const count = lists.length === 1
      ? lists[0].list.items.length
      : () => {
          const seen = new Set();
          for (const { list } of lists) for (const n of list.items) seen.add(n);
          return seen.size;
        };
    return new Ranking(next, count);
  }

  /**
   * One term of one key (or several keys it is the prefix of) from the first `headItems` postings of each
   * key and the length of its list: the same walk, whose first `headItems` results are exact. For an
   * item X among them, with its points from key K: every item before X in K's list has at least X's
   * points, so it is a distinct result before X; there are fewer than `headItems` of them, so X is in
   * K's head, with those points. An item the heads give at fewer points than its best (its best key's
   * head misses it) is below X anyway. Past those results, a key whose head is not its whole list could
   * hold the next one: the ranking is `partial`, and its count is known for one key only.
   */
  static fromHeads(lists, headItems) {
    const walk = Ranking.walk(lists);
    if (lists.every(({ list }) => list.count === list.items.length)) return walk;
    const page = walk.take(headItems);
    const ranking = new Ranking(() => page.shift() ?? null, lists.length === 1 ? lists[0].list.count : null);
    ranking.partial = true;
    return ranking;
  }

  /**
   * Several terms, or a term of several keys: the items of the rarest term (its *driver* list or lists),
   * matched against the other terms' lists (points added; for a CJK word, its bigrams at consecutive
   * positions). The driver is read tier by tier, best points first; a tier's items are ascending, so they
   * are matched as a batch, by merging them with each other list's ascending tiers (see `locate`), the
   * candidates left after one term being the only ones looked for in the next. After each tier, the items
   * found whose points exceed what any item of the remaining tiers could reach (the next tier's points
   * plus every other key's best weight) are final and given in order. So the first page usually needs the
   * driver's first tier only; the exact count reads every tier, when it is asked for.
   */
  static scored(terms) {
    const rarest = terms.reduce((a, b) => (b.size < a.size ? b : a));
    const best = ({ list, factor }) => factor * list.weights[0];
    let drivers;
    // The most points the other terms, and the driver term's other keys, can add to a driver item.
    let rest = 0;
    for (const term of terms) {
      if (term === rarest) continue;
      rest += term.plan.keys.length === 1 ? Math.max(...term.lists.map(best)) : term.lists.reduce((sum, l) => sum + best(l), 0);
    }
    if (rarest.plan.keys.length === 1) {
      drivers = rarest.lists;
    } else {
      const driver = rarest.lists.reduce((a, b) => (b.list.items.length < a.list.items.length ? b : a));
      drivers = [driver];
      rest += rarest.lists.reduce((sum, l) => sum + (l === driver ? 0 : best(l)), 0);
    }
    const segments = [];
    for (const { list, factor } of drivers) {
      for (const [start, end] of list.tiers) segments.push({ points: factor * list.weights[start], list, start, end });
    }
    segments.sort((x, y) => y.points - x.points);
    const seen = drivers.length > 1 ? new Set() : null;
    let pending = [];
    const final = [];
    let at = 0;
    let segment = 0;
    /** Reads the driver segments of the next points; moves what is now certain to `final`. */
    const advance = () => {
      const points = segments[segment].points;
      for (; segment < segments.length && segments[segment].points === points; segment++) {
        const { list, start, end, points: segmentPoints } = segments[segment];
        let candidates = list.items.subarray(start, end);
        // An item can be in several driver lists (keys of a prefix): it is scored once, at its best.
        if (seen !== null) {
          candidates = candidates.filter((n) => !seen.has(n));
          for (const n of candidates) seen.add(n);
        }
        let totals = new Int32Array(candidates.length);
        // Term after term, only the candidates matching every term so far are looked for.
        for (const term of terms) {
          if (candidates.length === 0) break;
          // A driver term of one key gives each item the segment's points: the segments are read best
          // points first, so an item is met first (and only scored then) at its best.
          const termPoints = term === rarest && term.plan.keys.length === 1
            ? new Int32Array(candidates.length).fill(segmentPoints)
            : pointsOf(term, candidates);
          let kept = 0;
          const keptCandidates = new Uint32Array(candidates.length);
          for (let i = 0; i < candidates.length; i++) {
            if (termPoints[i] === 0) continue;
            keptCandidates[kept] = candidates[i];
            totals[kept] = totals[i] + termPoints[i];
            kept++;
          }
          candidates = keptCandidates.subarray(0, kept);
          totals = totals.subarray(0, kept);
        }
        for (let i = 0; i < candidates.length; i++) pending.push([candidates[i], totals[i]]);
      }
      const bound = segment < segments.length ? segments[segment].points + rest : 0;
      const certain = pending.filter(([, total]) => total > bound);
      pending = pending.filter(([, total]) => total <= bound);
      certain.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      for (const [n] of certain) final.push(n);
    };
    const next = () => {
      while (at === final.length && segment < segments.length) advance();
      return at < final.length ? final[at++] : null;
    };
    const count = () => {
      while (segment < segments.length) advance();
      return final.length;
    };
    return new Ranking(next, count);
  }
}

/**
 * Where each of `candidates` (ascending item numbers) sits in `list`: its index there, or -1. Each tier of
 * the list is ascending too, so a tier is merged with the candidates in one forward pass, skipping ahead
 * by galloping (steps 1, 2, 4, … then a binary search), which costs little when the tier is much longer
 * than the candidates.
 */
function locate(list, candidates) {
  const found = new Int32Array(candidates.length).fill(-1);
  const { items } = list;
  for (const [start, end] of list.tiers) {
    let at = start;
    for (let i = 0; i < candidates.length && at < end; i++) {
      at = firstAtLeast(items, at, end, candidates[i]);
      if (at < end && items[at] === candidates[i]) found[i] = at;
    }
  }
  return found;
}

/** The first index in [from, end) whose item is at least `n` (items ascending there), or `end`. */
function firstAtLeast(items, from, end, n) {
  if (from >= end || items[from] >= n) return from;
  // Gallop: items[lo] < n; double the step until it reaches an item >= n or the end.
  let lo = from;
  let step = 1;
  while (lo + step < end && items[lo + step] < n) {
    lo += step;
    step *= 2;
  }
  // Then a binary search in (lo, min(lo + step, end)].
  let hi = Math.min(lo + step, end);
  lo += 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The points each of `candidates` (ascending item numbers) gets from a term: 0 where it does not match.
 * A term of one key (or the keys it is a prefix of): the best of factor × weight over its lists. A term
 * of several keys: the sum over its keys, when it has them all; for a CJK word, only if its bigrams sit at
 * consecutive positions, checked for those candidates alone.
 */
function pointsOf(term, candidates) {
  const points = new Int32Array(candidates.length);
  if (term.plan.keys.length === 1) {
    for (const { list, factor } of term.lists) {
      const found = locate(list, candidates);
      for (let i = 0; i < candidates.length; i++) {
        if (found[i] >= 0) points[i] = Math.max(points[i], factor * list.weights[found[i]]);
      }
    }
    return points;
  }
  const founds = term.lists.map(({ list }) => locate(list, candidates));
  const lists = term.lists.map(({ list }) => list);
  const column = new Int32Array(lists.length);
  for (let i = 0; i < candidates.length; i++) {
    let total = 0;
    for (let k = 0; k < lists.length && total >= 0; k++) {
      const found = founds[k][i];
      column[k] = found;
      total = found < 0 ? -1 : total + term.lists[k].factor * lists[k].weights[found];
    }
    if (total <= 0) continue;
    if (term.plan.phrase && !phraseAt(lists, column, term.plan.offsets)) continue;
    points[i] = total;
  }
  return points;
}

/** Whether some position of the first bigram has each other bigram at its offset after it. */
function phraseAt(lists, found, offsets) {
  const first = lists[0];
  for (let a = first.offsets[found[0]]; a < first.offsets[found[0] + 1]; a++) {
    const start = first.positions[a];
    let all = true;
    for (let k = 1; k < lists.length && all; k++) {
      const list = lists[k];
      let hit = false;
      for (let b = list.offsets[found[k]]; b < list.offsets[found[k] + 1]; b++) {
        if (list.positions[b] === start + offsets[k]) {
          hit = true;
          break;
        }
      }
      all = hit;
    }
    if (all) return true;
  }
  return false;
}

/**
 * Runs the search's loops on made-up postings while the element starts, so that the reader's first search
 * runs compiled code instead of the interpreter (a cold first search is several times slower). The
 * postings are encoded as the builder encodes them and go through the element's own path (`plan`,
 * `decode`, `search`, and a word from its heads), so the compiled code meets lists and plans of the
 * shapes a real search brings, and is not thrown away at the first real one.
 */
function warmUp(index) {
  const encoded = {};
  // Two thousand items a key, a tier of titles and a tier of quotes; each bigram at its offset in the
  // made-up word 가나다라마 (so the phrase check runs), the English keys on every second or third item.
  const keys = [['가나', 0, 2], ['다라', 2, 2], ['라마', 3, 3], ['warm', 0, 2], ['warmer', 0, 3]];
  for (const [key, at, step] of keys) {
    const postings = [];
    const positions = [];
    for (const weight of [3, 1]) {
      for (let i = 0; i < 1000; i++) {
        postings.push((i === 0 ? 0 : step) * 4 + weight);
        positions.push(1, at);
      }
    }
    encoded[key] = postings;
    if (isBigram(key)) encoded[key + POSITIONS_SUFFIX] = positions;
  }
  const shard = LibraryIndex.decode(encoded);
  const heads = new Map([[0, LibraryIndex.decodeHeads({ lists: { warm: { count: 2000, head: encoded.warm.slice(0, 10) } } })]]);
  for (let round = 0; round < 3; round++) {
    for (const query of ['가나다라마', 'warm 가나다라마', '가나다라마 warm', 'warm', 'warm warmer']) {
      const plans = index.plan(queryTerms(query));
      const shards = new Map(plans.flatMap((plan) => plan.shards).map((i) => [i, shard]));
      index.search(plans, shards).take(PAGE_SIZE);
    }
    index.searchHeads(index.plan(queryTerms('warm')), heads).take(PAGE_SIZE);
  }
}

/** Item numbers best first, ties in library order (`items` ascending): a counting sort, as scores are small numbers. */
function byScore(items, scores) {
  let max = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] > max) max = scores[i];
  const starts = new Uint32Array(max + 2);
  for (let i = 0; i < scores.length; i++) starts[max - scores[i] + 1]++;
  for (let s = 1; s < starts.length; s++) starts[s] += starts[s - 1];
  const order = new Uint32Array(items.length);
  for (let i = 0; i < items.length; i++) order[starts[max - scores[i]]++] = items[i];
  return order;
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
    const needle = plan.needle;
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

/** The name of a language tag's language in the UI's labels (`ko-KR`: Korean), else the tag. */
function languageName(tag, t) {
  return t.languageNames[tag.toLowerCase().split(/[-_]/)[0]] ?? tag;
}

/**
 * The `lang` of the closest ancestor that has one, continuing from a shadow root's host (an element placed
 * inside a Lit or Stencil component), as `:lang()` does; as brief-insights.js finds it.
 */
function surroundingLanguage(element) {
  const parentOf = (node) => node.parentElement ?? node.getRootNode().host ?? null;
  for (let node = parentOf(element); node; node = parentOf(node)) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return document.documentElement.lang;
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
  /** Filter → value → places (in the catalogue, newest first) of the briefs having it. */
  #facets = {};
  /** Catalogue pages fetched so far, by number. */
  #cataloguePages = new Map();
  #renderSeq = 0;
  #actors = [];
  #filters = {};
  #briefList;
  #moreBriefsButton;
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
  #actorSeq = 0;
  #rememberTimer = 0;
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
    // Opening a link leaves the page: the place is remembered at once, not a moment later.
    this.#app.addEventListener('click', (event) => {
      if (this.#index && event.target.closest?.('a[href]')) this.#remember();
    });
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
    } else if (name === 'lang' && this.#index) {
      // New labels: the panels are built again in the new language, with the reader's place in them
      // (view, query and its results, filters, actor), as the back button brings it back.
      this.#lang = uiLanguage(after ?? this.#index.manifest.lang);
      const place = this.#place();
      this.#filters = {};
      this.#build();
      this.#restore(place);
    }
  }

  get #t() {
    return TEXT[this.#lang];
  }

  async #start() {
    const src = this.getAttribute('src');
    this.#lang = uiLanguage(this.getAttribute('lang') ?? surroundingLanguage(this));
    this.#status.textContent = this.#t.loading;
    if (!src) throw new Error('the element has no src attribute (the URL of library/manifest.json)');
    const manifestUrl = new URL(src, document.baseURI).href;
    const { data: manifest, bytes } = await fetchJson(manifestUrl);
    // Format 3: postings in score order; head shards with each key's first page of postings and its
    // count (format 2 had heads of records only, format 1 postings in library order).
    if (manifest.format !== LIBRARY_FORMAT) {
      throw new Error(`unknown library format ${manifest.format} (this element reads format ${LIBRARY_FORMAT}; rebuild the site)`);
    }
    if (!this.hasAttribute('lang') && manifest.lang) this.#lang = uiLanguage(manifest.lang);
    this.#index = new LibraryIndex(manifestUrl, manifest);
    this.#manifestBytes = bytes;
    // What the list view shows first: the facets (filter values and the briefs having each), the first
    // page of the catalogue, and the actors; later pages of briefs are fetched as they are shown.
    const [facets, firstPage, actors] = await Promise.all([
      this.#index.json(manifest.catalogue.facets),
      this.#index.json(`${manifest.catalogue.path}0.json`),
      this.#index.json(manifest.actors),
    ]);
    this.#facets = facets;
    this.#cataloguePages = new Map([[0, firstPage]]);
    this.#actors = actors;
    this.#build();
    warmUp(this.#index);
    this.#container.dataset.state = 'ready';
    this.dataset.state = 'ready';
    this.#status.hidden = true;
    this.#app.hidden = false;
    const view = this.getAttribute('view');
    this.#select(VIEWS.includes(view) ? view : 'briefs', false);
    this.#restore();
    this.dispatchEvent(new CustomEvent('brief-insights-library:ready', { bubbles: true, composed: true }));
  }

  // --- The reader's place, kept across the back button ---
  // After opening a result (or any link) and coming back, or after a reload, the reader finds the view,
  // query, filters and actor they left: they are kept in the page's session history entry
  // (history.state, under a key of this element's own), merged into the host page's state when that is
  // an object and left alone when the host keeps something else there.

  get #stateKey() {
    return `${ELEMENT_NAME}:${this.getAttribute('src')}`;
  }

  /** Where the reader is: the view, the query, the filters and the actor. */
  #place() {
    return { view: this.#view, query: this.#searchInput.value, filters: { ...this.#filters }, actor: this.#actorSelect.value };
  }

  #remember() {
    clearTimeout(this.#rememberTimer);
    const state = history.state ?? {};
    if (typeof state !== 'object' || Array.isArray(state)) return;
    try {
      history.replaceState({ ...state, [this.#stateKey]: this.#place() }, '');
    } catch {
      // Safari refuses more than 100 calls in 30 seconds, a sandboxed frame may refuse any: the place is
      // then not kept, and nothing else is lost.
    }
  }

  /** Remembers the place a moment later: a query typed letter by letter is one replaceState, not one each. */
  #rememberSoon() {
    clearTimeout(this.#rememberTimer);
    this.#rememberTimer = setTimeout(() => this.#remember(), 500);
  }

  /** Brings back a place: by default the one remembered in this history entry, if any. */
  #restore(place = history.state?.[this.#stateKey]) {
    if (!place || typeof place !== 'object') return;
    const filters = Object.entries(place.filters ?? {}).filter(([, value]) => value);
    for (const [name, value] of filters) {
      const select = this.#panels.briefs.querySelector(`select[name="${CSS.escape(name)}"]`);
      if (!select) continue;
      select.value = String(value);
      // A value no longer in the library (a brief removed since) is not kept.
      if (select.value === String(value)) this.#filters[name] = select.value;
    }
    if (filters.length) this.#renderBriefs();
    const actor = String(place.actor ?? '');
    if (actor && [...this.#actorSelect.options].some((o) => o.value === actor)) this.showActor(actor).catch(() => {});
    if (place.query) this.search(String(place.query)).catch(() => {});
    if (VIEWS.includes(place.view)) this.#select(place.view, false);
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
    this.#rememberSoon();
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
    const label = {
      actor: (v) => actorName.get(v) ?? v,
      language: (v) => languageName(v, t),
    };
    for (const name of ['actor', 'axis', 'sector', 'year', 'language']) {
      const values = Object.entries(this.#facets[name] ?? {});
      // A filter with nothing to choose (no brief names an actor, or has sectors) is not offered.
      if (values.length === 0) continue;
      const wrapper = el('label', 'bil-filter', 'filter');
      wrapper.append(el('span', 'bil-filter-label', null, t.filter[name]));
      const select = el('select', 'bil-select', 'select');
      select.name = name;
      select.append(new Option(t.any, ''));
      const options = values.map(([v, { count }]) => ({ v, n: count, text: (label[name] ?? ((x) => x))(v) }));
      // Years newest first, compared as numbers (a year 800 after 2026, not before it).
      options.sort((a, b) => (name === 'year' ? b.v.localeCompare(a.v, 'en', { numeric: true }) : a.text.localeCompare(b.text)));
      for (const o of options) select.append(new Option(`${o.text} (${o.n})`, o.v));
      select.addEventListener('change', () => {
        this.#filters[name] = select.value;
        this.#renderBriefs();
        this.#rememberSoon();
      });
      wrapper.append(select);
      form.append(wrapper);
    }
    this.#briefStatus = el('p', 'bil-count', 'count');
    this.#briefStatus.setAttribute('role', 'status');
    this.#briefList = el('ul', 'bil-briefs', 'briefs');
    this.#moreBriefsButton = el('button', 'bil-more', 'more', t.showMoreBriefs);
    this.#moreBriefsButton.type = 'button';
    this.#moreBriefsButton.addEventListener('click', () => this.#moreBriefs());
    panel.append(form, this.#briefStatus, this.#briefList, this.#moreBriefsButton);
    this.#renderBriefs();
  }

  /**
   * Shows the briefs the filters keep (the places common to every chosen value): the first page of them.
   * A chosen value's places are fetched the first time it is chosen (`facets.json` has only the values
   * and their counts); meanwhile the list shown stays, and a later choice wins.
   */
  async #renderBriefs() {
    const t = this.#t;
    const seq = ++this.#renderSeq;
    const total = this.#index.manifest.briefs;
    const chosen = Object.entries(this.#filters).filter(([, value]) => value);
    const files = chosen.map(([name, value]) => this.#facets[name]?.[value]?.file);
    const missing = files.filter((file) => file && !this.#facetPlaces.has(file));
    if (missing.length) {
      try {
        const lists = await Promise.all(missing.map((file) => this.#index.json(file)));
        missing.forEach((file, i) => this.#facetPlaces.set(file, lists[i]));
      } catch (error) {
        // Said in the status line; choosing the value again asks again.
        if (seq === this.#renderSeq) this.#briefStatus.textContent = t.briefsFailed(error?.message ?? String(error));
        return;
      }
      if (seq !== this.#renderSeq) return;
    }
    let shown = null;
    for (const file of files) {
      const places = new Set(this.#facetPlaces.get(file) ?? []);
      shown = shown === null ? [...places] : shown.filter((p) => places.has(p));
    }
    this.#shownBriefs = shown === null ? range(0, total - 1) : shown.sort((a, b) => a - b);
    this.#briefStatus.textContent = t.briefCount(this.#shownBriefs.length, total);
    this.#briefList.replaceChildren();
    this.#moreBriefs();
  }

  /** The places of the briefs having a filter value, by the value's file, once fetched. */
  #facetPlaces = new Map();

  /** Places of the briefs the filters keep, in catalogue order. */
  #shownBriefs = [];

  /** The catalogue entry at `place`, once its page is fetched. */
  #entry(place) {
    const perPage = this.#index.manifest.catalogue.perPage;
    return this.#cataloguePages.get(Math.floor(place / perPage))?.[place % perPage] ?? null;
  }

  /** Appends the next page of briefs, fetching the catalogue pages they sit in (at once if already there). */
  async #moreBriefs() {
    const seq = this.#renderSeq;
    const from = this.#briefList.childElementCount;
    const places = this.#shownBriefs.slice(from, from + BRIEF_PAGE_SIZE);
    const { path, perPage } = this.#index.manifest.catalogue;
    const missing = [...new Set(places.map((p) => Math.floor(p / perPage)))].filter((i) => !this.#cataloguePages.has(i));
    if (missing.length) {
      let pages;
      try {
        pages = await Promise.all(missing.map((i) => this.#index.json(`${path}${i}.json`)));
      } catch (error) {
        // Said in the status line; the button stays, and asks again when pressed.
        if (seq === this.#renderSeq) this.#briefStatus.textContent = this.#t.briefsFailed(error?.message ?? String(error));
        return;
      }
      missing.forEach((i, k) => this.#cataloguePages.set(i, pages[k]));
      if (seq !== this.#renderSeq || this.#briefList.childElementCount !== from) return;
    }
    this.#showBriefs(places.map((p) => this.#entry(p)).filter(Boolean));
  }

  #showBriefs(page) {
    const t = this.#t;
    this.#briefList.append(
      ...page.map((b) => {
        const li = el('li', 'bil-brief', 'brief');
        li.lang = b.language;
        const h = el('h3', 'bil-brief-title');
        const a = el('a', null, 'link', b.title);
        a.href = this.#index.pageUrl(b.url);
        h.append(a);
        const meta = el('p', 'bil-meta', 'meta');
        const time = el('time', null, null, b.date);
        time.dateTime = b.day;
        const language = el('span', null, null, languageName(b.language, t));
        language.lang = this.#lang;
        meta.append(`${b.series} ${b.number} · `, time, ` · ${b.authors.join(', ')} · `, language);
        li.append(h, meta);
        if (b.summary) li.append(el('p', 'bil-summary', 'summary', b.summary));
        return li;
      }),
    );
    this.#moreBriefsButton.hidden = this.#briefList.childElementCount >= this.#shownBriefs.length;
    // The count again after a failure was said (set only when it changed: a status re-set is re-announced).
    const count = this.#t.briefCount(this.#shownBriefs.length, this.#index.manifest.briefs);
    if (this.#briefStatus.textContent !== count) this.#briefStatus.textContent = count;
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
    // A failure is shown in the status line (see search).
    input.addEventListener('input', () => this.search(input.value).catch(() => {}));
    form.append(label, input, hint);
    this.#searchInput = input;
    this.#searchStatus = el('p', 'bil-count', 'count');
    this.#searchStatus.setAttribute('role', 'status');
    this.#results = el('ol', 'bil-results', 'results');
    this.#results.setAttribute('aria-label', t.views.search);
    this.#moreButton = el('button', 'bil-more', 'more', t.showMore);
    this.#moreButton.type = 'button';
    this.#moreButton.hidden = true;
    this.#moreButton.addEventListener('click', () => this.#showMore().catch((e) => this.#searchFailed(e)));
    panel.append(form, this.#searchStatus, this.#results, this.#moreButton);
  }

  /**
   * Searches the insights of every brief and shows the first page of results. Resolves to the number of
   * results when they are shown (the same detail as the results event).
   */
  async search(query) {
    const seq = ++this.#searchSeq;
    if (!this.#index) return null;
    if (this.#view !== 'search') this.#select('search', false);
    if (this.#searchInput.value !== query) this.#searchInput.value = query;
    this.#rememberSoon();
    try {
      return await this.#search(query, seq);
    } catch (error) {
      // Said where the results would be (only for the query still typed), and rejected for the caller.
      if (seq === this.#searchSeq) this.#searchFailed(error);
      throw error;
    } finally {
      if (seq === this.#searchSeq) this.#results.removeAttribute('aria-busy');
    }
  }

  async #search(query, seq) {
    const index = this.#index;
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
    // While this query's files load, the results on screen are the previous query's: marked busy, the
    // status line saying so (not dimmed: dimmed text would fail contrast).
    this.#results.setAttribute('aria-busy', 'true');
    this.#searchStatus.textContent = this.#t.searching;
    // A word (one key) is searched in its keys' heads alone; anything else in the term shards.
    const headShards = index.headsOnly(plans);
    const loaded = headShards ? await index.loadHeads(headShards) : await index.loadShards(plans);
    if (seq !== this.#searchSeq) return null;
    const started = performance.now();
    const ranking = headShards ? index.searchHeads(plans, loaded) : index.search(plans, loaded);
    // The first page's item numbers: the rest of the ranking is produced only when "Show more" asks.
    const firstPage = ranking.take(PAGE_SIZE);
    const searchMs = performance.now() - started;
    this.#pending = { plans, ranking, queued: firstPage, taken: firstPage.length, rejected: 0, seq };
    this.#results.replaceChildren();
    await this.#showMore();
    if (seq !== this.#searchSeq) return null;
    const pending = this.#pending;
    // The exact count, when it needs a pass over every matching posting, comes after the first page.
    const countExact = ranking.countKnown;
    const count = (countExact ? ranking.count : pending.taken) - pending.rejected;
    // The manifest was fetched when the element started: the first search counts it, as it needed it.
    const detail = { query, count, countExact, searchMs, fetchedBytes: index.bytes - bytesBefore + this.#manifestBytes };
    this.#manifestBytes = 0;
    this.#results.removeAttribute('aria-busy');
    this.dispatchEvent(new CustomEvent('brief-insights-library:results', { bubbles: true, composed: true, detail }));
    if (!countExact) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (seq !== this.#searchSeq) return detail;
      try {
        await this.#wholeRanking(pending);
      } catch {
        // The results are shown; without the term shards the count stays "10+" (the status line says so).
        return detail;
      }
      if (seq !== this.#searchSeq) return detail;
      detail.count = pending.ranking.count - pending.rejected;
      detail.countMs = pending.ranking.countMs;
      detail.countExact = true;
      this.#showCount();
      this.dispatchEvent(
        new CustomEvent('brief-insights-library:count', { bubbles: true, composed: true, detail: { query, count: detail.count, countMs: detail.countMs } }),
      );
    }
    return detail;
  }

  /**
   * A ranking made from the heads (`partial`) holds the first page only: before the next page, or the
   * count it does not know, it is replaced by the ranking over the whole lists (the term shards),
   * past the results already taken. Once per search, whoever asks first.
   */
  async #wholeRanking(pending) {
    if (!pending.ranking.partial) return;
    pending.whole ??= this.#index.loadShards(pending.plans).then((shards) => {
      const whole = this.#index.search(pending.plans, shards);
      whole.take(pending.taken);
      pending.ranking = whole;
    });
    try {
      await pending.whole;
    } catch (error) {
      // A failed fetch is not kept: asked again (Show more), it is fetched again.
      pending.whole = null;
      throw error;
    }
  }

  #searchFailed(error) {
    this.#pending = null;
    this.#results.replaceChildren();
    this.#moreButton.hidden = true;
    this.#searchStatus.textContent = this.#t.searchFailed(error?.message ?? String(error));
  }

  /** Shows the next page of verified results (their records from the head shards or record shards). */
  async #showMore() {
    const pending = this.#pending;
    if (!pending) return;
    const needsVerification = pending.plans.some((p) => p.verify);
    const page = [];
    let exhausted = false;
    while (page.length < PAGE_SIZE && !exhausted) {
      let batch = pending.queued;
      pending.queued = [];
      if (batch.length === 0) {
        await this.#wholeRanking(pending);
        if (pending.seq !== this.#searchSeq) return;
        batch = pending.ranking.take(PAGE_SIZE - page.length);
        pending.taken += batch.length;
      }
      if (batch.length === 0) {
        exhausted = true;
        break;
      }
      const records = await Promise.all(batch.map((n) => this.#index.record(n)));
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
    this.#results.append(...page.map((r) => this.#result(r, pending.plans)));
    pending.exhausted ||= exhausted;
    this.#showCount();
  }

  /** The number of results (while it is not counted yet: the results taken so far, with a "+"). */
  #showCount() {
    const pending = this.#pending;
    const known = pending.ranking.countKnown;
    const total = known ? pending.ranking.count : pending.taken;
    this.#moreButton.hidden = pending.exhausted || (known && pending.taken >= total);
    this.#searchStatus.textContent = this.#t.results(total - pending.rejected, !known && !pending.exhausted);
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
    if (record.across) {
      const across = el('button', 'bil-across', 'across', t.acrossBriefs(record.title));
      across.type = 'button';
      across.addEventListener('click', () =>
        this.showActor(record.across)
          .catch(() => {})
          .then(() => this.#tabs.actors.focus()),
      );
      li.append(across);
    }
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
    // A failure is shown in the status line (see showActor).
    select.addEventListener('change', () => this.showActor(select.value).catch(() => {}));
    label.append(select);
    this.#actorSelect = select;
    this.#actorStatus = el('p', 'bil-count', 'count');
    this.#actorStatus.setAttribute('role', 'status');
    this.#timeline = el('ol', 'bil-timeline', 'timeline');
    this.#timeline.setAttribute('aria-label', t.views.actors);
    panel.append(label, this.#actorStatus, this.#timeline);
    if (this.#actors.length === 0) {
      label.hidden = true;
      this.#actorStatus.textContent = t.noActors;
    }
  }

  /** Shows one actor's timeline across briefs (its key from actors.json). */
  async showActor(key) {
    const t = this.#t;
    // Actors chosen in quick succession: only the last one's timeline is shown, whichever loads first.
    const seq = ++this.#actorSeq;
    if (this.#view !== 'actors') this.#select('actors', false);
    if (this.#actorSelect.value !== key) this.#actorSelect.value = key;
    this.#rememberSoon();
    if (!key) {
      this.#timeline.replaceChildren();
      this.#actorStatus.textContent = '';
      return;
    }
    let timeline;
    try {
      timeline = await this.#index.json(`actors/${encodeURIComponent(key)}.json`);
    } catch (error) {
      if (seq === this.#actorSeq) {
        this.#timeline.replaceChildren();
        this.#actorStatus.textContent = t.actorFailed(error?.message ?? String(error));
      }
      throw error;
    }
    if (seq !== this.#actorSeq) return;
    const briefs = new Set(timeline.points.map((p) => p.brief)).size;
    this.#actorStatus.textContent = t.actorPoints(timeline.names.join(' / '), timeline.points.length, briefs);
    this.#timeline.replaceChildren(
      ...timeline.points.map((p) => {
        const li = el('li', `bil-point bil-point-${p.kind}`, 'point');
        li.lang = p.language;
        const time = el('time', 'bil-point-date', 'date', p.date);
        time.dateTime = p.day;
        const brief = el('a', 'bil-point-brief', 'brief-link', p.briefTitle);
        brief.href = this.#index.pageUrl(p.briefUrl);
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
