// What a screen reader gets from the widget, read from Chromium's accessibility tree (CDP
// Accessibility.getFullAXTree): the names it announces for charts and controls. axe-core
// (a11y.test.mjs) checks that names exist; these tests check that they say something useful.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setUp, showView } from './harness.mjs';

const BRIEFS = [
  // Its first date is the 2018–2019 summits, its last a target for 2035.
  { src: '../briefs/sejong-2025-30.json', years: '2018–2035' },
  { src: '../briefs/examples/mekong-water-2026-04.json' },
  { src: '../briefs/examples/nickel-supply-chain-2026-7.json' },
];
const LABELS = {
  en: { network: 'Partner network', timeline: 'Timeline chart', saveImage: 'Save image' },
  ko: { network: '협력 관계망', timeline: '연표 그래프', saveImage: '이미지 저장' },
};

/** Every node of the page's accessibility tree (shadow roots included), as { role, name }. */
async function axNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({ role: n.role?.value ?? '', name: String(n.name?.value ?? '').trim() }));
  } finally {
    await cdp.detach();
  }
}

/** A page with one widget showing `src` in UI language `lang`. */
async function openWidget(env, src, lang) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
    <script type="module" src="/www/brief-insights.js"></script></head>
    <body><main><h1>Host</h1><section><h2>Section</h2>
    <brief-insights src="${src}" lang="${lang}"></brief-insights></section></main></body></html>`;
  const session = await openPage(env, '/www/minimal.html', { waitForReady: false });
  await session.page.route('**/www/sr-host.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await session.page.goto(`${env.baseUrl}/www/sr-host.html`);
  await session.page.waitForFunction(() => document.querySelector('brief-insights')?.dataset.state === 'ready');
  return session;
}

describe('screen reader: names in the accessibility tree', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  for (const brief of BRIEFS) {
    for (const lang of ['en', 'ko']) {
      it(`every chart is named by what it shows, not by its legend (${brief.src.split('/').pop()}, ${lang} UI)`, async () => {
        const session = await openWidget(env, brief.src, lang);
        const label = LABELS[lang];
        try {
          await showView(session.page, 'partners');
          const figures = (await axNodes(session.page)).filter((n) => n.role === 'figure');
          const network = figures.filter((n) => n.name.startsWith(label.network));
          assert.equal(network.length, 1, `the network's figure is named "${label.network}…": ${JSON.stringify(figures)}`);
          assert.ok(network[0].name.length > label.network.length + 2, `it names the actor at its centre: ${network[0].name}`);

          await showView(session.page, 'timeline');
          const charts = (await axNodes(session.page)).filter((n) => n.role === 'image' && n.name.startsWith(label.timeline));
          assert.equal(charts.length, 1, 'one timeline chart');
          // The years it covers, right after the title: "Timeline chart: 2018–2025 Dots are…".
          const years = charts[0].name.slice(label.timeline.length).match(/^: (\d{4})(?:–(\d{4}))? /);
          assert.ok(years, `the chart's name gives its years: ${charts[0].name.slice(0, 80)}`);
          if (brief.years) assert.equal(years[0].slice(2, -1), brief.years);
          if (years[2]) assert.ok(Number(years[2]) > Number(years[1]));
        } finally {
          await session.close();
        }
      });
    }
  }

  for (const lang of ['en', 'ko']) {
    it(`each "Save image" control says which chart it saves (${lang} UI)`, async () => {
      const session = await openWidget(env, '../briefs/examples/mekong-water-2026-04.json', lang);
      const label = LABELS[lang];
      try {
        for (const view of ['economy', 'partners', 'timeline']) {
          await showView(session.page, view);
          const saves = (await axNodes(session.page))
            .filter((n) => n.role !== 'StaticText' && n.role !== 'InlineTextBox' && n.name.startsWith(label.saveImage))
            .map((n) => n.name);
          assert.ok(saves.length >= 1, `${view}: a save control`);
          // Its visible words first (voice control users say them), then the chart's name.
          for (const name of saves) assert.match(name, new RegExp(`^${label.saveImage}: \\S`), `${view}: ${name}`);
          assert.equal(new Set(saves).size, saves.length, `${view}: names differ: ${JSON.stringify(saves)}`);
        }
      } finally {
        await session.close();
      }
    });
  }
});
