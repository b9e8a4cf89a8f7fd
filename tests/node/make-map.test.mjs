// tools/make-map.mjs, the authoring step that writes a brief's map outline: run on a small brief in a
// temporary folder, with two countries that do not touch (South Korea and Japan). Needs only the npm
// devDependencies (world-atlas, topojson-client, i18n-iso-countries), not the Wasm package.
//
//   node --test tests/node/make-map.test.mjs

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = join(ROOT, 'tools', 'make-map.mjs');

// A brief of the shape authors write, with members before and after `map` that must stay as they are.
const BRIEF = {
  format: 1,
  meta: { title: 'Two neighbours', language: 'en', paragraphs: 1 },
  map: { countries: ['KR', 'JP'] },
  keyJudgments: [{ id: 'one', text: 'Text with “quotes” and 한국어.', evidence: [{ paragraph: 1, quote: 'x' }] }],
};
const TEXT = JSON.stringify(BRIEF, null, 2) + '\n';

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'make-map-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function makeMap(file, ...args) {
  return spawnSync(process.execPath, [SCRIPT, file, ...args], { encoding: 'utf8' });
}

function writeBrief(name, text = TEXT) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Every [lon, lat] of the countries with these ISO numeric ids, straight from world-atlas. */
function atlasPoints(numericIds) {
  const topojson = require('topojson-client');
  const atlas = require('world-atlas/countries-50m.json');
  const points = [];
  for (const g of atlas.objects.countries.geometries) {
    if (!numericIds.includes(String(g.id))) continue;
    const geometry = topojson.feature(atlas, g).geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    points.push(...polygons.flat(2));
  }
  return points;
}

test('writes map.outline: a projection whose bounds contain both countries, and a path', () => {
  const file = writeBrief('two.json');
  const run = makeMap(file);
  assert.equal(run.status, 0, run.stderr);
  const brief = JSON.parse(readFileSync(file, 'utf8'));
  const o = brief.map.outline;
  assert.deepEqual(Object.keys(o), ['attribution', 'lonMin', 'lonMax', 'latMin', 'latMax', 'width', 'height', 'd']);
  assert.equal(o.attribution, 'Natural Earth via world-atlas');
  assert.deepEqual(brief.map.countries, ['KR', 'JP'], 'the countries stay');

  // KR is 410 and JP 392 in ISO 3166-1 numeric.
  const points = atlasPoints(['410', '392']);
  assert.ok(points.length > 100);
  for (const [lon, lat] of points) {
    assert.ok(o.lonMin < lon && lon < o.lonMax, `longitude ${lon} inside ${o.lonMin}..${o.lonMax}`);
    assert.ok(o.latMin < lat && lat < o.latMax, `latitude ${lat} inside ${o.latMin}..${o.latMax}`);
  }
  // Tight: the padding is a fraction of a degree, not a world map.
  assert.ok(o.lonMax - o.lonMin < 35 && o.latMax - o.latMin < 25, JSON.stringify(o, (k, v) => (k === 'd' ? undefined : v)));

  assert.equal(o.width, 400);
  assert.ok(o.height > 0);
  // The viewBox keeps the area's proportions: equirectangular with the cosine of the middle latitude.
  const cos = Math.cos((((o.latMin + o.latMax) / 2) * Math.PI) / 180);
  const expected = (o.width * (o.latMax - o.latMin)) / ((o.lonMax - o.lonMin) * cos);
  assert.ok(Math.abs(o.height - expected) < 0.1, `height ${o.height}, expected ${expected}`);

  // One SVG path of closed rings (absolute start, relative rest), several: the two countries do not touch.
  assert.match(o.d, /^(M[-0-9. ]+l[-0-9. ]+Z)+$/);
  assert.ok(o.d.split('M').length - 1 >= 2, 'at least one ring per country');
  assert.ok(o.d.length > 500 && o.d.length < 20000, `path of ${o.d.length} bytes`);
  // Every ring starts inside the viewBox.
  for (const [, x, y] of o.d.matchAll(/M(-?[0-9.]+)[ -]?(-?[0-9.]*)/g)) {
    const [px, py] = [Number(x), Number(y)];
    if (Number.isNaN(py)) continue;
    assert.ok(px >= 0 && px <= o.width && py >= 0 && py <= o.height, `ring start ${x},${y} inside the viewBox`);
  }

  // Only the `map` member changed: the rest of the file is the same, line for line.
  const withoutMap = (text) => {
    const b = JSON.parse(text);
    delete b.map;
    return JSON.stringify(b, null, 2);
  };
  assert.equal(withoutMap(readFileSync(file, 'utf8')), withoutMap(TEXT));
  const before = TEXT.split('\n'), lines = readFileSync(file, 'utf8').split('\n');
  assert.deepEqual(lines.slice(0, 8), before.slice(0, 8), 'the lines before map.outline are kept');
  const tail = (l) => l.slice(l.indexOf('  "keyJudgments": ['));
  assert.ok(tail(before).length > 10);
  assert.deepEqual(tail(lines), tail(before), 'the lines after map are kept');
});

test('is deterministic: two runs give the same bytes, and a rerun changes nothing', () => {
  const a = writeBrief('a.json'), b = writeBrief('b.json');
  assert.equal(makeMap(a).status, 0);
  assert.equal(makeMap(b).status, 0);
  const first = readFileSync(a, 'utf8');
  assert.equal(readFileSync(b, 'utf8'), first);
  assert.equal(makeMap(a).status, 0);
  assert.equal(readFileSync(a, 'utf8'), first);
});

test('--check passes on a generated file, fails after tampering or without an outline, and writes nothing', () => {
  const file = writeBrief('check.json');
  const missing = makeMap(file, '--check');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /map\.outline is missing; run: node tools\/make-map\.mjs/);
  assert.equal(readFileSync(file, 'utf8'), TEXT, '--check writes nothing');

  assert.equal(makeMap(file).status, 0);
  const ok = makeMap(file, '--check');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /up to date/);

  const generated = JSON.parse(readFileSync(file, 'utf8'));
  const tampered = structuredClone(generated);
  tampered.map.outline.d = tampered.map.outline.d.replace(/l/, 'l1 ');
  writeFileSync(file, JSON.stringify(tampered, null, 2) + '\n');
  const stale = makeMap(file, '--check');
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /map\.outline is out of date/);

  tampered.map.outline.d = generated.map.outline.d;
  tampered.map.outline.latMax += 1;
  writeFileSync(file, JSON.stringify(tampered, null, 2) + '\n');
  assert.equal(makeMap(file, '--check').status, 1);

  // A different country list is a different outline.
  tampered.map.outline = generated.map.outline;
  tampered.map.countries = ['KR'];
  writeFileSync(file, JSON.stringify(tampered, null, 2) + '\n');
  assert.equal(makeMap(file, '--check').status, 1);
});

test('the Sejong brief carries the outline make-map generates', () => {
  const run = makeMap(join(ROOT, 'briefs', 'sejong-2025-30.json'), '--check');
  assert.equal(run.status, 0, run.stderr);
});

test('says clearly what is wrong: no map, unknown or unmapped codes, a file it would reformat', () => {
  const noMap = makeMap(writeBrief('no-map.json', JSON.stringify({ format: 1 }, null, 2) + '\n'));
  assert.equal(noMap.status, 2);
  assert.match(noMap.stderr, /has no "map" member/);
  assert.match(noMap.stderr, /"map": \{ "countries": \["KP"\] \}/);

  const cases = [
    [['XX'], /"XX" is not an assigned ISO 3166-1 alpha-2 code/],
    [['kr'], /"kr" is not an ISO 3166-1 alpha-2 code/],
    [['KR', 'KR'], /"KR" is listed twice/],
    [[], /must list at least one/],
    // Kosovo has a (user-assigned) code but no geometry of its own in world-atlas.
    [['XK'], /world-atlas has no outline of its own for "XK"/],
  ];
  for (const [countries, message] of cases) {
    const text = JSON.stringify({ ...BRIEF, map: { countries } }, null, 2) + '\n';
    const file = writeBrief('bad.json', text);
    const run = makeMap(file);
    assert.equal(run.status, 2, `${countries}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assert.equal(readFileSync(file, 'utf8'), text, 'nothing written');
  }

  // Another layout would be rewritten wholesale; the script refuses rather than touching other members.
  const compact = JSON.stringify(BRIEF) + '\n';
  const file = writeBrief('compact.json', compact);
  const run = makeMap(file);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /not laid out as JSON\.stringify\(brief, null, 2\)/);
  assert.equal(readFileSync(file, 'utf8'), compact);
});
