// Where the bytes of each module go, per function: the same pipeline as tools/build-wasm.sh (cargo
// release build, wasm-bindgen, wasm-opt -Oz) but keeping the names (wasm-opt -g), then twiggy.
// The optimised code differs slightly from the release module's (names kept), not its shape.
//
//   cargo install twiggy; node bench/size-twiggy.mjs [reader|author] [top rows]

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const which = process.argv[2] ?? 'reader';
const rows = process.argv[3] ?? '25';
const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const out = join(ROOT, 'bench', 'out', `twiggy-${which}`);
mkdirSync(out, { recursive: true });
const env = { ...process.env, CARGO_PROFILE_RELEASE_STRIP: 'false', PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` };
const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const features = which === 'reader' ? ['--no-default-features'] : [];
run('cargo', ['build', '--lib', '--release', '--target', 'wasm32-unknown-unknown', ...features]);
run('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', out, join(target, 'wasm32-unknown-unknown', 'release', 'brief_insights.wasm')]);
const meta = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/wasm-opt = \[(.*)\]/)[1];
const flags = JSON.parse(`[${meta}]`);
const wasm = join(out, 'brief_insights_bg.wasm');
const named = join(out, 'named.wasm');
run('wasm-opt', [...flags, '-g', '--strip-dwarf', wasm, '-o', named]);
const bytes = readFileSync(named);
console.log(`# ${which}: ${bytes.length} B with names (${gzipSync(bytes, { level: 9 }).length} B gzipped)\n`);
console.log(run('twiggy', ['top', '-n', rows, named]));
console.log(run('twiggy', ['dominators', '-d', '2', '-r', rows, named]));

// Shallow bytes grouped by what the item belongs to: a crate, or a part of this crate.
const items = JSON.parse(run('twiggy', ['top', '-n', '100000', '-f', 'json', named]));
const GROUPS = [
  ['names (custom section, absent from the release module)', /^"function names"|^"local names"|^name section|names" subsection/],
  ['data (strings, tables, embedded brief and outline)', /^data segment/],
  ['serde_path_to_error (path-tracking wrappers around the decode)', /serde_path_to_error/],
  ['serde-wasm-bindgen', /serde_wasm_bindgen/],
  ['brief_insights::binding', /brief_insights::binding|^brief_[a-zA-Z]+( |$)|^__wbg|^version/],
  ['brief_insights::render', /brief_insights::render/],
  ['brief_insights::load', /brief_insights::(load|decode|validate|json)/],
  ['brief_insights::query', /brief_insights::(query|search)/],
  ['brief_insights::model', /brief_insights::(model|date)/],
  ['brief_insights (other)', /brief_insights/],
  ['serde (derived impls, de/ser core)', /serde(_core|_derive)?::|serde::/],
  ['core::fmt and float formatting', /core\[[0-9a-f]+\]::fmt|fmt::|float|dec2flt|flt2dec/],
  ['allocator (talc, or dlmalloc)', /talc|dlmalloc/],
  ['alloc / core (other)', /^<?(alloc|core|std)|alloc\[|core\[|std\[/],
  ['wasm-bindgen / js-sys', /wasm_bindgen|js_sys|externref|shim/],
];
const sums = new Map();
for (const { name, shallow_size: size } of items) {
  const group = GROUPS.find(([, re]) => re.test(name))?.[0] ?? 'other';
  sums.set(group, (sums.get(group) ?? 0) + size);
}
console.log('shallow bytes by group:');
for (const [group, size] of [...sums].sort((a, b) => b[1] - a[1])) console.log(`${String(size).padStart(8)}  ${group}`);
