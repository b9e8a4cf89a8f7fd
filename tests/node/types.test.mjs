// The generated TypeScript declarations (pkg/brief_insights.d.ts, pkg/author/brief_insights.d.ts) type a
// real program: tests/types/sample.ts uses both modules and must pass `tsc --noEmit --strict` (npm
// typescript, a devDependency), including its `@ts-expect-error` lines.
//
//   bash tools/build-wasm.sh && node --test tests/node/types.test.mjs

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assemble } from '../../tools/package.mjs';
import { AUTHOR, READER, REPO_ROOT } from './load-pkg.mjs';

test('tsc --strict accepts a sample program against both modules\' declarations', () => {
  for (const files of [READER, AUTHOR]) assert.ok(existsSync(files.types), `${files.types} is missing: run bash tools/build-wasm.sh`);
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  assert.ok(existsSync(tsc), 'typescript is not installed: run npm ci');
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '-p', join(REPO_ROOT, 'tests', 'types', 'tsconfig.json')], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `tsc failed:\n${result.stdout}${result.stderr}`);
});

test('what the methods return is typed: no `any`', () => {
  for (const files of [READER, AUTHOR]) {
    const dts = readFileSync(files.types, 'utf8');
    const publicPart = dts.split('export type InitInput')[0];
    const briefClass = publicPart.slice(publicPart.indexOf('export class Brief'));
    assert.doesNotMatch(briefClass, /\)\s*:\s*any\b/, files.types);
    assert.doesNotMatch(briefClass, /:\s*any\b/, files.types);
  }
});

// The npm package as an app's dependency: node_modules/brief-insights assembled by tools/package.mjs, and
// tests/types/consumer/app.ts importing it by name, strict. Every subpath the package exports has types.
test('tsc --strict accepts an app importing the package by name: widget, steps and library elements typed', () => {
  const work = mkdtempSync(join(tmpdir(), 'brief-insights-ts-'));
  try {
    const pkg = JSON.parse(readFileSync(join(assemble(join(work, 'node_modules', 'brief-insights')), 'package.json'), 'utf8'));
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string' && target.endsWith('.js')) assert.fail(`exports["${subpath}"] is a module without types`);
    }
    for (const file of ['app.ts', 'tsconfig.json']) copyFileSync(join(REPO_ROOT, 'tests', 'types', 'consumer', file), join(work, file));
    const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '-p', join(work, 'tsconfig.json')], { cwd: work, encoding: 'utf8' });
    assert.equal(result.status, 0, `tsc failed:\n${result.stdout}${result.stderr}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
