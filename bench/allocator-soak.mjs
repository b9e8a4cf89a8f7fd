// Allocator soak: the same 100,000 mixed API calls against the readers' module with its allocator
// (pkg/, talc) and with wee_alloc (pkg-wee_alloc/), sampling the Wasm linear memory every 10,000 calls.
// Linear memory never shrinks, so its growth over a long session is what a page pays for the allocator's fragmentation
// and leaks. Also prints each build's .wasm size.
//
//   bash tools/build-wasm.sh && bash tools/build-wasm.sh --features wee_alloc
//   node bench/allocator-soak.mjs [calls] [package dir ...]      (default: both, where built)

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CALLS = Number(process.argv[2] ?? 100_000);
const SAMPLE_EVERY = 10_000;
const SEJONG = readFileSync(join(ROOT, 'briefs', 'sejong-2025-30.json'), 'utf8');
const BUILDS = [
  { name: 'talc (pkg/)', dir: 'pkg' },
  { name: 'wee_alloc', dir: 'pkg-wee_alloc' },
].filter((build) => process.argv.length <= 3 || process.argv.slice(3).includes(build.dir));
const QUERIES = ['tourism', 'Kim Jong Un', 'russia china', 'won', 'hospital', 'wonsan kalma', '개발', 'zzz', 'a', 'sanctions'];
const LARGE_VIEWS = ['partners', 'economy', 'timeline', 'projects', 'overview', 'recommendations'];

async function load(dir) {
  const wasmPath = join(ROOT, dir, 'brief_insights_bg.wasm');
  if (!existsSync(wasmPath)) return null;
  const api = await import(pathToFileURL(join(ROOT, dir, 'brief_insights.js')).href);
  const exports = api.initSync({ module: readFileSync(wasmPath) });
  return { api, memory: exports.memory, wasmPath };
}

/** One deterministic mix of calls: loads and frees, search, big renders, item queries. */
function soak({ api, memory }, name) {
  const { Brief } = api;
  const fresh = memory.buffer.byteLength;
  const live = [Brief.fromJson(SEJONG)];
  const ids = live[0].actors().map((a) => a.id).concat(live[0].axes().map((a) => a.id));
  const samples = [{ calls: 0, bytes: memory.buffer.byteLength }];
  const started = performance.now();
  let crash = null;
  for (let i = 1; i <= CALLS && !crash; i++) {
    try {
      oneCall(i);
    } catch (error) {
      // A BriefError is an answer; anything else (a Wasm trap) means the instance is dead.
      if (error?.name !== 'BriefError') crash = { calls: i, error: String(error).split('\n')[0] };
    }
    if (i % SAMPLE_EVERY === 0) {
      samples.push({ calls: i, bytes: memory.buffer.byteLength });
      process.stderr.write(`  ${name}: ${i} calls, ${memory.buffer.byteLength} bytes\n`);
    }
  }
  if (!crash) for (const b of live) b.free();
  return { fresh, samples, crash, seconds: (performance.now() - started) / 1000 };

  function oneCall(i) {
    const brief = live[i % live.length];
    switch (i % 10) {
      case 0:
        if (i % 50 === 0) {
          // A new brief every 50 calls; at most 3 alive, the oldest freed, as a page swapping briefs would.
          live.push(Brief.fromJson(SEJONG));
          if (live.length > 3) live.shift().free();
        } else {
          brief.partners(ids[i % ids.length]);
        }
        break;
      case 1:
      case 2:
        brief.search(QUERIES[i % QUERIES.length]);
        break;
      case 3:
        brief.renderView(LARGE_VIEWS[i % LARGE_VIEWS.length], { lang: i % 3 ? 'en' : 'ko', idPrefix: 'w-' });
        break;
      case 4:
        if (i % 1000 === 4) brief.renderShell({ lang: 'ko' });
        else brief.renderCitation(ids[i % ids.length]);
        break;
      case 5:
        brief.item(ids[i % ids.length]);
        break;
      case 6:
        brief.related(ids[i % ids.length]);
        break;
      case 7:
        brief.timeline();
        break;
      case 8:
        brief.renderSearchResults(QUERIES[i % QUERIES.length]);
        break;
      case 9:
        // Truncated briefs fail by design (a BriefError); the error path allocates too.
        Brief.fromJson(SEJONG.slice(0, (i * 7919) % SEJONG.length));
        break;
    }
  }
}

const mib = (n) => (n / 1024 / 1024).toFixed(2);
const results = [];
process.stdout.write(`${CALLS} calls per build\n`);
for (const build of BUILDS) {
  const loaded = await load(build.dir);
  if (!loaded) {
    console.log(`${build.name}: ${build.dir}/ not built, skipped`);
    continue;
  }
  const bytes = readFileSync(loaded.wasmPath);
  const size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  results.push({ ...build, size, ...soak(loaded, build.name) });
}

console.log(`\nWasm linear memory (MiB) after N of ${CALLS} mixed calls (node ${process.version})\n`);
console.log(['fresh'.padStart(8), ...results.map((r) => mib(r.fresh).padStart(20))].join(' '));
console.log(['calls'.padStart(8), ...results.map((r) => r.name.padStart(20))].join(' '));
for (let row = 0; row < results[0].samples.length; row++) {
  const cell = (r) => (r.samples[row] ? mib(r.samples[row].bytes) : 'crashed').padStart(20);
  console.log([String(results[0].samples[row].calls).padStart(8), ...results.map(cell)].join(' '));
}
console.log();
for (const r of results) {
  const first = r.samples[1]?.bytes ?? r.samples[0].bytes;
  const last = r.samples[r.samples.length - 1].bytes;
  if (r.crash) console.log(`${r.name.padEnd(20)} CRASHED after ${r.crash.calls} calls: ${r.crash.error}`);
  console.log(`${r.name.padEnd(20)} .wasm ${r.size.raw} B raw, ${r.size.gzip} B gzip; memory ${mib(r.samples[0].bytes)} -> ${mib(last)} MiB ` +
    `(growth after the first ${SAMPLE_EVERY} calls: ${mib(last - first)} MiB); ${r.seconds.toFixed(1)} s`);
}
