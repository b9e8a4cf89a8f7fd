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
});
