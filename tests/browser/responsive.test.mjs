// On a 320px phone every view fits the screen: nothing makes the page or the widget scroll sideways.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWS, openPage, setUp, showView } from './harness.mjs';

describe('responsive layout', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  for (const width of [320, 1200]) {
    it(`at ${width}px no view overflows horizontally`, async () => {
      const session = await openPage(env, '/www/index.html', {
        contextOptions: { viewport: { width, height: 800 } },
      });
      try {
        const problems = [];
        for (const view of VIEWS) {
          await showView(session.page, view);
          const m = await session.page.evaluate(() => {
            const widget = document.querySelector('brief-insights');
            const panel = widget.shadowRoot.querySelector('[role="tabpanel"]');
            const rect = widget.getBoundingClientRect();
            return {
              pageScroll: document.documentElement.scrollWidth,
              viewport: window.innerWidth,
              widgetRight: rect.right,
              panelScroll: panel.scrollWidth,
              panelClient: panel.clientWidth,
            };
          });
          if (m.pageScroll > m.viewport) problems.push(`${view}: page scrolls to ${m.pageScroll}px`);
          if (m.widgetRight > m.viewport + 0.5) problems.push(`${view}: widget ends at ${m.widgetRight}px`);
          if (m.panelScroll > m.panelClient + 1) problems.push(`${view}: panel content ${m.panelScroll}px > ${m.panelClient}px`);
        }
        assert.deepEqual(problems, []);
      } finally {
        await session.close();
      }
    });
  }

  it('charts scale with their SVG viewBox', async () => {
    const session = await openPage(env, '/www/index.html#brief-insights=partners', {
      contextOptions: { viewport: { width: 320, height: 640 } },
    });
    try {
      const svg = await session.page.evaluate(() => {
        const s = document.querySelector('brief-insights').shadowRoot.querySelector('[role="tabpanel"] svg[viewBox]');
        return s ? { width: s.getBoundingClientRect().width, viewBox: s.getAttribute('viewBox') } : null;
      });
      assert.ok(svg, 'the partners view has an SVG chart');
      assert.ok(svg.width <= 320, `chart is ${svg.width}px wide`);
    } finally {
      await session.close();
    }
  });

  it('at 400% zoom (320 × 256 px) with WCAG 1.4.12 text spacing, no view clips or pushes out any text', async () => {
    // What a text-spacing bookmarklet that reaches into shadow roots applies: line height 1.5, paragraph
    // spacing 2em, letter spacing 0.12em, word spacing 0.16em.
    const spacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }`;
    const session = await openPage(env, '/www/index.html', { contextOptions: { viewport: { width: 320, height: 256 } } });
    try {
      await session.page.evaluate((css) => {
        const style = document.createElement('style');
        style.textContent = css;
        document.querySelector('brief-insights').shadowRoot.append(style);
      }, spacing);
      const problems = [];
      for (const view of VIEWS) {
        await showView(session.page, view);
        problems.push(
          ...(await session.page.evaluate((view) => {
            const root = document.querySelector('brief-insights').shadowRoot;
            const edge = root.querySelector('.bi-root').getBoundingClientRect();
            const found = [];
            for (const element of root.querySelectorAll('.bi-app *')) {
              if (element.getClientRects().length === 0 || element.matches('.bi-sr-only, .bi-sr-only *')) continue;
              if (element.closest('svg') && element.localName !== 'svg') continue;
              const style = getComputedStyle(element);
              const name = `${view}: ${element.localName}.${String(element.className.baseVal ?? element.className).split(' ')[0]}`;
              // Charts and tables may scroll sideways in their own box; nothing else may hide text.
              const hides = (overflow) => overflow === 'hidden' || overflow === 'clip';
              if ((hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) ||
                  (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1)) found.push(`${name} clips its text`);
              let scroller = element.parentElement;
              while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
              const box = element.getBoundingClientRect();
              if (!scroller && (box.right > edge.right + 1 || box.left < edge.left - 1)) found.push(`${name} runs past the widget`);
            }
            if (document.documentElement.scrollWidth > innerWidth) found.push(`${view}: the page scrolls sideways`);
            return found;
          }, view)),
        );
      }
      assert.deepEqual(problems, []);
    } finally {
      await session.close();
    }
  });
});
