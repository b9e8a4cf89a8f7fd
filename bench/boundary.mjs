// How results cross from Wasm to JS: serde-wasm-bindgen building the objects (Serializer::json_compatible)
// versus serde_json writing JSON text that the engine's JSON.parse reads. Same data, same module: the
// bench build exports Brief.benchResult(what, jsonText) for both (feature boundary-bench).
//
//   bash tools/build-wasm.sh --bench && node bench/boundary.mjs [rounds]
//
// Prints µs per call (median of rounds, each round timing a batch of calls after a warm-up) for a small
// result (meta, one item), mid-sized lists and the largest (the whole brief, every search hit, the timeline).

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = resolve(ROOT, process.env.PKG_DIR ?? 'pkg-bench');
const pkg = await import(pathToFileURL(join(PKG, 'brief_insights.js')).href);
pkg.initSync({ module: readFileSync(join(PKG, 'brief_insights_bg.wasm')) });
const brief = pkg.Brief.embedded();

const ROUNDS = Number(process.argv[2] ?? 15);
const RESULTS = ['meta', 'item', 'related', 'actors', 'projects', 'indicators', 'timeline', 'search', 'everything'];

function perCall(what, jsonText) {
  // Batch size so that a batch takes a few milliseconds.
  const started = performance.now();
  brief.benchResult(what, jsonText);
  const once = Math.max(performance.now() - started, 0.001);
  const batch = Math.max(5, Math.min(2000, Math.round(5 / once)));
  for (let i = 0; i < batch; i++) brief.benchResult(what, jsonText);
  const times = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) brief.benchResult(what, jsonText);
    times.push(((performance.now() - t0) * 1000) / batch);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

console.log(`node ${process.version}, ${ROUNDS} rounds, median µs per call`);
console.log(`${'result'.padEnd(12)} ${'JSON bytes'.padStart(10)} ${'serde-wasm-bindgen'.padStart(19)} ${'JSON text+parse'.padStart(16)} ${'ratio'.padStart(6)}`);
for (const what of RESULTS) {
  const a = brief.benchResult(what, false);
  const b = brief.benchResult(what, true);
  assert.equal(JSON.stringify(a), JSON.stringify(b), `${what}: the two ways differ`);
  // Interleave the two ways so drift affects both alike.
  const swb = [];
  const json = [];
  for (let i = 0; i < 3; i++) {
    swb.push(perCall(what, false));
    json.push(perCall(what, true));
  }
  const med = (xs) => xs.sort((x, y) => x - y)[1];
  const [s, j] = [med(swb), med(json)];
  console.log(`${what.padEnd(12)} ${String(JSON.stringify(a).length).padStart(10)} ${s.toFixed(1).padStart(19)} ${j.toFixed(1).padStart(16)} ${(s / j).toFixed(2).padStart(6)}`);
}
brief.free();
