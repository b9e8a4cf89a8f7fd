// A new user's own briefs and pages: briefs unlike the examples (tests/fixtures/unseen/), broken files, an
// editor fixing a widget's attributes after an error, a host page with careless global CSS, and a module
// download the browser blocks. Each page here is made up in the test (served through page routes) and
// records every error the host page would see.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AXE_PATH, REPO_ROOT, VIEWS, cliPath, setUp, waitForWidgets } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';

const UNSEEN = ['required-only', 'korean-edges', 'hostile-unicode', 'large'];

function hostPage({ head = '', body }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${head}
<script type="module" src="/www/brief-insights.js"></script></head><body>${body}</body></html>`;
}

/** Opens a made-up page at /unseen/page.html (and any JSON bodies at /unseen/NAME.json), recording errors. */
async function openMadeUpPage(env, html, { viewport = { width: 1000, height: 800 }, files = {}, routes } = {}) {
  const context = await env.browser.newContext({ viewport });
  await context.route(`${env.baseUrl}/unseen/page.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  for (const [name, body] of Object.entries(files)) {
    await context.route(`${env.baseUrl}/unseen/${name}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
  }
  if (routes) await routes(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${env.baseUrl}/unseen/page.html`);
  return { page, errors, close: () => context.close() };
}

// A small valid brief, written as an editor would (one field a line), for the broken files made from it.
const SMALL_BRIEF = JSON.stringify({
  format: 1,
  meta: { series: 'S', number: '1', title: 'T', date: '2026', authors: [{ name: 'A' }], language: 'en', paragraphs: 1 },
  keyJudgments: [{ id: 'j', text: 'J.', evidence: [{ paragraph: 1, quote: 'q' }] }],
}, null, 1);

/** One widget per made-up file, its id the file's name without `.json`. */
function widgetPerFile(files) {
  return Object.keys(files).map((name) => `<brief-insights id="${name.replace('.json', '')}" src="/unseen/${name}"></brief-insights>`).join('\n');
}

function errorPanel(page, selector = 'brief-insights') {
  return page.evaluate((sel) => {
    const panel = document.querySelector(sel).shadowRoot.querySelector('[role="alert"]');
    return panel.hidden ? '' : panel.innerText;
  }, selector);
}

describe("a new user's own briefs and pages", () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  it('briefs unlike the examples show every view at 320 px: no brief string runs, nothing overflows the page', async () => {
    const body = UNSEEN.map((name) => `<brief-insights id="${name}" src="/tests/fixtures/unseen/${name}.json"></brief-insights>`).join('\n');
    const session = await openMadeUpPage(env, hostPage({ body }), { viewport: { width: 320, height: 700 } });
    try {
      const { page } = session;
      for (const name of UNSEEN) {
        await page.locator(`#${name}`).scrollIntoViewIfNeeded();
        await page.locator(`#${name}[data-state="ready"]`).waitFor({ timeout: 20_000 });
        for (const view of VIEWS) {
          await page.locator(`#${name} [role="tab"][data-view="${view}"]`).click();
          await page.locator(`#${name} [role="tabpanel"] section[data-view="${view}"]`).waitFor();
          const seen = await page.evaluate((id) => {
            const root = document.getElementById(id).shadowRoot;
            return {
              pageWidth: document.documentElement.scrollWidth,
              injected: root.querySelectorAll('img, iframe, template, style, script, [onerror], [onload], [onmouseover]').length,
              pwned: window.__pwned ?? null,
            };
          }, name);
          assert.deepEqual(seen, { pageWidth: 320, injected: 0, pwned: null }, `${name}, ${view}`);
        }
      }
      // The hostile strings arrive as text, right-to-left and emoji included.
      const title = await page.evaluate(() => document.getElementById('hostile-unicode').shadowRoot.querySelector('.bi-app').innerText);
      assert.match(title, /<script>window\.__pwned=1<\/script>/);
      assert.match(title, /שלום עולם/);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it('the Korean and the hostile brief pass axe-core in every view (WCAG 2.1 AA)', async () => {
    const body = '<main><h1>Briefs</h1><brief-insights id="k" src="/tests/fixtures/unseen/korean-edges.json"></brief-insights><brief-insights id="h" src="/tests/fixtures/unseen/hostile-unicode.json"></brief-insights></main>';
    const session = await openMadeUpPage(env, hostPage({ head: '<title>Briefs</title>', body }));
    try {
      const { page } = session;
      await page.locator('#h').scrollIntoViewIfNeeded();
      await waitForWidgets(page);
      await page.addScriptTag({ path: AXE_PATH });
      const found = {};
      for (const id of ['k', 'h']) {
        for (const view of VIEWS) {
          await page.locator(`#${id} [role="tab"][data-view="${view}"]`).click();
          await page.locator(`#${id} [role="tabpanel"] section[data-view="${view}"]`).waitFor();
          const violations = await page.evaluate(async (id) => {
            const result = await window.axe.run(document.getElementById(id), {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            });
            return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
          }, id);
          if (violations.length) found[`${id} ${view}`] = violations;
        }
      }
      // A network label cut inside a word ("Donaudampfschif…") was not in its node's spoken name.
      assert.deepEqual(found, {});
    } finally {
      await session.close();
    }
  });

  it('in a 320 px widget every partner label lies inside the network figure', async () => {
    const body = ['/briefs/sejong-2025-30.json', '/briefs/examples/mekong-water-2026-04.json', '/tests/fixtures/unseen/large.json']
      .map((src, i) => `<brief-insights id="w${i}" src="${src}" view="partners"></brief-insights>`)
      .join('\n');
    const session = await openMadeUpPage(env, hostPage({ body }), { viewport: { width: 320, height: 700 } });
    try {
      const { page } = session;
      for (const id of ['w0', 'w1', 'w2']) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await page.locator(`#${id}[data-state="ready"]`).waitFor({ timeout: 20_000 });
        const cut = await page.evaluate((id) => {
          const svg = document.getElementById(id).shadowRoot.querySelector('svg.bi-network');
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('.bi-node-label')]
            .map((label) => ({ text: label.textContent, rect: label.getBoundingClientRect() }))
            .filter(({ rect }) => rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1)
            .map(({ text, rect }) => `${text} [${Math.round(rect.left)}, ${Math.round(rect.right)}] in [${Math.round(box.left)}, ${Math.round(box.right)}]`);
        }, id);
        assert.deepEqual(cut, [], `${id}: labels cut off at the figure's edge`);
      }
    } finally {
      await session.close();
    }
  });

  it('an editor who mistyped an item id fixes it, or removes it: the widget recovers from the error', async () => {
    const body = `<brief-insights id="ready-first" src="/briefs/examples/mekong-water-2026-04.json"></brief-insights>
<brief-insights id="typo-first" src="/briefs/examples/mekong-water-2026-04.json" item="no-such-item"></brief-insights>`;
    const session = await openMadeUpPage(env, hostPage({ body }));
    try {
      const { page } = session;
      await waitForWidgets(page);
      const tabs = (id) => page.evaluate((id) => document.getElementById(id).shadowRoot.querySelectorAll('[role="tab"]').length, id);
      // A widget that was showing the brief: a wrong id is reported, removing it shows the brief again.
      await page.evaluate(() => document.getElementById('ready-first').setAttribute('item', 'no-such-item'));
      await page.locator('#ready-first[data-state="error"]').waitFor();
      assert.match(await errorPanel(page, '#ready-first'), /no-such-item/);
      const readyAgain = page.evaluate(
        () => new Promise((resolve) => document.getElementById('ready-first').addEventListener('brief-insights:ready', () => resolve(true), { once: true })),
      );
      await page.evaluate(() => document.getElementById('ready-first').removeAttribute('item'));
      await page.locator('#ready-first[data-state="ready"]').waitFor({ timeout: 5_000 });
      assert.equal(await readyAgain, true, 'brief-insights:ready tells the page it recovered');
      assert.equal(await errorPanel(page, '#ready-first'), '');
      assert.ok((await tabs('ready-first')) > 0, 'the whole brief, with its tabs');
      // A widget whose first load failed on the id: removing it loads the brief.
      assert.equal(await page.locator('#typo-first').getAttribute('data-state'), 'error');
      await page.evaluate(() => document.getElementById('typo-first').removeAttribute('item'));
      // It loads again when near the viewport, as any widget does.
      await page.locator('#typo-first').scrollIntoViewIfNeeded();
      await page.locator('#typo-first[data-state="ready"]').waitFor({ timeout: 10_000 });
      assert.ok((await tabs('typo-first')) > 0);
      // And correcting the id shows the piece.
      await page.evaluate(() => document.getElementById('typo-first').setAttribute('item', 'no-such-item'));
      await page.locator('#typo-first[data-state="error"]').waitFor();
      await page.evaluate(() => document.getElementById('typo-first').setAttribute('item', 'vietnam'));
      await page.locator('#typo-first[data-state="ready"]').waitFor({ timeout: 5_000 });
      assert.equal(await page.evaluate(() => document.getElementById('typo-first').shadowRoot.querySelector('.bi-piece')?.dataset.kind), 'actor');
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it('broken files: each problem in the panel with its line, column and JSON path, never a page error', async () => {
    const valid = SMALL_BRIEF;
    const files = {
      'array.json': '[1, 2]',
      'empty.json': '',
      'garbage-after.json': `${valid} garbage`,
      'wrong-types.json': valid.replace('"format": 1', '"format": "1"').replace('"paragraphs": 1', '"paragraphs": -1'),
      'nan.json': valid.replace('"paragraphs": 1', '"paragraphs": NaN'),
      'bom.json': `\uFEFF${valid}`,
      // A wrong URL on a server that answers every path with its HTML page.
      'web-page.json': '<!doctype html>\n<html><body>Not found</body></html>',
    };
    const body = widgetPerFile(files);
    const session = await openMadeUpPage(env, hostPage({ body }), { files });
    try {
      const { page } = session;
      await waitForWidgets(page);
      assert.match(await errorPanel(page, '#array'), /1:1 \$ expected an object, found an array/);
      assert.match(await errorPanel(page, '#empty'), /1:1 \$ the file is empty/);
      assert.match(await errorPanel(page, '#garbage-after'), /\d+:\d+ \$ unexpected text after the end/);
      const types = await errorPanel(page, '#wrong-types');
      assert.match(types, /2 problems/);
      assert.match(types, /2:\d+ \$\.format /);
      assert.match(types, /\d+:\d+ \$\.meta\.paragraphs /);
      assert.match(await errorPanel(page, '#nan'), /\d+:\d+ \$\.meta\.paragraphs /);
      assert.match(await errorPanel(page, '#web-page'), /1:1 \$ this is HTML or XML, not JSON: .*check the brief's URL/);
      // A byte-order mark is not a problem.
      assert.equal(await page.locator('#bom').getAttribute('data-state'), 'ready');
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it('files that are not a brief\'s text (not UTF-8, too large, a lone surrogate) are refused as the CLI refuses them', async () => {
    const valid = SMALL_BRIEF;
    const files = {
      // Saved as Latin-1: "é" is the one byte 0xE9.
      'latin1.json': Buffer.from(valid.replace('"T"', '"Caf\u00e9"'), 'latin1'),
      'utf16.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid, 'utf16le')]),
      'too-large.json': Buffer.from(valid + ' '.repeat(4 * 1024 * 1024)),
      'lone-surrogate.json': valid.replace('"T"', '"T\\ud800"'),
    };
    const body = widgetPerFile(files);
    const session = await openMadeUpPage(env, hostPage({ body }), { files });
    try {
      const { page } = session;
      await waitForWidgets(page);
      assert.match(await errorPanel(page, '#latin1'), /6:\d+ \$ byte 0xE9 is not UTF-8; save the file as UTF-8 text/);
      assert.match(await errorPanel(page, '#utf16'), /1:1 \$ the file is UTF-16 text \(it starts with a UTF-16 byte order mark\); save it as UTF-8/);
      assert.match(await errorPanel(page, '#too-large'), /1:1 \$ the file is \d+ bytes; briefs larger than 4194304 bytes \(4 MiB\) are not accepted/);
      assert.match(await errorPanel(page, '#lone-surrogate'), /6:\d+ \$\.meta\.title:? unpaired UTF-16 surrogate/);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it('a src that is not a URL is reported as such, and a Korean widget says an unknown item in Korean', async () => {
    const body = `<brief-insights id="bad-url" src="http://[::1"></brief-insights>
<brief-insights id="ko-typo" lang="ko" src="/briefs/examples/mekong-water-2026-04.json" item="no-such-item"></brief-insights>`;
    const session = await openMadeUpPage(env, hostPage({ body }));
    try {
      const { page } = session;
      await waitForWidgets(page);
      const badUrl = await errorPanel(page, '#bad-url');
      assert.match(badUrl, /http:\/\/\[::1: this is not a valid URL/);
      assert.doesNotMatch(badUrl, /WebAssembly/);
      const korean = await errorPanel(page, '#ko-typo');
      assert.match(korean, /브리프에 "no-such-item" 항목이 없습니다/);
      assert.doesNotMatch(korean, /the brief has no item/);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it('a WebAssembly download the browser blocks (a CDN without CORS headers): the panel says so and names the header', async () => {
    const session = await openMadeUpPage(env, hostPage({ body: '<brief-insights src="/briefs/sejong-2025-30.json"><p>Fallback</p></brief-insights>' }), {
      // What the page sees of a cross-origin response without Access-Control-Allow-Origin: a failed fetch.
      routes: (context) => context.route('**/pkg/brief_insights_bg.wasm', (route) => route.abort('accessdenied')),
    });
    try {
      const { page } = session;
      await waitForWidgets(page);
      const panel = await errorPanel(page);
      assert.match(panel, /brief_insights_bg\.wasm/);
      assert.match(panel, /network error/);
      assert.match(panel, /Access-Control-Allow-Origin/);
      assert.doesNotMatch(panel, /Failed to fetch/);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it('an Arabic brief reads right to left inside the English UI, and a Hebrew name does not reorder the byline', async () => {
    const brief = {
      format: 1,
      meta: {
        series: 'Notes',
        number: '1',
        title: 'مستقبل المياه في الشرق الأوسط (2026).',
        date: '2026-03',
        authors: [{ name: 'דוד לוי' }],
        language: 'ar',
        paragraphs: 1,
      },
      keyJudgments: [{ id: 'j', text: 'التعاون الإقليمي ضروري.', evidence: [{ paragraph: 1, quote: 'التعاون الإقليمي ضروري!' }] }],
    };
    const session = await openMadeUpPage(env, hostPage({ body: '<brief-insights lang="en" src="/unseen/arabic.json"></brief-insights>' }), {
      files: { 'arabic.json': JSON.stringify(brief) },
    });
    try {
      const { page } = session;
      await waitForWidgets(page);
      const seen = await page.evaluate(() => {
        const root = document.querySelector('brief-insights').shadowRoot;
        // Where the first and the last character of an element's text are drawn.
        const ends = (element) => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          const nodes = [];
          while (walker.nextNode()) if (walker.currentNode.data.trim()) nodes.push(walker.currentNode);
          const first = nodes[0];
          const last = nodes[nodes.length - 1];
          const rect = (node, offset) => {
            const range = document.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            return range.getBoundingClientRect();
          };
          return { first: rect(first, 0).left, last: rect(last, last.data.trimEnd().length - 1).left };
        };
        const byline = root.querySelector('.bi-byline');
        return {
          title: ends(root.querySelector('[part~="title"]')),
          byline: { text: byline.textContent, date: byline.querySelector('time').getBoundingClientRect().left, name: byline.querySelector('.bi-author').getBoundingClientRect().left },
        };
      });
      // Right to left: the full stop that ends the title is drawn left of its first letter.
      assert.ok(seen.title.last < seen.title.first, `title ends at ${seen.title.last}, starts at ${seen.title.first}`);
      // The English byline stays "By <name> · <date>", the date on the right of the name.
      assert.ok(seen.byline.date > seen.byline.name, JSON.stringify(seen.byline));
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it('a library of the unseen briefs: the filters stay inside the library however long the actor names', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bi-unseen-site-'));
    const server = await startServer({ port: 0, root: out });
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
    try {
      const built = spawnSync(cliPath(), ['site', join(REPO_ROOT, 'tests/fixtures/unseen'), '--out', out, '--base-url', 'https://example.org/l', '--assets', REPO_ROOT], { encoding: 'utf8' });
      assert.equal(built.status, 0, built.stderr);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
      await page.waitForFunction(() => document.querySelector('brief-insights-library')?.dataset.state === 'ready', null, { timeout: 20_000 });
      const overflow = await page.evaluate(() => {
        const root = document.querySelector('brief-insights-library').shadowRoot;
        const edge = root.querySelector('.bil-filters').getBoundingClientRect().right;
        return [...root.querySelectorAll('.bil-select')]
          .map((select) => ({ id: select.id, right: Math.round(select.getBoundingClientRect().right) }))
          .filter(({ right }) => right > edge + 1);
      });
      // The actor filter, as wide as a 504-letter name, ran past the library's edge and the page's.
      assert.deepEqual(overflow, []);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 1000);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      server.close();
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("a page's own fragment (a hash route, an anchor) is kept when the reader changes view", async () => {
    const html = hostPage({ body: '<h2 id="methodology">Methodology</h2><brief-insights src="/briefs/examples/mekong-water-2026-04.json"></brief-insights>' });
    for (const [hash, expected] of [
      ['#/articles/42', '#/articles/42'], // a single-page app's hash route
      ['#methodology', '#methodology'], // an anchor the reader followed
      ['#/search?q=water', '#/search?q=water'],
      ['', '#brief-insights=partners'], // nothing of the page's: the widget's deep link
    ]) {
      const context = await env.browser.newContext();
      try {
        await context.route(`${env.baseUrl}/unseen/page.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
        const page = await context.newPage();
        await page.goto(`${env.baseUrl}/unseen/page.html${hash}`);
        await waitForWidgets(page);
        const selected = page.evaluate(
          () => new Promise((resolve) => document.addEventListener('brief-insights:select', (e) => resolve(e.detail.view), { once: true })),
        );
        await page.locator('brief-insights [role="tab"][data-view="partners"]').click();
        assert.equal(await selected, 'partners', 'the select event still tells the page');
        // It became "#/articles/42&brief-insights=partners": another route for the page's router.
        assert.equal(await page.evaluate(() => location.hash), expected, `starting from "${hash}"`);
      } finally {
        await context.close();
      }
    }
  });

  it('the static rendering of every unseen brief is valid HTML (Nu Html Checker)', () => {
    const vnu = process.env.VNU_JAR ?? join(REPO_ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
    assert.ok(existsSync(vnu), `the Nu Html Checker is missing (${vnu}); run bash tools/setup.sh (npm ci)`);
    const out = mkdtempSync(join(tmpdir(), 'bi-unseen-html-'));
    try {
      const pages = [];
      for (const name of UNSEEN) {
        const page = join(out, `${name}.html`);
        const rendered = spawnSync(cliPath(), ['render', join(REPO_ROOT, 'tests/fixtures/unseen', `${name}.json`), '--standalone'], { encoding: 'utf8', maxBuffer: 64 << 20 });
        assert.equal(rendered.status, 0, rendered.stderr);
        writeFileSync(page, rendered.stdout);
        pages.push(page);
      }
      const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...pages], { encoding: 'utf8' });
      assert.ok(result.status !== null, `java runs: ${result.error}`);
      // A sourceUrl with a quote or a space was written into href and cite as it was: not a valid URL.
      const errors = `${result.stdout}${result.stderr}`.split('\n').filter((l) => l.trim() && !l.includes('Attribute \u201cpart\u201d not allowed'));
      assert.deepEqual(errors, []);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('the iframe embed in a sandbox that refuses its scripts says so, instead of staying blank', async () => {
    const body = `<iframe id="sandboxed" sandbox="allow-scripts" src="/www/embed.html?src=/briefs/sejong-2025-30.json" title="Sandboxed" width="600" height="400"></iframe>
<iframe id="allowed" sandbox="allow-scripts allow-same-origin" src="/www/embed.html?src=/briefs/sejong-2025-30.json" title="Allowed" width="600" height="400"></iframe>`;
    const session = await openMadeUpPage(env, hostPage({ body }));
    try {
      const { page } = session;
      const frame = async (id) => (await page.locator(`#${id}`).elementHandle()).contentFrame();
      // An opaque origin (no allow-same-origin) may not load the page's own modules without CORS headers.
      const sandboxed = await frame('sandboxed');
      await sandboxed.waitForFunction(() => getComputedStyle(document.getElementById('embed-fallback')).visibility === 'visible', null, { timeout: 10_000 });
      assert.match(await sandboxed.evaluate(() => document.body.innerText), /could not be shown here.*allow-same-origin/s);
      // Where the script runs, the message is gone and the widget is shown.
      const allowed = await frame('allowed');
      await allowed.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'ready', null, { timeout: 20_000 });
      assert.equal(await allowed.evaluate(() => document.getElementById('embed-fallback')), null);
    } finally {
      await session.close();
    }
  });

  it("in an 800 px article column, the economy's data tables keep their words whole", async () => {
    const body = '<brief-insights src="/briefs/sejong-2025-30.json" view="economy"></brief-insights>';
    const session = await openMadeUpPage(env, hostPage({ body }), { viewport: { width: 800, height: 900 } });
    try {
      const { page } = session;
      await waitForWidgets(page);
      const broken = await page.evaluate(() => {
        const root = document.querySelector('brief-insights').shadowRoot;
        const found = [];
        for (const cell of root.querySelectorAll('.bi-data :is(th, td)')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            for (const match of node.data.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              // A word drawn on two lines has a box on each.
              if (range.getClientRects().length > 1) found.push(match[0]);
            }
          }
        }
        return found;
      });
      // "Reading" and "range" were broken into "Rea|ding" and "rang|e".
      assert.deepEqual(broken, []);
    } finally {
      await session.close();
    }
  });

  it('a host page that unsets every style, shrinks the root font and hides its buttons leaves the widget usable', async () => {
    const head = '<style>* { all: unset } html { font-size: 10px } img, svg { max-width: 50px } button { display: none }</style>';
    const session = await openMadeUpPage(env, hostPage({ head, body: '<brief-insights src="/briefs/examples/mekong-water-2026-04.json"></brief-insights>' }));
    try {
      const { page } = session;
      await waitForWidgets(page);
      const seen = await page.evaluate(() => {
        const root = document.querySelector('brief-insights').shadowRoot;
        const tab = root.querySelector('[role="tab"]');
        return { fontSize: getComputedStyle(root.querySelector('.bi-app')).fontSize, tabWidth: tab.getBoundingClientRect().width };
      });
      assert.equal(seen.fontSize, '16px');
      assert.ok(seen.tabWidth > 40, 'the tabs (buttons) are shown');
      await page.locator('brief-insights [role="tab"][data-view="partners"]').click();
      const network = await page.evaluate(() => document.querySelector('brief-insights').shadowRoot.querySelector('svg.bi-network').getBoundingClientRect().width);
      assert.ok(network > 200, `the network is drawn at its size, not the page's 50px svg rule (${network}px)`);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });
});
