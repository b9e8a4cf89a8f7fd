#!/usr/bin/env node
// The brief library at scale, side by side with Pagefind (issue 17, point 3).
//
//   node bench/library.mjs [--sizes 10,100,1000] [--cold 5] [--warm 5] [--seed 1] [--work DIR] [--no-pagefind]
//                          [--results FILE (default bench/library-results.json)]
//
// For each N: generate N synthetic briefs (bench/library/generate.mjs), build our site with the release
// CLI (`brief-insights site`, timed, peak memory from /usr/bin/time -v), index Pagefind 1.6.0 (bench
// devDependency) over the same site's per-brief pages (briefs/*.html), then in headless Chromium (the
// browser tests' launch flags) from bench/library/server.mjs on 127.0.0.1 (gzip level 6 for JSON, JS,
// HTML and Wasm) run a fixed set of queries, each:
//   ours, cold pasted: a fresh browser context opens index.html, waits for brief-insights-library:ready,
//     clicks the search tab, then the query is put in the search box at once (one input event);
//     measured: the gzipped bytes the server sent (bodies; counted at the server because Pagefind fetches
//     from a Web Worker the page's DevTools session does not see; the CDP encodedDataLength of ours is
//     kept as a cross-check) for the manifest plus every library/ file fetched for the search; ms from
//     the input event to the brief-insights-library:results event for that query; the event's searchMs.
//   ours, cold typed: the same, typing the query one character every 80 ms (every character is a
//     search); ms from the last input event to the results of the whole query; bytes of the whole typing.
//   ours, warm: in the cold page, the box is cleared, another query run, then the query again.
//   Pagefind, cold: a fresh context opens a blank page of the same origin in the query's language, imports /pagefind/pagefind.js
//     and calls init() (loads its Wasm and entry files), then pagefind.search(q) and data() of the first 5
//     results: ms from search() to the fifth data(), and ms from the import; bytes of everything fetched.
//   Pagefind, warm: the same search again in that page.
// Needs: the release CLI with the site command (cargo build --release; BRIEF_INSIGHTS_BIN or
// $CARGO_TARGET_DIR/release/brief-insights), `npm install` in bench/ (Pagefind), /usr/bin/chromium.
// Writes the raw figures (bench/library-results.json) and prints the tables of bench/library.md.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/browser/harness.mjs';
import { generateLibrary } from './library/generate.mjs';
import { serveDirectory } from './library/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SIZES = option('sizes', '10,100,1000').split(',').map(Number);
const COLD = Number(option('cold', 5));
const WARM = Number(option('warm', 5));
const SEED = Number(option('seed', 1));
const WORK = resolve(option('work', '/tmp/brief-insights-library-bench'));
const PAGEFIND = !args.includes('--no-pagefind');
const RESULTS = resolve(option('results', join(ROOT, 'bench', 'library-results.json')));
const TYPE_DELAY_MS = 80;
const BIN = process.env.BRIEF_INSIGHTS_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'release', 'brief-insights');
const PAGEFIND_BIN = join(ROOT, 'bench', 'node_modules', '.bin', 'pagefind');

/**
 * The queries: English and Korean, common and rare terms (by the generator's Zipf ranks), a word inside
 * Korean compounds, and a particle trap. `kind` is what the query tests.
 */
const QUERIES = [
  { q: 'policy', kind: 'en, most common noun' },
  { q: 'energy transition', kind: 'en, two common words' },
  { q: 'nickel', kind: 'en, mid-frequency' },
  { q: 'Mongolia', kind: 'en, actor name' },
  { q: 'desalination', kind: 'en, rare (tail of the list)' },
  { q: '정책', kind: 'ko, most common noun' },
  { q: '어민협동조합', kind: 'ko, compound (an actor)' },
  { q: '협동조합', kind: 'ko, word inside compounds' },
  { q: '식물플랑크톤', kind: 'ko, rare' },
  { q: '도로', kind: 'ko, particle trap (도+로)' },
];

// --- Helpers ---------------------------------------------------------------------------------------------

const percentile = (values, p) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/** Every file under `dir`, with its raw and gzipped (level 6) sizes. */
function treeSize(dir) {
  let files = 0;
  let raw = 0;
  let gzipped = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        files += 1;
        raw += bytes.length;
        // Pagefind's index files are gzip streams already: counted as they are.
        gzipped += /\.(pf_\w+|pagefind)$/.test(name) ? bytes.length : gzipSync(bytes, { level: 6 }).length;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, raw, gzipped };
}

/** Runs a command under /usr/bin/time -v: wall seconds, peak resident memory in MiB, and its output. */
function timed(command, commandArgs, options = {}) {
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-v', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  return { seconds, peakMiB: rss ? Number(rss[1]) / 1024 : NaN, stdout: run.stdout, stderr: run.stderr };
}

// Fields that hold ids, dates and enumerations, not text a search looks in.
const NOT_TEXT = new Set(['id', 'axes', 'actors', 'related', 'from', 'to', 'area', 'addressee', 'memberOf', 'date', 'dateBasis',
  'kind', 'stance', 'qualifier', 'status', 'wording', 'coordinates', 'observations', 'evidence', 'low', 'high', 'paragraph']);

/** Every item of a brief (observations on their own), as the folded text of its fields and quotes. */
function itemTexts(brief) {
  const texts = [];
  const add = (item) => {
    const strings = [];
    const walk = (value, key) => {
      if (NOT_TEXT.has(key)) return;
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach((v) => walk(v));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(item);
    for (const e of item.evidence ?? []) strings.push(e.quote);
    // The generator's particle traps: 도로 in "도로 이관했다" is 도 + 로; 시가 at a sentence start is 시 + 가.
    const all = strings.join('\n').toLowerCase();
    texts.push({ all, real: all.replaceAll('권한을 도로 이관했다', '').replace(/(^|[.\n] ?)시가 /g, '$1') });
  };
  for (const list of ['keyJudgments', 'axes', 'actors', 'relations', 'projects', 'indicators', 'events', 'recommendationAreas', 'recommendations']) {
    for (const item of brief[list] ?? []) {
      add(item);
      for (const o of item.observations ?? []) add(o);
    }
  }
  return texts;
}

/**
 * What a search for `q` should find: the items having every word of it (case-insensitive, inside words
 * too), and the briefs having such an item; `real` without the generator's particle traps.
 */
function groundTruth(briefsDir, q) {
  const words = q.toLowerCase().split(/\s+/);
  const truth = { items: 0, briefs: 0, realItems: 0, realBriefs: 0 };
  for (const name of readdirSync(briefsDir).filter((n) => n.endsWith('.json'))) {
    const items = itemTexts(JSON.parse(readFileSync(join(briefsDir, name), 'utf8')));
    const has = (text) => words.every((w) => text.includes(w));
    const found = items.filter((t) => has(t.all)).length;
    const real = items.filter((t) => has(t.real)).length;
    truth.items += found;
    truth.realItems += real;
    truth.briefs += found > 0 ? 1 : 0;
    truth.realBriefs += real > 0 ? 1 : 0;
  }
  return truth;
}

// --- Network accounting through the DevTools protocol ----------------------------------------------------

async function recordNetwork(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, bytes: 0, done: false, seq: requests.size }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
  });
  return {
    mark: () => requests.size,
    /** Bytes of the requests made since `mark` whose URL matches `filter`. */
    since: (mark, filter = () => true) =>
      [...requests.values()].filter((r) => r.seq >= mark && filter(r.url)).reduce((sum, r) => sum + r.bytes, 0),
    all: () => [...requests.values()],
  };
}

const isLibraryFile = (path) => path.startsWith('/library/');
const isManifest = (path) => path === '/library/manifest.json';
const pathOf = (url) => new URL(url).pathname;

// --- Ours --------------------------------------------------------------------------------------------------

async function openLibrary(browser, server) {
  const baseUrl = server.baseUrl;
  const opened = server.mark();
  const context = await browser.newContext();
  const page = await context.newPage();
  const net = await recordNetwork(page);
  await page.addInitScript(() => {
    window.__bench = { lastInput: 0, results: [], counts: [] };
    document.addEventListener('input', () => (window.__bench.lastInput = performance.now()), true);
    document.addEventListener('brief-insights-library:results', (e) =>
      window.__bench.results.push({ t: performance.now(), ...e.detail }),
    );
    // When the exact count needs a pass over every matching posting, it follows the first results.
    document.addEventListener('brief-insights-library:count', (e) =>
      window.__bench.counts.push({ t: performance.now(), ...e.detail }),
    );
    window.__benchReady = new Promise((ok) => document.addEventListener('brief-insights-library:ready', ok, { once: true }));
  });
  await page.goto(`${baseUrl}/index.html`);
  await page.evaluate(() => window.__benchReady);
  // The element opens on its list of briefs; a reader switches to the search tab, then types.
  await page.locator('brief-insights-library button[data-view="search"]').click();
  const input = page.locator('brief-insights-library input[type="search"]');
  await input.waitFor();
  const pageLoadBytes = server.since(opened);
  const pageLoadLibraryBytes = server.since(opened, isLibraryFile);
  return { context, page, net, input, opened, pageLoadBytes, pageLoadLibraryBytes };
}

/**
 * Waits for the results event of `q` after the last input (and, if its count was not exact yet, for the
 * count event after it); returns its figures: `ms` is to the results event, the first results shown.
 */
async function resultsOf(page, q) {
  const handle = await page.waitForFunction(
    (q) => {
      const b = window.__bench;
      const hit = b.results.find((r) => r.query.trim() === q && r.t >= b.lastInput);
      if (!hit) return null;
      const counted = hit.countExact === false ? b.counts.find((c) => c.query.trim() === q && c.t >= hit.t) : hit;
      if (!counted) return null;
      return { ms: hit.t - b.lastInput, count: counted.count, countMs: counted.countMs ?? 0, searchMs: hit.searchMs, fetchedBytes: hit.fetchedBytes };
    },
    q,
    { timeout: 30_000, polling: 'raf' },
  );
  return handle.jsonValue();
}

async function oursCold(browser, server, q, typed) {
  const s = await openLibrary(browser, server);
  try {
    const mark = server.mark();
    const cdpMark = s.net.mark();
    if (typed) await s.input.pressSequentially(q, { delay: TYPE_DELAY_MS });
    else await s.input.fill(q);
    const r = await resultsOf(s.page, q);
    await s.page.waitForTimeout(150); // record shards of the first results, fetched right after
    // The manifest counts for every search (the element fetches it on start, before the first one).
    const bytes = server.since(mark, isLibraryFile) + server.since(s.opened, isManifest);
    // Cross-check: what the page's DevTools session saw (encodedDataLength: gzipped body and headers).
    const cdpBytes = s.net.since(cdpMark, (url) => isLibraryFile(pathOf(url))) + s.net.since(0, (url) => isManifest(pathOf(url)));
    return { ...r, bytes, cdpBytes, pageLoadBytes: s.pageLoadBytes, pageLoadLibraryBytes: s.pageLoadLibraryBytes, session: s };
  } catch (error) {
    await s.context.close();
    throw error;
  }
}

async function oursWarm(server, session, q, other) {
  const { input, page } = session;
  await input.fill('');
  await input.fill(other);
  await resultsOf(page, other);
  await input.fill('');
  const mark = server.mark();
  await input.fill(q);
  const r = await resultsOf(page, q);
  await page.waitForTimeout(50);
  return { ...r, bytes: server.since(mark, isLibraryFile) };
}

// --- Pagefind ----------------------------------------------------------------------------------------------

async function pagefindCold(browser, server, q) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Pagefind searches the index of the page's language: a Korean query runs from a Korean page.
  const lang = /[\uac00-\ud7a3]/.test(q) ? 'ko' : 'en';
  await page.goto(`${server.baseUrl}/__bench/blank-${lang}.html`);
  const mark = server.mark();
  const r = await page.evaluate(async (q) => {
    const t0 = performance.now();
    window.__pagefind = await import('/pagefind/pagefind.js');
    await window.__pagefind.init();
    const t1 = performance.now();
    const search = await window.__pagefind.search(q);
    await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    const t2 = performance.now();
    return { ms: t2 - t1, msFromImport: t2 - t0, count: search.results.length };
  }, q);
  await page.waitForTimeout(50);
  const isIndex = (path) => /\.(pf_\w+)$|pagefind-entry\.json$/.test(path);
  return { ...r, bytes: server.since(mark), indexBytes: server.since(mark, isIndex), context, page };
}

async function pagefindWarm(server, session, q) {
  const mark = server.mark();
  const r = await session.page.evaluate(async (q) => {
    const t1 = performance.now();
    const search = await window.__pagefind.search(q);
    await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    return { ms: performance.now() - t1, count: search.results.length };
  }, q);
  return { ...r, bytes: server.since(mark) };
}

// --- One size ----------------------------------------------------------------------------------------------

async function benchSize(browser, n) {
  const dir = join(WORK, `n${n}`);
  const briefsDir = join(dir, 'briefs');
  const siteDir = join(dir, 'site');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.error(`N=${n}: generating (load ${load()})`);
  generateLibrary({ n, seed: SEED, out: briefsDir });

  console.error(`N=${n}: brief-insights site (load ${load()})`);
  const loadBeforeBuild = load();
  const ours = timed(BIN, ['site', briefsDir, '--out', siteDir, '--assets', ROOT], { cwd: ROOT });
  const oursIndex = treeSize(join(siteDir, 'library'));
  const oursTerms = treeSize(join(siteDir, 'library', 'terms'));
  const manifestGzip = gzipSync(readFileSync(join(siteDir, 'library', 'manifest.json')), { level: 6 }).length;

  let pagefind = null;
  if (PAGEFIND) {
    console.error(`N=${n}: pagefind (load ${load()})`);
    const run = timed(PAGEFIND_BIN, ['--site', siteDir, '--glob', 'briefs/*.html', '--output-subdir', 'pagefind'], { cwd: dir });
    pagefind = { seconds: run.seconds, peakMiB: run.peakMiB, index: treeSize(join(siteDir, 'pagefind')) };
  }

  const server = await serveDirectory(siteDir);
  const rows = [];
  const crossLanguage = [];
  try {
    for (const [i, { q, kind }] of QUERIES.entries()) {
      const other = QUERIES[(i + 1) % QUERIES.length].q;
      const row = { q, kind, truth: groundTruth(briefsDir, q), ours: { pasted: [], typed: [], warm: [] }, pagefind: { cold: [], warm: [] } };
      for (let k = 0; k < COLD; k++) {
        const pasted = await oursCold(browser, server, q, false);
        for (let w = 0; w < WARM && k === 0; w++) row.ours.warm.push(await oursWarm(server, pasted.session, q, other));
        await pasted.session.context.close();
        delete pasted.session;
        row.ours.pasted.push(pasted);
        const typed = await oursCold(browser, server, q, true);
        await typed.session.context.close();
        delete typed.session;
        row.ours.typed.push(typed);
        if (PAGEFIND) {
          const cold = await pagefindCold(browser, server, q);
          for (let w = 0; w < WARM && k === 0; w++) row.pagefind.warm.push(await pagefindWarm(server, cold, q));
          await cold.context.close();
          row.pagefind.cold.push({ ms: cold.ms, msFromImport: cold.msFromImport, count: cold.count, bytes: cold.bytes, indexBytes: cold.indexBytes });
        }
      }
      rows.push(row);
      console.error(`N=${n}: ${q}: ours ${percentile(row.ours.pasted.map((r) => r.ms), 50).toFixed(1)} ms, ${row.ours.pasted[0].count} hits` +
        (PAGEFIND ? `; pagefind ${percentile(row.pagefind.cold.map((r) => r.ms), 50).toFixed(1)} ms, ${row.pagefind.cold[0].count} pages` : ''));
    }
    // Pagefind searches the index of the page's language only: a Korean query from an English page, and
    // an English query from a Korean page.
    if (PAGEFIND) {
      for (const [q, lang] of [['협동조합', 'en'], ['policy', 'ko']]) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.baseUrl}/__bench/blank-${lang}.html`);
        const count = await page.evaluate(async (q) => {
          const pagefind = await import('/pagefind/pagefind.js');
          return (await pagefind.search(q)).results.length;
        }, q);
        crossLanguage.push({ q, page: lang, pagefindPages: count });
        await context.close();
      }
    }
  } finally {
    await server.close();
  }
  return {
    crossLanguage,
    n,
    loadBeforeBuild,
    loadAfter: load(),
    briefs: treeSize(briefsDir),
    build: { seconds: ours.seconds, peakMiB: ours.peakMiB },
    index: oursIndex,
    terms: oursTerms,
    manifestGzip,
    pagefind,
    rows,
  };
}

// --- Tables ------------------------------------------------------------------------------------------------

const kb = (bytes) => (bytes / 1000).toFixed(1);
const ms = (x) => x.toFixed(1);

function tables(results) {
  const out = [];
  out.push('| N | briefs (JSON+text) | ours: build s (peak MiB) | ours: index files, raw MB / gzip MB | ours: manifest gzip kB | Pagefind: build s (peak MiB) | Pagefind: index files, MB |');
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const pf = r.pagefind;
    out.push(`| ${r.n} | ${(r.briefs.raw / 1e6).toFixed(1)} MB | ${r.build.seconds.toFixed(1)} (${r.build.peakMiB.toFixed(0)}) | ${r.index.files}, ${(r.index.raw / 1e6).toFixed(2)} / ${(r.index.gzipped / 1e6).toFixed(2)} | ${kb(r.manifestGzip)} | ${pf ? `${pf.seconds.toFixed(1)} (${pf.peakMiB.toFixed(0)})` : '–'} | ${pf ? `${pf.index.files}, ${(pf.index.raw / 1e6).toFixed(2)}` : '–'} |`);
  }
  out.push('');
  for (const r of results) {
    out.push(`### N = ${r.n} (load average before the build ${r.loadBeforeBuild}, after the run ${r.loadAfter})`);
    out.push('');
    out.push('| query | what | items with it (briefs) | ours: items found | ours cold: kB, p50 / p95 ms, searchMs p95 | ours typed: kB, last key → results p50 / p95 ms | ours warm: p50 / p95 ms | Pagefind: pages (briefs) | Pagefind cold: kB (index kB), search p50 / p95 ms, from import p50 | Pagefind warm: p50 / p95 ms |');
    out.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of r.rows) {
      const p = row.ours.pasted;
      const t = row.ours.typed;
      const w = row.ours.warm;
      const pc = row.pagefind.cold;
      const pw = row.pagefind.warm;
      const med = (list, f) => percentile(list.map(f), 50);
      const p95 = (list, f) => percentile(list.map(f), 95);
      out.push(
        `| ${row.q} | ${row.kind} | ${row.truth.items} (${row.truth.briefs})${row.truth.realItems !== row.truth.items ? `, without the trap ${row.truth.realItems} (${row.truth.realBriefs})` : ''} | ${p[0].count} | ${kb(med(p, (x) => x.bytes))}, ${ms(med(p, (x) => x.ms))} / ${ms(p95(p, (x) => x.ms))}, ${p95(p, (x) => x.searchMs).toFixed(2)} | ${kb(med(t, (x) => x.bytes))}, ${ms(med(t, (x) => x.ms))} / ${ms(p95(t, (x) => x.ms))} | ${ms(med(w, (x) => x.ms))} / ${ms(p95(w, (x) => x.ms))} | ` +
          (pc.length
            ? `${pc[0].count} | ${kb(med(pc, (x) => x.bytes))} (${kb(med(pc, (x) => x.indexBytes))}), ${ms(med(pc, (x) => x.ms))} / ${ms(p95(pc, (x) => x.ms))}, ${ms(med(pc, (x) => x.msFromImport))} | ${ms(med(pw, (x) => x.ms))} / ${ms(p95(pw, (x) => x.ms))} |`
            : '– | – | – |'),
      );
    }
    for (const c of r.crossLanguage) out.push(`Pagefind, "${c.q}" searched from a page in ${c.page}: ${c.pagefindPages} pages.`);
    const all = r.rows.flatMap((row) => row.ours.pasted);
    const typed = r.rows.flatMap((row) => row.ours.typed);
    const pcs = r.rows.flatMap((row) => row.pagefind.cold);
    out.push('');
    out.push(
      `All queries, ours cold: kB p50 ${kb(percentile(all.map((x) => x.bytes), 50))}, max ${kb(Math.max(...all.map((x) => x.bytes)))}; ` +
        `first results p50 ${ms(percentile(all.map((x) => x.ms), 50))} ms, p95 ${ms(percentile(all.map((x) => x.ms), 95))} ms; ` +
        `typed, last key → results p95 ${ms(percentile(typed.map((x) => x.ms), 95))} ms; searchMs p95 ${percentile(all.map((x) => x.searchMs), 95).toFixed(2)} ms; ` +
        `page load ${kb(all[0].pageLoadBytes)} kB (library/ files ${kb(all[0].pageLoadLibraryBytes)} kB).` +
        (pcs.length
          ? ` Pagefind cold: kB p50 ${kb(percentile(pcs.map((x) => x.bytes), 50))} (index ${kb(percentile(pcs.map((x) => x.indexBytes), 50))}); search → 5 results p50 ${ms(percentile(pcs.map((x) => x.ms), 50))} ms, p95 ${ms(percentile(pcs.map((x) => x.ms), 95))} ms; from import p50 ${ms(percentile(pcs.map((x) => x.msFromImport), 50))} ms, p95 ${ms(percentile(pcs.map((x) => x.msFromImport), 95))} ms.`
          : ''),
    );
    out.push('');
  }
  return out.join('\n');
}

// --- Main --------------------------------------------------------------------------------------------------

if (!existsSync(BIN)) throw new Error(`${BIN} is missing: cargo build --release (or set BRIEF_INSIGHTS_BIN)`);
if (PAGEFIND && !existsSync(PAGEFIND_BIN)) throw new Error(`${PAGEFIND_BIN} is missing: npm install in bench/`);
const browser = await launchChromium();
const machine = {
  date: new Date().toISOString(),
  cpu: `${cpus().length} × ${cpus()[0].model}`,
  memoryGiB: (totalmem() / 2 ** 30).toFixed(1),
  node: process.version,
  chromium: browser.version(),
  pagefind: PAGEFIND ? execFileSync(PAGEFIND_BIN, ['--version'], { encoding: 'utf8' }).trim() : null,
  cli: BIN,
  loadAtStart: load(),
  seed: SEED,
  cold: COLD,
  warm: WARM,
};
console.error(machine);
const results = [];
try {
  for (const n of SIZES) results.push(await benchSize(browser, n));
} finally {
  await browser.close();
}
machine.loadAtEnd = load();
writeFileSync(RESULTS, JSON.stringify({ machine, results }, null, 1) + '\n');
console.log(`${JSON.stringify(machine)}\n`);
console.log(tables(results));
console.error(`raw figures: ${relative(process.cwd(), RESULTS)}`);
