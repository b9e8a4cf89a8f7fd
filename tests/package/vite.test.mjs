// The npm package works with a bundler: pack it (tools/package.mjs + npm pack), install the tarball into a
// small Vite app, build the app with Vite (the root devDependency), serve dist/ and see the widget render the
// brief in Chromium, with the .wasm and the stylesheet emitted by Vite.
//
//   bash tools/build-wasm.sh && node --test tests/package/
//
// Nothing here skips: without pkg/, Vite or Chromium the test fails.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/serve.mjs';
import { assemble } from '../../tools/package.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed (${result.error ?? result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>A Vite app with brief-insights</title>
  <script type="module" src="/main.js"></script>
</head>
<body>
  <brief-insights id="bundled" src="/sejong.json" view="timeline"><p>Fallback</p></brief-insights>
</body>
</html>
`;

const MAIN_JS = `import { BriefInsights } from 'brief-insights/widget';
import { version } from 'brief-insights';

window.__widgetViews = BriefInsights.views;
window.__versionType = typeof version;
`;

describe('the npm package in a Vite app', () => {
  let work;
  let server;
  let browser;
  let dist;

  before(async () => {
    assert.ok(existsSync(join(ROOT, 'pkg', 'brief_insights_bg.wasm')), 'pkg/ is missing: run bash tools/build-wasm.sh');
    assert.ok(existsSync(VITE), 'vite is missing: npm ci');
    work = mkdtempSync(join(tmpdir(), 'brief-insights-vite-'));

    // 1. The package, packed as npm would publish it.
    const staged = assemble(join(work, 'package'));
    const packed = run(NPM, ['pack', staged, '--pack-destination', work, '--json'], { cwd: work });
    const [{ filename, files }] = JSON.parse(packed.stdout);
    const tarball = join(work, filename);
    assert.ok(existsSync(tarball), `npm pack wrote no ${tarball}`);
    const packedPaths = files.map((f) => f.path).sort();
    for (const expected of [
      'package.json',
      'pkg/brief_insights.js',
      'pkg/brief_insights_bg.wasm',
      'pkg/brief_insights.d.ts',
      'pkg/author/brief_insights.js',
      'pkg/author/brief_insights_bg.wasm',
      'www/brief-insights.js',
      'www/brief-insights.css',
      'www/brief-insights.d.ts',
      'www/brief-insights-steps.js',
      'www/brief-insights-steps.d.ts',
      'www/brief-insights-library.js',
      'www/brief-insights-library.d.ts',
      'www/brief-insights-library.css',
    ]) {
      assert.ok(packedPaths.includes(expected), `the tarball lacks ${expected}: ${packedPaths.join(', ')}`);
    }

    // 2. A tiny Vite app that depends on the tarball (no other dependency: installs offline).
    const app = join(work, 'app');
    mkdirSync(join(app, 'public'), { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'vite-app', private: true, type: 'module', dependencies: { 'brief-insights': `file:${tarball}` } }, null, 2),
    );
    writeFileSync(join(app, 'index.html'), INDEX_HTML);
    writeFileSync(join(app, 'main.js'), MAIN_JS);
    copyFileSync(join(ROOT, 'briefs', 'sejong-2025-30.json'), join(app, 'public', 'sejong.json'));
    run(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app });
    const installed = JSON.parse(readFileSync(join(app, 'node_modules', 'brief-insights', 'package.json'), 'utf8'));
    assert.equal(installed.name, 'brief-insights');
    assert.equal(installed.type, 'module');

    // 3. vite build (Vite from the repository's node_modules, run on the app).
    run(process.execPath, [VITE, 'build', app, '--logLevel', 'warn'], { cwd: app });
    dist = join(app, 'dist');
    server = await startServer({ port: 0, root: dist });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close().catch(() => {});
    server?.close();
    if (work && !process.env.KEEP_VITE_APP) rmSync(work, { recursive: true, force: true });
  });

  it('vite build emits the reader .wasm, the stylesheet and the author module as separate files', () => {
    const assets = readdirSync(join(dist, 'assets'));
    assert.ok(assets.some((f) => /^brief_insights_bg-.*\.wasm$/.test(f)), `no .wasm among ${assets.join(', ')}`);
    assert.ok(assets.some((f) => /^brief-insights-.*\.css$/.test(f)), `no stylesheet among ${assets.join(', ')}`);
    // The author module is a chunk of its own, loaded on demand, not part of the entry.
    assert.ok(assets.filter((f) => f.endsWith('.js')).length >= 2, `one chunk only: ${assets.join(', ')}`);
  });

  it('the built app shows the widget with the brief, loading only the reader module', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    try {
      const page = await context.newPage();
      const pageErrors = [];
      const requests = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
      await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('#bundled')?.dataset.state), null, {
        timeout: 30_000,
      });
      const shown = await page.evaluate(() => {
        const root = document.querySelector('#bundled').shadowRoot;
        return {
          state: document.querySelector('#bundled').dataset.state,
          error: root.querySelector('[role="alert"]')?.innerText ?? '',
          title: root.querySelector('[part~="title"]')?.textContent.trim() ?? '',
          tab: root.querySelector('[role="tab"][aria-selected="true"]')?.dataset.view ?? null,
          panelText: root.querySelector('[role="tabpanel"]')?.textContent.length ?? 0,
          styled: getComputedStyle(root.querySelector('.bi-root')).display,
          sheets: [...root.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.sheet !== null),
          views: window.__widgetViews,
          versionType: window.__versionType,
        };
      });
      assert.equal(shown.state, 'ready', `the widget failed: ${shown.error}`);
      assert.match(shown.title, /North Korea/);
      assert.equal(shown.tab, 'timeline');
      assert.ok(shown.panelText > 200, 'the timeline view has content');
      assert.deepEqual(shown.sheets, [true], 'the stylesheet loaded');
      assert.ok(shown.views.includes('timeline'));
      assert.equal(shown.versionType, 'function');
      const wasm = requests.filter((p) => p.endsWith('.wasm'));
      assert.equal(wasm.length, 1, `wasm requests: ${wasm.join(', ')}`);
      assert.match(wasm[0], /^\/assets\/brief_insights_bg-[\w-]+\.wasm$/);
      assert.ok(requests.includes('/sejong.json'));
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });
});
