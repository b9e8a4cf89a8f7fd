// Screenshots of every view, wide and narrow, light and dark, into test-output/screenshots/ for a person to
// look at. The test only checks that each was taken and is not blank.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { VIEWS, openPage, screenshotPath, setUp, showView } from './harness.mjs';

const SIZES = [
  { name: '1200', viewport: { width: 1200, height: 800 } },
  { name: '320', viewport: { width: 320, height: 640 } },
];

describe('screenshots', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  for (const size of SIZES) {
    for (const scheme of ['light', 'dark']) {
      it(`every view at ${size.name}px, ${scheme}`, async () => {
        const session = await openPage(env, '/www/index.html', {
          contextOptions: { viewport: size.viewport, colorScheme: scheme },
        });
        try {
          const widget = session.page.locator('brief-insights');
          for (const view of VIEWS) {
            await showView(session.page, view);
            if (view === 'search') {
              await session.page.locator('brief-insights input[data-action="search"]').fill('China');
              await session.page.locator('brief-insights [data-results] mark').first().waitFor();
            }
            await session.page.mouse.move(0, 0);
            const file = screenshotPath(`${view}-${size.name}-${scheme}.png`);
            await widget.screenshot({ path: file });
            assert.ok(statSync(file).size > 2000);
            if (size.name === '320') {
              // What a phone shows first: the view's top, in the viewport.
              await session.page.locator('brief-insights [role="tablist"]').evaluate((el) => el.scrollIntoView());
              await session.page.screenshot({ path: screenshotPath(`${view}-${size.name}-${scheme}-screen.png`) });
            }
          }
          await showView(session.page, 'partners');
          await session.page.locator('brief-insights [role="tabpanel"] [data-action="cite"]').first().click();
          await session.page.locator('brief-insights dialog[data-dialog]').waitFor({ state: 'visible' });
          await session.page.screenshot({ path: screenshotPath(`citation-${size.name}-${scheme}.png`) });
        } finally {
          await session.close();
        }
      });
    }
  }

  it('error and hostile pages', async () => {
    for (const page of ['malformed', 'missing', 'hostile']) {
      const session = await openPage(env, `/www/${page}.html`);
      try {
        await session.page.screenshot({ path: screenshotPath(`page-${page}.png`), fullPage: true });
      } finally {
        await session.close();
      }
    }
  });
});
