// Scrollytelling: <brief-insights-steps> steps one sticky widget through the items and views of the
// explainer demo (www/explainer.html) as the reader scrolls.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setUp } from './harness.mjs';

/** Scrolls step `index` to the middle of the viewport; waits until the widget shows it. */
async function scrollToStep(page, index) {
  const step = page.locator('brief-insights-steps .step').nth(index);
  await step.evaluate((s) => s.scrollIntoView({ block: 'center' }));
  await page.waitForFunction((i) => document.querySelector('brief-insights-steps').current === i, index);
  const { item, view } = await step.evaluate((s) => ({ item: s.dataset.item ?? null, view: s.dataset.view ?? null }));
  const graphic = page.locator('#explainer-graphic');
  if (item) {
    await page.waitForFunction(
      (id) => document.querySelector('#explainer-graphic').shadowRoot.querySelector('.bi-piece')?.dataset.item === id,
      item,
    );
  } else {
    await graphic.locator('[role="tab"][aria-selected="true"][data-view="' + view + '"]').waitFor();
  }
  return { item, view };
}

function status(page) {
  return page.locator('brief-insights-steps > .bi-steps-status').textContent();
}

describe('scrollytelling: the explainer demo', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  for (const motion of ['no-preference', 'reduce']) {
    it(`advances through every step as the reader scrolls, and announces each (motion: ${motion})`, async () => {
      const session = await openPage(env, '/www/explainer.html', { waitForReady: false });
      try {
        const page = session.page;
        await page.emulateMedia({ reducedMotion: motion });
        await page.locator('#explainer-graphic[data-state="ready"]').waitFor();
        const steps = page.locator('brief-insights-steps .step');
        const count = await steps.count();
        assert.ok(count >= 6);
        assert.equal(
          await page.locator('brief-insights-steps').getAttribute('data-motion'),
          motion === 'reduce' ? 'reduced' : 'full',
        );
        const seen = [];
        for (let i = 0; i < count; i++) {
          const shown = await scrollToStep(page, i);
          seen.push(shown.item ?? `view:${shown.view}`);
          assert.equal(await steps.nth(i).getAttribute('aria-current'), 'step');
          assert.equal(await page.locator('brief-insights-steps .step[aria-current]').count(), 1);
          await page.waitForFunction(() => document.querySelector('brief-insights-steps > .bi-steps-status').textContent.length > 0);
          const said = await status(page);
          assert.match(said, /^Now showing: /);
          if (shown.view) assert.match(said, /partner network/);
        }
        assert.ok(seen.includes('view:partners'), 'a view step');
        assert.ok(seen.filter((s) => !s.startsWith('view:')).length >= 5, 'item steps');
        // Scrolling back up goes back.
        await scrollToStep(page, 0);
        assert.equal(await page.locator('#explainer-graphic').getAttribute('item'), 'kj-new-normal');
        // The graphic stays in view (sticky) while the text scrolls.
        const box = await page.locator('.steps-graphic').boundingBox();
        assert.ok(box && box.y < 800 && box.y + box.height > 0, `graphic in view: ${JSON.stringify(box)}`);
        assert.equal(session.record.requests.filter((u) => u.endsWith('/briefs/sejong-2025-30.json')).length, 1);
        assert.deepEqual(session.record.pageErrors, []);
      } finally {
        await session.close();
      }
    });
  }

  it('in forced colours (high contrast) the current step stands out and the graphic draws in CanvasText', async () => {
    const session = await openPage(env, '/www/explainer.html', { waitForReady: false });
    try {
      const page = session.page;
      await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
      await page.locator('#explainer-graphic[data-state="ready"]').waitFor();
      await scrollToStep(page, 1);
      const look = await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        const canvasText = getComputedStyle(probe).color;
        probe.remove();
        const steps = [...document.querySelectorAll('brief-insights-steps .step')];
        const border = (el) => `${getComputedStyle(el).borderTopWidth} ${getComputedStyle(el).borderTopColor}`;
        const graphic = document.querySelector('#explainer-graphic').shadowRoot;
        const labels = [...graphic.querySelectorAll('svg.bi-chart text')].map((t) => getComputedStyle(t).fill);
        const text = getComputedStyle(steps[1]).color;
        return { canvasText, current: border(steps[1]), other: border(steps[0]), text, labels };
      });
      assert.equal(look.current, `2px ${look.canvasText}`, 'the current step: a thick border in CanvasText');
      assert.notEqual(look.other, look.current, 'other steps look different');
      assert.equal(look.text, look.canvasText, "the step's text");
      assert.ok(look.labels.length > 0 && look.labels.every((fill) => fill === look.canvasText), `labels: ${look.labels}`);
    } finally {
      await session.close();
    }
  });

  it('works under a strict CSP with Trusted Types (and blob: images for PNG): steps, pieces, views, export', async () => {
    const session = await openPage(env, '/www/explainer.html', { waitForReady: false, contextOptions: { acceptDownloads: true } });
    try {
      const page = session.page;
      const policy = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
      assert.match(policy, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'/);
      await page.locator('#explainer-graphic[data-state="ready"]').waitFor();
      const count = await page.locator('brief-insights-steps .step').count();
      for (let i = 0; i < count; i++) await scrollToStep(page, i);
      // Back to the exchange rate, whose chart has the export menu.
      assert.equal((await scrollToStep(page, 1)).item, 'won-dollar-rate');
      const menu = page.locator('#explainer-graphic details.bi-export');
      await menu.locator('summary').click();
      const [file] = await Promise.all([page.waitForEvent('download'), menu.locator('button[data-format="svg"]').click()]);
      assert.match(file.suggestedFilename(), /\.svg$/);
      const [png] = await Promise.all([page.waitForEvent('download'), menu.locator('button[data-format="png"]').click()]);
      assert.match(png.suggestedFilename(), /\.png$/);
      assert.deepEqual(await session.violations(), []);
      assert.deepEqual(session.record.consoleErrors, []);
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
    }
  });

  it('a keyboard user tabbing into a step shows that step', async () => {
    const session = await openPage(env, '/www/explainer.html', { waitForReady: false });
    try {
      const page = session.page;
      await page.locator('#explainer-graphic[data-state="ready"]').waitFor();
      const last = page.locator('brief-insights-steps .step').last();
      await last.locator('a').focus();
      await page.waitForFunction(
        () => document.querySelector('#explainer-graphic').getAttribute('item') === 'rec-phased-threat-management',
      );
    } finally {
      await session.close();
    }
  });

  it('without JavaScript the article reads in order and the graphic shows its fallback', async () => {
    const session = await openPage(env, '/www/explainer.html', {
      waitForReady: false,
      contextOptions: { javaScriptEnabled: false },
    });
    try {
      const page = session.page;
      const texts = await page.locator('brief-insights-steps .step h2').allTextContents();
      assert.ok(texts.length >= 6);
      for (const step of await page.locator('brief-insights-steps .step').all()) assert.ok(await step.isVisible());
      assert.ok(await page.locator('#explainer-graphic .fallback').isVisible());
    } finally {
      await session.close();
    }
  });

  it("inside a host theme's component, in a Korean section of an English page, it announces in Korean", async () => {
    // A site built with Lit or Stencil: the theme's card component holds the whole scrollytelling piece in
    // its shadow root; the page says which language that section is in.
    const card = `customElements.define('theme-card', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const steps = document.createElement('brief-insights-steps');
    const graphic = document.createElement('brief-insights');
    graphic.setAttribute('src', '/briefs/sejong-2025-30.json');
    graphic.setAttribute('item', 'kj-new-normal');
    steps.append(graphic);
    for (const view of ['overview', 'partners']) {
      const step = document.createElement('section');
      step.dataset.view = view;
      step.textContent = view;
      step.style.height = '120vh';
      steps.append(step);
    }
    root.append(steps);
  }
});`;
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/www/brief-insights.js"></script><script type="module" src="/www/brief-insights-steps.js"></script>
<script type="module" src="/host/card.js"></script></head><body><section lang="ko"><theme-card></theme-card></section></body></html>`;
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
    try {
      await context.route(`${env.baseUrl}/host/page.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
      await context.route(`${env.baseUrl}/host/card.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: card }));
      const page = await context.newPage();
      await page.goto(`${env.baseUrl}/host/page.html`);
      const steps = () => document.querySelector('theme-card').shadowRoot.querySelector('brief-insights-steps');
      await page.waitForFunction(steps, null, { timeout: 20_000 });
      await page.evaluate(() => document.querySelector('theme-card').shadowRoot.querySelectorAll('section')[1].scrollIntoView({ block: 'center' }));
      const said = await page.waitForFunction(
        () => document.querySelector('theme-card').shadowRoot.querySelector('brief-insights-steps > .bi-steps-status')?.textContent,
        null,
        { timeout: 20_000 },
      );
      assert.match(await said.jsonValue(), /^현재 표시: /);
    } finally {
      await context.close();
    }
  });
});
