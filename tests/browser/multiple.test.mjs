// A page with two widgets (and one far below the fold) loads the WebAssembly module once, lazily.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setUp, waitForWidgets } from './harness.mjs';

describe('several widgets on one page', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  it('two widgets share one WebAssembly instance: the .wasm is requested once', async () => {
    const session = await openPage(env, '/www/two-widgets.html');
    try {
      const states = await waitForWidgets(session.page);
      assert.deepEqual(states, ['ready', 'ready']);
      const wasm = session.record.requests.filter((url) => url.endsWith('.wasm'));
      assert.equal(wasm.length, 1, `wasm requests: ${wasm.join(', ')}`);
      const glue = session.record.requests.filter((url) => url.endsWith('/pkg/brief_insights.js'));
      assert.equal(glue.length, 1);
      const views = await session.page.evaluate(() =>
        [...document.querySelectorAll('brief-insights')].map(
          (w) => w.shadowRoot.querySelector('[role="tab"][aria-selected="true"]').dataset.view,
        ),
      );
      assert.deepEqual(views, ['partners', 'economy']);
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
    }
  });

  it('removing a widget frees its brief; adding one back renders again', async () => {
    const session = await openPage(env, '/www/two-widgets.html');
    try {
      const page = session.page;
      await page.evaluate(async () => {
        const { Brief } = await import('/pkg/brief_insights.js');
        const free = Brief.prototype.free;
        window.__freed = 0;
        Brief.prototype.free = function countedFree() {
          window.__freed++;
          return free.call(this);
        };
      });
      await page.evaluate(() => document.querySelector('#economy-widget').remove());
      assert.equal(await page.evaluate(() => window.__freed), 1);
      await page.evaluate(() => {
        const widget = document.createElement('brief-insights');
        widget.id = 'added-widget';
        widget.setAttribute('src', '../briefs/sejong-2025-30.json');
        widget.setAttribute('view', 'recommendations');
        document.querySelector('main').append(widget);
      });
      // It starts when it comes near the viewport, like any other.
      await page.locator('#added-widget').scrollIntoViewIfNeeded();
      await page.locator('#added-widget[data-state="ready"]').waitFor();
      assert.equal(
        await page.locator('#added-widget [role="tab"][aria-selected="true"]').getAttribute('data-view'),
        'recommendations',
      );
      assert.equal(session.record.requests.filter((url) => url.endsWith('.wasm')).length, 1);
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
    }
  });

  it('a widget removed while it is still loading frees what it loaded and throws nothing', async () => {
    const session = await openPage(env, '/www/two-widgets.html');
    try {
      const page = session.page;
      await page.route('**/briefs/sejong-2025-30.json', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      await page.evaluate(async () => {
        const { Brief } = await import('/pkg/brief_insights.js');
        // The widget loads a brief with JSON.parse + Brief.fromObject (the reader module's way in).
        const fromObject = Brief.fromObject;
        const free = Brief.prototype.free;
        window.__created = 0;
        window.__freed = 0;
        Brief.fromObject = function countedFromObject(value) {
          window.__created++;
          return fromObject.call(this, value);
        };
        Brief.prototype.free = function countedFree() {
          window.__freed++;
          return free.call(this);
        };
        const widget = document.createElement('brief-insights');
        widget.setAttribute('src', '../briefs/sejong-2025-30.json');
        document.querySelector('main').prepend(widget);
        // Removed before its brief arrives: the fetch is still in flight.
        await new Promise((resolve) => setTimeout(resolve, 100));
        widget.remove();
        await new Promise((resolve) => setTimeout(resolve, 800));
      });
      const counts = await page.evaluate(() => ({ created: window.__created, freed: window.__freed }));
      assert.equal(counts.created, 1, 'the brief arrived after the widget was removed and was parsed');
      assert.equal(counts.freed, 1, 'and then freed at once');
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
    }
  });

  it('a widget far below the fold loads nothing until the reader scrolls near it', async () => {
    const session = await openPage(env, '/www/lazy.html', { waitForReady: false });
    try {
      const page = session.page;
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      assert.equal(session.record.requests.filter((url) => url.endsWith('.wasm')).length, 0);
      assert.equal(await page.locator('#lazy-widget').getAttribute('data-state'), 'loading');
      await page.locator('#lazy-widget').scrollIntoViewIfNeeded();
      await page.locator('#lazy-widget[data-state="ready"]').waitFor();
      assert.equal(session.record.requests.filter((url) => url.endsWith('.wasm')).length, 1);
    } finally {
      await session.close();
    }
  });

  it('BriefInsights.configure({wasmUrl}) before the first widget starts decides where the module comes from', async () => {
    const session = await openPage(env, '/www/lazy.html', { waitForReady: false });
    try {
      const page = session.page;
      await page.waitForLoadState('load');
      await page.evaluate(async () => {
        const { BriefInsights } = await import('/www/brief-insights.js');
        BriefInsights.configure({ wasmUrl: '/pkg/brief_insights_bg.wasm?configured=1' });
        // With a src the widget needs the reader module only (without one, the author module's embedded brief).
        document.querySelector('#lazy-widget').setAttribute('src', '../briefs/sejong-2025-30.json');
      });
      await page.locator('#lazy-widget').scrollIntoViewIfNeeded();
      await page.locator('#lazy-widget[data-state="ready"]').waitFor();
      const wasm = session.record.requests.filter((url) => url.includes('.wasm'));
      assert.deepEqual(wasm, [`${env.baseUrl}/pkg/brief_insights_bg.wasm?configured=1`]);
    } finally {
      await session.close();
    }
  });

  it('a widget without src takes the embedded brief from the author module, which configure() can place', async () => {
    const session = await openPage(env, '/www/lazy.html', { waitForReady: false });
    try {
      const page = session.page;
      await page.waitForLoadState('load');
      await page.evaluate(async () => {
        const { BriefInsights } = await import('/www/brief-insights.js');
        BriefInsights.configure({ authorWasmUrl: '/pkg/author/brief_insights_bg.wasm?configured=1' });
      });
      await page.locator('#lazy-widget').scrollIntoViewIfNeeded();
      await page.locator('#lazy-widget[data-state="ready"]').waitFor();
      const wasm = session.record.requests.filter((url) => url.includes('.wasm'));
      assert.deepEqual(wasm, [`${env.baseUrl}/pkg/author/brief_insights_bg.wasm?configured=1`]);
      const glue = session.record.requests.filter((url) => /brief_insights\.js/.test(url));
      assert.deepEqual(glue, [`${env.baseUrl}/pkg/author/brief_insights.js`]);
    } finally {
      await session.close();
    }
  });
});
