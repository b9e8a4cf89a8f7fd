// The brief library as a new user's web team meets it: their own folder of briefs (file names with spaces,
// dots, `#` and Korean letters, a sub-folder per year, a README, an image, macOS's `._NAME.json` and
// `.DS_Store`), published under a sub-path (https://example.org/research/briefs/, as on GitHub Pages or in
// a Drupal sub-folder), on a network that is slow or drops a request, with the back button.
//
//   node --test tests/browser/library-unseen.test.mjs
// Needs: pkg/ (bash tools/build-wasm.sh) and the CLI (cargo build; built here if missing).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AXE_PATH, REPO_ROOT, cliPath, launchChromium } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';

const LIBRARY = 'brief-insights-library';
const PUBLIC_URL = 'https://example.org/research/briefs';
// A title with what XML and HTML must escape.
const ODD_TITLE = 'Salt & Sand: <Sluice> "Gates" in the Lower Mekong';

let work;
let browser;
let server;
/** The site's local URL, under the sub-path, with a trailing slash. */
let base;

before(async () => {
  assert.ok(existsSync(join(REPO_ROOT, 'pkg', 'brief_insights_bg.wasm')), 'pkg/ is missing: run bash tools/build-wasm.sh');
  work = mkdtempSync(join(tmpdir(), 'brief-library-unseen-'));
  const briefs = join(work, 'our briefs');
  mkdirSync(join(briefs, '2025'), { recursive: true });
  mkdirSync(join(briefs, 'drafts'));
  const examples = join(REPO_ROOT, 'briefs', 'examples');
  const mekong = JSON.parse(readFileSync(join(examples, 'mekong-water-2026-04.json'), 'utf8'));
  mekong.meta.title = ODD_TITLE;
  writeFileSync(join(briefs, 'Mekong Water 2026.04 Final.json'), JSON.stringify(mekong, null, 2));
  copyFileSync(join(examples, 'mekong-water-2026-04.txt'), join(briefs, 'mekong-water-2026-04.txt'));
  // Tagged with its region, as many teams' CMSs tag Korean: still Korean to the filters and the list.
  const nickel = JSON.parse(readFileSync(join(examples, 'nickel-supply-chain-2026-7.json'), 'utf8'));
  nickel.meta.language = 'ko-KR';
  writeFileSync(join(briefs, '니켈 공급망 #7.json'), JSON.stringify(nickel, null, 2));
  copyFileSync(join(examples, 'nickel-supply-chain-2026-7.txt'), join(briefs, 'nickel-supply-chain-2026-7.txt'));
  for (const file of ['sejong-2025-30.json', 'sejong-2025-30.txt']) copyFileSync(join(REPO_ROOT, 'briefs', file), join(briefs, '2025', file));
  writeFileSync(join(briefs, 'README.md'), '# Our briefs\n');
  writeFileSync(join(briefs, 'cover.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(briefs, '.DS_Store'), Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  writeFileSync(join(briefs, '._Mekong Water 2026.04 Final.json'), Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]));

  const webRoot = join(work, 'www-root');
  const out = join(webRoot, 'research', 'briefs');
  const result = spawnSync(cliPath(), ['site', briefs, '--out', out, '--base-url', PUBLIC_URL, '--assets', REPO_ROOT], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /3 briefs/);
  server = await startServer({ port: 0, root: webRoot });
  base = `http://127.0.0.1:${server.address().port}/research/briefs/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close().catch(() => {});
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A page in a fresh context, with every failed request and script error collected. */
async function open(url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => problems.push(`failed ${r.url()}`));
  await page.goto(url);
  return { page, problems, close: () => context.close() };
}

async function ready(page) {
  await page.waitForFunction((name) => document.querySelector(name)?.dataset.state === 'ready', LIBRARY, { timeout: 20_000 });
}

/** What the element shows now: the selected tab, the query, the status lines, the results' titles. */
function shown(page) {
  return page.evaluate((name) => {
    const root = document.querySelector(name).shadowRoot;
    return {
      view: root.querySelector('[role="tab"][aria-selected="true"]')?.dataset.view,
      query: root.querySelector('input[type="search"]').value,
      searchStatus: root.querySelector('input[type="search"]').closest('[role="tabpanel"]').querySelector('[role="status"]').textContent,
      busy: root.querySelector('[part~="results"]').getAttribute('aria-busy'),
      results: [...root.querySelectorAll('[part~="result"] h3')].map((h) => h.textContent),
      briefs: [...root.querySelectorAll('[part~="brief"] h3')].map((h) => h.textContent),
      timeline: root.querySelector('[part~="timeline"]').closest('[role="tabpanel"]').querySelector('[role="status"]').textContent,
    };
  }, LIBRARY);
}

/** Waits (at most 15 s) until `condition()` holds in this test's process. */
async function until(condition, what) {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Resolves with the detail of the next results event (rejects if none comes within 15 s). */
function nextResults(page) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        document.querySelector(name).addEventListener('brief-insights-library:results', (e) => resolve(e.detail), { once: true });
        setTimeout(() => reject(new Error('no results event within 15 s')), 15_000);
      }),
    LIBRARY,
  );
}

async function type(page, query) {
  await page.locator(`${LIBRARY} [role="tab"][data-view="search"]`).click();
  await page.locator(`${LIBRARY} input[type="search"]`).fill(query);
}

/** Every JSON-LD block of the page parses. */
async function assertJsonLd(page) {
  const blocks = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent));
  assert.ok(blocks.length > 0, `JSON-LD on ${page.url()}`);
  for (const block of blocks) JSON.parse(block);
}

describe("a web team's own library, under a sub-path", () => {
  it('every link of the index, catalogue, search results and actor timelines opens its page, widget started, from /research/briefs/', async () => {
    const { page, problems, close } = await open(base);
    try {
      await ready(page);
      await assertJsonLd(page);
      assert.equal((await shown(page)).briefs.length, 3, 'the sub-folder brief too, and no junk');
      const links = new Set(
        await page.evaluate(() => [...document.querySelectorAll('.site-briefs a')].map((a) => a.href)),
      );
      const elementLinks = () =>
        page.evaluate((name) => [...document.querySelector(name).shadowRoot.querySelectorAll('[role="tabpanel"]:not([hidden]) a')].map((a) => a.href), LIBRARY);
      for (const href of await elementLinks()) links.add(href);
      // Results in each brief: an English one, a Korean one, the Sejong brief's.
      for (const query of ['salinity', '니켈', 'Pyongyang']) {
        const results = nextResults(page);
        await type(page, query);
        assert.ok((await results).count > 0, query);
        for (const href of await elementLinks()) links.add(href);
      }
      // An actor in two briefs: its timeline links both.
      await page.locator(`${LIBRARY} [role="tab"][data-view="actors"]`).click();
      await page.locator(`${LIBRARY} [role="tabpanel"]:not([hidden]) select`).selectOption('indonesia');
      await page.locator(`${LIBRARY} [part~="point"]`).first().waitFor();
      for (const href of await elementLinks()) links.add(href);

      const pages = new Set([...links].map((href) => href.split('#')[0]));
      assert.equal(pages.size, 3, [...pages].join('\n'));
      for (const href of pages) assert.ok(href.startsWith(`${base}briefs/`) && !/[ #]/.test(href.slice(0, -1)), href);
      // Each page, and one deep link into the Korean brief (its file name has a `#`).
      const deep = [...links].find((href) => href.includes('%237.html#brief-insights='));
      assert.ok(deep, 'a deep link into 니켈 공급망 #7');
      for (const href of [...pages, deep]) {
        const brief = await open(href);
        try {
          await brief.page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'ready', null, { timeout: 20_000 });
          await assertJsonLd(brief.page);
          assert.deepEqual(brief.problems, [], href);
        } finally {
          await brief.close();
        }
      }
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('sitemap.xml and the Atom feed parse as XML, with the odd title intact, and every URL in them is served', async () => {
    const { page, close } = await open(`${base}index.html`);
    try {
      const read = (file) =>
        page.evaluate(async (url) => {
          const text = await (await fetch(url)).text();
          const xml = new DOMParser().parseFromString(text, 'application/xml');
          return {
            error: xml.querySelector('parsererror')?.textContent ?? null,
            urls: [...xml.querySelectorAll('loc, entry > id, link')].map((n) => n.textContent || n.getAttribute('href')),
            titles: [...xml.querySelectorAll('entry > title')].map((n) => n.textContent),
          };
        }, `${base}${file}`);
      const sitemap = await read('sitemap.xml');
      const feed = await read('feed.xml');
      assert.equal(sitemap.error, null);
      assert.equal(feed.error, null);
      assert.ok(feed.titles.includes(ODD_TITLE), feed.titles.join('\n'));
      const urls = [...new Set([...sitemap.urls, ...feed.urls])];
      assert.equal(urls.filter((url) => url.includes('/briefs/briefs/')).length, 3, urls.join('\n'));
      for (const url of urls) {
        assert.ok(url.startsWith(`${PUBLIC_URL}/`), url);
        const local = `${base}${url.slice(PUBLIC_URL.length + 1)}`;
        const status = await page.evaluate(async (u) => (await fetch(u)).status, local);
        assert.equal(status, 200, `${url} (${local})`);
      }
    } finally {
      await close();
    }
  });
});

describe('the library on a slow or failing network', () => {
  it('a query typed while the previous one loads: "Searching…" meanwhile, and the old results never replace the new', async () => {
    // The page's CSP forbids inline scripts; axe is injected as one, so this context bypasses it.
    const { page, close } = await open(base, { bypassCSP: true });
    try {
      await ready(page);
      let results = nextResults(page);
      await type(page, '니켈');
      await results;
      const first = await shown(page);
      // The next query's files are held back.
      const held = [];
      let holding = true;
      await page.route('**/library/{terms,heads,items}/*.json', (route) => (holding ? held.push(route) : route.continue()));
      await type(page, 'salinity');
      await until(() => held.length > 0, 'a request held back');
      const loading = await shown(page);
      assert.equal(loading.searchStatus, 'Searching…');
      assert.equal(loading.busy, 'true');
      assert.deepEqual(loading.results, first.results, 'the previous results stay meanwhile');
      // Meanwhile they still read (axe-core, contrast included).
      await page.addScriptTag({ path: AXE_PATH });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
      // Another query typed before those files arrive (its own files already here).
      holding = false;
      results = nextResults(page);
      await type(page, '니켈 공급망');
      assert.equal((await results).query, '니켈 공급망');
      const newer = await shown(page);
      assert.ok(newer.results.length > 0 && newer.busy === null, JSON.stringify(newer));
      // The held query's files arrive last: they change nothing.
      await Promise.all(held.map((route) => route.continue()));
      await page.waitForTimeout(300);
      assert.deepEqual(await shown(page), newer);
    } finally {
      await close();
    }
  });

  it('a search whose file fails to load says so; typed again, it asks again and shows its results', async () => {
    const { page, close } = await open(base);
    try {
      await ready(page);
      let failures = 0;
      await page.route('**/library/{terms,heads}/*.json', (route) => {
        failures += 1;
        return route.abort('connectionreset');
      });
      await type(page, 'salinity');
      await page.waitForFunction(
        (name) => /could not be completed/.test(document.querySelector(name).shadowRoot.querySelector('[part~="results"]').previousElementSibling.textContent),
        LIBRARY,
      );
      assert.ok(failures > 0);
      await page.unroute('**/library/{terms,heads}/*.json');
      const results = nextResults(page);
      await page.locator(`${LIBRARY} input[type="search"]`).fill('');
      await page.locator(`${LIBRARY} input[type="search"]`).fill('salinity');
      assert.ok((await results).count > 0, 'the failed file is fetched again');
      assert.match((await shown(page)).searchStatus, /\d+ results?/);
    } finally {
      await close();
    }
  });

  it('actors chosen in quick succession: the last one chosen is shown, though the first loads last', async () => {
    const { page, close } = await open(base);
    try {
      await ready(page);
      const held = [];
      await page.route('**/library/actors/indonesia.json', (route) => held.push(route));
      await page.locator(`${LIBRARY} [role="tab"][data-view="actors"]`).click();
      const select = page.locator(`${LIBRARY} [role="tabpanel"]:not([hidden]) select`);
      await select.selectOption('indonesia');
      await until(() => held.length > 0, 'a request held back');
      await select.selectOption('china');
      await page.waitForFunction((name) => /China/.test(document.querySelector(name).shadowRoot.querySelector('[part~="timeline"]').previousElementSibling.textContent), LIBRARY);
      const china = await shown(page);
      await held[0].continue();
      await page.waitForTimeout(300);
      assert.equal((await shown(page)).timeline, china.timeline);
      assert.match(china.timeline, /China: \d+ mentions/);
    } finally {
      await close();
    }
  });
});

describe('the back button', () => {
  it('after opening a search result, going back shows the query and its results again', async () => {
    const { page, close } = await open(base);
    try {
      await ready(page);
      const results = nextResults(page);
      await type(page, 'salinity');
      await results;
      const before = await shown(page);
      await page.locator(`${LIBRARY} [part~="result"] h3 a`).first().click();
      await page.waitForURL(/#brief-insights=/);
      await page.goBack();
      await ready(page);
      await page.waitForFunction((name) => document.querySelector(name).shadowRoot.querySelectorAll('[part~="result"]').length > 0, LIBRARY);
      const after = await shown(page);
      assert.equal(after.view, 'search');
      assert.equal(after.query, 'salinity');
      assert.deepEqual(after.results, before.results);
    } finally {
      await close();
    }
  });

  it('after opening a brief from a filtered list, going back shows the list filtered as it was', async () => {
    const { page, close } = await open(base);
    try {
      await ready(page);
      await page.locator(`${LIBRARY} select[name="language"]`).selectOption({ label: 'Korean (1)' });
      await page.waitForFunction((name) => document.querySelector(name).shadowRoot.querySelectorAll('[part~="brief"]').length === 1, LIBRARY);
      assert.match(await page.locator(`${LIBRARY} [part~="brief"] [part~="meta"]`).innerText(), /· Korean$/);
      await page.locator(`${LIBRARY} [part~="brief"] a`).first().click();
      await page.waitForURL(/%237\.html$/);
      await page.goBack();
      await ready(page);
      await page.waitForFunction((name) => document.querySelector(name).shadowRoot.querySelectorAll('[part~="brief"]').length === 1, LIBRARY);
      assert.equal(await page.locator(`${LIBRARY} select[name="language"]`).inputValue(), 'ko');
      assert.deepEqual((await shown(page)).briefs, ['인도네시아 니켈 공급망과 한국 배터리 산업: 2026–2030 전망']);
    } finally {
      await close();
    }
  });
});

describe('a library of one brief that names no actor', () => {
  let oneBase;
  before(async () => {
    const briefs = join(work, 'one');
    mkdirSync(briefs);
    copyFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'unseen', 'required-only.json'), join(briefs, 'required-only.json'));
    const out = join(work, 'www-root', 'one');
    const result = spawnSync(cliPath(), ['site', briefs, '--out', out, '--assets', REPO_ROOT], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    oneBase = base.replace('/research/briefs/', '/one/');
  });

  it('says "1 brief", offers only the filters with values, and the actors view says there are none', async () => {
    const { page, problems, close } = await open(oneBase);
    try {
      assert.match(await page.locator('.site-count').innerText(), /^1 brief$/, 'the fallback list');
      await ready(page);
      const seen = await page.evaluate((name) => {
        const root = document.querySelector(name).shadowRoot;
        return {
          count: root.querySelector('[part~="briefs"]').previousElementSibling.textContent,
          filters: [...root.querySelectorAll('select[name]')].map((s) => s.name),
        };
      }, LIBRARY);
      assert.deepEqual(seen, { count: '1 brief', filters: ['year', 'language'] });
      await page.locator(`${LIBRARY} [role="tab"][data-view="actors"]`).click();
      assert.equal((await shown(page)).timeline, 'No brief of this library names an actor.');
      assert.equal(await page.locator(`${LIBRARY} [role="tabpanel"]:not([hidden]) select`).isVisible(), false);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});

describe('a library of 60 briefs, its second catalogue page failing once', () => {
  let manyBase;
  before(async () => {
    const briefs = join(work, 'sixty');
    mkdirSync(briefs);
    const brief = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'unseen', 'required-only.json'), 'utf8');
    // Three years, one of them before 1000 (an archive of historical documents).
    const dated = (date) => JSON.stringify({ ...JSON.parse(brief), meta: { ...JSON.parse(brief).meta, date } });
    for (let i = 1; i <= 60; i++) {
      const date = i === 1 ? '0987' : i === 2 ? '2025' : '2026';
      writeFileSync(join(briefs, `note-${String(i).padStart(2, '0')}.json`), dated(date));
    }
    const out = join(work, 'www-root', 'sixty');
    const result = spawnSync(cliPath(), ['site', briefs, '--out', out, '--assets', REPO_ROOT], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    manyBase = base.replace('/research/briefs/', '/sixty/');
  });

  it('the year filter lists the years newest first, as numbers: 2026, 2025, then 987', async () => {
    const { page, close } = await open(manyBase);
    try {
      await ready(page);
      const years = await page.evaluate(
        (name) => [...document.querySelector(name).shadowRoot.querySelectorAll('select[name="year"] option')].map((o) => o.value),
        LIBRARY,
      );
      assert.deepEqual(years, ['', '2026', '2025', '987']);
    } finally {
      await close();
    }
  });

  it('"Show more briefs" says the failure, and pressed again shows the rest', async () => {
    const { page, close } = await open(manyBase);
    try {
      await ready(page);
      const status = () => page.evaluate((name) => document.querySelector(name).shadowRoot.querySelector('[part~="briefs"]').previousElementSibling.textContent, LIBRARY);
      assert.equal((await shown(page)).briefs.length, 50);
      await page.route('**/library/briefs/1.json', (route) => route.abort('connectionreset'));
      const more = page.locator(`${LIBRARY} [role="tabpanel"]:not([hidden]) [part~="more"]`);
      await more.click();
      await page.waitForFunction((name) => /could not be loaded/.test(document.querySelector(name).shadowRoot.querySelector('[part~="briefs"]').previousElementSibling.textContent), LIBRARY);
      assert.equal((await shown(page)).briefs.length, 50);
      assert.ok(await more.isVisible());
      await page.unroute('**/library/briefs/1.json');
      await more.click();
      await page.waitForFunction((name) => document.querySelector(name).shadowRoot.querySelectorAll('[part~="brief"]').length === 60, LIBRARY);
      assert.equal(await status(), '60 briefs');
      assert.equal(await more.isVisible(), false);
    } finally {
      await close();
    }
  });
});

describe("inside a host theme's component", () => {
  it("speaks the language of the page around the component until the manifest names the site's, at the reader's default font size", async () => {
    // A site built with Lit or Stencil: its card component puts the library in its own shadow root, in
    // the Korean section of the page. The reader set the browser's font size to "Very large" (24px). The
    // site was built in English (`--lang en`), so once its manifest is in, the labels are English.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="assets/www/brief-insights-library.js"></script>
<script type="module" src="host-card.js"></script></head>
<body><section lang="ko"><theme-card></theme-card></section></body></html>`;
    const card = `customElements.define('theme-card', class extends HTMLElement {
  constructor() {
    super();
    const library = document.createElement('brief-insights-library');
    library.setAttribute('src', 'library/manifest.json');
    this.attachShadow({ mode: 'open' }).append(library);
  }
});`;
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    try {
      await context.route(`${base}host.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
      await context.route(`${base}host-card.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: card }));
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
      let releaseManifest;
      const manifestHeld = new Promise((resolve) => (releaseManifest = resolve));
      await context.route(`${base}library/manifest.json`, async (route) => {
        await manifestHeld;
        await route.continue();
      });
      await page.goto(`${base}host.html`);
      const loading = await page.waitForFunction(
        () => document.querySelector('theme-card')?.shadowRoot.querySelector('brief-insights-library')?.shadowRoot.querySelector('[role="status"]')?.textContent,
      );
      assert.equal(await loading.jsonValue(), '자료실을 불러오는 중…');
      releaseManifest();
      await page.waitForFunction(
        () => document.querySelector('theme-card')?.shadowRoot.querySelector('brief-insights-library')?.dataset.state === 'ready',
        null,
        { timeout: 20_000 },
      );
      const seen = await page.evaluate(() => {
        const root = document.querySelector('theme-card').shadowRoot.querySelector('brief-insights-library').shadowRoot;
        return {
          tabs: [...root.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent),
          fontSize: getComputedStyle(root.querySelector('.bil-root')).fontSize,
        };
      });
      assert.deepEqual(seen, { tabs: ['Briefs', 'Search insights', 'Actors over time'], fontSize: '24px' });
    } finally {
      await context.close();
    }
  });
});

describe('the language switched by the host page', () => {
  it('keeps the reader in place: the query and its results, the filters, in the new labels', async () => {
    const { page, close } = await open(base);
    try {
      await ready(page);
      await page.locator(`${LIBRARY} select[name="language"]`).selectOption('en');
      const results = nextResults(page);
      await type(page, 'salinity');
      await results;
      const before = await shown(page);
      const again = nextResults(page);
      await page.evaluate((name) => document.querySelector(name).setAttribute('lang', 'ko'), LIBRARY);
      await again;
      const after = await shown(page);
      assert.equal(after.view, 'search');
      assert.equal(after.query, 'salinity');
      assert.deepEqual(after.results, before.results);
      assert.match(after.searchStatus, /^결과 \d+개$/);
      assert.equal(await page.locator(`${LIBRARY} select[name="language"]`).inputValue(), 'en');
      assert.equal(await page.locator(`${LIBRARY} [role="tab"][data-view="search"]`).innerText(), '인사이트 검색');
    } finally {
      await close();
    }
  });
});
