// The widget's UI language: the element's own `lang`, else the brief's `meta.language` when the widget has
// that language, else the closest [lang] ancestor, else English. The pages are made here (served at paths
// under /www/ so the widget's relative URLs resolve as on the demo pages); the Korean brief is
// www/test-fixtures/minimal-ko.json.
//
//   node --test tests/browser/language.test.mjs          (needs pkg/: bash tools/build-wasm.sh)

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, setUp, waitForWidgets } from './harness.mjs';

const HANGUL = /[\uac00-\ud7a3]/;
const KOREAN_BRIEF = 'test-fixtures/minimal-ko.json';

function page(htmlLang, widgets) {
  return `<!doctype html>
<html lang="${htmlLang}">
<head>
<meta charset="utf-8">
<title>Language</title>
<script type="module" src="brief-insights.js"></script>
</head>
<body>
${widgets}
</body>
</html>`;
}

describe('the UI language follows the brief unless the page sets lang on the element', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  /**
   * Opens `html` as /www/language-test.html; `briefs` maps extra paths under /www/ to JSON bodies. Returns
   * the page and a function giving each widget's tab labels, container languages and text.
   */
  async function open(html, briefs = {}) {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await context.route(`${env.baseUrl}/www/language-test.html`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    for (const [path, body] of Object.entries(briefs)) {
      await context.route(`${env.baseUrl}/www/${path}`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify(body) }),
      );
    }
    await page.goto(`${env.baseUrl}/www/language-test.html`);
    await waitForWidgets(page);
    const widgets = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('brief-insights')].map((w) => {
          const root = w.shadowRoot.querySelector('.bi-root');
          const app = w.shadowRoot.querySelector('.bi-app');
          return {
            state: w.dataset.state,
            tabs: [...w.shadowRoot.querySelectorAll('[role="tab"]')].map((t) => t.textContent.trim()).join('|'),
            chromeLang: root.lang,
            contentLang: app.lang,
            contentIsKorean: app.matches(':lang(ko)'),
            text: app.innerText,
          };
        }),
      );
    return { page, widgets, errors, close: () => context.close() };
  }

  it('a Korean brief on an English page, without lang on the element, is labelled in Korean', async () => {
    const session = await open(page('en', `<brief-insights src="${KOREAN_BRIEF}"></brief-insights>`));
    try {
      const [w] = await session.widgets();
      assert.equal(w.state, 'ready');
      assert.match(w.tabs, HANGUL, `Korean tab labels expected, got ${w.tabs}`);
      assert.match(w.tabs, /개요/);
      assert.doesNotMatch(w.tabs, /Overview/);
      assert.equal(w.chromeLang, 'ko');
      assert.equal(w.contentLang, 'ko');
      assert.ok(w.contentIsKorean, ':lang(ko) applies to the brief content');
      assert.match(w.text, /판단이 하나뿐이다/);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it('lang="en" on the element gives English labels; the brief text stays Korean and marked so', async () => {
    const session = await open(page('en', `<brief-insights src="${KOREAN_BRIEF}" lang="en"></brief-insights>`));
    try {
      const [w] = await session.widgets();
      assert.equal(w.state, 'ready');
      assert.match(w.tabs, /Overview/);
      assert.doesNotMatch(w.tabs, HANGUL, `English tab labels expected, got ${w.tabs}`);
      assert.equal(w.chromeLang, 'en');
      assert.equal(w.contentLang, 'ko', 'the brief content keeps the brief language');
      assert.match(w.text, /판단이 하나뿐이다/);

      // Removing the attribute hands the choice back to the brief: Korean again, same view.
      await session.page.evaluate(() => document.querySelector('brief-insights').removeAttribute('lang'));
      const [again] = await session.widgets();
      assert.match(again.tabs, /개요/);
      assert.equal(again.chromeLang, 'ko');
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });

  it("the brief's language wins over the page's; a language the widget lacks leaves it to the page", async () => {
    const korean = JSON.parse(readFileSync(join(REPO_ROOT, 'www', KOREAN_BRIEF), 'utf8'));
    // The same brief declared Japanese, which the widget has no labels for.
    const japanese = { ...korean, meta: { ...korean.meta, language: 'ja' } };
    const session = await open(
      page(
        'ko',
        `<brief-insights id="english-brief" src="../briefs/sejong-2025-30.json"></brief-insights>
<brief-insights id="japanese-brief" src="test-fixtures/language-ja.json"></brief-insights>
<div lang="en"><brief-insights id="japanese-brief-en" src="test-fixtures/language-ja.json"></brief-insights></div>`,
      ),
      { 'test-fixtures/language-ja.json': japanese },
    );
    try {
      const [english, ja, jaEn] = await session.widgets();
      // The Sejong brief is in English: English labels on a Korean page.
      assert.match(english.tabs, /Overview/);
      assert.equal(english.chromeLang, 'en');
      assert.equal(english.contentLang, 'en');
      // A Japanese brief: the closest [lang] ancestor decides (the page: Korean; a div: English).
      assert.match(ja.tabs, /개요/);
      assert.equal(ja.contentLang, 'ja');
      assert.match(jaEn.tabs, /Overview/);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });
});
