// Export and print: every chart saves as SVG (and PNG) with its citation and source drawn in; printing
// shows the whole brief, or a piece, in black and white with every citation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, openPage, setUp, showView, waitForWidgets } from './harness.mjs';

const SEJONG = JSON.parse(readFileSync(join(REPO_ROOT, 'briefs/sejong-2025-30.json'), 'utf8'));
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** Every quote of the Sejong brief, with the id of its item. */
function allQuotes() {
  const out = [];
  const lists = ['keyJudgments', 'axes', 'actors', 'relations', 'projects', 'indicators', 'events', 'recommendations'];
  for (const list of lists) {
    for (const item of SEJONG[list] ?? []) {
      for (const e of item.evidence ?? []) out.push({ id: item.id, quote: e.quote });
      for (const o of item.observations ?? []) for (const e of o.evidence ?? []) out.push({ id: o.id, quote: e.quote });
    }
  }
  return out;
}

/** Parses an SVG file in the page: well-formed (no parsererror), its citation and source lines as text. */
function inspectSvg(page, text) {
  return page.evaluate((svgText) => {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const lines = (cls) => [...doc.querySelectorAll(`text.${cls}`)].map((t) => t.textContent).join(' ');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      citation: lines('bi-export-citation'),
      source: lines('bi-export-source'),
      charts: doc.querySelectorAll('svg > svg').length,
    };
  }, text);
}

async function loadAllPieces(page) {
  const count = await page.locator('brief-insights').count();
  for (let i = 0; i < count; i++) await page.locator('brief-insights').nth(i).scrollIntoViewIfNeeded();
  return waitForWidgets(page);
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const stream = await file.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe('export: charts as SVG and PNG with their source', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  it("each piece's chart saves as a well-formed SVG with its quotes and source, from a keyboard menu", async () => {
    const session = await openPage(env, '/www/pieces.html', { waitForReady: false, contextOptions: { acceptDownloads: true } });
    try {
      const page = session.page;
      await loadAllPieces(page);
      const exported = [];
      for (const widget of await page.locator('brief-insights').all()) {
        const item = await widget.getAttribute('item');
        const menu = widget.locator('details.bi-export');
        if ((await menu.count()) === 0) continue;
        // By keyboard: focus the summary, Enter opens the menu, the SVG button saves.
        await menu.locator('summary').focus();
        await page.keyboard.press('Enter');
        const svgButton = menu.locator('button[data-format="svg"]');
        await svgButton.waitFor();
        const file = await download(page, svgButton);
        assert.match(file.name, /\.svg$/);
        const svg = await inspectSvg(page, file.bytes.toString('utf8'));
        assert.equal(svg.error, null, `${item}: ${svg.error}`);
        assert.equal(svg.root, 'svg');
        assert.ok(svg.charts >= 1, `${item}: the chart is in it`);
        for (const { quote } of allQuotes().filter((q) => q.id === item)) {
          assert.ok(squash(svg.citation).includes(squash(`“${quote}”`)), `${item}: ${quote}`);
        }
        assert.match(svg.source, /Sejong Policy Briefs/, `${item}: source line`);
        assert.match(await menu.locator('[role="status"]').textContent(), /^Saved /);
        exported.push(item);
      }
      assert.deepEqual(exported.sort(), [
        'kim-visit-to-china', 'rel-nk-china', 'russia', 'won-dollar-rate', 'won-dollar-rate-summer-2025', 'wonsan-kalma-tourist-zone',
      ]);
      // PNG: the same image drawn on a canvas.
      const menu = page.locator('brief-insights[item="won-dollar-rate"] details.bi-export');
      // (Still open from the SVG above.)
      assert.equal(await menu.evaluate((m) => m.open), true);
      const png = await download(page, menu.locator('button[data-format="png"]'));
      assert.match(png.name, /\.png$/);
      assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      assert.ok(png.bytes.length > 5000, `a real image: ${png.bytes.length} B`);
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
    }
  });

  it("the views' charts save too: the network, the map, the timeline and each economy chart", async () => {
    const session = await openPage(env, '/www/index.html', { contextOptions: { acceptDownloads: true } });
    try {
      const page = session.page;
      const names = [];
      let economyCharts = 0;
      for (const view of ['partners', 'projects', 'timeline', 'economy']) {
        await showView(page, view);
        const menus = page.locator('brief-insights [role="tabpanel"] details.bi-export');
        const n = await menus.count();
        assert.ok(n >= 1, `${view}: an export menu`);
        if (view === 'economy') economyCharts = await page.locator('brief-insights [role="tabpanel"] svg.bi-indicator-chart').count();
        for (let i = 0; i < n; i++) {
          await menus.nth(i).locator('summary').click();
          const file = await download(page, menus.nth(i).locator('button[data-format="svg"]'));
          const svg = await inspectSvg(page, file.bytes.toString('utf8'));
          assert.equal(svg.error, null, `${view} ${file.name}`);
          assert.match(svg.source, /Sejong Policy Briefs/);
          names.push(file.name);
        }
      }
      assert.ok(names.includes('2025-30-partners.svg'), names.join(' '));
      // One image per indicator chart (an indicator without numbers has a note instead of a chart).
      assert.ok(economyCharts >= 1);
      assert.equal(names.filter((n) => SEJONG.indicators.some((i) => n.endsWith(`-${i.id}.svg`))).length, economyCharts);
    } finally {
      await session.close();
    }
  });
});

describe('print: black and white, every citation', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  it('printing the widget prints the whole brief with every quote, not the one view on screen', async () => {
    const session = await openPage(env, '/www/index.html');
    try {
      const page = session.page;
      await page.emulateMedia({ media: 'print' });
      await page.locator('brief-insights .bi-root[data-print-ready]').waitFor({ state: 'attached' });
      const printed = await page.evaluate(() => {
        const root = document.querySelector('brief-insights').shadowRoot;
        const print = root.querySelector('.bi-print');
        return {
          printShown: getComputedStyle(print).display !== 'none',
          appShown: getComputedStyle(root.querySelector('.bi-app')).display !== 'none',
          tabsShown: [...root.querySelectorAll('[role="tab"]')].some((t) => t.getClientRects().length > 0),
          text: print.innerText,
          color: getComputedStyle(print.querySelector('blockquote')).color,
        };
      });
      assert.equal(printed.printShown, true);
      assert.equal(printed.appShown, false);
      assert.equal(printed.tabsShown, false);
      assert.equal(printed.color, 'rgb(0, 0, 0)', 'black ink');
      const missing = allQuotes().filter(({ quote }) => !squash(printed.text).includes(squash(quote)));
      assert.deepEqual(missing, [], 'every quote of the brief is printed');
      // Back on screen: the view as it was.
      await page.emulateMedia({ media: 'screen' });
      assert.equal(
        await page.evaluate(() => getComputedStyle(document.querySelector('brief-insights').shadowRoot.querySelector('.bi-print')).display),
        'none',
      );
    } finally {
      await session.close();
    }
  });

  it('a printed piece shows its quotes in black, without the export menu', async () => {
    const session = await openPage(env, '/www/pieces.html', { waitForReady: false });
    try {
      const page = session.page;
      await loadAllPieces(page);
      await page.emulateMedia({ media: 'print' });
      const pieces = await page.evaluate(() =>
        [...document.querySelectorAll('brief-insights')].map((w) => {
          const root = w.shadowRoot;
          return {
            item: w.getAttribute('item'),
            text: root.querySelector('.bi-piece').innerText,
            menus: [...root.querySelectorAll('.bi-export')].filter((m) => getComputedStyle(m).display !== 'none').length,
            color: getComputedStyle(root.querySelector('.bi-piece-title')).color,
          };
        }),
      );
      for (const p of pieces) {
        assert.equal(p.menus, 0, `${p.item}: no export menu in print`);
        assert.equal(p.color, 'rgb(0, 0, 0)');
        for (const { quote } of allQuotes().filter((q) => q.id === p.item)) {
          assert.ok(squash(p.text).includes(squash(quote)), `${p.item}: ${quote}`);
        }
      }
    } finally {
      await session.close();
    }
  });

  it("printed from a host page's narrow sidebar, no chart or data table is cut at the widget's edge", async () => {
    // A theme that keeps its sidebar in print: the widget and a piece print 280px wide. On screen their
    // charts and tables scroll sideways there; paper does not scroll.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <script type="module" src="/www/brief-insights.js"></script>
      <style>.layout { display: grid; grid-template-columns: 1fr 280px; gap: 1em }</style></head>
      <body><div class="layout"><main><h1>An article</h1></main><aside>
        <brief-insights id="whole" src="/briefs/sejong-2025-30.json" view="economy"></brief-insights>
        <brief-insights id="piece" src="/briefs/sejong-2025-30.json" item="won-dollar-rate"></brief-insights>
      </aside></div></body></html>`;
    const context = await env.browser.newContext({ viewport: { width: 1200, height: 800 } });
    await context.route(`${env.baseUrl}/host/print.html`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    try {
      const page = await context.newPage();
      await page.goto(`${env.baseUrl}/host/print.html`);
      await loadAllPieces(page);
      await page.emulateMedia({ media: 'print' });
      await page.locator('#whole .bi-root[data-print-ready]').waitFor({ state: 'attached' });
      const cut = await page.evaluate(() =>
        ['#whole .bi-print', '#piece .bi-piece'].flatMap((selector) => {
          const [host, inside] = selector.split(' ');
          const printed = document.querySelector(host).shadowRoot.querySelector(inside);
          const edge = printed.getBoundingClientRect();
          const problems = [];
          for (const element of printed.querySelectorAll('*')) {
            if (element.getClientRects().length === 0 || element.closest('.bi-sr-only')) continue;
            if (element.closest('svg') && element.localName !== 'svg') continue;
            const style = getComputedStyle(element);
            const name = `${host} ${element.localName}.${String(element.className.baseVal ?? element.className).split(' ')[0]}`;
            const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
            if (clips && element.scrollWidth > element.clientWidth + 1) problems.push(`${name} hides ${element.scrollWidth - element.clientWidth}px`);
            const box = element.getBoundingClientRect();
            if (box.right > edge.right + 1) problems.push(`${name} runs ${Math.round(box.right - edge.right)}px past the widget`);
          }
          return problems;
        }),
      );
      assert.deepEqual(cut, []);
    } finally {
      await context.close();
    }
  });
});
