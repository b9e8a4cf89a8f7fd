// A keyboard-only reader: Tab into the tabs, arrows between views, Enter on a citation, Escape out.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { activeInWidget, openPage, setUp } from './harness.mjs';

async function tabUntil(page, predicate, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const active = await activeInWidget(page);
    if (active && predicate(active)) return active;
  }
  throw new Error('focus never reached the expected control');
}

describe('keyboard only', () => {
  let env;
  let session;
  before(async () => {
    env = await setUp();
    session = await openPage(env, '/www/csp.html');
  });
  after(async () => {
    await session?.close();
    await env?.close();
  });

  it('Tab reaches the selected tab, and only that one (roving tabindex)', async () => {
    const active = await tabUntil(session.page, (a) => a.role === 'tab');
    assert.equal(active.view, 'partners', 'the initially selected view is the one focused');
    const tabStops = await session.page.evaluate(
      () =>
        [...document.querySelector('brief-insights').shadowRoot.querySelectorAll('[role="tab"]')].filter(
          (t) => t.tabIndex === 0,
        ).length,
    );
    assert.equal(tabStops, 1);
  });

  it('ArrowRight / ArrowLeft / Home / End move between views and show them', async () => {
    const page = session.page;
    await page.keyboard.press('ArrowRight');
    let active = await activeInWidget(page);
    assert.equal(active.view, 'projects');
    assert.equal(
      await page.locator('brief-insights [role="tab"][data-view="projects"]').getAttribute('aria-selected'),
      'true',
    );
    await page.locator('brief-insights [role="tabpanel"] section[data-view="projects"]').waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await activeInWidget(page)).view, 'overview');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await activeInWidget(page)).view, 'search', 'ArrowLeft wraps from the first tab to the last');
    await page.keyboard.press('Home');
    assert.equal((await activeInWidget(page)).view, 'overview');
    await page.keyboard.press('End');
    active = await activeInWidget(page);
    assert.equal(active.view, 'search');
    await page.locator('brief-insights [role="tabpanel"] section[data-view="search"]').waitFor();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    assert.equal((await activeInWidget(page)).view, 'partners');
  });

  it('Enter on a citation opens the dialog with focus inside; Escape closes it and focus returns', async () => {
    const page = session.page;
    const cite = await tabUntil(page, (a) => a.action === 'cite');
    await page.keyboard.press('Enter');
    const dialog = page.locator('brief-insights dialog[data-dialog]');
    await dialog.waitFor({ state: 'visible' });
    const inDialog = await page.evaluate(() => {
      const root = document.querySelector('brief-insights').shadowRoot;
      return root.querySelector('dialog[data-dialog]').contains(root.activeElement);
    });
    assert.ok(inDialog, 'focus moved into the dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const back = await activeInWidget(page);
    assert.equal(back.action, 'cite');
    assert.equal(back.item, cite.item, 'focus returned to the citation button that opened the dialog');
  });

  it('the close button closes the dialog with Enter as well', async () => {
    const page = session.page;
    await page.keyboard.press('Enter');
    const dialog = page.locator('brief-insights dialog[data-dialog]');
    await dialog.waitFor({ state: 'visible' });
    const active = await activeInWidget(page);
    assert.equal(active.action, 'close-dialog');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal((await activeInWidget(page)).action, 'cite');
  });

  it('an actor in the partner network is selected with the keyboard', async () => {
    const page = session.page;
    const node = await tabUntil(page, (a) => a.action === 'select');
    await page.keyboard.press('Enter');
    const after = await activeInWidget(page);
    assert.equal(after.action, 'select', 'focus stays on the selected control after the view re-renders');
    assert.equal(after.item, node.item);
    const pressed = await page
      .locator(`brief-insights [data-action="select"][data-item="${node.item}"]`)
      .first()
      .getAttribute('aria-pressed');
    assert.equal(pressed, 'true');
  });

  it('focus is visible: the focused tab has an outline', async () => {
    const page = session.page;
    await page.locator('brief-insights [role="tab"][aria-selected="true"]').focus();
    await page.keyboard.press('ArrowRight');
    const outline = await page.evaluate(() => {
      const el = document.querySelector('brief-insights').shadowRoot.activeElement;
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    assert.notEqual(outline.style, 'none');
    assert.ok(outline.width >= 2);
    assert.deepEqual(session.record.pageErrors, []);
  });
});
