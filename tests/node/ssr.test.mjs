// Server-side rendering: Next.js, Astro, SvelteKit and Eleventy import an app's modules in Node while they
// build its pages, where there is no window, document, HTMLElement or customElements. Importing any entry of
// the npm package there must not throw, must not define anything, and must leave Node's globals as they were;
// the page's browser then defines the elements as usual.
//
//   bash tools/build-wasm.sh && node --test tests/node/ssr.test.mjs

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assemble } from '../../tools/package.mjs';

// Runs in a fresh Node process inside an app folder whose node_modules holds the package.
const IMPORT_EVERYTHING = `
const globalsBefore = ['window', 'document', 'HTMLElement', 'customElements'].filter((name) => name in globalThis);
const results = {};
for (const entry of ['brief-insights', 'brief-insights/author', 'brief-insights/widget', 'brief-insights/steps', 'brief-insights/library']) {
  try {
    results[entry] = Object.keys(await import(entry)).sort();
  } catch (error) {
    results[entry] = 'threw ' + error;
  }
}
const { BriefInsights } = await import('brief-insights/widget');
let configure = 'ok';
try {
  // A component module that configures the widget at its top level is imported during the build too.
  BriefInsights.configure({ wasmUrl: '/assets/brief_insights_bg.wasm', cssUrl: '/assets/brief-insights.css' });
} catch (error) {
  configure = 'threw ' + error;
}
const globalsAfter = ['window', 'document', 'HTMLElement', 'customElements'].filter((name) => name in globalThis);
console.log(JSON.stringify({ results, configure, globalsBefore, globalsAfter, elementName: BriefInsights.elementName }));
`;

test('every entry of the npm package imports in plain Node (server-side rendering) without throwing or defining anything', () => {
  const app = mkdtempSync(join(tmpdir(), 'brief-insights-ssr-'));
  try {
    assemble(join(app, 'node_modules', 'brief-insights'));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'ssr-app', private: true, type: 'module' }));
    writeFileSync(join(app, 'build.mjs'), IMPORT_EVERYTHING);
    const run = spawnSync(process.execPath, ['build.mjs'], { cwd: app, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const { results, configure, globalsBefore, globalsAfter, elementName } = JSON.parse(run.stdout);
    assert.deepEqual(globalsBefore, [], 'plain Node has no DOM');
    for (const [entry, exports] of Object.entries(results)) {
      assert.ok(Array.isArray(exports), `import('${entry}') ${exports}`);
    }
    assert.ok(results['brief-insights/widget'].includes('BriefInsightsElement'));
    assert.ok(results['brief-insights/steps'].includes('BriefInsightsStepsElement'));
    assert.ok(results['brief-insights/library'].includes('BriefInsightsLibrary'));
    assert.ok(results['brief-insights'].includes('Brief'));
    assert.equal(configure, 'ok');
    assert.equal(elementName, 'brief-insights');
    assert.deepEqual(globalsAfter, [], 'importing defines no DOM globals (nothing was registered)');
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});
