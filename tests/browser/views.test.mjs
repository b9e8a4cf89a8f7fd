// A reader opens the demo page and goes through every view of the Sejong brief.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWS, openPage, setUp, showView, widgetText } from './harness.mjs';

describe('every view shows the brief’s content', () => {
  let env;
  let session;
  before(async () => {
    env = await setUp();
    session = await openPage(env, '/www/index.html');
  });
  after(async () => {
    await session?.close();
    await env?.close();
  });

  it('starts on the overview with the title and key judgments', async () => {
    const text = await widgetText(session.page);
    assert.match(text, /North Korea’s Domestic and External Policy Outlook/);
    assert.match(text, /CHOI Eun-ju/);
    const selected = await session.page.locator('brief-insights [role="tab"][aria-selected="true"]').getAttribute('data-view');
    assert.equal(selected, 'overview');
  });

  it('partners: Russia is a “Military–security partner”', async () => {
    await showView(session.page, 'partners');
    const text = await widgetText(session.page);
    assert.match(text, /Russia/);
    assert.match(text, /Military–security partner/);
  });

  it('partners: no relation\'s label is drawn over another\'s (two edges to ASEAN and Indonesia both “restoring relations”)', async () => {
    await showView(session.page, 'partners');
    // The briefs' networks, measured as drawn: each edge label's box against every other's.
    const briefs = ['../briefs/sejong-2025-30.json', '../briefs/examples/mekong-water-2026-04.json', '../briefs/examples/nickel-supply-chain-2026-7.json'];
    const overlaps = await session.page.evaluate(async (sources) => {
      const found = [];
      for (const src of sources) {
        const widget = document.createElement('brief-insights');
        widget.setAttribute('src', src);
        widget.setAttribute('view', 'partners');
        document.querySelector('main').prepend(widget);
        await widget.ready;
        const labels = [...widget.shadowRoot.querySelectorAll('.bi-network .bi-edge-label')].map((label) => ({
          text: label.textContent,
          box: label.getBoundingClientRect(),
        }));
        if (labels.length === 0) found.push(`${src}: no edge labels drawn`);
        labels.forEach((a, i) =>
          labels.slice(i + 1).forEach((b) => {
            const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (across > 1 && down > 1) found.push(`${src}: "${a.text}" over "${b.text}"`);
          }),
        );
        widget.remove();
      }
      return found;
    }, briefs);
    assert.deepEqual(overlaps, []);
  });

  it('projects: the Rakwon aquaculture complex is listed, and a sector filter narrows the list', async () => {
    await showView(session.page, 'projects');
    assert.match(await widgetText(session.page), /Rakwon/);
    const filter = session.page.locator('brief-insights [data-action="filter-sector"][data-sector="healthcare"]');
    if ((await filter.count()) > 0) {
      await filter.first().click();
      const text = await widgetText(session.page);
      assert.match(text, /Pyongyang General Hospital/);
      assert.doesNotMatch(text, /Rakwon/);
      await session.page.locator('brief-insights [data-action="filter-sector"][data-sector=""]').first().click();
      assert.match(await widgetText(session.page), /Rakwon/);
    }
  });

  it('timeline: dated events appear in order', async () => {
    await showView(session.page, 'timeline');
    const text = await widgetText(session.page);
    assert.match(text, /2025/);
    assert.match(text, /Ninth Party Congress/);
    const dates = await session.page.evaluate(() =>
      [...document.querySelector('brief-insights').shadowRoot.querySelectorAll('.bi-events time[datetime]')].map((t) =>
        t.getAttribute('datetime'),
      ),
    );
    assert.ok(dates.length > 5);
    assert.deepEqual([...dates].sort(), dates, 'events are listed earliest first');
  });

  it('economy: the exchange rate from the 8,000-won range to beyond 40,000', async () => {
    await showView(session.page, 'economy');
    const text = await widgetText(session.page);
    assert.match(text, /8,000/);
    assert.match(text, /40,000/);
  });

  it('recommendations: grouped by area with their text', async () => {
    await showView(session.page, 'recommendations');
    const text = await widgetText(session.page);
    assert.match(text, /South Korea|ROK/);
    const cites = await session.page.locator('brief-insights [role="tabpanel"] [data-action="cite"]').count();
    assert.ok(cites > 0, 'recommendations carry citations');
  });

  it('search: typing highlights the matches with <mark>', async () => {
    await showView(session.page, 'search');
    const input = session.page.locator('brief-insights input[data-action="search"]');
    await input.fill('Rakwon');
    const mark = session.page.locator('brief-insights [data-results] mark').first();
    await mark.waitFor();
    assert.match(await mark.textContent(), /rakwon/i);
    const status = await session.page
      .locator('brief-insights [role="tabpanel"] [role="status"]')
      .first()
      .textContent();
    assert.match(status, /\d/);
  });

  it('search: choosing a result opens its view with focus on the item', async () => {
    const page = session.page;
    await page.locator('brief-insights input[data-action="search"]').fill('Rakwon');
    const result = page.locator('brief-insights [data-results] [data-action="goto"][data-item="rakwon-aquaculture-complex"]');
    await result.click();
    await page.locator('brief-insights [role="tabpanel"] section[data-view="projects"]').waitFor();
    const focused = await page.evaluate(() => {
      const active = document.querySelector('brief-insights').shadowRoot.activeElement;
      return active?.dataset.item ?? active?.id ?? null;
    });
    assert.match(focused, /rakwon-aquaculture-complex/);
    assert.equal(await page.evaluate(() => location.hash), '#brief-insights=projects/rakwon-aquaculture-complex');
  });

  it('a citation shows the verbatim quote and its paragraph', async () => {
    await showView(session.page, 'partners');
    await session.page.locator('brief-insights [role="tabpanel"] [data-action="cite"]').first().click();
    const dialog = session.page.locator('brief-insights dialog[data-dialog]');
    await dialog.waitFor({ state: 'visible' });
    const text = await dialog.innerText();
    assert.match(text, /¶|paragraph/i);
    assert.ok(text.length > 40, 'the dialog holds the quote');
    await session.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('reports no errors to the host page', async () => {
    assert.deepEqual(session.record.pageErrors, []);
    assert.deepEqual(await session.windowErrors(), []);
  });
});

describe('a brief with almost nothing in it, in Korean', () => {
  let env;
  let session;
  before(async () => {
    env = await setUp();
    session = await openPage(env, '/www/minimal.html');
  });
  after(async () => {
    await session?.close();
    await env?.close();
  });

  it('every view renders (empty states where there is no data), in Korean, without errors', async () => {
    assert.equal(await session.page.locator('brief-insights').getAttribute('data-state'), 'ready');
    for (const view of VIEWS) {
      await showView(session.page, view);
      const text = await widgetText(session.page);
      assert.match(text, /[\uac00-\ud7a3]/, `${view} is in Korean`);
    }
    await showView(session.page, 'overview');
    assert.match(await widgetText(session.page), /판단이 하나뿐이다/);
    assert.deepEqual(session.record.pageErrors, []);
    assert.deepEqual(session.record.consoleErrors, []);
  });
});
