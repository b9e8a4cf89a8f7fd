// axe-core on every view, light and dark, and with the citation dialog open: zero violations.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AXE_PATH, VIEWS, openPage, setUp, showView } from './harness.mjs';

async function axe(page) {
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1] ?? ''}`),
    }));
  });
  return result;
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  for (const scheme of ['light', 'dark']) {
    it(`every view has no violations (${scheme})`, async () => {
      // index.html has no CSP, so axe can be injected as a script tag.
      const session = await openPage(env, '/www/index.html', { contextOptions: { colorScheme: scheme } });
      try {
        await session.page.addScriptTag({ path: AXE_PATH });
        const found = {};
        for (const view of VIEWS) {
          await showView(session.page, view);
          if (view === 'search') {
            await session.page.locator('brief-insights input[data-action="search"]').fill('China');
            await session.page.locator('brief-insights [data-results] mark').first().waitFor();
          }
          const violations = await axe(session.page);
          if (violations.length) found[view] = violations;
        }
        await showView(session.page, 'overview');
        await session.page.locator('brief-insights [role="tabpanel"] [data-action="cite"]').first().click();
        await session.page.locator('brief-insights dialog[data-dialog]').waitFor({ state: 'visible' });
        const dialogViolations = await axe(session.page);
        if (dialogViolations.length) found.dialog = dialogViolations;
        assert.deepEqual(found, {}, JSON.stringify(found, null, 2));
      } finally {
        await session.close();
      }
    });
  }

  it('the error panel and the Korean UI have no violations', async () => {
    const session = await openPage(env, '/www/malformed.html');
    try {
      await session.page.addScriptTag({ path: AXE_PATH });
      assert.deepEqual(await axe(session.page), []);
    } finally {
      await session.close();
    }
    const korean = await openPage(env, '/www/two-widgets.html');
    try {
      await korean.page.addScriptTag({ path: AXE_PATH });
      assert.deepEqual(await axe(korean.page), []);
    } finally {
      await korean.close();
    }
  });
});
