// Where the bytes of a built module go: file sizes raw and gzipped (level 9), and the .wasm split by
// section, with the embedded brief and map outline counted apart from code.
//
//   bash tools/build-wasm.sh && node bench/size-report.mjs [pkg | pkg/author]
// For a per-function breakdown: node bench/size-twiggy.mjs [reader | author] (needs cargo install twiggy).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = resolve(ROOT, process.argv[2] ?? 'pkg');
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const row = (name, raw, gzip) => console.log(`${name.padEnd(36)} ${String(raw).padStart(9)} ${String(gzip ?? '').padStart(9)}`);

console.log(`${'file'.padEnd(36)} ${'raw B'.padStart(9)} ${'gzip B'.padStart(9)}`);
for (const file of readdirSync(PKG, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort()) {
  const bytes = readFileSync(join(PKG, file));
  row(file, bytes.length, gz(bytes));
}

const wasm = readFileSync(join(PKG, 'brief_insights_bg.wasm'));
const NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];
let p = 8;
const leb = () => {
  let result = 0;
  let shift = 0;
  let byte;
  do {
    byte = wasm[p++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
};
console.log(`\n${'.wasm section'.padEnd(36)} ${'raw B'.padStart(9)} ${'gzip B'.padStart(9)}`);
while (p < wasm.length) {
  const id = wasm[p++];
  const length = leb();
  if (length > 1000) row(NAMES[id] ?? `section ${id}`, length, gz(wasm.subarray(p, p + length)));
  p += length;
}

console.log(`\n${'embedded data (part of the data section)'.padEnd(36)} ${'raw B'.padStart(9)} ${'gzip B'.padStart(9)}`);
for (const path of ['briefs/sejong-2025-30.json', 'assets/north-korea-outline.json']) {
  if (!existsSync(join(ROOT, path))) continue;
  const text = readFileSync(join(ROOT, path), 'utf8');
  // build.rs embeds briefs minified (whitespace outside strings dropped), which is what JSON.stringify writes.
  // The map outline is embedded as its SVG path only (build.rs parses the file into constants).
  const forms = [['', Buffer.from(text)], [' (minified)', Buffer.from(JSON.stringify(JSON.parse(text)))]];
  const outlinePath = JSON.parse(text).d;
  if (typeof outlinePath === 'string') forms.push([' (its SVG path)', Buffer.from(outlinePath)]);
  const [label, bytes] = forms.find(([, b]) => wasm.includes(b)) ?? [' (not found as such)', forms[0][1]];
  row(path + label, bytes.length, gz(bytes));
}
