#!/usr/bin/env node
// Vendors the third-party readers Brief Studio loads with a dynamic import only when an editor opens such a
// file (docs/studio.md): mammoth for .docx and pdf.js for .pdf. The studio is a static page with no bundler,
// so each package's own prebuilt browser files are copied as they are, with its licence, and a README says
// which versions they are. Nothing is edited by hand; the versions are the devDependencies in package.json.
//
// Usage: node tools/vendor-studio.mjs [--from NODE_MODULES] [--check]
//   --from   the node_modules directory that holds the packages (default: this checkout's)
//   --check  exit 1 if www/studio/vendor/ differs from what would be written (nothing is written)
// Exit status: 0 written or up to date, 1 out of date (--check), 2 a package not found or bad arguments.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'www', 'studio', 'vendor');
const USAGE = 'usage: node tools/vendor-studio.mjs [--from NODE_MODULES] [--check]';

/** What is vendored: per package, its files (vendored name -> path in the package) and what it is for. */
const PACKAGES = [
  {
    name: 'mammoth',
    use: 'a `.docx` is opened (Word to HTML)',
    files: { 'mammoth.browser.min.js': 'mammoth.browser.min.js' },
    licence: 'mammoth.LICENSE.txt',
  },
  {
    name: 'pdfjs-dist',
    use: 'a `.pdf` is opened (the library, and its worker started from the same origin)',
    files: { 'pdf.min.mjs': 'build/pdf.min.mjs', 'pdf.worker.min.mjs': 'build/pdf.worker.min.mjs' },
    licence: 'pdfjs.LICENSE.txt',
  },
];

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
const files = {};
const readme = [
  '# Vendored for Brief Studio',
  '',
  'Written by `node tools/vendor-studio.mjs`; do not edit. Each file is its package\'s own, unchanged.',
  '',
];
const summary = [];
for (const pkg of PACKAGES) {
  const packageDir = join(from, pkg.name);
  const paths = Object.values(pkg.files).map((path) => join(packageDir, path));
  for (const path of paths) {
    if (!existsSync(path)) {
      console.error(`vendor-studio: ${path} not found; run npm ci (or pass --from)`);
      process.exit(2);
    }
  }
  const { version, license } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  readme.push(`- npm \`${pkg.name}@${version}\` (${license}), imported only when ${pkg.use}; licence: \`${pkg.licence}\`.`);
  for (const [name, path] of Object.entries(pkg.files)) {
    files[name] = readFileSync(join(packageDir, path));
    readme.push(`  - \`${name}\`: its \`${path}\`, ${files[name].length} bytes.`);
  }
  files[pkg.licence] = readFileSync(join(packageDir, 'LICENSE'));
  summary.push(`${pkg.name}@${version}`);
}
files['README.md'] = Buffer.from(readme.join('\n') + '\n');

const stale = [];
for (const [name, bytes] of Object.entries(files)) {
  const path = join(OUT, name);
  if (existsSync(path) && readFileSync(path).equals(bytes)) continue;
  stale.push(name);
  if (!check) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path, bytes);
  }
}
if (check && stale.length) {
  console.error(`vendor-studio: www/studio/vendor/ differs from ${summary.join(', ')} in ${stale.join(', ')}; run node tools/vendor-studio.mjs`);
  process.exit(1);
}
console.log(`vendor-studio: ${summary.join(', ')}, ${check ? 'up to date' : stale.length ? `written (${stale.join(', ')})` : 'already up to date'}`);
