// Readers whose browser cannot run the widget still get the page's own fallback content.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setUp } from './harness.mjs';

const FALLBACK_TEXT = 'The brief’s insights as data (JSON)';

describe('fallback content', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  it('with JavaScript disabled the light-DOM fallback is visible', async () => {
    const session = await openPage(env, '/www/index.html', {
      contextOptions: { javaScriptEnabled: false },
      waitForReady: false,
    });
    try {
      const link = session.page.getByText(FALLBACK_TEXT);
      assert.ok(await link.isVisible());
      assert.ok(await session.page.getByText('Sejong Policy Brief 2025-30 · CHOI Eun-ju').isVisible());
    } finally {
      await session.close();
    }
  });

  it('without WebAssembly the element is not defined, the fallback stays, and nothing is thrown', async () => {
    const session = await openPage(env, '/www/index.html', {
      initScripts: [() => delete window.WebAssembly],
      waitForReady: false,
    });
    try {
      await session.page.waitForLoadState('load');
      await session.page.waitForTimeout(300);
      assert.equal(await session.page.evaluate(() => customElements.get('brief-insights')), undefined);
      assert.ok(await session.page.getByText(FALLBACK_TEXT).isVisible());
      assert.deepEqual(session.record.pageErrors, []);
      assert.deepEqual(await session.windowErrors(), []);
    } finally {
      await session.close();
    }
  });

  it('the fallback shows while the module loads, and gives way once the widget is ready', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    await page.route('**/*.wasm', async (route) => {
      await gate;
      await route.continue();
    });
    try {
      await page.goto(env.baseUrl + '/www/index.html');
      await page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'loading');
      assert.ok(await page.getByText(FALLBACK_TEXT).isVisible(), 'visible while loading');
      release();
      await page.locator('brief-insights[data-state="ready"]').waitFor();
      assert.equal(await page.getByText(FALLBACK_TEXT).isVisible(), false, 'hidden once ready');
    } finally {
      release();
      await context.close();
    }
  });

  it('without IntersectionObserver the widget starts at once', async () => {
    const session = await openPage(env, '/www/lazy.html', { initScripts: [() => delete window.IntersectionObserver] });
    try {
      assert.equal(await session.page.locator('#lazy-widget').getAttribute('data-state'), 'ready');
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
    }
  });

  it('an element defined twice (the script included twice) is harmless', async () => {
    const session = await openPage(env, '/www/index.html');
    try {
      await session.page.evaluate(async () => {
        await import('/www/brief-insights.js?copy=2');
      });
      assert.deepEqual(session.record.pageErrors, []);
      assert.equal(await session.page.locator('brief-insights').getAttribute('data-state'), 'ready');
    } finally {
      await session.close();
    }
  });
});
