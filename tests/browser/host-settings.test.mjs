// The reader's browser settings and the host site's own machinery, as a web team on WordPress, Drupal or
// Hugo meets them: Windows High Contrast, a theme's hidden tabs and closed <details>, widgets inserted late
// or with the script included twice, a widget inside another web component and moved around by it, an old
// theme without a doctype, a grid that lays the element out with display: contents, a framework that sets
// properties.
// Each page is made up in the test and served through a route on the test server's origin.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUp } from './harness.mjs';

const BRIEF = '/briefs/sejong-2025-30.json';

function hostPage({ head = '', body, lang = 'en', script = '<script type="module" src="/www/brief-insights.js"></script>' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${script}${head}</head><body>${body}</body></html>`;
}

/** Opens a made-up page at /host/page.html, recording every error the host page would see. */
async function openHostPage(env, html, contextOptions = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 }, ...contextOptions });
  await context.route(`${env.baseUrl}/host/page.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Every render the page hears of.
  await page.addInitScript(() => {
    window.__readyEvents = [];
    document.addEventListener('brief-insights:ready', (event) => window.__readyEvents.push(event.composedPath()[0].id));
  });
  await page.goto(`${env.baseUrl}/host/page.html`);
  return { page, errors, requests, close: () => context.close() };
}

/** How many hashchange and beforeprint listeners the window has (the widget adds one of each). */
async function windowListeners(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    const count = (type) => listeners.filter((listener) => listener.type === type).length;
    return { hashchange: count('hashchange'), beforeprint: count('beforeprint') };
  } finally {
    await cdp.detach();
  }
}

describe("the reader's settings and the host site's machinery", () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  for (const scheme of ['light', 'dark']) {
    it(`in Windows High Contrast (forced colours, ${scheme}) only the selected tab is underlined, the chosen and focused partners stand out`, async () => {
      const session = await openHostPage(
        env,
        hostPage({ body: `<brief-insights id="w" src="${BRIEF}" view="partners"></brief-insights>` }),
        { forcedColors: 'active', colorScheme: scheme },
      );
      try {
        const { page } = session;
        await page.locator('#w[data-state="ready"]').waitFor();
        const tabs = await page.evaluate(() => {
          const root = document.querySelector('#w').shadowRoot;
          const canvas = getComputedStyle(root.querySelector('.bi-root')).backgroundColor;
          return {
            canvas,
            tabs: [...root.querySelectorAll('[role="tab"]')].map((tab) => ({
              selected: tab.getAttribute('aria-selected') === 'true',
              line: getComputedStyle(tab).borderBottomColor,
            })),
          };
        });
        const selected = tabs.tabs.filter((tab) => tab.selected);
        const others = tabs.tabs.filter((tab) => !tab.selected);
        assert.equal(selected.length, 1);
        assert.ok(others.length >= 5);
        // Forced colours paint a transparent border in the text colour: every tab would look selected.
        for (const tab of others) assert.equal(tab.line, tabs.canvas, 'an unselected tab has no visible line');
        assert.notEqual(selected[0].line, tabs.canvas, 'the selected tab is underlined');

        // In the network, the chosen partner is filled and the focused one ringed, in the system's colours.
        await page.locator('#w .bi-node[data-item="russia"] .bi-node-dot').click();
        await page.locator('#w .bi-node[data-item="china"]').focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        const nodes = await page.evaluate(() => {
          const root = document.querySelector('#w').shadowRoot;
          const dot = (id) => getComputedStyle(root.querySelector(`.bi-node[data-item="${id}"] .bi-node-dot`));
          return {
            focused: root.activeElement?.dataset.item,
            selected: { fill: dot('russia').fill, opacity: dot('russia').fillOpacity },
            other: { fill: dot('laos').fill, stroke: dot('laos').stroke },
            focusRing: dot('china').stroke,
          };
        });
        assert.equal(nodes.focused, 'china');
        assert.notEqual(nodes.selected.fill, nodes.other.fill, 'the chosen partner is told by its fill, not a shade');
        assert.equal(nodes.selected.opacity, '1');
        assert.equal(nodes.focusRing, selected[0].line, 'the focus ring is the system highlight');
        assert.notEqual(nodes.focusRing, nodes.other.stroke);
        assert.deepEqual(session.errors, []);
      } finally {
        await session.close();
      }
    });
  }

  it('moved to another parent after it rendered, it keeps the view the reader chose, renders once, and is freed once removed', async () => {
    const session = await openHostPage(
      env,
      hostPage({
        body: `<aside id="sidebar"></aside><article id="article" lang="en">
          <brief-insights id="w" src="${BRIEF}" view="overview"></brief-insights></article>`,
      }),
    );
    try {
      const { page } = session;
      await page.locator('#w[data-state="ready"]').waitFor();
      await page.evaluate(async () => {
        const { Brief } = await import('/pkg/brief_insights.js');
        const free = Brief.prototype.free;
        window.__freed = 0;
        Brief.prototype.free = function countedFree() {
          window.__freed++;
          return free.call(this);
        };
      });
      await page.locator('#w [role="tab"][data-view="partners"]').click();
      await page.locator('#w .bi-node[data-item="russia"] .bi-node-dot').click();
      const chosen = await page.evaluate(() => document.querySelector('#w').state);
      assert.deepEqual([chosen.view, chosen.item], ['partners', 'russia']);

      // The theme's script moves it: appendChild, then the newer atomic moveBefore.
      await page.evaluate(() => document.querySelector('#sidebar').append(document.querySelector('#w')));
      await page.evaluate(() => document.querySelector('#article').moveBefore(document.querySelector('#w'), null));
      // Let anything a move set off (a second load and render) happen before looking.
      await page.waitForTimeout(300);
      const after = await page.evaluate(() => {
        const widget = document.querySelector('#w');
        return {
          state: widget.dataset.state,
          chosen: widget.state,
          tab: widget.shadowRoot.querySelector('[role="tab"][aria-selected="true"]').dataset.view,
          pressed: widget.shadowRoot.querySelector('.bi-node[aria-pressed="true"]')?.dataset.item,
          readyEvents: window.__readyEvents,
          freed: window.__freed,
        };
      });
      assert.equal(after.state, 'ready');
      assert.deepEqual([after.chosen.view, after.chosen.item, after.tab, after.pressed], ['partners', 'russia', 'partners', 'russia']);
      assert.deepEqual(after.readyEvents, ['w'], 'rendered once');
      assert.equal(after.freed, 0, 'its brief is kept while it moves');
      assert.deepEqual(await windowListeners(page), { hashchange: 1, beforeprint: 1 }, 'one of each, however often it moved');
      // Still answering: a click after the moves opens another view.
      await page.locator('#w [role="tab"][data-view="economy"]').click();
      assert.equal(await page.evaluate(() => document.querySelector('#w').state.view), 'economy');

      // A theme that moves the widget at a breakpoint while a citation is open: it stays a modal dialog.
      await page.locator('#w [data-action="cite"]').first().click();
      await page.evaluate(() => document.querySelector('#sidebar').append(document.querySelector('#w')));
      const dialog = () =>
        page.evaluate(() => {
          const root = document.querySelector('#w').shadowRoot;
          const open = root.querySelector('dialog');
          return { open: open.open, modal: open.matches(':modal'), focus: root.activeElement?.className ?? null };
        });
      assert.deepEqual(await dialog(), { open: true, modal: true, focus: 'bi-close' });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('#w').shadowRoot.querySelector('dialog').open);
      assert.deepEqual(await dialog(), { open: false, modal: false, focus: 'bi-cite' }, 'focus back on the citation button');

      // Removed for good: the brief is freed, once, and it listens to nothing any more.
      await page.evaluate(() => document.querySelector('#w').remove());
      assert.equal(await page.evaluate(() => window.__freed), 1);
      assert.deepEqual(await windowListeners(page), { hashchange: 0, beforeprint: 0 });
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it("inside another web component's shadow root it renders, takes the language of the page around that component, and keeps its deep link", async () => {
    // A site built with Lit or Stencil: the theme's card component puts the widget in its own shadow root.
    // The brief is in Arabic, a language the widget has no labels for: its labels follow the page, and
    // the Korean section the card sits in is the page here.
    const card = `customElements.define('theme-card', class extends HTMLElement {
      constructor() {
        super();
        const widget = document.createElement('brief-insights');
        widget.id = 'in-card';
        widget.setAttribute('src', '/tests/fixtures/unseen/hostile-unicode.json');
        widget.setAttribute('view', 'timeline');
        this.attachShadow({ mode: 'open' }).append(widget);
      }
    });`;
    const session = await openHostPage(
      env,
      hostPage({
        head: `<script type="module">${card}</script>`,
        body: '<section lang="ko"><h2>브리프</h2><theme-card></theme-card></section>',
      }),
    );
    try {
      const { page } = session;
      await page.waitForFunction(() => document.querySelector('theme-card')?.shadowRoot.querySelector('#in-card')?.dataset.state === 'ready');
      const widget = await page.evaluate(() => {
        const root = document.querySelector('theme-card').shadowRoot.querySelector('#in-card').shadowRoot;
        return {
          ui: root.querySelector('.bi-root').lang,
          brief: root.querySelector('.bi-app').lang,
          tab: root.querySelector('[role="tab"][data-view="timeline"]').textContent.trim(),
          svg: root.querySelector('[role="tabpanel"] svg').getBoundingClientRect().width,
        };
      });
      assert.equal(widget.ui, 'ko', "the labels are in the page's language");
      assert.equal(widget.brief, 'ar', "the brief's content keeps its own");
      assert.equal(widget.tab, '연표');
      assert.ok(widget.svg > 300, `the timeline is ${widget.svg}px wide`);
      assert.deepEqual(await page.evaluate(() => window.__readyEvents), ['in-card']);
      // Its deep link follows the reader from view to view, though the page cannot find it by its id.
      for (const view of ['partners', 'economy']) {
        await page.locator(`theme-card [role="tab"][data-view="${view}"]`).click();
        assert.equal(await page.evaluate(() => location.hash), `#in-card=${view}`);
      }
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it("the script included twice (a plugin's with ?ver=, the theme's without), late widgets: all render, and the theme's configure() applies", async () => {
    // WordPress adds ?ver= to the plugin's script; the theme imports the same file without it. The browser
    // runs them as two modules; one defines the element, and the theme's configure() must reach it.
    const theme = `import { BriefInsights } from '/www/brief-insights.js';
      BriefInsights.configure({ wasmUrl: '/pkg/brief_insights_bg.wasm?configured=1', cssUrl: '/www/brief-insights.css?configured=1' });`;
    const session = await openHostPage(
      env,
      hostPage({
        script: '<script type="module" src="/www/brief-insights.js?ver=6.4"></script>',
        head: `<script type="module">${theme}</script><script type="module" src="/www/brief-insights.js?ver=6.4" async></script>`,
        body: `<brief-insights id="parsed" src="${BRIEF}"></brief-insights><div id="late"></div>
          <template id="card"><brief-insights id="from-template" src="${BRIEF}" view="economy"></brief-insights></template>`,
      }),
    );
    try {
      const { page } = session;
      await page.locator('#parsed[data-state="ready"]').waitFor();
      // Drupal's BigPipe and page builders insert markup late: as HTML, and as a template's clone.
      await page.evaluate((brief) => {
        document.querySelector('#late').innerHTML = `<brief-insights id="from-html" src="${brief}" view="projects"></brief-insights>`;
        document.querySelector('#late').append(document.querySelector('#card').content.cloneNode(true));
      }, BRIEF);
      // Below the fold, each starts when the reader scrolls to it.
      for (const id of ['from-html', 'from-template']) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await page.locator(`#${id}[data-state="ready"]`).waitFor();
      }
      const views = await page.evaluate(() =>
        [...document.querySelectorAll('brief-insights')].map((w) => w.shadowRoot.querySelector('[aria-selected="true"]').dataset.view),
      );
      assert.deepEqual(views, ['overview', 'projects', 'economy']);
      assert.deepEqual((await page.evaluate(() => window.__readyEvents)).sort(), ['from-html', 'from-template', 'parsed']);
      const defined = await page.evaluate(async () => {
        const copy = await import('/www/brief-insights.js?ver=6.4');
        return customElements.get('brief-insights') === copy.BriefInsightsElement;
      });
      assert.ok(defined, 'the first copy defined the element');
      // The widget in view had started before the theme's script ran: it waited for the page's scripts.
      assert.deepEqual(session.requests.filter((url) => /\.wasm/.test(url)), [`${env.baseUrl}/pkg/brief_insights_bg.wasm?configured=1`]);
      assert.deepEqual([...new Set(session.requests.filter((url) => /\.css/.test(url)))], [`${env.baseUrl}/www/brief-insights.css?configured=1`]);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it("in a theme's hidden tab (display: none) and a closed <details>, it renders once shown, its charts sized", async () => {
    const session = await openHostPage(
      env,
      hostPage({
        body: `<div id="tab-panel" hidden><brief-insights id="in-tab" src="${BRIEF}" view="partners"></brief-insights></div>
          <details id="accordion"><summary>The brief's insights</summary>
            <brief-insights id="in-details" src="${BRIEF}" view="timeline"></brief-insights></details>`,
      }),
    );
    try {
      const { page } = session;
      // Nothing to wait for while hidden: a hidden widget never comes near the viewport.
      await page.waitForTimeout(500);
      await page.evaluate(() => {
        document.querySelector('#tab-panel').hidden = false;
        document.querySelector('#accordion').open = true;
      });
      await page.locator('#in-tab[data-state="ready"]').waitFor();
      await page.locator('#in-details[data-state="ready"]').waitFor();
      const charts = await page.evaluate(() =>
        ['#in-tab', '#in-details'].map((id) => {
          const root = document.querySelector(id).shadowRoot;
          const chart = root.querySelector('[role="tabpanel"] svg.bi-chart').getBoundingClientRect();
          const labels = [...root.querySelectorAll('[role="tabpanel"] svg.bi-chart text')].filter((t) => t.getBBox().width > 0);
          return { width: Math.round(chart.width), height: Math.round(chart.height), labels: labels.length };
        }),
      );
      for (const chart of charts) {
        assert.ok(chart.width > 400 && chart.height > 150, `a chart of ${chart.width}×${chart.height}px`);
        assert.ok(chart.labels >= 5, `${chart.labels} labels drawn`);
      }
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it("on an old theme's page without a doctype (quirks mode), the data tables keep the dark theme's text colour", async () => {
    const session = await openHostPage(
      env,
      hostPage({ body: `<brief-insights id="w" src="${BRIEF}" view="economy" theme="dark"></brief-insights>` }).replace('<!doctype html>', ''),
    );
    try {
      const { page } = session;
      await page.locator('#w[data-state="ready"]').waitFor();
      const look = await page.evaluate(() => {
        const root = document.querySelector('#w').shadowRoot;
        const cell = getComputedStyle(root.querySelector('.bi-data td'));
        const text = getComputedStyle(root.querySelector('.bi-indicator'));
        return { mode: document.compatMode, cell: cell.color, text: text.color, background: text.backgroundColor, lineHeight: cell.lineHeight };
      });
      assert.equal(look.mode, 'BackCompat');
      // Quirks mode gave the cells black text: unreadable on the dark theme's background.
      assert.equal(look.cell, look.text);
      assert.notEqual(look.lineHeight, 'normal');
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it("laid out with display: contents (its content as items of the theme's grid), it still starts", async () => {
    const session = await openHostPage(
      env,
      hostPage({
        head: '<style>.cards { display: grid; grid-template-columns: 2fr 1fr } brief-insights { display: contents }</style>',
        body: `<div class="cards"><brief-insights id="w" src="${BRIEF}"></brief-insights><p>A side note.</p></div>`,
      }),
    );
    try {
      const { page } = session;
      // An element without a box of its own never intersects the viewport: it waited for ever.
      await page.locator('#w[data-state="ready"]').waitFor({ state: 'attached', timeout: 10_000 });
      const width = await page.evaluate(() => document.querySelector('#w').shadowRoot.querySelector('.bi-root').getBoundingClientRect().width);
      assert.ok(width > 500, `the widget is ${width}px wide, a grid item`);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it('a framework that sets properties (Lit\'s .src=${…}), even before the script has defined the element, is obeyed', async () => {
    // The framework renders first: the element is not defined yet when its properties are set.
    const session = await openHostPage(
      env,
      hostPage({
        script: '',
        body: `<div id="app"></div><script type="module">
          const widget = document.createElement('brief-insights');
          widget.id = 'w';
          widget.src = '${BRIEF}';
          widget.view = 'timeline';
          document.querySelector('#app').append(widget);
          await import('/www/brief-insights.js');
        </script>`,
      }),
    );
    try {
      const { page } = session;
      await page.locator('#w[data-state="ready"]').waitFor({ state: 'attached' });
      const first = await page.evaluate(() => {
        const widget = document.querySelector('#w');
        return { src: widget.getAttribute('src'), view: widget.state.view, own: Object.keys(widget) };
      });
      assert.deepEqual(first, { src: '/briefs/sejong-2025-30.json', view: 'timeline', own: [] });
      // Later updates, as a re-render sets them: another view, another brief, no item.
      await page.evaluate(() => {
        document.querySelector('#w').view = 'economy';
      });
      assert.equal(await page.evaluate(() => document.querySelector('#w').state.view), 'economy');
      await page.evaluate(() => {
        const widget = document.querySelector('#w');
        widget.item = null;
        widget.src = '/briefs/examples/mekong-water-2026-04.json';
      });
      await page.waitForFunction(() => /Mekong/.test(document.querySelector('#w').shadowRoot.querySelector('.bi-header')?.textContent ?? ''));
      assert.equal(await page.evaluate(() => document.querySelector('#w').hasAttribute('item')), false);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });
});
