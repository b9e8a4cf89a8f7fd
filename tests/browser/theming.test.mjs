// A site with a dark theme: the widget follows the reader's colour scheme unless the page fixes a theme.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setUp } from './harness.mjs';

function parseRgb(color) {
  const m = color.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/);
  assert.ok(m, `not an rgb colour: ${color}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
function luminance([r, g, b]) {
  const channel = (v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

async function colours(page) {
  return page.evaluate(() => {
    const root = document.querySelector('brief-insights').shadowRoot;
    const box = getComputedStyle(root.querySelector('.bi-root'));
    const tab = getComputedStyle(root.querySelector('[role="tab"][aria-selected="true"]'));
    const muted = root.querySelector('.bi-byline, .bi-series');
    const cite = root.querySelector('[data-action="cite"]');
    return {
      background: box.backgroundColor,
      text: box.color,
      tabBorder: tab.borderBottomColor,
      muted: muted ? getComputedStyle(muted).color : box.color,
      cite: cite ? getComputedStyle(cite).color : box.color,
    };
  });
}

describe('themes', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  for (const scheme of ['light', 'dark']) {
    it(`theme="auto" follows prefers-color-scheme: ${scheme}, with AA contrast`, async () => {
      const session = await openPage(env, '/www/index.html', { contextOptions: { colorScheme: scheme } });
      try {
        const c = await colours(session.page);
        const bg = parseRgb(c.background);
        if (scheme === 'dark') assert.ok(luminance(bg) < 0.1, `dark background expected, got ${c.background}`);
        else assert.ok(luminance(bg) > 0.8, `light background expected, got ${c.background}`);
        for (const [name, colour] of Object.entries({ text: c.text, muted: c.muted, cite: c.cite })) {
          const ratio = contrast(parseRgb(colour), bg);
          assert.ok(ratio >= 4.5, `${name} ${colour} on ${c.background}: ${ratio.toFixed(2)} < 4.5`);
        }
        assert.ok(contrast(parseRgb(c.tabBorder), bg) >= 3, 'the selected-tab marker has 3:1 contrast');
      } finally {
        await session.close();
      }
    });
  }

  it('theme="light" overrides a dark system setting, and theme="dark" a light one', async () => {
    const session = await openPage(env, '/www/index.html', { contextOptions: { colorScheme: 'dark' } });
    try {
      const page = session.page;
      const darkBg = parseRgb((await colours(page)).background);
      await page.evaluate(() => document.querySelector('brief-insights').setAttribute('theme', 'light'));
      const lightBg = parseRgb((await colours(page)).background);
      assert.ok(luminance(darkBg) < 0.1);
      assert.ok(luminance(lightBg) > 0.8, 'theme="light" wins over prefers-color-scheme: dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await page.evaluate(() => document.querySelector('brief-insights').setAttribute('theme', 'dark'));
      assert.ok(luminance(parseRgb((await colours(page)).background)) < 0.1, 'theme="dark" wins over light');
    } finally {
      await session.close();
    }
  });

  it('the page restyles the widget with --bi-* custom properties and ::part()', async () => {
    const session = await openPage(env, '/www/index.html', {
      contextOptions: { colorScheme: 'light', reducedMotion: 'reduce' },
    });
    try {
      const page = session.page;
      // A stylesheet from the page's own origin (a <style> would be equivalent on a page without CSP).
      await page.addStyleTag({
        content: 'brief-insights { --bi-accent: rgb(138, 21, 56); --bi-bg: rgb(250, 246, 240); } brief-insights::part(tab) { letter-spacing: 2px; }',
      });
      const c = await colours(page);
      assert.equal(c.background, 'rgb(250, 246, 240)');
      assert.equal(c.tabBorder, 'rgb(138, 21, 56)');
      const spacing = await page.evaluate(
        () => getComputedStyle(document.querySelector('brief-insights').shadowRoot.querySelector('[role="tab"]')).letterSpacing,
      );
      assert.equal(spacing, '2px');
    } finally {
      await session.close();
    }
  });

  it("a reader who chose a larger default font size in the browser's settings gets it in the widget too", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
    try {
      const page = await context.newPage();
      // Chromium's Settings → Appearance → Font size: "Very large" (24px).
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
      await page.goto(`${env.baseUrl}/www/index.html`);
      await page.locator('brief-insights[data-state="ready"]').waitFor();
      const sizes = await page.evaluate(() => ({
        page: getComputedStyle(document.documentElement).fontSize,
        widget: getComputedStyle(document.querySelector('brief-insights').shadowRoot.querySelector('.bi-root')).fontSize,
      }));
      assert.deepEqual(sizes, { page: '24px', widget: '24px' });
    } finally {
      await context.close();
    }
  });

  it('prefers-reduced-motion turns transitions off', async () => {
    const session = await openPage(env, '/www/index.html', { contextOptions: { reducedMotion: 'reduce' } });
    try {
      const duration = await session.page.evaluate(
        () => getComputedStyle(document.querySelector('brief-insights').shadowRoot.querySelector('[role="tab"]')).transitionDuration,
      );
      assert.match(duration, /^0s(, 0s)*$/);
    } finally {
      await session.close();
    }
  });

  it('the UI language comes from lang, else the page: Korean labels for lang="ko"', async () => {
    const session = await openPage(env, '/www/two-widgets.html');
    try {
      const labels = await session.page.evaluate(() =>
        [...document.querySelectorAll('brief-insights')].map((w) =>
          [...w.shadowRoot.querySelectorAll('[role="tab"]')].map((t) => t.textContent).join('|'),
        ),
      );
      assert.match(labels[0], /Partners/);
      assert.match(labels[1], /[\uac00-\ud7a3]/, `Korean tab labels expected, got ${labels[1]}`);
      // Changing lang re-renders in the new language and keeps the view.
      await session.page.evaluate(() => document.querySelector('#partners-widget').setAttribute('lang', 'ko'));
      const tab = session.page.locator('#partners-widget [role="tab"][aria-selected="true"]');
      assert.match(await tab.textContent(), /[\uac00-\ud7a3]/);
      assert.equal(await tab.getAttribute('data-view'), 'partners');
    } finally {
      await session.close();
    }
  });
});
