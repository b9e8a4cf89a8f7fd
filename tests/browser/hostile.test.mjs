// A brief whose every string is markup and script: the reader sees the text, nothing runs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWS, openPage, setUp, showView, widgetText } from './harness.mjs';

describe('a hostile brief', () => {
  let env;
  let session;
  before(async () => {
    env = await setUp();
    session = await openPage(env, '/www/hostile.html');
  });
  after(async () => {
    await session?.close();
    await env?.close();
  });

  it('renders', async () => {
    assert.equal(await session.page.locator('brief-insights').getAttribute('data-state'), 'ready');
  });

  for (const view of VIEWS) {
    it(`${view}: hostile strings show as text and create no elements`, async () => {
      const page = session.page;
      await showView(page, view);
      if (view === 'search') {
        await page.locator('brief-insights input[data-action="search"]').fill('img onerror');
        await page.locator('brief-insights [data-results] mark').first().waitFor();
      }
      if (view !== 'search') assert.match(await widgetText(page), /<img src=x onerror=/);
      const injected = await page.evaluate(() => {
        const root = document.querySelector('brief-insights').shadowRoot;
        const bad = [...root.querySelectorAll('img, script, iframe, object, embed, b')].map((e) => e.outerHTML);
        for (const el of root.querySelectorAll('*')) {
          for (const attr of el.attributes) if (attr.name.startsWith('on')) bad.push(`${el.localName}[${attr.name}]`);
        }
        return bad;
      });
      assert.deepEqual(injected, []);
      // Open each citation the view offers (at most three) so the dialog's rendering is covered too.
      const cites = page.locator('brief-insights [role="tabpanel"] [data-action="cite"]:visible');
      const n = Math.min(await cites.count(), 3);
      for (let i = 0; i < n; i++) {
        await cites.nth(i).click();
        const dialog = page.locator('brief-insights dialog[data-dialog]');
        await dialog.waitFor({ state: 'visible' });
        assert.match(await dialog.innerText(), /<img src=x onerror=/);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      }
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
    });
  }

  it('filtering by a sector whose name is hostile markup is safe and keeps focus', async () => {
    const page = session.page;
    await showView(page, 'projects');
    const filters = page.locator('brief-insights [data-action="filter-sector"]');
    const n = await filters.count();
    assert.ok(n >= 2);
    for (let i = 0; i < n; i++) {
      const sector = await filters.nth(i).getAttribute('data-sector');
      await filters.nth(i).click();
      const focused = await page.evaluate(() => document.querySelector('brief-insights').shadowRoot.activeElement?.dataset.sector);
      assert.equal(focused, sector);
    }
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });

  it('selecting an actor with a hostile name is safe', async () => {
    const page = session.page;
    await showView(page, 'partners');
    const select = page.locator('brief-insights [role="tabpanel"] [data-action="select"]');
    for (let i = 0; i < Math.min(await select.count(), 3); i++) await select.nth(i).click();
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });

  it('nothing ran, nothing was thrown', async () => {
    await session.page.waitForTimeout(200);
    assert.equal(await session.page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(session.record.pageErrors, []);
    assert.deepEqual(await session.windowErrors(), []);
  });
});
