// When a brief is missing, broken, or the module cannot load, the widget says what failed, inside itself,
// keeps the page's fallback content, and the host page sees no error.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setUp } from './harness.mjs';

async function errorPanel(page, selector = 'brief-insights') {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    const panel = root.querySelector('[role="alert"]');
    return { text: panel.innerText, visible: !panel.hidden && panel.getBoundingClientRect().height > 0 };
  }, selector);
}

async function fallbackVisible(page, selector = 'brief-insights') {
  return page.evaluate((sel) => {
    const fallback = document.querySelector(sel).querySelector('.fallback');
    return fallback.getBoundingClientRect().height > 0 && getComputedStyle(fallback).visibility !== 'hidden';
  }, selector);
}

describe('errors stay inside the widget', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  it('a brief URL that answers 404: the panel names the status and the URL', async () => {
    const session = await openPage(env, '/www/missing.html');
    try {
      assert.equal(await session.page.locator('brief-insights').getAttribute('data-state'), 'error');
      const panel = await errorPanel(session.page);
      assert.ok(panel.visible);
      assert.match(panel.text, /HTTP 404/);
      assert.match(panel.text, /test-fixtures\/does-not-exist\.json/);
      assert.ok(await fallbackVisible(session.page), 'the fallback content stays visible');
      assert.deepEqual(session.record.pageErrors, []);
      assert.deepEqual(await session.windowErrors(), []);
    } finally {
      await session.close();
    }
  });

  it('a JSON syntax error and schema errors: each problem as line:column, path and message', async () => {
    const session = await openPage(env, '/www/malformed.html');
    try {
      const syntax = await errorPanel(session.page, '#syntax-error');
      assert.match(syntax.text, /7:5/);
      assert.match(syntax.text, /\$\.meta/);
      const schema = await errorPanel(session.page, '#schema-error');
      assert.match(schema.text, /2 problems/);
      assert.match(schema.text, /11:19 \$\.meta\.paragraphs/);
      assert.match(schema.text, /\$\.actors\[0\]\.kind/);
      assert.match(schema.text, /planet/);
      assert.deepEqual(session.record.pageErrors, []);
      assert.deepEqual(await session.windowErrors(), []);
    } finally {
      await session.close();
    }
  });

  it('the author module is fetched only to explain a broken brief', async () => {
    const good = await openPage(env, '/www/index.html');
    try {
      assert.deepEqual(good.record.requests.filter((url) => url.includes('/pkg/author/')), []);
      assert.equal(good.record.requests.filter((url) => url.endsWith('/pkg/brief_insights_bg.wasm')).length, 1);
    } finally {
      await good.close();
    }
    const broken = await openPage(env, '/www/malformed.html');
    try {
      const author = broken.record.requests.filter((url) => url.includes('/pkg/author/'));
      assert.deepEqual(author.map((url) => url.slice(url.lastIndexOf('/') + 1)).sort(), [
        'brief_insights.js',
        'brief_insights_bg.wasm',
      ]);
    } finally {
      await broken.close();
    }
  });

  it('a network failure is reported as such', async () => {
    const env2 = env;
    const context = await env2.browser.newContext();
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.route('**/briefs/sejong-2025-30.json', (route) => route.abort('connectionreset'));
    await page.goto(env2.baseUrl + '/www/csp.html');
    await page.locator('brief-insights[data-state="error"]').waitFor();
    const panel = await errorPanel(page);
    assert.match(panel.text, /network error/);
    assert.match(panel.text, /sejong-2025-30\.json/);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  it('a WebAssembly module that cannot be loaded: the panel says so', async () => {
    const session = await openPage(env, '/www/wasm-missing.html');
    try {
      const panel = await errorPanel(session.page);
      assert.match(panel.text, /WebAssembly/);
      assert.match(panel.text, /does-not-exist/);
      assert.ok(await fallbackVisible(session.page));
      assert.deepEqual(session.record.pageErrors, []);
      assert.deepEqual(await session.windowErrors(), []);
    } finally {
      await session.close();
    }
  });

  it('a corrupt WebAssembly module: the panel says so, the page sees nothing', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.route('**/*.wasm', (route) =>
      route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not a wasm module') }),
    );
    await page.goto(env.baseUrl + '/www/index.html');
    await page.locator('brief-insights[data-state="error"]').waitFor();
    const panel = await errorPanel(page);
    assert.match(panel.text, /WebAssembly/);
    assert.match(panel.text, /brief_insights_bg\.wasm/);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  it('a brief URL that returns something that is not JSON', async () => {
    const session = await openPage(env, '/www/missing.html', { waitForReady: false });
    try {
      await session.page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'error');
      await session.page.evaluate(() => document.querySelector('brief-insights').setAttribute('src', 'index.html'));
      await session.page.waitForFunction(() => {
        const w = document.querySelector('brief-insights');
        return w.dataset.state === 'error' && /1:1/.test(w.shadowRoot.querySelector('[role="alert"]').innerText);
      });
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
    }
  });
});
