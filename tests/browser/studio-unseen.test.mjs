// Brief Studio as a demanding new author meets it (audit 7s, docs/studio.md): things the main studio test
// (studio.test.mjs) does not go through. Each test here failed before its fix.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage, setUp } from './harness.mjs';

async function openStudio(env, options = {}) {
  const session = await openPage(env, '/www/studio.html', { waitForReady: false, ...options });
  await session.page.waitForFunction(() => document.documentElement.dataset.studio === 'ready', null, { timeout: 20_000 });
  return session;
}

const items = (page) => page.locator('#item-list .item-button').allTextContents();

async function pasteText(page, name, text) {
  await page.locator('[data-action="new-text"]').click();
  await page.locator('#paste-name').fill(name);
  await page.locator('#paste-text').fill(text);
  await page.locator('#paste-ok').click();
  await page.locator('.para').first().waitFor();
}

/** Waits for the autosave of the last change to be written (150 ms debounce, then IndexedDB). */
async function saved(page) {
  await page.waitForTimeout(200);
  await page.evaluate(async () => (await import('./studio/main.js')).flushed());
}

describe('Brief Studio, unseen angles', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  it('two tabs of the studio: work done in one is not wiped out by an edit in the other, which follows it', async () => {
    const first = await openStudio(env);
    const a = first.page;
    const b = await first.context.newPage();
    try {
      await b.goto(env.baseUrl + '/www/studio.html');
      await b.waitForFunction(() => document.documentElement.dataset.studio === 'ready', null, { timeout: 20_000 });
      // Tab A: a text and a sector.
      await pasteText(a, 'tabs.txt', 'Grain prices rose in May. Rice held.\n\nBarley fell.\n');
      await a.locator('#item-list .add-item').first().click();
      await a.locator('[data-path="$.sectors[0].label"]').fill('Agriculture');
      await saved(a);
      // Tab B follows what tab A saved (it was open before A began), and says so.
      await b.waitForFunction(() => document.querySelectorAll('#paragraphs .para').length === 2, null, { timeout: 5000 });
      assert.deepEqual(await items(b), ['Agriculture']);
      assert.match(await b.locator('#announcer').textContent(), /another tab/);
      // An edit in tab B builds on A's work instead of overwriting it with B's empty studio.
      await b.locator('#item-list .add-item').nth(1).click();
      await saved(b);
      await a.waitForFunction(() => document.querySelectorAll('#item-list .item-button').length === 2, null, { timeout: 5000 });
      await a.reload();
      await a.waitForFunction(() => document.documentElement.dataset.studio === 'ready');
      assert.equal((await items(a)).length, 2);
      assert.ok((await items(a)).includes('Agriculture'));
      // Undo in B undoes B's own last step (the new item), not everything A did.
      await b.keyboard.press('Control+z');
      assert.deepEqual(await items(b), ['Agriculture']);
      assert.deepEqual(first.record.pageErrors, []);
    } finally {
      await first.close();
    }
  });
});
