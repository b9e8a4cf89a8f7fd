#!/usr/bin/env node
// Vendors the browser build of mammoth (npm "mammoth", BSD-2-Clause; Word .docx to HTML) for Brief Studio,
// which loads it with a dynamic import only when an editor opens a .docx file (docs/studio.md). The studio
// is a static page with no bundler, so the package's own prebuilt browser file is copied as it is, with its
// licence and a note saying which version it is. Nothing is edited by hand.
//
// Usage: node tools/vendor-mammoth.mjs [--from NODE_MODULES] [--check]
//   --from   the node_modules directory that holds mammoth (default: this checkout's)
//   --check  exit 1 if www/studio/vendor/ differs from what would be written (nothing is written)
// Exit status: 0 written or up to date, 1 out of date (--check), 2 mammoth not found or bad arguments.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'www', 'studio', 'vendor');
const USAGE = 'usage: node tools/vendor-mammoth.mjs [--from NODE_MODULES] [--check]';

function parseArgs(argv) {
  const options = { from: join(ROOT, 'node_modules'), check: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') options.check = true;
    else if (argv[i] === '--from' && i + 1 < argv.length) options.from = resolve(argv[++i]);
    else {
      console.error(USAGE);
      process.exit(2);
    }
  }
  return options;
}

const { from, check } = parseArgs(process.argv.slice(2));
const packageDir = join(from, 'mammoth');
const bundle = join(packageDir, 'mammoth.browser.min.js');
if (!existsSync(bundle)) {
  console.error(`vendor-mammoth: ${bundle} not found; install it: npm install --save-dev mammoth (or pass --from)`);
  process.exit(2);
}
const { version, license } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const code = readFileSync(bundle);

const files = {
  'mammoth.browser.min.js': code,
  'mammoth.LICENSE.txt': readFileSync(join(packageDir, 'LICENSE')),
  'README.md': Buffer.from(
    [
      '# Vendored for Brief Studio',
      '',
      'Written by `node tools/vendor-mammoth.mjs`; do not edit. Brief Studio imports it only when a `.docx` is opened.',
      '',
      `- \`mammoth.browser.min.js\`: npm \`mammoth@${version}\` (${license}), its file \`mammoth.browser.min.js\` unchanged,`,
      `  ${code.length} bytes. Licence: \`mammoth.LICENSE.txt\`.`,
      '',
    ].join('\n'),
  ),
};

const stale = [];
for (const [name, bytes] of Object.entries(files)) {
  const path = join(OUT, name);
  const same = existsSync(path) && readFileSync(path).equals(bytes);
  if (same) continue;
  stale.push(name);
  if (!check) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path, bytes);
  }
}
if (check && stale.length) {
  console.error(`vendor-mammoth: www/studio/vendor/ is not mammoth@${version}: ${stale.join(', ')} differ; run node tools/vendor-mammoth.mjs`);
  process.exit(1);
}
console.log(`vendor-mammoth: mammoth@${version}, ${code.length} bytes, ${check ? 'up to date' : stale.length ? 'written' : 'already up to date'}`);
