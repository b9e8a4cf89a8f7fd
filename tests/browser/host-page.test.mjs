// A host page the widget did not choose: right to left, and with careless global CSS that restyles
// everything it can reach (`* { color: red !important; font-size: 40px !important; ... }`, which also makes
// 1rem = 40px). The widget keeps its own direction, colours, sizes and charts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setUp, showView } from './harness.mjs';

describe('on a hostile right-to-left host page', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  it('keeps its left-to-right layout, its colours, its text size and its charts', async () => {
    const session = await openPage(env, '/www/hostile-host.html');
    try {
      const style = await session.page.evaluate(() => {
        const root = document.querySelector('brief-insights').shadowRoot;
        const judgment = root.querySelector('.bi-view-overview .bi-card, .bi-view-overview li, .bi-view-overview p');
        const s = getComputedStyle(judgment);
        return {
          direction: s.direction,
          color: s.color,
          fontSize: parseFloat(s.fontSize),
          transform: s.textTransform,
          spacing: s.letterSpacing,
          hostColor: getComputedStyle(document.querySelector('h1')).color,
        };
      });
      assert.equal(style.hostColor, 'rgb(255, 0, 0)', 'the host page CSS is in force');
      assert.equal(style.direction, 'ltr');
      assert.notEqual(style.color, 'rgb(255, 0, 0)');
      assert.ok(style.fontSize >= 12 && style.fontSize <= 20, `body text is ${style.fontSize}px`);
      assert.equal(style.transform, 'none');
      assert.equal(style.spacing, 'normal');

      await showView(session.page, 'partners');
      const chart = await session.page.evaluate(() => {
        const svg = document.querySelector('brief-insights').shadowRoot.querySelector('.bi-view-partners svg');
        const box = svg.getBoundingClientRect();
        return { display: getComputedStyle(svg).display, width: box.width };
      });
      assert.notEqual(chart.display, 'none');
      assert.ok(chart.width > 200, `the network is ${chart.width}px wide`);
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
    }
  });
});
