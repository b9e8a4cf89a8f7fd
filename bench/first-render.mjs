#!/usr/bin/env node
// First render, side by side: <brief-insights> on the Sejong brief (view `timeline`) against TimelineJS
// showing the brief's dated events, both served by tools/serve.mjs on 127.0.0.1 and loaded in headless
// Chromium with cold caches (a fresh browser context for every load), alternating the two pages.
//
//   node bench/first-render.mjs [--pairs 15] [--throttle] [--no-first-screen]
//
// Our page is what `brief-insights embed --view timeline` prints (preload hints, script, the element with
// its first screen and fallback), written to bench/first-render/ours.html at each run;
// --no-first-screen leaves the first screen out (the widget then shows the view once its module is ready).
//
// First render = ms from navigation start (performance.timeOrigin) until just after the frame that shows
//   ours:       the opening view, visible and styled (the first screen, or the widget's own render)
//   TimelineJS: the first slide's headline (in the DOM, or its `loaded` event, whichever is first)
// and for ours also "ready": the frame after brief-insights:ready, the widget's own render, interactive
// (bench/first-render/mark-ours.js and timelinejs.js set window.__firstRender and window.__ready).
// --throttle adds a network profile through the DevTools protocol (40 ms latency each way, 10 Mbit/s):
// on loopback alone, fetches that wait for one another cost almost nothing.
//
// Needs pkg/ (bash tools/build-wasm.sh) and `npm ci` in bench/ (TimelineJS). Prints each pair, the median
// of ours/TimelineJS, and the resource waterfall of our page (the load with the median time).

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/browser/harness.mjs';
import { startServer } from '../tools/serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const pairsArg = args.indexOf('--pairs');
const PAIRS = pairsArg >= 0 ? Number(args[pairsArg + 1]) : 15;
const THROTTLE = args.includes('--throttle');
const FIRST_SCREEN = !args.includes('--no-first-screen');

if (!Number.isInteger(PAIRS) || PAIRS < 9) throw new Error('--pairs must be an integer of at least 9');
for (const needed of ['pkg/brief_insights_bg.wasm', 'bench/node_modules/@knight-lab/timelinejs/dist/js/timeline.js']) {
  if (!existsSync(join(ROOT, needed))) throw new Error(`${needed} is missing: build pkg/ and run npm ci in bench/`);
}

// --- The brief's dated events as TimelineJS JSON --------------------------------------------------------

const SEASON_MONTH = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** A brief date ("2025", "2025-09", "2025-11-03", "2025-H2", "2025-summer", "2021/2025") as TimelineJS dates. */
function timelineDates(date) {
  const [start, end] = date.split('/');
  const one = (text) => {
    const [year, part] = text.split('-');
    const out = { year: Number(year) };
    const rest = text.split('-').slice(1);
    if (/^\d{2}$/.test(part ?? '')) {
      out.month = Number(part);
      if (rest[1]) out.day = Number(rest[1]);
    } else if (/^H[12]$/.test(part ?? '')) {
      out.month = part === 'H1' ? 1 : 7;
      out.display_date = `${part} ${year}`;
    } else if (part && SEASON_MONTH[part.toLowerCase()]) {
      out.month = SEASON_MONTH[part.toLowerCase()];
      out.display_date = `${part[0].toUpperCase()}${part.slice(1)} ${year}`;
    }
    return out;
  };
  return end ? { start_date: one(start), end_date: one(end) } : { start_date: one(start) };
}

export function briefToTimelineJs(brief) {
  return {
    events: brief.events.map((event) => ({
      unique_id: event.id,
      ...timelineDates(event.date),
      text: { headline: event.title, text: event.description ?? '' },
    })),
  };
}

const brief = JSON.parse(readFileSync(join(ROOT, 'briefs', 'sejong-2025-30.json'), 'utf8'));
writeFileSync(
  join(ROOT, 'bench', 'first-render', 'sejong-events.timeline.json'),
  JSON.stringify(briefToTimelineJs(brief), null, 1) + '\n',
);

// --- Our page: what `brief-insights embed` prints, in a page like TimelineJS's ---------------------------

function cliPath() {
  const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
  const candidates = [process.env.BRIEF_INSIGHTS_BIN, join(target, 'release', 'brief-insights'), join(target, 'debug', 'brief-insights')];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('no brief-insights CLI: cargo build --release');
  return found;
}

const snippet = execFileSync(
  cliPath(),
  [
    'embed', 'briefs/sejong-2025-30.json', '--view', 'timeline',
    '--src', '../../briefs/sejong-2025-30.json', '--script', '../../www/brief-insights.js',
    ...(FIRST_SCREEN ? [] : ['--no-first-screen']),
  ],
  { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
);
const elementAt = snippet.indexOf('<brief-insights');
writeFileSync(
  join(ROOT, 'bench', 'first-render', 'ours.html'),
  `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>First render: brief-insights, timeline view</title>
  <link rel="stylesheet" href="bench.css">
  <script src="mark-ours.js"></script>
  <!-- brief-insights embed briefs/sejong-2025-30.json --view timeline${FIRST_SCREEN ? '' : ' --no-first-screen'}: -->
${snippet.slice(0, elementAt)}</head>
<body>
<main>
  <h1>Sejong Policy Brief 2025-30: timeline</h1>
${snippet.slice(elementAt)}</main>
</body>
</html>
`,
);

// --- Loads ----------------------------------------------------------------------------------------------

const PAGES = { ours: '/bench/first-render/ours.html', timelinejs: '/bench/first-render/timelinejs.html' };

async function load(browser, baseUrl, which) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (THROTTLE) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 80,
        downloadThroughput: (10 * 1024 * 1024) / 8,
        uploadThroughput: (10 * 1024 * 1024) / 8,
      });
    }
    await page.goto(baseUrl + PAGES[which]);
    await page.waitForFunction(
      (ours) => window.__firstRender !== undefined && (!ours || window.__ready !== undefined),
      which === 'ours',
      { timeout: 30_000 },
    );
    const result = await page.evaluate(() => ({
      firstRender: window.__firstRender,
      ready: window.__ready,
      resources: performance.getEntriesByType('resource').map((r) => ({
        name: r.name,
        start: r.startTime,
        end: r.responseEnd,
        initiator: r.initiatorType,
      })),
      navigation: (() => {
        const n = performance.getEntriesByType('navigation')[0];
        return { start: n.startTime, end: n.responseEnd };
      })(),
    }));
    if (errors.length) throw new Error(`${which}: page errors: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const server = await startServer({ port: 0, root: ROOT });
const baseUrl = `http://127.0.0.1:${server.address().port}`;
// The browser tests' Chromium: Debian's, with the flags it needs as root on a loopback-only machine.
const browser = await launchChromium();
try {
  console.log(`Chromium ${browser.version()}, node ${process.version}, ${PAIRS} pairs${THROTTLE ? ', throttled (80 ms RTT, 10 Mbit/s)' : ', loopback, no throttling'}`);
  // One warm-up pair, not counted: the first launch pays for the browser's own start-up.
  await load(browser, baseUrl, 'ours');
  await load(browser, baseUrl, 'timelinejs');
  const pairs = [];
  for (let i = 0; i < PAIRS; i++) {
    const order = i % 2 === 0 ? ['ours', 'timelinejs'] : ['timelinejs', 'ours'];
    const pair = {};
    for (const which of order) pair[which] = await load(browser, baseUrl, which);
    pair.ratio = pair.ours.firstRender / pair.timelinejs.firstRender;
    pair.readyRatio = pair.ours.ready / pair.timelinejs.firstRender;
    pairs.push(pair);
    console.log(
      `pair ${String(i + 1).padStart(2)}  ours ${pair.ours.firstRender.toFixed(1).padStart(7)} ms ` +
        `(ready ${pair.ours.ready.toFixed(1).padStart(7)} ms)   ` +
        `TimelineJS ${pair.timelinejs.firstRender.toFixed(1).padStart(7)} ms   ratio ${pair.ratio.toFixed(3)}`,
    );
  }
  const ratio = median(pairs.map((p) => p.ratio));
  console.log(
    `median: ours ${median(pairs.map((p) => p.ours.firstRender)).toFixed(1)} ms, ` +
      `TimelineJS ${median(pairs.map((p) => p.timelinejs.firstRender)).toFixed(1)} ms, ` +
      `median ratio ours/TimelineJS ${ratio.toFixed(3)} (target <= 0.333: ${ratio <= 1 / 3 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `ours ready (interactive): median ${median(pairs.map((p) => p.ours.ready)).toFixed(1)} ms, ` +
      `median ratio to TimelineJS's first render ${median(pairs.map((p) => p.readyRatio)).toFixed(3)}`,
  );

  // The waterfall of our page, from the load whose first render is the median one.
  const oursSorted = [...pairs].sort((a, b) => a.ours.firstRender - b.ours.firstRender);
  const typical = oursSorted[oursSorted.length >> 1].ours;
  console.log(`\nwaterfall of ours.html (the median load, first render ${typical.firstRender.toFixed(1)} ms), ms from navigation start:`);
  const short = (url) => url.replace(baseUrl, '');
  console.log(`  ${'0.0'.padStart(7)} → ${typical.navigation.end.toFixed(1).padStart(7)}  ${PAGES.ours} (document)`);
  for (const r of [...typical.resources].sort((a, b) => a.start - b.start)) {
    console.log(`  ${r.start.toFixed(1).padStart(7)} → ${r.end.toFixed(1).padStart(7)}  ${short(r.name)} (${r.initiator})`);
  }
  console.log(`  ${typical.firstRender.toFixed(1).padStart(17)}  first render`);
  console.log(`  ${typical.ready.toFixed(1).padStart(17)}  ready (interactive)`);
} finally {
  await browser.close();
  server.close();
}
