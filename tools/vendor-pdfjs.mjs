#!/usr/bin/env node
// Vendors the ES-module build of pdf.js (npm "pdfjs-dist", Apache-2.0, Mozilla) for Brief Studio, which loads
// it with a dynamic import only when an editor opens a .pdf file (docs/studio.md). The studio is a static page
// with no bundler, so the package's own prebuilt files are copied as they are (the library and its worker,
// which the studio starts from the same origin), with the licence and a note saying which version they are.
// Nothing is edited by hand.
//
// Usage: node tools/vendor-pdfjs.mjs [--from NODE_MODULES] [--check]
//   --from   the node_modules directory that holds pdfjs-dist (default: this checkout's)
//   --check  exit 1 if www/studio/vendor/ differs from what would be written (nothing is written)
// Exit status: 0 written or up to date, 1 out of date (--check), 2 pdfjs-dist not found or bad arguments.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'www', 'studio', 'vendor');
const USAGE = 'usage: node tools/vendor-pdfjs.mjs [--from NODE_MODULES] [--check]';

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
const packageDir = join(from, 'pdfjs-dist');
const library = join(packageDir, 'build', 'pdf.min.mjs');
const worker = join(packageDir, 'build', 'pdf.worker.min.mjs');
for (const path of [library, worker]) {
  if (!existsSync(path)) {
    console.error(`vendor-pdfjs: ${path} not found; install it: npm install --save-dev pdfjs-dist (or pass --from)`);
    process.exit(2);
  }
}
const { version, license } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const libraryCode = readFileSync(library);
const workerCode = readFileSync(worker);

// The README is shared with tools/vendor-mammoth.mjs, which writes README.md; pdf.js gets a note of its own.
const files = {
  'pdf.min.mjs': libraryCode,
  'pdf.worker.min.mjs': workerCode,
  'pdfjs.LICENSE.txt': readFileSync(join(packageDir, 'LICENSE')),
  'pdfjs.README.md': Buffer.from(
    [
      '# Vendored for Brief Studio',
      '',
      'Written by `node tools/vendor-pdfjs.mjs`; do not edit. Brief Studio imports them only when a `.pdf` is opened.',
      '',
      `- \`pdf.min.mjs\`: npm \`pdfjs-dist@${version}\` (${license}), its file \`build/pdf.min.mjs\` unchanged, ${libraryCode.length} bytes.`,
      `- \`pdf.worker.min.mjs\`: the same package's \`build/pdf.worker.min.mjs\` unchanged, ${workerCode.length} bytes.`,
      '- Licence: `pdfjs.LICENSE.txt`.',
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
  console.error(`vendor-pdfjs: www/studio/vendor/ is not pdfjs-dist@${version}: ${stale.join(', ')} differ; run node tools/vendor-pdfjs.mjs`);
  process.exit(1);
}
console.log(
  `vendor-pdfjs: pdfjs-dist@${version}, ${libraryCode.length} + ${workerCode.length} bytes, ${check ? 'up to date' : stale.length ? 'written' : 'already up to date'}`,
);
