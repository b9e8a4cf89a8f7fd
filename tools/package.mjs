#!/usr/bin/env node
// Assembles the npm package `brief-insights` from the built modules and the widget, after the build:
//
//   bash tools/build-wasm.sh && node tools/package.mjs [--out DIR]     # default DIR: pkg-npm/
//   npm pack pkg-npm                                                   # -> brief-insights-<version>.tgz
//
// Layout (the same as the repository's, so the widget finds ../pkg/ next to itself, bundled or not):
//   package.json
//   pkg/brief_insights.js, brief_insights_bg.wasm, brief_insights.d.ts          the reader module  (".")
//   pkg/author/brief_insights.js, brief_insights_bg.wasm, brief_insights.d.ts   the author module  ("./author")
//   www/brief-insights.js, brief-insights.d.ts                                  the widget         ("./widget")
//   www/brief-insights.css                                                      its stylesheet     ("./brief-insights.css")
//   www/brief-insights-steps.js, brief-insights-steps.d.ts                      scrollytelling     ("./steps")
//   www/brief-insights-library.js, .d.ts, brief-insights-library.css            the library element ("./library",
//                                                                               "./brief-insights-library.css")

import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MODULE_FILES = ['brief_insights.js', 'brief_insights_bg.wasm', 'brief_insights.d.ts'];

function cargoField(name) {
  const toml = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  const section = toml.slice(toml.indexOf('[package]'));
  const match = section.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm'));
  if (!match) throw new Error(`Cargo.toml has no package.${name}`);
  return match[1];
}

export function packageJson() {
  const types = (dir) => `./${dir}/brief_insights.d.ts`;
  return {
    name: 'brief-insights',
    version: cargoField('version'),
    description: cargoField('description'),
    license: cargoField('license'),
    type: 'module',
    main: './pkg/brief_insights.js',
    types: types('pkg'),
    exports: {
      '.': { types: types('pkg'), default: './pkg/brief_insights.js' },
      './author': { types: types('pkg/author'), default: './pkg/author/brief_insights.js' },
      './widget': { types: './www/brief-insights.d.ts', default: './www/brief-insights.js' },
      './brief-insights.css': './www/brief-insights.css',
      './steps': { types: './www/brief-insights-steps.d.ts', default: './www/brief-insights-steps.js' },
      './library': { types: './www/brief-insights-library.d.ts', default: './www/brief-insights-library.js' },
      './brief-insights-library.css': './www/brief-insights-library.css',
      './brief_insights_bg.wasm': './pkg/brief_insights_bg.wasm',
      './author/brief_insights_bg.wasm': './pkg/author/brief_insights_bg.wasm',
      './package.json': './package.json',
    },
    files: [
      'pkg/',
      'www/brief-insights.js',
      'www/brief-insights.d.ts',
      'www/brief-insights.css',
      'www/brief-insights-steps.js',
      'www/brief-insights-steps.d.ts',
      'www/brief-insights-library.js',
      'www/brief-insights-library.d.ts',
      'www/brief-insights-library.css',
      'README.md',
    ],
    // The widget defines the custom element when imported; a stylesheet import is kept for its effect.
    sideEffects: ['./www/brief-insights.js', './www/brief-insights-steps.js', './www/brief-insights-library.js', '*.css'],
    keywords: ['policy-brief', 'web-component', 'webassembly', 'wasm', 'custom-element'],
  };
}

export function assemble(out) {
  const pkg = join(ROOT, 'pkg');
  for (const file of MODULE_FILES) {
    if (!existsSync(join(pkg, file))) throw new Error(`pkg/${file} is missing: run bash tools/build-wasm.sh first`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'pkg', 'author'), { recursive: true });
  mkdirSync(join(out, 'www'), { recursive: true });
  for (const file of MODULE_FILES) copyFileSync(join(pkg, file), join(out, 'pkg', file));
  const authorDir = join(pkg, 'author');
  if (!existsSync(join(authorDir, 'brief_insights_bg.wasm'))) {
    throw new Error('pkg/author/ is missing: run bash tools/build-wasm.sh first (it builds both modules)');
  }
  const authorGlue = readFileSync(join(authorDir, 'brief_insights.js'), 'utf8');
  if (!/export function validate\b/.test(authorGlue) || !/\bstatic embedded\(/.test(authorGlue)) {
    throw new Error(`${authorDir}/brief_insights.js is not the author module (no validate / Brief.embedded)`);
  }
  for (const file of MODULE_FILES) copyFileSync(join(authorDir, file), join(out, 'pkg', 'author', file));
  const widgetFiles = [
    'brief-insights.js',
    'brief-insights.css',
    'brief-insights.d.ts',
    'brief-insights-steps.js',
    'brief-insights-steps.d.ts',
    'brief-insights-library.js',
    'brief-insights-library.d.ts',
    'brief-insights-library.css',
  ];
  for (const file of widgetFiles) {
    copyFileSync(join(ROOT, 'www', file), join(out, 'www', file));
  }
  copyFileSync(join(ROOT, 'www', 'README.md'), join(out, 'README.md'));
  writeFileSync(join(out, 'package.json'), JSON.stringify(packageJson(), null, 2) + '\n');
  return out;
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = resolve(outIndex >= 0 ? args[outIndex + 1] : join(ROOT, 'pkg-npm'));
  assemble(out);
  console.log(`package.mjs: ${out} (npm pack ${out})`);
}
