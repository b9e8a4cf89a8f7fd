// Screenshots of every view, wide and narrow, light and dark, into test-output/screenshots/ for a person to
// look at. Each one is also checked: the image has the widget's size, is not blank (many colours, and a
// real share of pixels differ from the background), the widget fits the viewport and the page does not
// scroll sideways, and a dark screenshot is darker than the light one of the same view.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { VIEWS, openPage, screenshotPath, setUp, showView } from './harness.mjs';

const SIZES = [
  { name: '1200', viewport: { width: 1200, height: 800 } },
  { name: '320', viewport: { width: 320, height: 640 } },
];

/** Relative luminance of an [r, g, b] colour, 0 (black) to 1 (white). */
function luminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

describe('screenshots', () => {
  let env;
  let analysisPage;
  // `${view}-${size}` -> { light, dark } background luminance, for the comparison at the end.
  const backgrounds = new Map();

  before(async () => {
    env = await setUp();
    // A blank page (no CSP) where screenshots are decoded with a canvas.
    analysisPage = await env.browser.newPage();
  });
  after(async () => {
    await analysisPage?.close().catch(() => {});
    await env?.close();
  });

  /** Decodes a PNG and describes it: size, number of distinct colours, most common colour and its share. */
  async function analyse(png) {
    return analysisPage.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0);
      const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
      const counts = new Map();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      let top = 0;
      let topKey = 0;
      for (const [key, n] of counts) {
        if (n > top) [top, topKey] = [n, key];
      }
      const pixels = data.length / 4;
      return {
        width: canvas.width,
        height: canvas.height,
        colours: counts.size,
        background: [topKey >> 16, (topKey >> 8) & 255, topKey & 255],
        otherShare: pixels ? 1 - top / pixels : 0,
      };
    }, png.toString('base64'));
  }

  /** Saves `png` as `name` and asserts that it is not blank; returns the analysis. */
  async function saveAndCheck(png, name, { minColours = 16, minOtherShare = 0.02 } = {}) {
    writeFileSync(screenshotPath(name), png);
    const a = await analyse(png);
    assert.ok(a.width > 0 && a.height > 0, `${name}: empty image`);
    assert.ok(a.colours >= minColours, `${name}: only ${a.colours} colours, looks blank`);
    assert.ok(
      a.otherShare >= minOtherShare,
      `${name}: ${(a.otherShare * 100).toFixed(2)}% of pixels differ from the background, looks blank`,
    );
    return a;
  }

  /** The widget's box, and whether the page scrolls sideways. */
  function layout(page) {
    return page.evaluate(() => {
      const r = document.querySelector('brief-insights').getBoundingClientRect();
      return {
        left: r.left,
        right: r.right,
        width: r.width,
        height: r.height,
        viewport: window.innerWidth,
        pageScroll: document.documentElement.scrollWidth,
      };
    });
  }

  for (const size of SIZES) {
    for (const scheme of ['light', 'dark']) {
      it(`every view at ${size.name}px, ${scheme}`, async () => {
        const session = await openPage(env, '/www/index.html', {
          contextOptions: { viewport: size.viewport, colorScheme: scheme },
        });
        try {
          const { page } = session;
          assert.equal(await page.locator('brief-insights').getAttribute('data-state'), 'ready');
          const widget = page.locator('brief-insights');
          let checked = 0;
          for (const view of VIEWS) {
            await showView(page, view);
            if (view === 'search') {
              await page.locator('brief-insights input[data-action="search"]').fill('China');
              await page.locator('brief-insights [data-results] mark').first().waitFor();
              const marks = await page.locator('brief-insights [data-results] mark').allInnerTexts();
              assert.ok(marks.length > 0, 'search for China highlights nothing');
              for (const m of marks) assert.match(m, /china/i);
            }
            await page.mouse.move(0, 0);
            const box = await layout(page);
            assert.ok(box.width > 200 && box.height > 100, `${view}: widget is ${box.width}×${box.height}px`);
            assert.ok(box.left >= 0 && box.right <= box.viewport + 0.5, `${view}: widget spans ${box.left}–${box.right}px of ${box.viewport}px`);
            assert.ok(box.pageScroll <= box.viewport, `${view}: the page scrolls sideways to ${box.pageScroll}px`);

            const a = await saveAndCheck(await widget.screenshot(), `${view}-${size.name}-${scheme}.png`);
            assert.ok(Math.abs(a.width - Math.round(box.width)) <= 1, `${view}: image ${a.width}px wide, widget ${box.width}px`);
            assert.ok(Math.abs(a.height - Math.round(box.height)) <= 1, `${view}: image ${a.height}px high, widget ${box.height}px`);
            const key = `${view}-${size.name}`;
            backgrounds.set(key, { ...backgrounds.get(key), [scheme]: luminance(a.background) });

            if (size.name === '320') {
              // What a phone shows first: the view's top, in the viewport.
              await page.locator('brief-insights [role="tablist"]').evaluate((el) => el.scrollIntoView());
              await saveAndCheck(await page.screenshot(), `${view}-${size.name}-${scheme}-screen.png`);
            }
            checked += 1;
          }
          assert.equal(checked, VIEWS.length);

          await showView(page, 'partners');
          await page.locator('brief-insights [role="tabpanel"] [data-action="cite"]').first().click();
          const dialog = page.locator('brief-insights dialog[data-dialog]');
          await dialog.waitFor({ state: 'visible' });
          const d = await dialog.boundingBox();
          assert.ok(d && d.width > 100 && d.height > 50, `citation dialog box ${JSON.stringify(d)}`);
          assert.ok(d.x >= 0 && d.x + d.width <= size.viewport.width + 0.5, `citation dialog spans ${d.x}–${d.x + d.width}px`);
          assert.ok((await dialog.innerText()).trim().length > 20, 'the citation dialog shows no quote');
          await saveAndCheck(await page.screenshot(), `citation-${size.name}-${scheme}.png`);
        } finally {
          await session.close();
        }
      });
    }
  }

  it('dark screenshots are darker than light ones', () => {
    assert.equal(backgrounds.size, VIEWS.length * SIZES.length, 'every view was captured at every size');
    for (const [key, { light, dark }] of backgrounds) {
      assert.ok(light !== undefined && dark !== undefined, `${key}: missing a scheme`);
      assert.ok(dark < light, `${key}: dark background luminance ${dark.toFixed(3)} ≥ light ${light.toFixed(3)}`);
    }
  });

  it('error and hostile pages', async () => {
    for (const [name, state] of [['malformed', 'error'], ['missing', 'error'], ['hostile', 'ready']]) {
      const session = await openPage(env, `/www/${name}.html`);
      try {
        const { page } = session;
        const states = await page.evaluate(() => [...document.querySelectorAll('brief-insights')].map((w) => w.dataset.state));
        assert.ok(states.length > 0, `${name}.html has no widget`);
        for (const s of states) assert.equal(s, state, `${name}.html: widget states ${states}`);
        if (state === 'error') {
          const alert = page.locator('brief-insights [role="alert"]').first();
          assert.ok((await alert.innerText()).trim().length > 10, `${name}.html: the widget shows no error message`);
        }
        const box = await layout(page);
        assert.ok(box.pageScroll <= box.viewport, `${name}.html: the page scrolls sideways to ${box.pageScroll}px`);
        await saveAndCheck(await page.locator('brief-insights').first().screenshot(), `page-${name}-widget.png`, {
          minColours: 8,
          minOtherShare: 0.005,
        });
        writeFileSync(screenshotPath(`page-${name}.png`), await page.screenshot({ fullPage: true }));
      } finally {
        await session.close();
      }
    }
  });
});
