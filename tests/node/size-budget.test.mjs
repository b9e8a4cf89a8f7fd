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
 * The budget for the module with the Sejong brief embedded: 64 KiB gzipped. Met with 776 B to spare
 * (64,760 B by Node zlib on 2026-11-29); bench/size.md says where the bytes go and what was cut.
 */
const WASM_GZIP_BUDGET = 64 * KIB;
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

test(`.wasm with the embedded brief is at most ${kib(WASM_GZIP_BUDGET)} gzipped`, () => {
  const wasm = sizes(WASM_PATH);
  // Embedded minified by build.rs, as JSON.stringify would write it.
  const minified = Buffer.from(JSON.stringify(JSON.parse(readFileSync(SEJONG_PATH, 'utf8'))));
  const brief = { gzip: gzipSync(minified, { level: 9 }).length };
  console.log(`# ${WASM_PATH}: ${wasm.raw} bytes raw, ${wasm.gzip} bytes gzipped (${kib(wasm.gzip)}); ` +
    `of which the embedded brief is about ${brief.gzip} bytes gzipped; ${WASM_GZIP_BUDGET - wasm.gzip} bytes to spare`);
  assert.ok(wasm.gzip <= WASM_GZIP_BUDGET, `${wasm.gzip} bytes gzipped is over the ${kib(WASM_GZIP_BUDGET)} budget`);
});

test(`JS glue is at most ${kib(GLUE_GZIP_BUDGET)} gzipped`, () => {
  const glue = sizes(GLUE_PATH);
  console.log(`# ${GLUE_PATH}: ${glue.raw} bytes raw, ${glue.gzip} bytes gzipped (${kib(glue.gzip)})`);
  assert.ok(glue.gzip <= GLUE_GZIP_BUDGET, `${kib(glue.gzip)} gzipped is over the ${kib(GLUE_GZIP_BUDGET)} budget`);
});
