// The first screen `brief-insights embed` renders ahead of time (a declarative shadow root): readers see
// the opening view, styled, while the widget's script and module are still on their way; the widget then
// takes it over without anything moving; readers without scripting or WebAssembly get the whole brief.
//
// The pages are what a web team pastes: `brief-insights embed` output inside a plain page, written to
// test-output/first-screen/ and served with the repository.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AXE_PATH, REPO_ROOT, cliPath, setUp } from './harness.mjs';

const PAGES = join(REPO_ROOT, 'test-output', 'first-screen');
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** Writes a host page around `brief-insights embed ARGS` (hints in the head, the element in the body). */
function writePage(name, args) {
  const snippet = execFileSync(
    cliPath(),
    ['embed', ...args, '--script', '../../www/brief-insights.js'],
    { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const [head, body] = [snippet.slice(0, snippet.indexOf('<brief-insights')), snippet.slice(snippet.indexOf('<brief-insights'))];
  writeFileSync(
    join(PAGES, `${name}.html`),
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
      `<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">\n<title>${name}</title>\n${head}</head>\n` +
      `<body>\n<h1>A think tank's article</h1>\n<p>Text before the widget.</p>\n${body}<p>Text after.</p>\n</body>\n</html>\n`,
  );
  return `/test-output/first-screen/${name}.html`;
}

/** What the shadow root shows: its state, which parts are visible, the open view, the app's text. */
function shown(page) {
  return page.evaluate(() => {
    const root = document.querySelector('brief-insights').shadowRoot;
    const visible = (selector) => root.querySelector(selector)?.checkVisibility() ?? false;
    // The widget adds an export menu to each figure ("Save image"); the text compared is the rest.
    const menus = [...root.querySelectorAll('.bi-export')];
    for (const menu of menus) menu.style.display = 'none';
    const text = root.querySelector('.bi-app')?.innerText ?? '';
    for (const menu of menus) menu.style.display = '';
    return {
      state: root.querySelector('.bi-root')?.dataset.state,
      roots: root.querySelectorAll('.bi-root').length,
      app: visible('.bi-app'),
      fallback: visible('.bi-fallback'),
      loading: visible('.bi-loading'),
      error: visible('.bi-error'),
      view: root.querySelector('[role="tabpanel"]')?.dataset.view ?? null,
      selectedTab: root.querySelector('[role="tab"][aria-selected="true"]')?.dataset.view ?? null,
      text,
      radius: getComputedStyle(root.querySelector('.bi-root')).borderTopLeftRadius,
    };
  });
}

/** A page whose `.wasm` requests wait until `release()` is called. */
async function openGated(env, path, contextOptions = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue().catch(() => {});
  });
  await page.goto(env.baseUrl + path);
  return { page, context, problems, release };
}

describe('first screen rendered ahead of time', () => {
  let env;
  const paths = {};
  before(async () => {
    mkdirSync(PAGES, { recursive: true });
    paths.timeline = writePage('timeline', ['briefs/sejong-2025-30.json', '--view', 'timeline', '--src', '../../briefs/sejong-2025-30.json']);
    paths.korean = writePage('korean', ['briefs/examples/mekong-water-2026-04.json', '--view', 'partners', '--lang', 'ko', '--src', '../../briefs/examples/mekong-water-2026-04.json']);
    paths.piece = writePage('piece', ['briefs/sejong-2025-30.json', '--item', 'won-dollar-rate', '--src', '../../briefs/sejong-2025-30.json']);
    paths.missing = writePage('missing', ['briefs/sejong-2025-30.json', '--src', '../../briefs/no-such-brief.json']);
    env = await setUp();
  });
  after(async () => env?.close());

  it('a reader sees the opening view, styled, while the module is still on its way', async () => {
    const { page, context, problems, release } = await openGated(env, paths.timeline);
    try {
      await page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'static');
      const before = await shown(page);
      assert.equal(before.state, 'static');
      assert.equal(before.view, 'timeline');
      assert.equal(before.selectedTab, 'timeline');
      assert.ok(before.app && !before.fallback && !before.loading && !before.error, JSON.stringify(before));
      assert.notEqual(before.radius, '0px', 'the widget stylesheet applies');
      assert.match(before.text, /Kim Jong Un’s visit to China/);
      // The module has not arrived: the element is there, waiting for it.
      assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm'))), false);
      release();
      await page.locator('brief-insights[data-state="ready"]').waitFor();
      const ready = await shown(page);
      assert.equal(ready.roots, 1, 'the first screen is taken over, not duplicated');
      assert.equal(ready.view, 'timeline');
      assert.equal(ready.text, before.text, 'the same view, word for word');
      assert.ok(ready.app && !ready.fallback && !ready.loading);
      // Now it is the widget: the tabs work.
      await page.locator('brief-insights [role="tab"][data-view="partners"]').click();
      await page.locator('brief-insights [role="tabpanel"] section[data-view="partners"]').waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('printed before the module is ready (a PDF made at the load event), the whole brief prints with every quote', async () => {
    const { page, context, problems, release } = await openGated(env, paths.timeline);
    try {
      await page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'static');
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const widget = document.querySelector('brief-insights');
        const root = widget.shadowRoot;
        const fallback = widget.querySelector('.bi-document');
        return {
          // The first screen's view shows its sources as buttons, which print hides.
          view: root.querySelector('.bi-app').checkVisibility(),
          brief: fallback.checkVisibility(),
          quotes: [...fallback.querySelectorAll('blockquote')].filter((quote) => quote.checkVisibility()).length,
        };
      });
      assert.deepEqual({ view: printed.view, brief: printed.brief }, { view: false, brief: true });
      assert.ok(printed.quotes >= 40, `${printed.quotes} quotes printed`);
      await page.emulateMedia({ media: 'screen' });
      assert.equal(await page.evaluate(() => document.querySelector('brief-insights').shadowRoot.querySelector('.bi-app').checkVisibility()), true);
      release();
      await page.locator('brief-insights[data-state="ready"]').waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a piece printed before the module is ready prints its card, not the whole brief', async () => {
    const { page, context, release } = await openGated(env, paths.piece);
    try {
      await page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'static');
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => ({
        card: document.querySelector('brief-insights').shadowRoot.querySelector('.bi-piece').checkVisibility(),
        brief: document.querySelector('brief-insights .bi-document')?.checkVisibility() ?? false,
      }));
      assert.deepEqual(printed, { card: true, brief: false });
      release();
    } finally {
      await context.close();
    }
  });

  it('the first screen is as accessible as the widget (axe-core, WCAG 2.1 AA), in English and Korean', async () => {
    for (const path of [paths.timeline, paths.korean]) {
      // axe is injected as a script: the page's own CSP is bypassed for it alone.
      const { page, context, release } = await openGated(env, path, { bypassCSP: true });
      try {
        await page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'static');
        await page.addScriptTag({ path: AXE_PATH });
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(' ')}`);
        });
        assert.deepEqual(violations, [], path);
        release();
      } finally {
        await context.close();
      }
    }
  });

  it('a tab chosen before the module is ready opens once it is, with the focus on it', async () => {
    const { page, context, problems, release } = await openGated(env, paths.timeline);
    try {
      await page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'static');
      await page.locator('brief-insights [role="tab"][data-view="economy"]').click();
      assert.equal((await shown(page)).selectedTab, 'economy', 'the choice shows at once');
      release();
      await page.locator('brief-insights[data-state="ready"]').waitFor();
      const ready = await shown(page);
      assert.equal(ready.view, 'economy');
      assert.equal(
        await page.evaluate(() => document.querySelector('brief-insights').shadowRoot.activeElement?.dataset.view),
        'economy',
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a page that points the element at another brief before the module is ready gets that brief', async () => {
    const { page, context, problems, release } = await openGated(env, paths.timeline);
    try {
      await page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'static');
      await page.evaluate(() =>
        document.querySelector('brief-insights').setAttribute('src', '../../briefs/examples/mekong-water-2026-04.json'),
      );
      // The first screen belonged to the other brief: it goes, and the loading state shows.
      const loading = await shown(page);
      assert.equal(loading.state, 'loading');
      assert.ok(!loading.app && loading.fallback && loading.loading, JSON.stringify(loading));
      release();
      await page.locator('brief-insights[data-state="ready"]').waitFor();
      assert.match((await shown(page)).text, /Lower Mekong/i);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a Korean first screen keeps its language through the take-over', async () => {
    const { page, context, problems, release } = await openGated(env, paths.korean);
    try {
      await page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'static');
      const before = await shown(page);
      assert.equal(before.view, 'partners');
      const tabs = () =>
        page.evaluate(() =>
          [...document.querySelector('brief-insights').shadowRoot.querySelectorAll('[role="tab"]')].map((t) => t.textContent),
        );
      const tabsBefore = await tabs();
      assert.ok(tabsBefore.includes('개요'), tabsBefore.join(' '));
      release();
      await page.locator('brief-insights[data-state="ready"]').waitFor();
      assert.deepEqual(await tabs(), tabsBefore);
      assert.equal((await shown(page)).text, before.text);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a piece opens on its card and stays the same card', async () => {
    const { page, context, problems, release } = await openGated(env, paths.piece);
    try {
      await page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'static');
      const before = await shown(page);
      assert.ok(before.app && !before.fallback);
      assert.ok(await page.evaluate(() => document.querySelector('brief-insights').shadowRoot.querySelector('.bi-piece')?.checkVisibility()));
      release();
      await page.locator('brief-insights[data-state="ready"]').waitFor();
      const ready = await shown(page);
      assert.equal(ready.text, before.text, 'the same card, word for word');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a widget stylesheet that fails to load holds nothing up: the page goes on, and the whole brief shows', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    let releaseModule;
    const moduleGate = new Promise((resolve) => (releaseModule = resolve));
    await page.route('**/brief-insights.css', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await page.route('**/*.wasm', async (route) => {
      await moduleGate;
      await route.continue().catch(() => {});
    });
    try {
      await page.goto(env.baseUrl + paths.timeline);
      await page.waitForLoadState('domcontentloaded');
      assert.ok(await page.getByText('Text after.').isVisible(), 'the host page after the widget is shown');
      const state = await page.evaluate(() => {
        const root = document.querySelector('brief-insights').shadowRoot;
        return { app: root.querySelector('.bi-app').checkVisibility(), fallback: root.querySelector('.bi-fallback').checkVisibility() };
      });
      // Without its stylesheet the first screen stays hidden rather than show unstyled.
      assert.deepEqual(state, { app: false, fallback: true });
      releaseModule();
      await page.locator('brief-insights[data-state="ready"]').waitFor();
    } finally {
      await context.close();
    }
  });

  it('readers without JavaScript get the whole brief, not a view whose tabs cannot work', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(env.baseUrl + paths.timeline);
      await page.waitForLoadState('load');
      const state = await page.evaluate(() => {
        const root = document.querySelector('brief-insights').shadowRoot;
        return { app: root.querySelector('.bi-app').checkVisibility(), fallback: root.querySelector('.bi-fallback').checkVisibility() };
      });
      assert.deepEqual(state, { app: false, fallback: true });
      // The light-DOM document, with every view's section, is what shows.
      assert.ok(await page.locator('brief-insights > article.bi-document').isVisible());
      assert.ok(await page.getByRole('heading', { name: 'Recommendations' }).first().isVisible());
    } finally {
      await context.close();
    }
  });

  it('without WebAssembly the first screen gives way to the whole brief, and nothing is thrown', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() => delete window.WebAssembly);
    try {
      await page.goto(env.baseUrl + paths.timeline);
      await page.waitForFunction(
        () => document.querySelector('brief-insights').shadowRoot.querySelector('.bi-root').dataset.state === 'unsupported',
      );
      const state = await page.evaluate(() => {
        const root = document.querySelector('brief-insights').shadowRoot;
        return { app: root.querySelector('.bi-app').checkVisibility(), fallback: root.querySelector('.bi-fallback').checkVisibility() };
      });
      assert.deepEqual(state, { app: false, fallback: true });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a brief that cannot be fetched replaces the first screen by the error panel and the whole brief', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const violations = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    try {
      await page.goto(env.baseUrl + paths.missing);
      await page.locator('brief-insights[data-state="error"]').waitFor();
      const state = await shown(page);
      assert.ok(state.error && state.fallback && !state.app, JSON.stringify(state));
      assert.deepEqual(violations, [], 'the strict CSP of the page is kept');
    } finally {
      await context.close();
    }
  });
});
