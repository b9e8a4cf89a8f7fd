// Links into a view and an item: #brief-insights=partners/russia, or #<element id>=... with several widgets.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setUp } from './harness.mjs';

const selectedView = (page, widget = 'brief-insights') =>
  page.locator(`${widget} [role="tab"][aria-selected="true"]`).getAttribute('data-view');

describe('deep links and selection events', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  it('#brief-insights=partners/russia opens the partners view with Russia selected', async () => {
    const session = await openPage(env, '/www/index.html#brief-insights=partners/russia');
    try {
      const page = session.page;
      assert.equal(await selectedView(page), 'partners');
      const pressed = await page
        .locator('brief-insights [data-action="select"][data-item="russia"][aria-pressed="true"]')
        .count();
      assert.ok(pressed > 0, 'Russia is shown as selected');
      assert.equal(await page.evaluate(() => document.querySelector('brief-insights').state.item), 'russia');
    } finally {
      await session.close();
    }
  });

  it('selecting an actor updates the hash (without a new history entry) and fires brief-insights:select', async () => {
    const session = await openPage(env, '/www/index.html#brief-insights=partners/russia', {
      initScripts: [
        () => {
          window.__selects = [];
          document.addEventListener('brief-insights:select', (e) => window.__selects.push(e.detail));
        },
      ],
    });
    try {
      const page = session.page;
      const historyLength = await page.evaluate(() => history.length);
      await page.locator('brief-insights [role="tabpanel"] [data-action="select"][data-item="china"]').first().click();
      assert.equal(await page.evaluate(() => location.hash), '#brief-insights=partners/china');
      assert.equal(await page.evaluate(() => history.length), historyLength);
      const events = await page.evaluate(() => window.__selects);
      assert.deepEqual(events.at(-1), { view: 'partners', item: 'china', kind: 'actor' });
      await page.locator('brief-insights [role="tab"][data-view="economy"]').click();
      assert.equal(await page.evaluate(() => location.hash), '#brief-insights=economy');
      assert.deepEqual((await page.evaluate(() => window.__selects)).at(-1), { view: 'economy', item: null, kind: 'view' });
    } finally {
      await session.close();
    }
  });

  it('a hashchange (the reader follows a link on the page) switches the view', async () => {
    const session = await openPage(env, '/www/index.html');
    try {
      const page = session.page;
      await page.evaluate(() => (location.hash = '#brief-insights=projects/rakwon-aquaculture-complex'));
      await page.locator('brief-insights [role="tabpanel"] section[data-view="projects"]').waitFor();
      assert.equal(await selectedView(page), 'projects');
    } finally {
      await session.close();
    }
  });

  it('with two widgets, each reads and writes its own #<id>= entry', async () => {
    const session = await openPage(env, '/www/two-widgets.html#economy-widget=timeline');
    try {
      const page = session.page;
      assert.equal(await selectedView(page, '#partners-widget'), 'partners');
      assert.equal(await selectedView(page, '#economy-widget'), 'timeline');
      await page.locator('#partners-widget [role="tab"][data-view="projects"]').click();
      const hash = await page.evaluate(() => location.hash);
      assert.match(hash, /economy-widget=timeline/);
      assert.match(hash, /partners-widget=projects/);
    } finally {
      await session.close();
    }
  });

  it('an unknown view or item in the hash is ignored safely', async () => {
    const session = await openPage(env, '/www/index.html#brief-insights=nonsense/<img>');
    try {
      assert.equal(await selectedView(session.page), 'overview');
      await session.page.evaluate(() => (location.hash = '#brief-insights=partners/not-an-actor'));
      await session.page.locator('brief-insights [role="tabpanel"] section[data-view="partners"]').waitFor();
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
    }
  });
});
