// The brief library built by `brief-insights site` from the Sejong brief and the examples (English and
// Korean), served as a static host would, in Chromium: the index page, filters, search with highlights and
// citations, a result opening its insight in its brief, an actor across briefs, Korean and English queries
// from pages of either language, a broken brief refused, a rebuild after one brief changed, strict CSP,
// axe-core and the keyboard.
//
//   node --test tests/browser/library.test.mjs
// Needs: pkg/ (bash tools/build-wasm.sh) and the CLI (cargo build; built here if missing).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AXE_PATH, REPO_ROOT, cliPath, launchChromium } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';

function site(cli, briefs, out, extra = []) {
  return spawnSync(cli, ['site', briefs, '--out', out, '--base-url', 'https://example.org/library', '--assets', REPO_ROOT, ...extra], {
    encoding: 'utf8',
  });
}

const LIBRARY = 'brief-insights-library';
let work;
let cli;
let briefs;
let browser;
const servers = [];
const base = {};

async function serve(root) {
  const server = await startServer({ port: 0, root });
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

/** A page of the site in a fresh context, with what would tell a host something went wrong. */
async function open(url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  return { page, problems, requests, close: () => context.close() };
}

async function ready(page) {
  await page.waitForFunction((name) => document.querySelector(name)?.dataset.state === 'ready', LIBRARY, { timeout: 20_000 });
}

/** Types a query in the search box and waits for the results event. */
async function search(page, query) {
  await page.locator(`${LIBRARY} [role="tab"][data-view="search"]`).click();
  const detail = page.evaluate(
    (name) => new Promise((resolve) => document.querySelector(name).addEventListener('brief-insights-library:results', (e) => resolve(e.detail), { once: true })),
    LIBRARY,
  );
  await page.locator(`${LIBRARY} input[type="search"]`).fill(query);
  return detail;
}

before(async () => {
  assert.ok(existsSync(join(REPO_ROOT, 'pkg', 'brief_insights_bg.wasm')), 'pkg/ is missing: run bash tools/build-wasm.sh');
  cli = cliPath();
  work = mkdtempSync(join(tmpdir(), 'brief-library-'));
  briefs = join(work, 'briefs');
  execFileSync('mkdir', ['-p', briefs]);
  for (const file of ['sejong-2025-30.json', 'sejong-2025-30.txt']) copyFileSync(join(REPO_ROOT, 'briefs', file), join(briefs, file));
  for (const file of readdirSync(join(REPO_ROOT, 'briefs', 'examples'))) copyFileSync(join(REPO_ROOT, 'briefs', 'examples', file), join(briefs, file));
  for (const [name, extra] of [
    ['en', []],
    ['ko', ['--lang', 'ko', '--title', '브리프 자료실']],
  ]) {
    const out = join(work, `site-${name}`);
    const result = site(cli, briefs, out, extra);
    assert.equal(result.status, 0, result.stderr);
    base[name] = await serve(out);
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close().catch(() => {});
  for (const s of servers) s.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the brief library', () => {
  it('the index page lists every brief, with the element ready and nothing blocked by its strict CSP', async () => {
    const { page, problems, requests, close } = await open(`${base.en}/index.html`);
    try {
      await ready(page);
      const items = page.locator(`${LIBRARY} [part~="brief"]`);
      assert.equal(await items.count(), 3);
      const text = await page.locator(`${LIBRARY} [part~="briefs"]`).innerText();
      assert.match(text, /North Korea’s Domestic and External Policy Outlook/);
      assert.match(text, /인도네시아 니켈 공급망과 한국 배터리 산업/);
      assert.match(await page.locator(`${LIBRARY} [part~="count"]`).first().innerText(), /3 briefs/);
      assert.ok(requests.every((u) => u.startsWith(base.en)), 'no third-party request');
      assert.deepEqual(problems.filter((p) => !/favicon/.test(p)), []);
    } finally {
      await close();
    }
  });

  it('its pages are valid HTML (Nu Html Checker)', () => {
    const vnu = process.env.VNU_JAR ?? join(REPO_ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
    assert.ok(existsSync(vnu), `the Nu Html Checker is missing (${vnu}); run bash tools/setup.sh (npm ci)`);
    const out = join(work, 'site-en');
    const pages = [join(out, 'index.html'), ...readdirSync(join(out, 'briefs')).filter((f) => f.endsWith('.html')).map((f) => join(out, 'briefs', f))];
    const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...pages], { encoding: 'utf8' });
    assert.ok(result.status !== null, `java runs: ${result.error}`);
    // `part` is the CSS Shadow Parts attribute the static rendering keeps for the widget's styling.
    const errors = `${result.stdout}${result.stderr}`.split('\n').filter((l) => l.trim() && !l.includes('Attribute \u201cpart\u201d not allowed'));
    assert.deepEqual(errors, []);
  });

  it('without JavaScript, the fallback list of briefs is the page', async () => {
    const { page, close } = await open(`${base.en}/index.html`, { javaScriptEnabled: false });
    try {
      assert.equal(await page.locator('brief-insights-library .site-brief').count(), 3);
      assert.ok(await page.locator('text=Korean').first().isVisible());
    } finally {
      await close();
    }
  });

  it('filters by language, year, actor and axis', async () => {
    const { page, close, requests } = await open(`${base.en}/index.html`);
    try {
      await ready(page);
      // The element starts with the filters' values and counts; the briefs having a value are fetched
      // when a reader chooses it, once.
      const facetFiles = () => requests.filter((url) => url.includes('/library/facets/'));
      assert.deepEqual(facetFiles(), []);
      // The list once the filters chosen are applied (the places of a value may be on their way): the
      // status line says "N of 3 briefs" (or "3 briefs") and N briefs are listed.
      const expectBriefs = (n) =>
        page.waitForFunction(
          ([name, n]) => {
            const root = document.querySelector(name).shadowRoot;
            const status = root.querySelector('[part~="count"]').textContent;
            return (n === 3 ? status.startsWith('3 briefs') : status.startsWith(`${n} of 3`)) && root.querySelectorAll('[part~="brief"]').length === n;
          },
          [LIBRARY, n],
          { timeout: 5_000 },
        );
      const select = (name) => page.locator(`${LIBRARY} select[name="${name}"]`);
      await select('language').selectOption('ko');
      await expectBriefs(1);
      assert.equal(facetFiles().length, 1, facetFiles().join(' '));
      assert.match(await page.locator(`${LIBRARY} [part~="brief"]`).innerText(), /니켈/);
      assert.match(await page.locator(`${LIBRARY} [part~="count"]`).first().innerText(), /1 of 3 briefs/);
      await select('language').selectOption('');
      await select('year').selectOption('2025');
      await expectBriefs(1);
      // Korean again: its briefs are known, nothing is fetched.
      await select('year').selectOption('');
      await select('language').selectOption('ko');
      await expectBriefs(1);
      assert.equal(facetFiles().length, 2, facetFiles().join(' '));
      await select('language').selectOption('');
      await select('year').selectOption('');
      // China is named in every brief (중국 in the Korean one): one actor across the three.
      await select('actor').selectOption('china');
      await expectBriefs(3);
      await select('actor').selectOption('kim-jong-un');
      await expectBriefs(1);
      await select('actor').selectOption('');
      const axis = await select('axis').locator('option').nth(1).getAttribute('value');
      await select('axis').selectOption(axis);
      await expectBriefs(1);
    } finally {
      await close();
    }
  });

  it('searches insights across briefs, with highlights, citations and the results event', async () => {
    const { page, close } = await open(`${base.en}/index.html`);
    try {
      await ready(page);
      const detail = await search(page, 'salinity');
      assert.equal(detail.query, 'salinity');
      assert.ok(detail.count > 0, 'results');
      assert.equal(typeof detail.searchMs, 'number');
      assert.ok(detail.searchMs < 50, `${detail.searchMs} ms`);
      assert.ok(detail.fetchedBytes > 0, 'the first search fetched the manifest and a shard');
      const results = page.locator(`${LIBRARY} [part~="result"]`);
      assert.equal(await results.count(), Math.min(detail.count, 10));
      const marks = await page.locator(`${LIBRARY} [part~="result"] mark`).allInnerTexts();
      assert.ok(marks.length > 0 && marks.every((m) => m.toLowerCase().startsWith('salinity')), marks.join('|'));
      const citation = await results.first().locator('[part~="source"]').innerText();
      assert.match(citation, /¶ \d+/);
      assert.match(await page.locator(`${LIBRARY} [part~="count"]`).nth(1).innerText(), /\d+ results?/);
      // Accents and case do not matter; two words must both match.
      const again = await search(page, 'SALINITY intrusion');
      assert.ok(again.count > 0 && again.count <= detail.count);
      // Ten results at a time.
      const many = await search(page, 'china');
      assert.ok(many.count > 20, `${many.count}`);
      assert.equal(await results.count(), 10);
      await page.locator(`${LIBRARY} [part~="more"]:visible`).click();
      await page.waitForFunction((name) => document.querySelector(name).shadowRoot.querySelectorAll('[part~="result"]').length === 20, LIBRARY);
      const none = await search(page, 'zzqxj');
      assert.equal(none.count, 0);
      assert.match(await page.locator(`${LIBRARY} [part~="count"]`).nth(1).innerText(), /No results/);
    } finally {
      await close();
    }
  });

  it('a result opens its insight in its brief (the widget deep link)', async () => {
    const { page, problems, close } = await open(`${base.en}/index.html`);
    try {
      await ready(page);
      await search(page, 'salinity');
      const link = page.locator(`${LIBRARY} [part~="result"] h3 a`).first();
      const href = await link.getAttribute('href');
      const [, view, item] = href.match(/#brief-insights=([a-z]+)\/([a-z0-9-]+)$/);
      await Promise.all([page.waitForURL(/briefs\/.*\.html#brief-insights=/), link.click()]);
      await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('brief-insights')?.dataset.state), null, { timeout: 20_000 });
      assert.equal(await page.evaluate(() => document.querySelector('brief-insights').dataset.state), 'ready');
      assert.equal(await page.locator('brief-insights [role="tab"][aria-selected="true"]').getAttribute('data-view'), view);
      assert.equal(await page.evaluate(() => document.querySelector('brief-insights').state.item), item);
      assert.deepEqual(problems.filter((p) => !/favicon/.test(p)), []);
    } finally {
      await close();
    }
  });

  it('shows an actor across briefs on one timeline, each point cited', async () => {
    const { page, close } = await open(`${base.en}/index.html`);
    try {
      await ready(page);
      await page.locator(`${LIBRARY} [role="tab"][data-view="actors"]`).click();
      await page.locator(`${LIBRARY} [role="tabpanel"]:not([hidden]) select`).selectOption('china');
      const points = page.locator(`${LIBRARY} [part~="point"]`);
      await points.first().waitFor();
      const n = await points.count();
      assert.ok(n >= 3, `${n} points`);
      const dates = await page.locator(`${LIBRARY} [part~="point"] time`).evaluateAll((ts) => ts.map((t) => t.dateTime));
      assert.deepEqual([...dates].sort(), dates, 'oldest first');
      assert.ok(new Set(await points.evaluateAll((ps) => ps.map((p) => p.lang))).size === 2, 'English and Korean briefs');
      const links = await page.locator(`${LIBRARY} [part~="point"] [part~="source"] a`).evaluateAll((as) => as.map((a) => a.href));
      assert.equal(links.length, n);
      assert.ok(links.every((href) => /#brief-insights=[a-z]+\/[a-z0-9-]+$/.test(href)));
      assert.ok((await page.locator(`${LIBRARY} [part~="point"] blockquote`).count()) >= n - 1, 'quotes');
      assert.match(await page.locator(`${LIBRARY} [role="tabpanel"]:not([hidden]) [part~="count"]`).innerText(), /China \/ 중국|중국 \/ China/);
      // From a search result for an actor, straight to its timeline.
      await search(page, '모로왈리 어민연합');
      await page.locator(`${LIBRARY} [part~="across"]`).first().click();
      await page.locator(`${LIBRARY} [part~="point"]`).first().waitFor();
      assert.equal(await page.locator(`${LIBRARY} [role="tab"][data-view="actors"]`).getAttribute('aria-selected'), 'true');
      assert.equal(await page.locator(`${LIBRARY} [role="tabpanel"]:not([hidden]) select`).inputValue(), 'morowali-fishers');
    } finally {
      await close();
    }
  });

  it('a Korean query finds Korean briefs from an English page, inside compounds; an English query from a Korean page', async () => {
    const en = await open(`${base.en}/index.html`);
    try {
      await ready(en.page);
      // 연합 inside 어민연합 and 유럽연합.
      const detail = await search(en.page, '연합');
      assert.ok(detail.count >= 2, `${detail.count}`);
      const langs = await en.page.locator(`${LIBRARY} [part~="result"]`).evaluateAll((rs) => rs.map((r) => r.lang));
      assert.ok(langs.every((l) => l === 'ko'));
      const marks = await en.page.locator(`${LIBRARY} [part~="result"] mark`).allInnerTexts();
      assert.ok(marks.length > 0 && marks.every((m) => m === '연합'), marks.join('|'));
      const titles = await en.page.locator(`${LIBRARY} [part~="result"] h3`).allInnerTexts();
      assert.ok(titles.some((t) => t.includes('어민연합')), titles.join('|'));
      // A longer word: its bigrams at consecutive positions, every result containing it, highlighted whole.
      const longer = await search(en.page, '모로왈리');
      assert.ok(longer.count >= 2, `${longer.count}`);
      const results = await en.page.locator(`${LIBRARY} [part~="result"]`).allInnerTexts();
      assert.equal(results.length, Math.min(longer.count, 10));
      assert.ok(results.every((r) => r.includes('모로왈리')));
      const whole = await en.page.locator(`${LIBRARY} [part~="result"] mark`).allInnerTexts();
      assert.ok(whole.length > 0 && whole.every((m) => m === '모로왈리'), whole.join('|'));
    } finally {
      await en.close();
    }
    const ko = await open(`${base.ko}/index.html`);
    try {
      await ready(ko.page);
      assert.equal(await ko.page.locator(`${LIBRARY} [role="tab"][data-view="search"]`).innerText(), '인사이트 검색');
      const detail = await search(ko.page, 'Kim Jong Un');
      assert.ok(detail.count > 0);
      const langs = await ko.page.locator(`${LIBRARY} [part~="result"]`).evaluateAll((rs) => rs.map((r) => r.lang));
      assert.ok(langs.every((l) => l === 'en'));
      assert.match(await ko.page.locator(`${LIBRARY} [part~="count"]`).nth(1).innerText(), /결과 \d+개/);
      // The page may switch the element's language.
      await ko.page.evaluate((name) => document.querySelector(name).setAttribute('lang', 'en'), LIBRARY);
      assert.equal(await ko.page.locator(`${LIBRARY} [role="tab"][data-view="search"]`).innerText(), 'Search insights');
      assert.equal(await ko.page.locator(`${LIBRARY} [role="tab"][data-view="search"]`).getAttribute('aria-selected'), 'true');
    } finally {
      await ko.close();
    }
  });

  it('a Korean word pasted into a fresh page: its term and head shards requested in one wave, its first page from them', async () => {
    const { page, close } = await open(`${base.en}/index.html`);
    try {
      await ready(page);
      // Every request and every finished request of the library's index files, in the order they happen.
      const log = [];
      const libraryFile = (url) => /\/library\/(terms|heads|items)\//.exec(url)?.[1];
      page.on('request', (r) => libraryFile(r.url()) && log.push({ event: 'request', url: r.url() }));
      page.on('requestfinished', (r) => libraryFile(r.url()) && log.push({ event: 'finished', url: r.url() }));
      // 모로왈리 is looked up by 모로 and 왈리 (several keys): their term shards and the head shards
      // holding their first pages are all requested before any of them arrives.
      const detail = await search(page, '모로왈리');
      assert.ok(detail.count >= 2, `${detail.count}`);
      const requested = log.filter((e) => e.event === 'request');
      const kinds = requested.map((e) => libraryFile(e.url));
      assert.ok(kinds.includes('terms') && kinds.includes('heads'), kinds.join(' '));
      const firstFinished = log.findIndex((e) => e.event === 'finished');
      assert.ok(log.slice(firstFinished).every((e) => e.event === 'finished'), `a request after the first response: ${JSON.stringify(log)}`);
      // The heads held the whole first page: no record shard, no second round trip.
      assert.ok(!kinds.includes('items'), kinds.join(' '));
      const results = await page.locator(`${LIBRARY} [part~="result"]`).allInnerTexts();
      assert.equal(results.length, Math.min(detail.count, 10));
      assert.ok(results.every((r) => r.includes('모로왈리')));
      // Two words need not occur together: no head shard is fetched for them, only their term shards,
      // then the record shards of their first page.
      log.length = 0;
      const two = await search(page, 'salinity intrusion');
      assert.ok(two.count > 0);
      assert.ok(!log.some((e) => libraryFile(e.url) === 'heads'), JSON.stringify(log));
    } finally {
      await close();
    }
  });

  it('a word in many insights: its first page and count from its head shard alone; Show more then reads its term shard', async () => {
    const { page, close } = await open(`${base.en}/index.html`);
    try {
      await ready(page);
      const kinds = [];
      page.on('request', (r) => {
        const kind = /\/library\/(terms|heads|items)\//.exec(r.url())?.[1];
        if (kind) kinds.push(kind);
      });
      // One key: the head shard holds its first 10 postings, their records and the length of its list.
      const detail = await search(page, 'china');
      assert.ok(detail.count > 20, `${detail.count}`);
      assert.equal(detail.countExact, true);
      assert.deepEqual([...new Set(kinds)], ['heads'], kinds.join(' '));
      const titles = () => page.locator(`${LIBRARY} [part~="result"] [part~="link"]`).evaluateAll((links) => links.map((a) => a.href));
      const first = await titles();
      assert.equal(first.length, 10);
      assert.match(await page.locator(`${LIBRARY} [part~="count"]`).nth(1).innerText(), new RegExp(`${detail.count} results`));
      // The next page comes from the whole list: the term shard, then the records of that page.
      kinds.length = 0;
      await page.locator(`${LIBRARY} [part~="more"]:visible`).click();
      await page.waitForFunction((name) => document.querySelector(name).shadowRoot.querySelectorAll('[part~="result"]').length === 20, LIBRARY);
      assert.ok(kinds.includes('terms'), kinds.join(' '));
      const both = await titles();
      assert.deepEqual(both.slice(0, 10), first, 'the first page stays');
      assert.equal(new Set(both).size, 20, 'the second page repeats none of the first');
    } finally {
      await close();
    }
  });

  it('works from the keyboard alone', async () => {
    const { page, close } = await open(`${base.en}/index.html`);
    try {
      await ready(page);
      await page.locator(`${LIBRARY} [role="tab"][data-view="briefs"]`).focus();
      await page.keyboard.press('ArrowRight');
      const focused = () => page.evaluate((name) => document.querySelector(name).shadowRoot.activeElement?.dataset.view ?? null, LIBRARY);
      assert.equal(await focused(), 'search');
      assert.equal(await page.locator(`${LIBRARY} [role="tab"][data-view="search"]`).getAttribute('aria-selected'), 'true');
      await page.keyboard.press('Tab');
      const detail = page.evaluate(
        (name) => new Promise((resolve) => document.querySelector(name).addEventListener('brief-insights-library:results', (e) => resolve(e.detail), { once: true })),
        LIBRARY,
      );
      await page.keyboard.type('mekong');
      assert.ok((await detail).count > 0);
      // Tab past the hint to the first result's link, Enter opens it.
      let tag = '';
      for (let i = 0; i < 3 && tag !== 'A'; i++) {
        await page.keyboard.press('Tab');
        tag = await page.evaluate((name) => document.querySelector(name).shadowRoot.activeElement?.tagName, LIBRARY);
      }
      assert.equal(tag, 'A');
      await Promise.all([page.waitForURL(/briefs\/.*\.html#brief-insights=/), page.keyboard.press('Enter')]);
    } finally {
      await close();
    }
  });

  it('has no axe-core violations in any view, light and dark', async () => {
    for (const scheme of ['light', 'dark']) {
      // The page's CSP forbids inline scripts; axe is injected as one, so this context bypasses it.
      const { page, close } = await open(`${base.en}/index.html`, { bypassCSP: true, colorScheme: scheme });
      try {
        await ready(page);
        await page.addScriptTag({ path: AXE_PATH });
        await search(page, 'salinity');
        for (const view of ['briefs', 'search', 'actors']) {
          await page.locator(`${LIBRARY} [role="tab"][data-view="${view}"]`).click();
          if (view === 'actors') {
            await page.locator(`${LIBRARY} [role="tabpanel"]:not([hidden]) select`).selectOption('china');
            await page.locator(`${LIBRARY} [part~="point"]`).first().waitFor();
          }
          const violations = await page.evaluate(async () => {
            const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
            return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          });
          assert.deepEqual(violations, [], `${scheme} ${view}`);
        }
      } finally {
        await close();
      }
    }
  });

  it('refuses a broken brief and lists its problems; a rebuild after one brief changed rewrites only its files', async () => {
    const out = join(work, 'site-rebuild');
    assert.equal(site(cli, briefs, out).status, 0);
    const sejongPage = join(out, 'briefs', 'sejong-2025-30.html');
    const before = statSync(sejongPage).mtimeMs;
    const mekong = join(briefs, 'mekong-water-2026-04.json');
    const original = readFileSync(mekong, 'utf8');
    try {
      writeFileSync(mekong, original.replace('"subject": "', '"subject": "nobody-'));
      const refused = site(cli, briefs, out);
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, /mekong-water-2026-04\.json:\d+:\d+: \$\.meta\.subject/);
      assert.match(refused.stderr, /not published/);

      writeFileSync(mekong, original.replace('"title": "', '"title": "Rebuilt: '));
      const rebuilt = site(cli, briefs, out);
      assert.equal(rebuilt.status, 0, rebuilt.stderr);
      assert.equal(statSync(sejongPage).mtimeMs, before, 'another brief page untouched');
      assert.match(readFileSync(join(out, 'briefs', 'mekong-water-2026-04.html'), 'utf8'), /Rebuilt: /);
      const url = await serve(out);
      const { page, close } = await open(`${url}/index.html`);
      try {
        await ready(page);
        assert.match(await page.locator(`${LIBRARY} [part~="briefs"]`).innerText(), /Rebuilt: /);
      } finally {
        await close();
      }
    } finally {
      writeFileSync(mekong, original);
    }
  });
});
