// Pieces: an article places single items of a brief, each cited, anywhere in its text
// (<brief-insights item="…">, docs/explainers.md).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AXE_PATH, REPO_ROOT, openPage, setUp, waitForWidgets } from './harness.mjs';

const SEJONG = JSON.parse(readFileSync(join(REPO_ROOT, 'briefs/sejong-2025-30.json'), 'utf8'));

/** Every item of the Sejong brief by id, with its evidence. */
function sejongItem(id) {
  const lists = ['keyJudgments', 'axes', 'actors', 'relations', 'projects', 'indicators', 'events', 'recommendationAreas', 'recommendations'];
  for (const list of lists) {
    for (const item of SEJONG[list] ?? []) {
      if (item.id === id) return item;
      for (const o of item.observations ?? []) if (o.id === id) return o;
    }
  }
  return null;
}

/** Scrolls through the page so every (lazily starting) piece comes into view, then waits for all. */
async function loadAllPieces(page) {
  const count = await page.locator('brief-insights').count();
  for (let i = 0; i < count; i++) await page.locator('brief-insights').nth(i).scrollIntoViewIfNeeded();
  return waitForWidgets(page);
}

describe('pieces: one item of a brief in an article', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  it('ten pieces of ten kinds load the brief once and the module once, each cited', async () => {
    const session = await openPage(env, '/www/pieces.html', { waitForReady: false });
    try {
      const page = session.page;
      const states = await loadAllPieces(page);
      assert.deepEqual(states, Array(10).fill('ready'));
      const count = (suffix) => session.record.requests.filter((url) => url.endsWith(suffix)).length;
      assert.equal(count('/briefs/sejong-2025-30.json'), 1, 'the brief is fetched once');
      assert.equal(count('/pkg/brief_insights_bg.wasm'), 1, 'the module is fetched once');
      assert.equal(count('/pkg/brief_insights.js'), 1, 'its glue is imported once');
      const pieces = await page.evaluate(() =>
        [...document.querySelectorAll('brief-insights')].map((w) => {
          const piece = w.shadowRoot.querySelector('.bi-piece');
          return {
            item: w.getAttribute('item'),
            kind: piece?.dataset.kind,
            // The piece's own sources (an indicator's table also cites each observation).
            quotes: [...piece.querySelectorAll(':scope > .bi-evidence blockquote')].map((q) => q.textContent),
            paragraphs: piece.querySelectorAll(':scope > .bi-evidence .bi-paragraph').length,
            attribution: piece.querySelector('.bi-attribution')?.textContent ?? '',
            charts: [...piece.querySelectorAll('svg.bi-chart')].map((svg) => svg.getAttribute('class')),
            tabs: w.shadowRoot.querySelectorAll('[role="tab"]').length,
          };
        }),
      );
      assert.deepEqual(
        pieces.map((p) => p.kind),
        ['judgment', 'axis', 'actor', 'relation', 'project', 'indicator', 'observation', 'event', 'recommendationArea', 'recommendation'],
      );
      for (const p of pieces) {
        assert.equal(p.tabs, 0, `${p.item}: a piece, not the whole widget`);
        assert.match(p.attribution, /Sejong Policy Briefs/, `${p.item}: source line`);
        const evidence = sejongItem(p.item)?.evidence ?? [];
        assert.deepEqual(p.quotes, evidence.map((e) => e.quote), `${p.item}: its quotes`);
        assert.equal(p.paragraphs, evidence.length, `${p.item}: a paragraph for each quote`);
      }
      const charts = Object.fromEntries(pieces.map((p) => [p.item, p.charts.join(' ')]));
      assert.match(charts.russia, /bi-network/);
      assert.match(charts['rel-nk-china'], /bi-network/);
      assert.match(charts['wonsan-kalma-tourist-zone'], /bi-map/);
      assert.match(charts['won-dollar-rate'], /bi-indicator-chart/);
      assert.match(charts['kim-visit-to-china'], /bi-timeline/);
      assert.equal(charts['kj-new-normal'], '');
      // The link to the whole brief is the author's href.
      const href = await page.evaluate(
        () => document.querySelector('brief-insights').shadowRoot.querySelector('[part="piece-link"]').href,
      );
      assert.equal(href, `${env.baseUrl}/www/index.html`);
      assert.deepEqual(session.record.pageErrors, []);
      assert.deepEqual(session.record.consoleErrors, []);
    } finally {
      await session.close();
    }
  });

  for (const scheme of ['light', 'dark']) {
    it(`every piece passes axe-core (${scheme})`, async () => {
      const session = await openPage(env, '/www/pieces.html', { waitForReady: false, contextOptions: { colorScheme: scheme } });
      try {
        await loadAllPieces(session.page);
        await session.page.addScriptTag({ path: AXE_PATH });
        // Open every export menu too, so its buttons are checked.
        await session.page.evaluate(() => {
          for (const w of document.querySelectorAll('brief-insights')) {
            for (const menu of w.shadowRoot.querySelectorAll('details.bi-export')) menu.open = true;
          }
        });
        const violations = await session.page.evaluate(async () => {
          const r = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
          });
          return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(' ')}`);
        });
        assert.deepEqual(violations, []);
      } finally {
        await session.close();
      }
    });
  }

  it("the keyboard reaches each piece's citation", async () => {
    const session = await openPage(env, '/www/pieces.html', { waitForReady: false });
    try {
      const page = session.page;
      await loadAllPieces(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('h1').click();
      // Tab through the page; note each piece whose citation (the sources' summary) takes focus.
      const reached = new Set();
      for (let i = 0; i < 120 && reached.size < 9; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const host = document.activeElement;
          const inner = host?.shadowRoot?.activeElement;
          if (!inner) return null;
          return inner.matches('.bi-evidence > summary') ? host.getAttribute('item') : null;
        });
        if (focused) reached.add(focused);
      }
      // Every piece with evidence (an area of recommendations has none of its own).
      const withEvidence = await page.evaluate(() =>
        [...document.querySelectorAll('brief-insights')]
          .filter((w) => w.shadowRoot.querySelector('.bi-evidence'))
          .map((w) => w.getAttribute('item')),
      );
      assert.equal(withEvidence.length, 9);
      assert.deepEqual([...reached].sort(), withEvidence.sort());
    } finally {
      await session.close();
    }
  });

  /** Lays the article out as a column of `width` px and shows every piece in `lang`, then waits for them. */
  async function column(page, width, lang) {
    await page.evaluate(
      ([w, l]) => {
        const main = document.querySelector('main');
        main.style.width = `${w}px`;
        main.style.maxWidth = `${w}px`;
        main.style.padding = '0';
        for (const widget of document.querySelectorAll('brief-insights')) widget.setAttribute('lang', l);
      },
      [width, lang],
    );
    await page.waitForFunction(
      (l) => [...document.querySelectorAll('brief-insights')].every((w) => w.dataset.state === 'ready' && w.shadowRoot.querySelector(`.bi-piece`)?.closest(`[lang="${l}"]`)),
      lang,
    );
  }

  /** Every visible label of every chart in the pieces whose box leaves its svg's viewBox (getBBox). */
  function clippedLabels(page) {
    return page.evaluate(() => {
      const clipped = [];
      for (const w of document.querySelectorAll('brief-insights')) {
        for (const svg of w.shadowRoot.querySelectorAll('.bi-piece svg.bi-chart')) {
          const vb = svg.viewBox.baseVal;
          for (const text of svg.querySelectorAll('text')) {
            if (getComputedStyle(text).display === 'none' || !text.textContent.trim()) continue;
            const b = text.getBBox();
            const inside = b.x >= vb.x - 0.5 && b.y >= vb.y - 0.5 && b.x + b.width <= vb.x + vb.width + 0.5 && b.y + b.height <= vb.y + vb.height + 0.5;
            if (!inside) clipped.push(`${w.getAttribute('item')}: "${text.textContent}" ${[b.x, b.y, b.width, b.height].map(Math.round)} outside ${[vb.x, vb.y, vb.width, vb.height]}`);
          }
        }
      }
      return clipped;
    });
  }

  it("a piece's figure is cropped to what it shows, with no label cut off", async () => {
    const session = await openPage(env, '/www/pieces.html', { waitForReady: false });
    try {
      const page = session.page;
      await loadAllPieces(page);
      const figure = (item, chart) =>
        page.locator(`brief-insights[item="${item}"]`).evaluate((w, c) => {
          const svg = w.shadowRoot.querySelector(`svg.${c}`);
          const vb = svg.viewBox.baseVal;
          const r = svg.getBoundingClientRect();
          return { vb: [vb.x, vb.y, vb.width, vb.height], width: r.width, height: r.height };
        }, chart);
      // Russia has one relation in the brief: a compact figure, not the partners view's 720×440 canvas.
      const russia = await figure('russia', 'bi-network');
      assert.ok(russia.vb[2] < 720 * 0.6 && russia.vb[3] < 440, `viewBox ${russia.vb}`);
      assert.ok(russia.width <= russia.vb[2] + 0.5 && russia.height < 440, `drawn at ${russia.width}×${russia.height}`);
      const relation = await figure('rel-nk-china', 'bi-network');
      assert.ok(relation.vb[2] < 720 && relation.vb[3] < 440, `relation viewBox ${relation.vb}`);
      const map = await figure('wonsan-kalma-tourist-zone', 'bi-map');
      assert.ok(map.vb[0] > 0 || map.vb[1] > 0, `the map is zoomed to the place: ${map.vb}`);
      for (const width of [320, 720]) {
        for (const lang of ['en', 'ko']) {
          await column(page, width, lang);
          assert.deepEqual(await clippedLabels(page), [], `${width}px, ${lang}`);
        }
      }
    } finally {
      await session.close();
    }
  });

  for (const scheme of ['light', 'dark']) {
    it(`pieces fit article columns of 320, 480 and 720 px, in English and Korean (${scheme})`, async () => {
      const session = await openPage(env, '/www/pieces.html', { waitForReady: false, contextOptions: { colorScheme: scheme } });
      try {
        const page = session.page;
        await loadAllPieces(page);
        for (const width of [320, 480, 720]) {
          for (const lang of ['en', 'ko']) {
            await column(page, width, lang);
            const report = await page.evaluate((columnWidth) => {
              const problems = [];
              let menus = 0;
              for (const w of document.querySelectorAll('brief-insights')) {
                const item = w.getAttribute('item');
                const piece = w.shadowRoot.querySelector('.bi-piece');
                const host = w.getBoundingClientRect();
                if (host.width > columnWidth + 0.5) problems.push(`${item}: widget ${host.width}px wide`);
                // The piece, its figures and everything in it: nothing wider than its box.
                for (const el of [piece, ...piece.querySelectorAll('.bi-figure, p, li, blockquote, dd, table, figcaption')]) {
                  if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
                    problems.push(`${item}: ${el.className || el.tagName} scrolls ${el.scrollWidth} > ${el.clientWidth}`);
                  }
                  const r = el.getBoundingClientRect();
                  if (r.width === 0) continue; // not shown (an empty status line)
                  if (r.right > host.right + 1 || r.left < host.left - 1) problems.push(`${item}: ${el.className || el.tagName} sticks out`);
                }
                if (document.documentElement.lang === 'ko' || w.getAttribute('lang') === 'ko') {
                  if (getComputedStyle(piece).wordBreak !== 'keep-all') problems.push(`${item}: Korean without keep-all`);
                }
                // The export menu is on screen, inside the piece, and can take focus.
                for (const summary of piece.querySelectorAll('details.bi-export > summary')) {
                  const r = summary.getBoundingClientRect();
                  if (r.width === 0 || r.left < host.left - 1 || r.right > host.right + 1) problems.push(`${item}: export menu out of reach`);
                  summary.focus();
                  if (w.shadowRoot.activeElement !== summary) problems.push(`${item}: export menu takes no focus`);
                  menus++;
                }
              }
              return { problems, menus };
            }, width);
            assert.deepEqual(report.problems, [], `${width}px, ${lang}`);
            // Network (2), map, indicator, observation, timeline.
            assert.ok(report.menus >= 6, `${width}px ${lang}: ${report.menus} export menus`);
          }
        }
        // A page scrolls sideways for nothing.
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
      } finally {
        await session.close();
      }
    });
  }

  it('in forced colours (high contrast) and with reduced motion, citations and figures stay visible', async () => {
    const session = await openPage(env, '/www/pieces.html', { waitForReady: false });
    try {
      const page = session.page;
      await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
      await loadAllPieces(page);
      assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
      const report = await page.evaluate(() => {
        const problems = [];
        // The system colours as this browser resolves them.
        const probe = document.createElement('span');
        document.body.append(probe);
        probe.style.color = 'CanvasText';
        probe.style.backgroundColor = 'Canvas';
        const system = { text: getComputedStyle(probe).color, canvas: getComputedStyle(probe).backgroundColor };
        probe.remove();
        const opaque = (c) => c && c !== 'none' && c !== 'transparent' && !/rgba\(.*, 0\)$/.test(c);
        for (const w of document.querySelectorAll('brief-insights')) {
          const item = w.getAttribute('item');
          const piece = w.shadowRoot.querySelector('.bi-piece');
          const background = getComputedStyle(piece).backgroundColor;
          const pageBackground = getComputedStyle(document.body).backgroundColor;
          const ground = opaque(background) ? background : pageBackground;
          // The citation: the quotes, their paragraph and the source line, in a colour unlike the ground.
          for (const el of piece.querySelectorAll('.bi-evidence blockquote, .bi-attribution')) {
            const color = getComputedStyle(el).color;
            if (color === ground) problems.push(`${item}: ${el.className || el.tagName} invisible (${color})`);
            if (el.getBoundingClientRect().height === 0) problems.push(`${item}: ${el.className || el.tagName} not shown`);
          }
          // The figure: every line and mark is painted in the system's text colour (Chromium leaves SVG
          // paints as the author set them, which a dark high-contrast theme would hide), the rest in its
          // background colour; every label is filled in the text colour over a halo of the background's.
          for (const svg of piece.querySelectorAll('svg.bi-chart, svg.bi-swatch')) {
            for (const el of svg.querySelectorAll('path, circle, rect, line, polyline, text')) {
              const cs = getComputedStyle(el);
              if (cs.display === 'none') continue;
              const what = `${item}: ${el.tagName}.${el.getAttribute('class')} (stroke ${cs.stroke}, fill ${cs.fill})`;
              const paints = [cs.stroke, cs.fill].filter(opaque);
              if (!paints.includes(system.text)) problems.push(`${what} not in CanvasText`);
              if (paints.some((p) => p !== system.text && p !== system.canvas)) problems.push(`${what} in a colour of its own`);
              if (el.tagName === 'text' && cs.fill !== system.text) problems.push(`${what}: label not filled in CanvasText`);
            }
          }
          // No transitions with reduced motion.
          for (const el of piece.querySelectorAll('button, summary, a')) {
            const d = getComputedStyle(el).transitionDuration;
            if (d.split(',').some((t) => parseFloat(t) > 0)) problems.push(`${item}: transition ${d}`);
          }
        }
        return problems;
      });
      assert.deepEqual(report, []);
    } finally {
      await session.close();
    }
  });

  it('an unknown item shows the friendly error panel; a known one set later shows its piece', async () => {
    const session = await openPage(env, '/www/pieces.html', { waitForReady: false });
    try {
      const page = session.page;
      await loadAllPieces(page);
      const first = page.locator('brief-insights').first();
      await first.evaluate((w) => w.setAttribute('item', 'no-such-item'));
      await page.locator('brief-insights[data-state="error"]').waitFor();
      const message = await first.evaluate((w) => w.shadowRoot.querySelector('[part="error-message"]').textContent);
      assert.match(message, /no item "no-such-item"/);
      assert.equal(await first.evaluate((w) => w.shadowRoot.querySelector('[role="alert"]').hidden), false);
      await first.evaluate((w) => w.setAttribute('item', 'kj-dual-track-diplomacy'));
      await page.locator('brief-insights[item="kj-dual-track-diplomacy"][data-state="ready"]').waitFor();
      const kind = await first.evaluate((w) => w.shadowRoot.querySelector('.bi-piece').dataset.kind);
      assert.equal(kind, 'judgment');
      // Removing `item` shows the whole brief again.
      await first.evaluate((w) => w.removeAttribute('item'));
      assert.ok(await first.evaluate((w) => w.shadowRoot.querySelectorAll('[role="tab"]').length > 0));
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
    }
  });

  it('a piece loaded from a page with an unknown item id on first load reports it', async () => {
    const session = await openPage(env, '/www/pieces.html', { waitForReady: false });
    try {
      const page = session.page;
      await loadAllPieces(page);
      await page.evaluate(() => {
        const w = document.createElement('brief-insights');
        w.id = 'late';
        w.setAttribute('src', '../briefs/examples/mekong-water-2026-04.json');
        w.setAttribute('item', 'nothing-here');
        document.querySelector('main').prepend(w);
      });
      await page.locator('#late').scrollIntoViewIfNeeded();
      await page.locator('#late[data-state="error"]').waitFor();
      const text = await page.locator('#late').evaluate((w) => w.shadowRoot.querySelector('[role="alert"]').textContent);
      assert.match(text, /cannot be shown/);
      assert.match(text, /nothing-here/);
    } finally {
      await session.close();
    }
  });
});
