// The size budget of the readers' module, measured as a page downloads it (gzip level 9), what it must
// not contain, and a smoke test that the optimised bytes of both modules still work, so a size "win" from
// a broken optimiser cannot pass.
//
//   bash tools/build-wasm.sh && node --test tests/node/size-budget.test.mjs

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { AUTHOR, loadAuthor, loadReader, READER, SEJONG_PATH, STUDIO } from './load-pkg.mjs';

const KIB = 1024;
/** Issue 13's ceiling for the module a page showing a brief downloads: 96 KiB gzipped. It is NOT met on
 *  stable Rust with the requested stack (README, bench/size.md: 136,773 B on 2026-12-06); this test
 *  prints the distance to it and asserts a regression guard instead: the measured size plus 2.5 %, so
 *  the module cannot grow unnoticed while the ceiling stays an open point of issue 13. */
const READER_WASM_GZIP_CEILING = 96 * KIB;
// Raised from 140,000 with issue 16 (pieces: renderItem; charts as SVG with their source: format "svg"):
// 136,773 B -> 143,508 B gzipped on 2026-12-06 (+6,735 B), plus 2.5 %.
// Raised from 147,000 by 600 B only (no 2.5 % this time), for two fixes of the wave-6 audits: the partners
// network's edge labels kept from printing over one another (+407 B), and dates written with slashes or a
// time (2025/11/19, 2025-11-19T10:00Z) offered their ISO form (+151 B): 146,894 B -> 147,425 B gzipped.
// Raised from 147,600 by 600 B (no 2.5 %), for fixes of the wave-7 audit of a second think tank's briefs
// (tests/fixtures/second-tank/), measured one by one with node's zlib: each economy chart named in the
// view's SVG export (+260 B); the timeline's last tick label kept inside the chart, mark labels shortened
// beside their mark instead of over it, the leap-year end of the year axis, and a data-table row not
// repeating its date (+348 B): 147,502 B -> 148,110 B gzipped.
const READER_WASM_GZIP_GUARD = 148_200;
/** The JS glue wasm-bindgen writes for the readers' module; it grows with every export and import. */
const READER_GLUE_GZIP_BUDGET = 8 * KIB;

const SEJONG_TEXT = readFileSync(SEJONG_PATH, 'utf8');
const SEJONG = JSON.parse(SEJONG_TEXT);

function sizes(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kib = (n) => `${(n / KIB).toFixed(1)} KiB`;

test('both optimised modules still work', async () => {
  const reader = await loadReader();
  const brief = reader.Brief.fromJson(SEJONG_TEXT);
  assert.equal(brief.meta().title, SEJONG.meta.title);
  assert.ok(brief.search('tourism').length > 0);
  brief.free();
  const author = await loadAuthor();
  const embedded = author.Brief.embedded();
  assert.equal(embedded.meta().title, SEJONG.meta.title);
  assert.deepEqual(author.validate(SEJONG_TEXT), []);
  embedded.free();
});

test(`the readers' .wasm does not grow past ${READER_WASM_GZIP_GUARD} B gzipped (issue 13's ceiling: ${kib(READER_WASM_GZIP_CEILING)})`, () => {
  for (const [name, files] of [['reader', READER], ['author', AUTHOR]]) {
    const wasm = sizes(files.wasm);
    const glue = sizes(files.glue);
    console.log(`# ${name}: .wasm ${wasm.raw} B raw, ${wasm.gzip} B gzipped (${kib(wasm.gzip)}); ` +
      `glue ${glue.raw} B raw, ${glue.gzip} B gzipped`);
  }
  const reader = sizes(READER.wasm);
  const over = reader.gzip - READER_WASM_GZIP_CEILING;
  console.log(over > 0
    ? `# readers' .wasm: ${over} B over the ${kib(READER_WASM_GZIP_CEILING)} ceiling (not met)`
    : `# readers' .wasm: within the ${kib(READER_WASM_GZIP_CEILING)} ceiling, ${-over} B to spare`);
  assert.ok(reader.gzip <= READER_WASM_GZIP_GUARD,
    `${reader.gzip} B gzipped grew past the regression guard of ${READER_WASM_GZIP_GUARD} B`);
});

test('the readers\' module holds no embedded brief and no authoring API', async () => {
  const bytes = readFileSync(READER.wasm);
  // A quote from the Sejong brief, and its title: in the authors' module, not in the readers'.
  const quote = Buffer.from(SEJONG.keyJudgments[0].evidence[0].quote);
  assert.equal(bytes.indexOf(quote), -1, 'a Sejong quote is in the readers\' module');
  assert.equal(bytes.indexOf(Buffer.from(SEJONG.meta.title)), -1, 'the Sejong title is in the readers\' module');
  assert.notEqual(readFileSync(AUTHOR.wasm).indexOf(quote), -1, 'the authors\' module embeds the brief');
  const exports = WebAssembly.Module.exports(new WebAssembly.Module(bytes)).map((e) => e.name);
  assert.ok(exports.includes('brief_fromObject'), exports.join(' '));
  for (const name of exports) assert.doesNotMatch(name, /validate|embedded/, name);
  const authorExports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(AUTHOR.wasm))).map((e) => e.name);
  assert.ok(authorExports.includes('validate') && authorExports.includes('brief_embedded'), authorExports.join(' '));
});

test('the studio\'s exports (and their Unicode tables) are in the studio\'s module only, not the authors\'', () => {
  const exportsOf = (files) => WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(files.wasm))).map((e) => e.name);
  const studio = exportsOf(STUDIO);
  for (const name of ['paragraphs', 'coverage', 'validateWithSource', 'convertText', 'validate', 'brief_embedded']) {
    assert.ok(studio.includes(name), `the studio's module lacks ${name}: ${studio.join(' ')}`);
  }
  const author = exportsOf(AUTHOR);
  for (const name of ['paragraphs', 'coverage', 'validateWithSource', 'convertText']) {
    assert.ok(!author.includes(name), `the authors' module has the studio's ${name}`);
  }
  const [authorSize, studioSize] = [sizes(AUTHOR.wasm), sizes(STUDIO.wasm)];
  console.log(`# authors' .wasm ${authorSize.gzip} B gzipped; studio's .wasm ${studioSize.gzip} B gzipped`);
  assert.ok(authorSize.gzip < studioSize.gzip, 'the authors\' module is smaller than the studio\'s');
});

test(`the readers' JS glue is at most ${kib(READER_GLUE_GZIP_BUDGET)} gzipped`, () => {
  const glue = sizes(READER.glue);
  assert.ok(glue.gzip <= READER_GLUE_GZIP_BUDGET, `${kib(glue.gzip)} gzipped is over the ${kib(READER_GLUE_GZIP_BUDGET)} budget`);
});
