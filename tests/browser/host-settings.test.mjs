// The reader's browser settings and the host site's own machinery, as a web team on WordPress, Drupal or
// Hugo meets them: Windows High Contrast, a theme's hidden tabs and closed <details>, widgets inserted late
// or with the script included twice, a widget inside another web component and moved around by it.
// Each page is made up in the test and served through a route on the test server's origin.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUp } from './harness.mjs';

const BRIEF = '/briefs/sejong-2025-30.json';

function hostPage({ head = '', body, lang = 'en', script = '<script type="module" src="/www/brief-insights.js"></script>' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${script}${head}</head><body>${body}</body></html>`;
}

/** Opens a made-up page at /host/page.html, recording every error the host page would see. */
async function openHostPage(env, html, contextOptions = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 }, ...contextOptions });
  await context.route(`${env.baseUrl}/host/page.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Every render the page hears of.
  await page.addInitScript(() => {
    window.__readyEvents = [];
    document.addEventListener('brief-insights:ready', (event) => window.__readyEvents.push(event.composedPath()[0].id));
  });
  await page.goto(`${env.baseUrl}/host/page.html`);
  return { page, errors, close: () => context.close() };
}

/** `brief-insights` elements anywhere, also inside other components' shadow roots, by id. */
function widgetStates(page) {
  return page.evaluate(() => {
    const found = {};
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'brief-insights') found[element.id] = element.dataset.state;
        if (element.shadowRoot && element.localName !== 'brief-insights') visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

describe("the reader's settings and the host site's machinery", () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  for (const scheme of ['light', 'dark']) {
    it(`in Windows High Contrast (forced colours, ${scheme}) only the selected tab is underlined`, async () => {
      const session = await openHostPage(
        env,
        hostPage({ body: `<brief-insights id="w" src="${BRIEF}" view="partners"></brief-insights>` }),
        { forcedColors: 'active', colorScheme: scheme },
      );
      try {
        const { page } = session;
        await page.locator('#w[data-state="ready"]').waitFor();
        const tabs = await page.evaluate(() => {
          const root = document.querySelector('#w').shadowRoot;
          const canvas = getComputedStyle(root.querySelector('.bi-root')).backgroundColor;
          return {
            canvas,
            tabs: [...root.querySelectorAll('[role="tab"]')].map((tab) => ({
              selected: tab.getAttribute('aria-selected') === 'true',
              line: getComputedStyle(tab).borderBottomColor,
            })),
          };
        });
        const selected = tabs.tabs.filter((tab) => tab.selected);
        const others = tabs.tabs.filter((tab) => !tab.selected);
        assert.equal(selected.length, 1);
        assert.ok(others.length >= 5);
        // Forced colours paint a transparent border in the text colour: every tab would look selected.
        for (const tab of others) assert.equal(tab.line, tabs.canvas, 'an unselected tab has no visible line');
        assert.notEqual(selected[0].line, tabs.canvas, 'the selected tab is underlined');
        assert.deepEqual(session.errors, []);
      } finally {
        await session.close();
      }
    });
  }
});
