// The iframe embed: www/embed.html on the widget's origin, inside a host page on another origin that
// loads www/embed-host.js. The iframe must grow and shrink to its content, ignore height messages from
// anything but the page it embedded, refuse unsafe `src` values, and run under the strict CSP.
//
//   node --test tests/browser/iframe.test.mjs          (needs pkg/: bash tools/build-wasm.sh)

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, REPO_ROOT } from './harness.mjs';
import { startServer, HEADERS_BY_PATH, STRICT_CSP } from '../../tools/serve.mjs';

const FALLBACK_HEIGHT = 300;

let widgetServer; // serves the repository: the widget's origin
let hostServer; // serves the host pages: another origin (another port)
let widgetOrigin;
let hostOrigin;
let hostDir;
let browser;

function hostPage(iframes, extra = '') {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A CMS page with an embedded brief</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${widgetOrigin}; frame-src ${widgetOrigin} ${hostOrigin}; style-src 'self'">
<script src="${widgetOrigin}/www/embed-host.js" defer></script>
</head>
<body>
<h1>Article</h1>
${iframes}
<p>Text after the embed.</p>
${extra}
</body>
</html>`;
}

function iframe(id, query) {
  return `<iframe id="${id}" src="${widgetOrigin}/www/embed.html?${query}" title="Key insights of the brief" width="100%" height="${FALLBACK_HEIGHT}"></iframe>`;
}

before(async () => {
  assert.ok(existsSync(join(REPO_ROOT, 'pkg', 'brief_insights_bg.wasm')), 'pkg/ is missing: run bash tools/build-wasm.sh');
  // The iframe page must work under the strict policy the README documents, sent as a header.
  HEADERS_BY_PATH['/www/embed.html'] = { 'Content-Security-Policy': STRICT_CSP };
  const w = await startServer({ port: 0 });
  widgetServer = w;
  widgetOrigin = `http://127.0.0.1:${w.address().port}`;
  hostDir = mkdtempSync(join(tmpdir(), 'brief-iframe-host-'));
  const h = await startServer({ port: 0, root: hostDir });
  hostServer = h;
  // "localhost" and "127.0.0.1" are different origins even on one port; a second port is simpler.
  hostOrigin = `http://127.0.0.1:${h.address().port}`;
  const brief = encodeURIComponent('/briefs/sejong-2025-30.json');
  writeFileSync(join(hostDir, 'host.html'), hostPage(iframe('overview-frame', `src=${brief}&view=overview&id=overview-frame`)));
  writeFileSync(
    join(hostDir, 'two.html'),
    hostPage(iframe('a', `src=${brief}&view=recommendations&id=a`) + iframe('b', `src=${brief}&view=timeline&theme=dark&lang=ko&id=b`)),
  );
  writeFileSync(
    join(hostDir, 'piece.html'),
    hostPage(
      iframe('piece', `src=${brief}&item=won-dollar-rate&href=${encodeURIComponent('/analysis.html')}&id=piece`) +
        iframe('bad-href', `src=${brief}&item=russia&href=${encodeURIComponent('javascript:alert(1)')}&id=bad-href`),
    ),
  );
  // A page on the host's origin that pretends to be the embed after the iframe was navigated to it.
  writeFileSync(join(hostDir, 'impostor.html'), '<!DOCTYPE html><title>x</title><script src="impostor.js"></script>');
  writeFileSync(join(hostDir, 'impostor.js'), "parent.postMessage({ type: 'brief-insights:height', height: 11 }, '*');\n");
  browser = await launchChromium();
});

after(async () => {
  delete HEADERS_BY_PATH['/www/embed.html'];
  await browser?.close().catch(() => {});
  widgetServer?.close();
  hostServer?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

async function open(path, viewport = { width: 900, height: 700 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`console: ${m.text()}`);
  });
  await page.goto(hostOrigin + path);
  return { page, context, problems };
}

/** The embed's frame object and its widget, once ready. */
async function readyFrame(page, id) {
  const handle = await page.locator(`#${id}`).elementHandle();
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'ready', null, { timeout: 20_000 });
  return frame;
}

/** Waits until the iframe's height equals the height of the document inside it. */
async function fitted(page, id, frame) {
  let inner = 0;
  await page.waitForFunction((id) => document.getElementById(id).style.height !== '', id, { timeout: 10_000 });
  for (let attempt = 0; attempt < 50; attempt++) {
    inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = await page.evaluate((id) => document.getElementById(id).clientHeight, id);
    if (Math.abs(outer - inner) <= 1) return outer;
    await page.waitForTimeout(100);
  }
  const outer = await page.evaluate((id) => document.getElementById(id).clientHeight, id);
  assert.fail(`iframe #${id} is ${outer}px high; its content is ${inner}px`);
}

test('the iframe is resized to its content, and again when the content changes', async () => {
  const { page, context, problems } = await open('/host.html');
  const frame = await readyFrame(page, 'overview-frame');
  const first = await fitted(page, 'overview-frame', frame);
  assert.ok(first > FALLBACK_HEIGHT, `grew from ${FALLBACK_HEIGHT}px to ${first}px`);
  // The frame does not scroll: the whole widget is visible in the page.
  const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);
  assert.equal(scrolls, false);

  // Another view has another height; the iframe follows.
  await frame.locator('brief-insights [role="tab"][data-view="recommendations"]').click();
  await frame.locator('brief-insights [role="tabpanel"] section[data-view="recommendations"]').waitFor();
  const second = await fitted(page, 'overview-frame', frame);
  assert.notEqual(second, first, 'the height changed with the view');

  // A narrower page makes the content taller; the iframe follows again.
  await page.setViewportSize({ width: 420, height: 700 });
  const narrow = await fitted(page, 'overview-frame', frame);
  assert.ok(narrow > second, `narrow: ${narrow}px > ${second}px`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two iframes are sized independently, with their own view, theme and language', async () => {
  const { page, context, problems } = await open('/two.html');
  const a = await readyFrame(page, 'a');
  const b = await readyFrame(page, 'b');
  const ha = await fitted(page, 'a', a);
  const hb = await fitted(page, 'b', b);
  assert.notEqual(ha, hb);
  assert.equal(await b.evaluate(() => document.documentElement.lang), 'ko');
  assert.equal(await b.evaluate(() => document.querySelector('brief-insights').getAttribute('theme')), 'dark');
  const selected = await a.evaluate(
    () => document.querySelector('brief-insights').shadowRoot.querySelector('[role="tab"][aria-selected="true"]').dataset.view,
  );
  assert.equal(selected, 'recommendations');
  assert.deepEqual(problems, []);
  await context.close();
});

test('height messages from a page the iframe navigated to are ignored', async () => {
  const { page, context } = await open('/host.html');
  const frame = await readyFrame(page, 'overview-frame');
  const height = await fitted(page, 'overview-frame', frame);
  // The embedded page goes elsewhere (another origin); that page claims a height of 11px.
  await frame.evaluate((url) => {
    location.href = url;
  }, `${hostOrigin}/impostor.html`);
  await page.waitForFunction((id) => {
    try {
      return document.getElementById(id).contentWindow.location.pathname === '/impostor.html';
    } catch {
      return false;
    }
  }, 'overview-frame');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.getElementById('overview-frame').clientHeight), height);
  // And messages from the host page itself, or malformed ones, change nothing either.
  await page.evaluate(() => {
    window.postMessage({ type: 'brief-insights:height', height: 12 }, '*');
    window.postMessage('brief-insights:height', '*');
  });
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.getElementById('overview-frame').clientHeight), height);
  await context.close();
});

test('embed.html refuses unsafe or missing src, without fetching anything', async () => {
  for (const [query, expected] of [
    ['src=javascript:alert(1)', 'must be a relative or http(s) URL'],
    ['src=data:application/json,%7B%7D', 'must be a relative or http(s) URL'],
    ['view=overview', 'needs a brief'],
  ]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = [];
    const dialogs = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    await page.goto(`${widgetOrigin}/www/embed.html?${query}`);
    await page.locator('.bi-embed-error').waitFor();
    assert.ok((await page.locator('.bi-embed-error').textContent()).includes(expected), query);
    assert.equal(await page.locator('brief-insights').count(), 0);
    assert.deepEqual(dialogs, []);
    assert.ok(!requests.some((u) => u.includes('.json') || u.startsWith('data:')), `${query}: ${requests}`);
    await context.close();
  }
});

test('embed.html runs under the strict CSP, with no inline script or style', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__violations?.push(e.violatedDirective));
    window.__violations = [];
  });
  const response = await page.goto(`${widgetOrigin}/www/embed.html?src=${encodeURIComponent('../briefs/sejong-2025-30.json')}`);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'ready', null, { timeout: 20_000 });
  violations.push(...(await page.evaluate(() => window.__violations)));
  assert.deepEqual(violations, []);
  const html = await page.content();
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'no inline script');
  assert.ok(!/\sstyle=/.test(html), 'no style attribute');
  await context.close();
});

test('the iframe takes item (and a safe href): one piece, sized to fit', async () => {
  const { page, context, problems } = await open('/piece.html');
  const frame = await readyFrame(page, 'piece');
  const piece = await frame.evaluate(() => {
    const w = document.querySelector('brief-insights');
    const root = w.shadowRoot;
    return {
      item: w.getAttribute('item'),
      kind: root.querySelector('.bi-piece')?.dataset.kind,
      tabs: root.querySelectorAll('[role="tab"]').length,
      link: root.querySelector('[part="piece-link"]')?.getAttribute('href'),
    };
  });
  assert.deepEqual(piece, { item: 'won-dollar-rate', kind: 'indicator', tabs: 0, link: `${widgetOrigin}/analysis.html` });
  const height = await fitted(page, 'piece', frame);
  assert.ok(height > 100, `${height}px`);
  // A javascript: href is dropped; the piece still shows.
  const bad = await readyFrame(page, 'bad-href');
  assert.equal(await bad.evaluate(() => document.querySelector('brief-insights').hasAttribute('href')), false);
  assert.deepEqual(problems, []);
  await context.close();
});
