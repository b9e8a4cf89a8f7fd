// A second think tank publishes its first briefs (tests/fixtures/second-tank/, fictional): the web team of
// "Harbour Policy Lab" builds a library of its English brief, its Korean one and the Sejong brief with
// `brief-insights site`, and reads the pages as its readers will: with a screen reader that jumps by
// headings, and on the timeline of sixty events from 1950 to 2040.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AXE_PATH, REPO_ROOT, cliPath, launchChromium, showView, waitForWidgets } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'second-tank');
const BRIEFS = {
  'harbour-2026-04': JSON.parse(readFileSync(join(FIXTURES, 'harbour-2026-04.json'), 'utf8')),
  hanbada: JSON.parse(readFileSync(join(FIXTURES, 'hanbada.json'), 'utf8')),
  'sejong-2025-30': JSON.parse(readFileSync(join(REPO_ROOT, 'briefs', 'sejong-2025-30.json'), 'utf8')),
};

let work;
let browser;
let server;
let base;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'second-tank-'));
  const briefs = join(work, 'briefs');
  mkdirSync(briefs);
  for (const name of ['harbour-2026-04', 'hanbada']) {
    for (const ext of ['json', 'txt']) copyFileSync(join(FIXTURES, `${name}.${ext}`), join(briefs, `${name}.${ext}`));
  }
  for (const ext of ['json', 'txt']) copyFileSync(join(REPO_ROOT, 'briefs', `sejong-2025-30.${ext}`), join(briefs, `sejong-2025-30.${ext}`));
  const out = join(work, 'site');
  const result = spawnSync(cliPath(), ['site', briefs, '--out', out, '--assets', REPO_ROOT], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  server = await startServer({ port: 0, root: out });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close().catch(() => {});
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function openBriefPage(id, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}briefs/${id}.html`);
  assert.deepEqual(await waitForWidgets(page), ['ready']);
  return { page, errors, close: () => context.close() };
}

describe('A second think tank publishes its first briefs in a library', () => {
  it("each brief's page is headed by the brief's title at level one, so a screen reader finds it (axe best practices pass)", async () => {
    // The page held the widget alone, whose title is a level-two heading (it sits inside a host's
    // article): a reader jumping to the page's main heading found none, and axe-core reported
    // page-has-heading-one on every brief page of the library.
    for (const [id, brief] of Object.entries(BRIEFS)) {
      // axe-core is injected as an inline script, which the page's own policy (rightly) refuses.
      const { page, errors, close } = await openBriefPage(id, { bypassCSP: true });
      const h1 = page.getByRole('heading', { level: 1 });
      assert.equal(await h1.count(), 1, `${id}: one level-one heading`);
      assert.equal((await h1.textContent()).trim(), brief.meta.title, id);
      await page.addScriptTag({ path: AXE_PATH });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, [], id);
      assert.deepEqual(errors, [], id);
      await close();
    }
  });

  it('the timeline of sixty events from 1950 to 2040 keeps every label beside its mark and inside the chart, in English and Korean', async () => {
    for (const lang of ['en', 'ko']) {
      const { page, errors, close } = await openBriefPage('harbour-2026-04');
      await page.evaluate((l) => document.querySelector('brief-insights').setAttribute('lang', l), lang);
      await showView(page, 'timeline');
      const problems = await page.evaluate(() => {
        const svg = document.querySelector('brief-insights').shadowRoot.querySelector('svg.bi-timeline');
        const width = svg.viewBox.baseVal.width;
        const out = [];
        for (const label of svg.querySelectorAll('.bi-tick-label')) {
          const box = label.getBBox();
          if (box.x < 0 || box.x + box.width > width) out.push(`tick ${label.textContent} at ${box.x}+${box.width}`);
        }
        const marks = [...svg.querySelectorAll('.bi-mark')];
        const labels = [...svg.querySelectorAll('.bi-mark-label')];
        if (marks.length !== labels.length) out.push(`${marks.length} marks, ${labels.length} labels`);
        marks.forEach((mark, i) => {
          const m = mark.getBBox();
          const l = labels[i].getBBox();
          if (l.x < 0 || l.x + l.width > width) out.push(`"${labels[i].textContent}" leaves the chart`);
          if (l.x < m.x + m.width && m.x < l.x + l.width) out.push(`"${labels[i].textContent}" covers its mark`);
        });
        return out;
      });
      assert.deepEqual(problems, [], lang);
      assert.deepEqual(errors, [], lang);
      await close();
    }
  });
});
