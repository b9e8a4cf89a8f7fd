// Size budgets of the release package, measured as a page downloads it (gzip level 9), plus a smoke test
// that the optimised bytes still work, so a size "win" from a broken optimiser cannot pass.
//
//   bash tools/build-wasm.sh && node --test tests/node/size-budget.test.mjs

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { GLUE_PATH, loadPkg, SEJONG_PATH, WASM_PATH } from './load-pkg.mjs';

const KIB = 1024;
/**
 * The target for the module with the Sejong brief embedded. NOT MET: the module is 68.1 KiB gzipped
 * (bench/size.md says where the bytes go, what was cut and what meeting the target would take). This test
 * guards against growth with the ceiling below and prints how far the module is from the target.
 */
const WASM_GZIP_TARGET = 64 * KIB;
/** Regression ceiling: the measured size (69,683 B by Node zlib on 2026-11-28) plus 2%. */
const WASM_GZIP_CEILING = 70 * KIB;
const GLUE_GZIP_BUDGET = 8 * KIB;

function sizes(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kib = (n) => `${(n / KIB).toFixed(1)} KiB`;

test('the optimised module still works', async () => {
  const { Brief } = await loadPkg();
  const brief = Brief.embedded();
  assert.equal(brief.meta().title, JSON.parse(readFileSync(SEJONG_PATH, 'utf8')).meta.title);
  assert.ok(brief.search('tourism').length > 0);
  brief.free();
});

test(`.wasm is at most ${kib(WASM_GZIP_CEILING)} gzipped (target ${kib(WASM_GZIP_TARGET)}, not yet met)`, () => {
  const wasm = sizes(WASM_PATH);
  // Embedded minified by build.rs, as JSON.stringify would write it.
  const minified = Buffer.from(JSON.stringify(JSON.parse(readFileSync(SEJONG_PATH, 'utf8'))));
  const brief = { gzip: gzipSync(minified, { level: 9 }).length };
  console.log(`# ${WASM_PATH}: ${wasm.raw} bytes raw, ${wasm.gzip} bytes gzipped (${kib(wasm.gzip)}); ` +
    `of which the embedded brief is about ${brief.gzip} bytes gzipped`);
  console.log(`# ${kib(wasm.gzip - WASM_GZIP_TARGET)} over the ${kib(WASM_GZIP_TARGET)} target`);
  assert.ok(wasm.gzip <= WASM_GZIP_CEILING, `${kib(wasm.gzip)} gzipped is over the ${kib(WASM_GZIP_CEILING)} ceiling`);
});

test(`JS glue is at most ${kib(GLUE_GZIP_BUDGET)} gzipped`, () => {
  const glue = sizes(GLUE_PATH);
  console.log(`# ${GLUE_PATH}: ${glue.raw} bytes raw, ${glue.gzip} bytes gzipped (${kib(glue.gzip)})`);
  assert.ok(glue.gzip <= GLUE_GZIP_BUDGET, `${kib(glue.gzip)} gzipped is over the ${kib(GLUE_GZIP_BUDGET)} budget`);
});
