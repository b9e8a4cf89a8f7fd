// The recipes of the README's "Embedding on your site", done as a site owner does them: copy an example
// site, install the widget with examples/install-widget.sh, build it with the real generator (Debian's
// hugo and jekyll, offline), serve the output as a static host would, and check in Chromium that every
// widget renders, that nothing errs, and that readers without JavaScript get the fallback.
//
//   node --test tests/browser/static-sites.test.mjs
// Needs: pkg/ (bash tools/build-wasm.sh), the CLI (cargo build), hugo and jekyll (apt-get install).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliPath, launchChromium, REPO_ROOT } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';

const BRIEF = join(REPO_ROOT, 'briefs', 'sejong-2025-30.json');
const brief = JSON.parse(readFileSync(BRIEF, 'utf8'));

function has(tool) {
  // `hugo version`, `jekyll --version`
  const args = tool === 'hugo' ? ['version'] : ['--version'];
  return spawnSync(tool, args, { stdio: 'ignore' }).status === 0;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** A static host for one built site: tools/serve.mjs on a free port. */
async function serve(root) {
  const server = await startServer({ port: 0, root });
  return { baseUrl: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() };
}

let work;
let browser;
const servers = [];
const sites = {};

before(async () => {
  assert.ok(existsSync(join(REPO_ROOT, 'pkg', 'brief_insights_bg.wasm')), 'pkg/ is missing: run bash tools/build-wasm.sh');
  const cli = cliPath();
  const env = { ...process.env, BRIEF_INSIGHTS: cli };
  const install = join(REPO_ROOT, 'examples', 'install-widget.sh');
  work = mkdtempSync(join(tmpdir(), 'brief-sites-'));

  // Plain HTML: the example page plus the installed widget and brief, as uploaded to any static host.
  const plain = join(work, 'plain-html');
  cpSync(join(REPO_ROOT, 'examples', 'plain-html'), plain, { recursive: true });
  run('bash', [install, plain, '--brief', BRIEF], { env });
  sites.plain = plain;

  // A folder of briefs with their texts, published as a library (docs/library.md) inside each site.
  const briefs = join(work, 'library-briefs');
  mkdirSync(briefs);
  for (const file of ['sejong-2025-30.json', 'sejong-2025-30.txt']) copyFileSync(join(REPO_ROOT, 'briefs', file), join(briefs, file));
  for (const file of readdirSync(join(REPO_ROOT, 'briefs', 'examples'))) copyFileSync(join(REPO_ROOT, 'briefs', 'examples', file), join(briefs, file));
  const library = (out) => run(cli, ['site', briefs, '--out', out, '--base-url', 'https://example.org/archive', '--assets', REPO_ROOT]);

  if (has('hugo')) {
    const source = join(work, 'hugo-src');
    cpSync(join(REPO_ROOT, 'examples', 'hugo'), source, { recursive: true });
    // The brief's fallback and the static piece of the page's one item (--piece ID:FILE).
    const fallbacks = join(source, 'fallbacks');
    run('bash', [install, join(source, 'static'), '--brief', BRIEF, '--fallback', join(fallbacks, 'sejong-2025-30.html'),
      '--piece', `won-dollar-rate:${join(fallbacks, 'won-dollar-rate.html')}`], { env });
    library(join(source, 'static', 'archive'));
    sites.hugo = join(work, 'hugo-out');
    run('hugo', ['--source', source, '--destination', sites.hugo, '--quiet']);
    // The same site published under a sub-path, as a GitHub Pages project site is (baseURL …/repo/): the
    // pieces' first screens told where the script is served (--script-url), the shortcodes unchanged.
    const subSource = join(work, 'hugo-sub-src');
    cpSync(join(REPO_ROOT, 'examples', 'hugo'), subSource, { recursive: true });
    const subFallbacks = join(subSource, 'fallbacks');
    run('bash', [install, join(subSource, 'static'), '--brief', BRIEF, '--fallback', join(subFallbacks, 'sejong-2025-30.html'),
      '--piece', `won-dollar-rate:${join(subFallbacks, 'won-dollar-rate.html')}`, '--script-url', '/repo/brief-insights/www/brief-insights.js'], { env });
    library(join(subSource, 'static', 'archive'));
    sites.hugoSub = join(work, 'hugo-sub');
    run('hugo', ['--source', subSource, '--destination', join(sites.hugoSub, 'repo'), '--baseURL', 'https://example.org/repo/', '--quiet']);
  }
  if (has('jekyll')) {
    const source = join(work, 'jekyll-src');
    cpSync(join(REPO_ROOT, 'examples', 'jekyll'), source, { recursive: true });
    const fallbacks = join(source, '_includes', 'fallbacks');
    run('bash', [install, source, '--brief', BRIEF, '--fallback', join(fallbacks, 'sejong-2025-30.html'),
      '--piece', `won-dollar-rate:${join(fallbacks, 'won-dollar-rate.html')}`], { env });
    library(join(source, 'archive'));
    sites.jekyll = join(work, 'jekyll-out');
    // --safe: no plugins, as on locked-down hosts; HOME for Jekyll's cache in a fresh CI checkout.
    run('jekyll', ['build', '--safe', '--quiet', '--source', source, '--destination', sites.jekyll], {
      env: { ...process.env, JEKYLL_ENV: 'production' },
    });
    // Under a sub-path (--baseurl /repo), the pieces' first screens told where the script is served.
    const subSource = join(work, 'jekyll-sub-src');
    cpSync(join(REPO_ROOT, 'examples', 'jekyll'), subSource, { recursive: true });
    const subFallbacks = join(subSource, '_includes', 'fallbacks');
    run('bash', [install, subSource, '--brief', BRIEF, '--fallback', join(subFallbacks, 'sejong-2025-30.html'),
      '--piece', `won-dollar-rate:${join(subFallbacks, 'won-dollar-rate.html')}`, '--script-url', '/repo/brief-insights/www/brief-insights.js'], { env });
    library(join(subSource, 'archive'));
    sites.jekyllSub = join(work, 'jekyll-sub');
    run('jekyll', ['build', '--safe', '--quiet', '--source', subSource, '--destination', join(sites.jekyllSub, 'repo'), '--baseurl', '/repo'], {
      env: { ...process.env, JEKYLL_ENV: 'production' },
    });
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close().catch(() => {});
  for (const s of servers) s.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function serveSite(name) {
  const server = await serve(sites[name]);
  servers.push(server);
  return server.baseUrl;
}

/**
 * Opens a built page, brings each widget into view (they start when near the viewport), and returns
 * what a reader would see in each, plus everything that went wrong on the page.
 */
async function renderPage(baseUrl, path) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Chromium asks every host for /favicon.ico; the example sites have none, and that is not the widget's.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`console: ${m.text()} ${m.location().url}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(baseUrl + path);
  const widgets = page.locator('brief-insights');
  const count = await widgets.count();
  const seen = [];
  for (let i = 0; i < count; i++) {
    const widget = widgets.nth(i);
    await widget.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.dataset.state === 'ready' || el.dataset.state === 'error', await widget.elementHandle(), {
      timeout: 20_000,
    });
    seen.push(
      await widget.evaluate((el) => ({
        state: el.dataset.state,
        view: el.getAttribute('view'),
        item: el.getAttribute('item'),
        theme: el.getAttribute('theme'),
        text: el.shadowRoot?.querySelector('.bi-app')?.innerText ?? '',
        selectedTab: el.shadowRoot?.querySelector('[role="tab"][aria-selected="true"]')?.dataset.view ?? null,
        fallbackHtml: el.innerHTML,
      })),
    );
  }
  await context.close();
  return { widgets: seen, problems };
}

/** What a reader without JavaScript sees of the page. */
async function withoutJavaScript(baseUrl, path) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(baseUrl + path);
  const text = await page.locator('body').innerText();
  await context.close();
  return text;
}

const VNU_JAR = process.env.VNU_JAR ?? join(REPO_ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

/**
 * The built pages checked by the Nu Html Checker (npm vnu-jar, with Java). `part` is the CSS Shadow Parts
 * attribute the rendered fallback keeps for the widget's styling; the checker knows only WHATWG HTML.
 */
function assertValidHtml(files) {
  assert.ok(existsSync(VNU_JAR), `the Nu Html Checker is missing (${VNU_JAR}); run bash tools/setup.sh (npm ci)`);
  const result = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8' });
  assert.ok(result.status !== null, `java runs: ${result.error}`);
  const errors = `${result.stdout}${result.stderr}`
    .split('\n')
    .filter((line) => line.trim() && !line.includes('Attribute \u201cpart\u201d not allowed'));
  assert.deepEqual(errors, [], 'the Nu Html Checker finds no error');
}

function assertRendered(result, expectedViews) {
  assert.deepEqual(result.problems, []);
  assert.equal(result.widgets.length, expectedViews.length);
  result.widgets.forEach((w, i) => {
    assert.equal(w.state, 'ready', `widget ${i} is ready`);
    assert.equal(w.selectedTab, expectedViews[i], `widget ${i} opens on ${expectedViews[i]}`);
    assert.ok(w.text.includes(brief.meta.title.slice(0, 20)) || w.text.length > 200, `widget ${i} shows the brief`);
  });
}

/** The piece of the example pages (the won–dollar rate) rendered live: the item alone, cited. */
function assertPiece(widget) {
  assert.equal(widget.item, 'won-dollar-rate');
  assert.equal(widget.selectedTab, null, 'a piece has no tabs');
  const rate = brief.indicators.find((i) => i.id === 'won-dollar-rate');
  assert.ok(widget.text.includes(rate.name), widget.text.slice(0, 200));
  for (const e of rate.evidence) assert.ok(widget.text.replace(/\s+/g, ' ').includes(e.quote), `live piece quotes: ${e.quote}`);
}

/** Without JavaScript the piece's static rendering is there: its name, its chart's table, its quotes. */
function assertStaticPiece(text) {
  const rate = brief.indicators.find((i) => i.id === 'won-dollar-rate');
  assert.ok(text.includes(rate.name));
  for (const e of rate.evidence) assert.ok(text.replace(/\s+/g, ' ').includes(e.quote), `static piece quotes: ${e.quote}`);
}

/** How many first screens (declarative shadow roots) a built page has. */
function firstScreens(file) {
  return readFileSync(file, 'utf8').match(/<template shadowrootmode="open">/g)?.length ?? 0;
}

function assertFallbackHasEverything(text) {
  assert.ok(brief.keyJudgments.length > 0 && brief.recommendations.length > 0, 'the brief has judgments and recommendations');
  for (const judgment of brief.keyJudgments) assert.ok(text.includes(judgment.text), `fallback shows: ${judgment.text}`);
  for (const recommendation of brief.recommendations) {
    assert.ok(text.includes(recommendation.text), `fallback shows: ${recommendation.text}`);
  }
}

test('plain HTML on a static host: the widget renders', async () => {
  const baseUrl = await serveSite('plain');
  const result = await renderPage(baseUrl, '/index.html');
  assertRendered(result, ['overview']);
  const noJs = await withoutJavaScript(baseUrl, '/index.html');
  assert.ok(noJs.includes('Sejong Policy Brief 2025-30'), 'the hand-written fallback shows without JavaScript');
  assertValidHtml([join(sites.plain, 'index.html')]);
});

test('plain HTML works from a sub-folder (relative URLs)', async () => {
  const server = await serve(join(work));
  servers.push(server);
  const result = await renderPage(server.baseUrl, '/plain-html/index.html');
  assertRendered(result, ['overview']);
});

test('Hugo: the shortcode builds and the widgets render', async () => {
  assert.ok(has('hugo') && sites.hugo, 'hugo is installed (bash tools/setup.sh, or apt-get install hugo)');
  const baseUrl = await serveSite('hugo');
  const result = await renderPage(baseUrl, '/briefs/sejong-2025-30/');
  assertRendered(result, ['partners', 'timeline', null]);
  assert.equal(result.widgets[1].theme, 'dark');
  assertPiece(result.widgets[2]);
  // The piece's file (install-widget --piece) carries its first screen; the brief's fallback does not.
  assert.equal(firstScreens(join(sites.hugo, 'briefs', 'sejong-2025-30', 'index.html')), 1);
  const noJs = await withoutJavaScript(baseUrl, '/briefs/sejong-2025-30/');
  assertFallbackHasEverything(noJs);
  assertStaticPiece(noJs);
  assertValidHtml([join(sites.hugo, 'index.html'), join(sites.hugo, 'briefs', 'sejong-2025-30', 'index.html')]);
});

test('Jekyll: the include builds and the widgets render, in HTML and Markdown pages', async () => {
  assert.ok(has('jekyll') && sites.jekyll, 'jekyll is installed (bash tools/setup.sh, or apt-get install jekyll)');
  const baseUrl = await serveSite('jekyll');
  const html = await renderPage(baseUrl, '/index.html');
  assertRendered(html, ['partners', null]);
  assertPiece(html.widgets[1]);
  assert.equal(firstScreens(join(sites.jekyll, 'index.html')), 1);
  assertStaticPiece(await withoutJavaScript(baseUrl, '/index.html'));
  const markdown = await renderPage(baseUrl, '/markdown.html');
  assertRendered(markdown, ['timeline']);
  assert.equal(markdown.widgets[0].theme, 'dark');
  // kramdown left the fallback untouched: the same HTML as on the plain HTML page.
  assert.equal(markdown.widgets[0].fallbackHtml, html.widgets[0].fallbackHtml);
  assertFallbackHasEverything(await withoutJavaScript(baseUrl, '/index.html'));
  assertFallbackHasEverything(await withoutJavaScript(baseUrl, '/markdown.html'));
  assertValidHtml([join(sites.jekyll, 'index.html'), join(sites.jekyll, 'markdown.html')]);
});

/** The library element on a page of the site: ready, a search finds insights, a result opens its brief. */
async function assertLibraryWorks(baseUrl, path) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  try {
    await page.goto(baseUrl + path);
    await page.waitForFunction(() => document.querySelector('brief-insights-library')?.dataset.state === 'ready', null, { timeout: 20_000 });
    assert.equal(await page.locator('brief-insights-library [part~="brief"]').count(), 3);
    const detail = page.evaluate(
      () => new Promise((resolve) => document.querySelector('brief-insights-library').addEventListener('brief-insights-library:results', (e) => resolve(e.detail), { once: true })),
    );
    await page.locator('brief-insights-library [role="tab"][data-view="search"]').click();
    await page.locator('brief-insights-library input[type="search"]').fill('salinity');
    assert.ok((await detail).count > 0, 'results');
    await Promise.all([page.waitForURL(/\/archive\/briefs\/.*\.html#brief-insights=/), page.locator('brief-insights-library [part~="result"] h3 a').first().click()]);
    await page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'ready', null, { timeout: 20_000 });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

test('Hugo: the library, built into static/, searched from a page with the brief-library shortcode', async () => {
  assert.ok(has('hugo') && sites.hugo, 'hugo is installed');
  const baseUrl = await serveSite('hugo');
  await assertLibraryWorks(baseUrl, '/library/');
  await assertLibraryWorks(baseUrl, '/archive/index.html');
});

test('Jekyll: the library, built into the site folder, searched from a page with the brief-library include', async () => {
  assert.ok(has('jekyll') && sites.jekyll, 'jekyll is installed');
  const baseUrl = await serveSite('jekyll');
  await assertLibraryWorks(baseUrl, '/library.html');
  await assertLibraryWorks(baseUrl, '/archive/index.html');
});

test('Hugo and Jekyll sites under a sub-path (a GitHub Pages project site, /repo/): the library and the widgets work', async () => {
  assert.ok(has('hugo') && has('jekyll') && sites.hugoSub && sites.jekyllSub, 'hugo and jekyll are installed');
  const hugo = await serveSite('hugoSub');
  await assertLibraryWorks(hugo, '/repo/library/');
  assertRendered(await renderPage(hugo, '/repo/briefs/sejong-2025-30/'), ['partners', 'timeline', null]);
  const jekyll = await serveSite('jekyllSub');
  await assertLibraryWorks(jekyll, '/repo/library.html');
  assertRendered(await renderPage(jekyll, '/repo/index.html'), ['partners', null]);
});
