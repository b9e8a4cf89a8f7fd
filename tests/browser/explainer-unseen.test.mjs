// A newsroom web developer who has never seen the project builds explainers from docs/explainers.md alone:
// pieces in article pages of their own (careless CMS styles, pieces added and removed by script, attributes
// with mistakes in them) and a scrollytelling article whose sticky graphic holds a static piece as its
// fallback, as the docs advise. Each page is made up here (served through page routes) and records every
// error the host page would see.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, cliPath, setUp, waitForWidgets } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';

const SEJONG = '/briefs/sejong-2025-30.json';

function articlePage({ head = '', body, lang = 'en' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${head}
<script type="module" src="/www/brief-insights.js"></script>
<script type="module" src="/www/brief-insights-steps.js"></script></head><body>${body}</body></html>`;
}

/** Opens a made-up page at /article/page.html, recording the page's uncaught errors. */
async function openArticle(env, html, { viewport = { width: 1200, height: 800 }, routes } = {}) {
  const context = await env.browser.newContext({ viewport });
  await context.route(`${env.baseUrl}/article/page.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  if (routes) await routes(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${env.baseUrl}/article/page.html`);
  return { page, errors, close: () => context.close() };
}

/** What `brief-insights render FILE --item ID` prints: a static piece, for a widget's fallback. */
function staticPiece(item, brief = `briefs/sejong-2025-30.json`) {
  return execFileSync(cliPath(), ['render', brief, '--item', item], { cwd: REPO_ROOT, encoding: 'utf8' });
}

describe("a newsroom developer's first explainers", () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  it("a sticky graphic whose fallback is a static piece: the steps are the article's sections, in order", async () => {
    // docs/explainers.md: "put a static piece in it (brief-insights render --item)". That piece carries
    // data-item too; it is the widget's fallback, not a step of the article.
    const sections = ['kj-new-normal', 'won-dollar-rate', 'no-such-item', 'russia', 'china'];
    const body = `<main><h1>The won, step by step</h1>
<p class="steps-intro">An introduction as long as the screen is high, so that each section can reach the middle.</p>
<brief-insights-steps>
  <div class="steps-graphic">
    <brief-insights src="${SEJONG}" item="kj-new-normal">${staticPiece('kj-new-normal')}</brief-insights>
  </div>
  <div class="steps-text">
    ${sections.map((item) => `<section class="step" data-item="${item}"><p>The article on ${item}.</p></section>`).join('\n    ')}
  </div>
</brief-insights-steps>
<p class="article-end">The article goes on after its steps.</p></main>`;
    const css = '.steps-intro, .article-end { min-height: 100vh; }';
    const session = await openArticle(env, articlePage({ head: `<link rel="stylesheet" href="/www/explainer.css"><style>${css}</style>`, body }));
    try {
      const { page } = session;
      await waitForWidgets(page);
      for (const [index, item] of sections.entries()) {
        await page.evaluate((i) => document.querySelectorAll('section.step')[i].scrollIntoView({ block: 'center' }), index);
        await page.waitForFunction((i) => document.querySelector('brief-insights-steps').current === i, index, { timeout: 5_000 })
          .catch(() => {});
        // Let any late intersection (the fallback shown again beside an error panel) come in.
        await page.waitForTimeout(300);
        const seen = await page.evaluate(() => ({
          current: document.querySelector('brief-insights-steps').current,
          marked: [...document.querySelectorAll('[aria-current]')].map((e) => `${e.localName}.${e.className}`),
          item: document.querySelector('brief-insights').getAttribute('item'),
        }));
        assert.deepEqual(seen, { current: index, marked: ['section.step'], item }, `scrolled to the section on ${item}`);
        assert.equal(await page.locator('section.step').nth(index).getAttribute('aria-current'), 'step');
      }
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it('a mistyped href (no URL at all) is dropped as the docs say: the piece still shows, with its other links', async () => {
    const body = `<article>
<p>The rate:</p>
<brief-insights id="typo" src="${SEJONG}" item="won-dollar-rate" href="https://[newsroom.example/analysis"></brief-insights>
<brief-insights id="relative" src="${SEJONG}" item="russia" href="../analysis/nk-2025.html"></brief-insights>
</article>`;
    const session = await openArticle(env, articlePage({ body }), { viewport: { width: 700, height: 3000 } });
    try {
      const { page } = session;
      assert.deepEqual(await waitForWidgets(page), ['ready', 'ready']);
      const seen = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('brief-insights')].map((w) => [
            w.id,
            {
              piece: w.shadowRoot.querySelector('.bi-piece')?.dataset.item ?? null,
              links: [...w.shadowRoot.querySelectorAll('a[part="piece-link"]')].map((a) => a.getAttribute('href')),
            },
          ]),
        ),
      );
      assert.deepEqual(seen, {
        // The Sejong brief has no meta.sourceUrl: without a usable href the piece has no link to the brief.
        typo: { piece: 'won-dollar-rate', links: [] },
        relative: { piece: 'russia', links: [`${env.baseUrl}/analysis/nk-2025.html`] },
      });
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it('an article that ends with its steps, each a line long: scrolled to the end, the last step shows', async () => {
    // www/explainer.css as the docs offer it, and the shortest steps an editor writes.
    const items = ['kj-new-normal', 'won-dollar-rate', 'russia'];
    const body = `<main><h1>Three cards</h1><p class="steps-intro">An introduction.</p>
<brief-insights-steps>
  <div class="steps-graphic"><brief-insights src="${SEJONG}" item="kj-new-normal"></brief-insights></div>
  <div class="steps-text">
    ${items.map((item) => `<section class="step" data-item="${item}">On ${item}.</section>`).join('\n    ')}
  </div>
</brief-insights-steps></main>`;
    for (const width of [1200, 400]) {
      const session = await openArticle(env, articlePage({ head: '<link rel="stylesheet" href="/www/explainer.css">', body }), {
        viewport: { width, height: 800 },
      });
      try {
        const { page } = session;
        await waitForWidgets(page);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await page.waitForFunction(() => document.querySelector('brief-insights-steps').current === 2, null, { timeout: 5_000 }).catch(() => {});
        assert.deepEqual(
          await page.evaluate(() => [document.querySelector('brief-insights-steps').current, document.querySelector('brief-insights').getAttribute('item')]),
          [2, 'russia'],
          `at ${width} px`,
        );
      } finally {
        await session.close();
      }
    }
  });

  it("an article body built by script: steps added after the element, one removed, one added later", async () => {
    // A CMS front end that renders the article's sections from its API once the page is up.
    const body = `<main><h1>Built by script</h1><p class="tall">An introduction.</p><div id="article"></div><p class="tall">The end.</p></main>`;
    const head = '<link rel="stylesheet" href="/www/explainer.css"><style>.tall { min-height: 100vh; }</style>';
    const session = await openArticle(env, articlePage({ head, body }));
    try {
      const { page } = session;
      await page.waitForFunction(() => customElements.get('brief-insights-steps') && customElements.get('brief-insights'));
      await page.evaluate(async (src) => {
        const steps = document.createElement('brief-insights-steps');
        const graphic = document.createElement('div');
        graphic.className = 'steps-graphic';
        const widget = document.createElement('brief-insights');
        widget.setAttribute('src', src);
        widget.setAttribute('item', 'kj-new-normal');
        graphic.append(widget);
        const text = document.createElement('div');
        text.className = 'steps-text';
        steps.append(graphic, text);
        document.getElementById('article').append(steps);
        // The sections arrive a moment later.
        await new Promise((resolve) => setTimeout(resolve, 100));
        for (const item of ['won-dollar-rate', 'rice-price', 'russia']) {
          const section = document.createElement('section');
          section.className = 'step';
          section.dataset.item = item;
          section.textContent = `The article on ${item}.`;
          text.append(section);
        }
      }, SEJONG);
      await waitForWidgets(page);
      const scrollTo = async (item) => {
        await page.evaluate((i) => document.querySelector(`section[data-item="${i}"]`).scrollIntoView({ block: 'center' }), item);
        await page.waitForFunction((i) => document.querySelector('brief-insights').getAttribute('item') === i, item, { timeout: 5_000 }).catch(() => {});
        return page.evaluate(() => [document.querySelector('brief-insights-steps').current, document.querySelector('brief-insights').getAttribute('item')]);
      };
      assert.deepEqual(await scrollTo('won-dollar-rate'), [0, 'won-dollar-rate']);
      assert.deepEqual(await scrollTo('russia'), [2, 'russia']);
      // The editor's script drops the rice section and adds one on China at the end.
      await page.evaluate(() => {
        document.querySelector('section[data-item="rice-price"]').remove();
        const section = document.createElement('section');
        section.className = 'step';
        section.dataset.item = 'china';
        section.textContent = 'The article on China.';
        document.querySelector('.steps-text').append(section);
      });
      assert.deepEqual(await scrollTo('china'), [2, 'china']);
      assert.deepEqual(await scrollTo('won-dollar-rate'), [0, 'won-dollar-rate']);
      assert.equal(await page.locator('section.step[aria-current="step"]').getAttribute('data-item'), 'won-dollar-rate');
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it("inside a theme's web component, `for` names the widget beside the steps in the component's shadow tree", async () => {
    // A Lit or Stencil theme renders the explainer into its own shadow root; the graphic sits outside the
    // steps element, so the steps name it with `for`, as a <label for> names its input in the same tree.
    const component = `customElements.define('story-block', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const widget = document.createElement('brief-insights');
    widget.id = 'graphic';
    widget.setAttribute('src', '${SEJONG}');
    widget.setAttribute('item', 'kj-new-normal');
    const steps = document.createElement('brief-insights-steps');
    steps.setAttribute('for', 'graphic');
    for (const item of ['won-dollar-rate', 'russia']) {
      const section = document.createElement('section');
      section.dataset.item = item;
      section.textContent = item;
      section.style.minHeight = '100vh';
      steps.append(section);
    }
    root.append(widget, steps);
  }
});`;
    const body = '<main><h1>A themed explainer</h1><story-block></story-block></main>';
    const head = '<script type="module" src="/article/story-block.js"></script>';
    const session = await openArticle(env, articlePage({ head, body }), {
      routes: (context) =>
        context.route(`${env.baseUrl}/article/story-block.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: component })),
    });
    try {
      const { page } = session;
      const widgetItem = () => page.evaluate(() => document.querySelector('story-block').shadowRoot.getElementById('graphic').getAttribute('item'));
      await page.waitForFunction(() => document.querySelector('story-block')?.shadowRoot?.querySelector('brief-insights-steps'));
      await page.evaluate(() => document.querySelector('story-block').shadowRoot.querySelectorAll('section')[1].scrollIntoView({ block: 'center' }));
      await page.waitForFunction(() => document.querySelector('story-block').shadowRoot.querySelector('brief-insights-steps').current === 1);
      await page.waitForFunction(() => document.querySelector('story-block').shadowRoot.getElementById('graphic').getAttribute('item') === 'russia', null, { timeout: 5_000 })
        .catch(() => {});
      assert.equal(await widgetItem(), 'russia');
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it("an iframe piece on another site's article: its link to the whole brief opens in the reader's tab, not in the frame", async () => {
    // The newsroom's CMS strips scripts, so the piece is the iframe page on the widget's server; the article
    // is on the newsroom's own origin (another port), and the piece links back to the newsroom's analysis.
    const hostDir = mkdtempSync(join(tmpdir(), 'explainer-unseen-host-'));
    const host = await startServer({ port: 0, root: hostDir });
    const hostOrigin = `http://127.0.0.1:${host.address().port}`;
    const analysis = `${hostOrigin}/analysis.html`;
    const query = `src=${encodeURIComponent(SEJONG)}&item=russia&href=${encodeURIComponent(analysis)}`;
    writeFileSync(join(hostDir, 'analysis.html'), '<!doctype html><title>The whole analysis</title><h1>The whole analysis</h1>');
    writeFileSync(
      join(hostDir, 'article.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body>
<p>Russia, in the brief's words:</p>
<iframe id="piece" src="${env.baseUrl}/www/embed.html?${query}" title="Russia, from the brief" width="600" height="700"></iframe>
</body></html>`,
    );
    const context = await env.browser.newContext({ viewport: { width: 900, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${hostOrigin}/article.html`);
      const frame = page.frameLocator('#piece');
      const link = frame.locator('brief-insights [part="piece-link"]');
      await link.waitFor({ timeout: 20_000 });
      assert.equal(await link.getAttribute('href'), analysis);
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(analysis, { timeout: 5_000 }).catch(() => {});
      // The reader's tab shows the analysis (not a 600 × 700 frame inside the old article).
      assert.equal(page.url(), analysis);
      assert.equal(await page.title(), 'The whole analysis');
    } finally {
      await context.close();
      host.close();
      rmSync(hostDir, { recursive: true, force: true });
    }
  });

  it('a step naming an item the brief lacks: the error is shown, and the next step is announced alone', async () => {
    // The editor mistyped one step's item. Scrolling past it, a screen-reader user must not later hear
    // "Now showing: rusia" while the graphic shows China.
    const body = `<main><h1>A typo in a step</h1><p class="tall">An introduction.</p>
<brief-insights-steps>
  <div class="steps-graphic"><brief-insights src="${SEJONG}" item="kj-new-normal"></brief-insights></div>
  <div class="steps-text">
    <section class="step" data-item="won-dollar-rate">The won.</section>
    <section class="step" data-item="rusia">Russia, mistyped.</section>
    <section class="step" data-item="china">China.</section>
  </div>
</brief-insights-steps><p class="tall">The end.</p></main>`;
    const head = '<link rel="stylesheet" href="/www/explainer.css"><style>.tall { min-height: 100vh; }</style>';
    const session = await openArticle(env, articlePage({ head, body }));
    try {
      const { page } = session;
      await waitForWidgets(page);
      await page.evaluate(() => {
        window.heard = [];
        const status = document.querySelector('brief-insights-steps > [role="status"]');
        // Every text the live region is given (a screen reader may speak each), not only the last one.
        new MutationObserver((records) => {
          for (const record of records) for (const node of record.addedNodes) window.heard.push(node.textContent);
        }).observe(status, { childList: true });
      });
      const scrollTo = async (item, state) => {
        await page.evaluate((i) => document.querySelector(`section[data-item="${i}"]`).scrollIntoView({ block: 'center' }), item);
        await page.waitForFunction(([i, s]) => {
          const widget = document.querySelector('brief-insights');
          return widget.getAttribute('item') === i && widget.dataset.state === s;
        }, [item, state]);
        await page.waitForTimeout(200);
      };
      await scrollTo('won-dollar-rate', 'ready');
      await scrollTo('rusia', 'error');
      const panel = await page.evaluate(() => document.querySelector('brief-insights').shadowRoot.querySelector('[role="alert"]').innerText);
      assert.match(panel, /rusia/);
      await page.evaluate(() => (window.heard = []));
      await scrollTo('china', 'ready');
      assert.deepEqual(await page.evaluate(() => window.heard), ['Now showing: Actor: China']);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it('an article printed before its reader scrolled to its pieces: each prints its static piece, none "Loading the brief…"', async () => {
    // Two pieces far below the fold: they wait for the viewport, so they have not started when the page
    // is printed. One has the static piece of the docs as its fallback, the other nothing.
    const body = `<main><h1>The won</h1><p style="min-height: 400vh">A long article.</p>
<brief-insights id="with-fallback" src="${SEJONG}" item="won-dollar-rate">${staticPiece('won-dollar-rate')}</brief-insights>
<brief-insights id="bare" src="${SEJONG}" item="russia"></brief-insights></main>`;
    const session = await openArticle(env, articlePage({ body }));
    try {
      const { page } = session;
      await page.waitForFunction(() => customElements.get('brief-insights') !== undefined);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() =>
        ['with-fallback', 'bare'].map((id) => {
          const widget = document.getElementById(id);
          const loading = widget.shadowRoot.querySelector('[part~="loading"]');
          return {
            state: widget.dataset.state,
            loadingShown: loading !== null && getComputedStyle(loading).display !== 'none',
            text: widget.innerText,
          };
        }),
      );
      const [withFallback, bare] = printed;
      assert.equal(withFallback.state, 'loading', 'the piece had not started: the test is not vacuous');
      assert.equal(withFallback.loadingShown, false, JSON.stringify(printed));
      assert.equal(bare.loadingShown, false, JSON.stringify(printed));
      // The static piece prints, with its quote's paragraph.
      assert.match(withFallback.text, /¶\s*\d+/);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it('printing a scrollytelling article: the card prints whole, with its quotes and source line, and the steps follow each other', async () => {
    // The article laid out with www/explainer.css, as docs/explainers.md offers it; the reader has
    // scrolled to the exchange-rate step (a chart, its table of values, its quotes) and prints.
    const items = ['kj-new-normal', 'won-dollar-rate', 'russia'];
    const body = `<main><h1>Printed</h1><p>An introduction.</p>
<brief-insights-steps>
  <div class="steps-graphic"><brief-insights src="${SEJONG}" item="kj-new-normal"></brief-insights></div>
  <div class="steps-text">
    ${items.map((item) => `<section class="step" data-item="${item}">On ${item}.</section>`).join('\n    ')}
  </div>
</brief-insights-steps><p>The end.</p></main>`;
    const session = await openArticle(env, articlePage({ head: '<link rel="stylesheet" href="/www/explainer.css">', body }), {
      viewport: { width: 700, height: 600 },
    });
    try {
      const { page } = session;
      await waitForWidgets(page);
      await page.evaluate(() => document.querySelector('section[data-item="won-dollar-rate"]').scrollIntoView({ block: 'center' }));
      await page.waitForFunction(() => document.querySelector('brief-insights').shadowRoot.querySelector('.bi-piece')?.dataset.item === 'won-dollar-rate');
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const graphic = document.querySelector('.steps-graphic');
        const box = graphic.getBoundingClientRect();
        const piece = document.querySelector('brief-insights').shadowRoot;
        // What the graphic cuts off: anything of the piece below its visible bottom edge.
        const cut = [...piece.querySelectorAll('.bi-quote, .bi-piece-footer')]
          .filter((element) => element.getBoundingClientRect().bottom > box.bottom + 1)
          .map((element) => element.className);
        const steps = [...document.querySelectorAll('section.step')].map((step) => step.getBoundingClientRect());
        const gaps = steps.slice(1).map((step, i) => Math.round(step.top - steps[i].bottom));
        return { cut, quotes: piece.querySelectorAll('.bi-quote').length, gaps };
      });
      assert.ok(printed.quotes > 0);
      assert.deepEqual(printed.cut, [], 'nothing of the card is cut off by the sticky column');
      for (const gap of printed.gaps) assert.ok(gap <= 48, `steps ${printed.gaps.join(', ')} px apart on paper`);
    } finally {
      await session.close();
    }
  });

  it("a newsroom's own dark mode (its colours, no color-scheme): the steps' text stays readable on their boxes", async () => {
    // Many sites darken themselves with their own colours under prefers-color-scheme and never declare
    // color-scheme; www/explainer.css is then the only stylesheet that styles the step boxes.
    const css = '@media (prefers-color-scheme: dark) { body { background: #121212; color: #e8e8e8; } }';
    const body = `<main><h1>Dark</h1>
<brief-insights-steps>
  <div class="steps-graphic"><brief-insights src="${SEJONG}" item="kj-new-normal"></brief-insights></div>
  <div class="steps-text"><section class="step" data-item="russia"><p>Russia, in the article's words.</p></section></div>
</brief-insights-steps></main>`;
    for (const colorScheme of ['light', 'dark']) {
      const session = await openArticle(env, articlePage({ head: `<link rel="stylesheet" href="/www/explainer.css"><style>${css}</style>`, body }));
      try {
        const { page } = session;
        await page.emulateMedia({ colorScheme });
        const ratio = await page.evaluate(() => {
          const step = document.querySelector('section.step');
          const rgb = (colour) => colour.match(/[\d.]+/g).slice(0, 3).map(Number);
          const luminance = ([r, g, b]) => {
            const linear = (c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
            return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
          };
          const [a, b] = [luminance(rgb(getComputedStyle(step.querySelector('p')).color)), luminance(rgb(getComputedStyle(step).backgroundColor))];
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        });
        assert.ok(ratio >= 4.5, `${colorScheme}: contrast ${ratio.toFixed(2)}:1`);
      } finally {
        await session.close();
      }
    }
  });

  it('moved by the page right after a step changed, the graphic does not stay dimmed', async () => {
    // A front-end framework re-renders the article (it takes the steps element out and puts it back) in
    // the 200 ms the graphic is marked as changing, under which www/explainer.css fades it.
    const body = `<main><h1>Moved</h1><p class="tall">An introduction.</p><div id="column">
<brief-insights-steps>
  <div class="steps-graphic"><brief-insights src="${SEJONG}" item="kj-new-normal"></brief-insights></div>
  <div class="steps-text">
    <section class="step" data-item="won-dollar-rate">The won.</section>
    <section class="step" data-item="russia">Russia.</section>
  </div>
</brief-insights-steps></div><p class="tall">The end.</p></main>`;
    const head = '<link rel="stylesheet" href="/www/explainer.css"><style>.tall { min-height: 100vh; }</style>';
    const session = await openArticle(env, articlePage({ head, body }));
    try {
      const { page } = session;
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await waitForWidgets(page);
      const moved = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const steps = document.querySelector('brief-insights-steps');
            // As the step changes, the framework takes the element out and puts it back.
            steps.addEventListener('brief-insights-steps:change', () => {
              const changing = steps.hasAttribute('data-changing');
              const column = document.getElementById('column');
              steps.remove();
              column.append(steps);
              resolve(changing);
            }, { once: true });
            document.querySelector('section[data-item="russia"]').scrollIntoView({ block: 'center' });
          }),
      );
      assert.equal(moved, true, 'the graphic was marked as changing when it was moved');
      await page.waitForTimeout(600);
      const look = await page.evaluate(() => {
        const steps = document.querySelector('brief-insights-steps');
        return { changing: steps.hasAttribute('data-changing'), opacity: getComputedStyle(steps.querySelector('.steps-graphic')).opacity };
      });
      assert.deepEqual(look, { changing: false, opacity: '1' });
    } finally {
      await session.close();
    }
  });
});
