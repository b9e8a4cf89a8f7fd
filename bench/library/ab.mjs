#!/usr/bin/env node
// Two versions of the library element on the same site, pasted queries interleaved: on a shared machine
// whose load moves during a run, the fair way to compare them (bench/library.md, N = 1,000 "interleaved").
//
//   node bench/library/ab.mjs DIR_A DIR_B SAMPLES QUERY...
//
// DIR_A and DIR_B are two copies of a built site (index.html and assets/, `library/` may be a symlink to
// one shared index) whose assets/www/brief-insights-library.js differ. For each query, SAMPLES times, in
// alternating order (A then B, B then A, …): a fresh browser context opens DIR_X/index.html, waits for the
// element, clicks the search tab and puts the whole query in the box at once; measured as in
// bench/library.mjs (ours, cold pasted): ms from the input event to the results event, and the gzipped
// bytes of library/ files the server sent for the search (the manifest included), and the results event's
// searchMs (the in-memory search). Prints p50 / p95 of each.
import { launchChromium } from '../../tests/browser/harness.mjs';
import { serveDirectory } from './server.mjs';
const [dirA, dirB, samples, ...queries] = process.argv.slice(2);
const servers = { A: await serveDirectory(dirA), B: await serveDirectory(dirB) };
const browser = await launchChromium();
async function once(server, q) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__b = { input: 0, results: [] };
    document.addEventListener('input', () => (window.__b.input = performance.now()), true);
    document.addEventListener('brief-insights-library:results', (e) => window.__b.results.push({ t: performance.now(), ...e.detail }));
    window.__ready = new Promise((ok) => document.addEventListener('brief-insights-library:ready', ok, { once: true }));
  });
  const mark = server.mark();
  await page.goto(`${server.baseUrl}/index.html`);
  await page.evaluate(() => window.__ready);
  await page.locator('brief-insights-library button[data-view="search"]').click();
  const input = page.locator('brief-insights-library input[type="search"]');
  const m2 = server.mark();
  await input.fill(q);
  const found = await page.waitForFunction((q) => { const r = window.__b.results.find((r) => r.query === q); return r ? { ms: r.t - window.__b.input, searchMs: r.searchMs } : null; }, q);
  const { ms: v, searchMs } = await found.jsonValue();
  await page.waitForTimeout(150);
  const bytes = server.since(m2, (p) => p.startsWith('/library/')) + server.since(mark, (p) => p === '/library/manifest.json');
  await context.close();
  return { ms: v, searchMs, bytes };
}
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
for (const q of queries) {
  const r = { A: [], B: [] };
  for (let k = 0; k < Number(samples); k++) for (const v of k % 2 ? ['B', 'A'] : ['A', 'B']) r[v].push(await once(servers[v], q));
  const f = (v) =>
    `${v}: p50 ${pct(r[v].map((x) => x.ms), 50).toFixed(1)} p95 ${pct(r[v].map((x) => x.ms), 95).toFixed(1)} ms, ` +
    `searchMs p50 ${pct(r[v].map((x) => x.searchMs), 50).toFixed(1)} p95 ${pct(r[v].map((x) => x.searchMs), 95).toFixed(1)}, ` +
    `${(pct(r[v].map((x) => x.bytes), 50) / 1000).toFixed(1)} kB`;
  console.log(`${q}\t${f('A')}\t${f('B')}`);
}
await browser.close();
for (const s of Object.values(servers)) await s.close();
