// Latency of the readers' module (pkg/) in Node: loading the Sejong brief (and, for comparison, the
// authors' module's position-keeping load), search, every view's render and the static document. Prints
// p50 / p99 / max in microseconds; no assertions (timings depend on the machine).
//
//   bash tools/build-wasm.sh && node bench/latency.mjs

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = join(ROOT, process.env.PKG_DIR ?? 'pkg');
const SEJONG = readFileSync(join(ROOT, 'briefs', 'sejong-2025-30.json'), 'utf8');
const api = await import(pathToFileURL(join(PKG, 'brief_insights.js')).href);
api.initSync({ module: readFileSync(join(PKG, 'brief_insights_bg.wasm')) });
const { Brief } = api;
const author = await import(pathToFileURL(join(ROOT, process.env.AUTHOR_PKG_DIR ?? 'pkg/author', 'brief_insights.js')).href);
author.initSync({ module: readFileSync(join(ROOT, process.env.AUTHOR_PKG_DIR ?? 'pkg/author', 'brief_insights_bg.wasm')) });

function measure(label, runs, fn) {
  for (let i = 0; i < Math.min(20, runs); i++) fn(i); // warm-up: JIT and allocator
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn(i);
    times.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`${label.padEnd(34)} ${String(runs).padStart(6)} ${at(0.5).toFixed(0).padStart(8)} ${at(0.99).toFixed(0).padStart(8)} ${times[times.length - 1].toFixed(0).padStart(8)}`);
}

console.log(`node ${process.version}, ${process.arch}; times in µs`);
console.log(`${'operation'.padEnd(34)} ${'runs'.padStart(6)} ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)}`);

const SEJONG_OBJECT = JSON.parse(SEJONG);
measure('Brief.fromJson (Sejong, 90 KB)', 200, () => Brief.fromJson(SEJONG).free());
measure('Brief.fromObject (Sejong)', 200, () => Brief.fromObject(SEJONG_OBJECT).free());
measure('author: Brief.fromJson (positions)', 200, () => author.Brief.fromJson(SEJONG).free());
measure('author: Brief.embedded', 200, () => author.Brief.embedded().free());

const brief = Brief.fromObject(SEJONG_OBJECT);
const QUERIES = ['tourism', 'Kim Jong Un', 'russia china', 'won', 'hospital', 'wonsan kalma', 'sanctions', 'e', '개발', 'zzzz'];
measure('search (10 queries, limit 20)', 2000, (i) => brief.search(QUERIES[i % QUERIES.length]));
for (const q of ['tourism', 'Kim Jong Un', 'e']) measure(`search "${q}"`, 1000, () => brief.search(q));
measure('renderSearchResults', 1000, (i) => brief.renderSearchResults(QUERIES[i % QUERIES.length]));
for (const view of ['overview', 'partners', 'projects', 'timeline', 'economy', 'recommendations', 'search']) {
  measure(`renderView ${view}`, 300, () => brief.renderView(view, { idPrefix: 'w-' }));
}
measure('renderShell', 1000, () => brief.renderShell());
measure('renderCitation', 1000, (i) => brief.renderCitation(brief.keyJudgments()[0].id));
// The static renderings are the authors' module's.
const authorBrief = author.Brief.fromJson(SEJONG);
measure('author: renderDocument', 50, () => authorBrief.renderDocument());
measure('author: jsonLd', 200, () => authorBrief.jsonLd());
const ids = brief.actors().map((a) => a.id);
measure('item', 2000, (i) => brief.item(ids[i % ids.length]));
measure('related', 2000, (i) => brief.related(ids[i % ids.length]));
measure('timeline', 500, () => brief.timeline());
measure('actors (18 objects to JS)', 500, () => brief.actors());
brief.free();
