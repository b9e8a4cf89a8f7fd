// The JavaScript API of the authors' module (pkg/author/, the full API), end to end in Node: every method
// on the embedded brief,
// then hostile input (malformed, truncated, deeply nested, huge, wrongly typed, random bytes, thousands of
// random mutations of the Sejong brief). Each bad brief must either load or throw a BriefError with
// diagnostics; nothing may panic, which the last test checks by using the module again.
//
//   bash tools/build-wasm.sh && node --test tests/node/

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { AUTHOR, loadAuthor, rng, SEJONG_PATH } from './load-pkg.mjs';

const SEJONG_TEXT = readFileSync(SEJONG_PATH, 'utf8');
const SEJONG = JSON.parse(SEJONG_TEXT);
const VIEWS = ['overview', 'partners', 'projects', 'timeline', 'economy', 'recommendations', 'search'];
const KINDS = new Set(['syntax', 'schema', 'semantic', 'limit']);

let pkg;
let Brief;
let brief;

before(async () => {
  pkg = await loadAuthor();
  Brief = pkg.Brief;
  brief = Brief.embedded();
});
after(() => brief?.free());

/** Loads `text`; returns the brief, or the BriefError after checking it is well-formed. */
function loadOrDiagnose(text, what) {
  let loaded;
  try {
    loaded = Brief.fromJson(text);
  } catch (error) {
    assertBriefError(error, what);
    return error;
  }
  loaded.meta();
  loaded.free();
  return null;
}

function assertBriefError(error, what) {
  assert.ok(error instanceof Error, `${what}: threw a non-Error ${String(error)}`);
  assert.equal(error.name, 'BriefError', `${what}: ${error.stack}`);
  assert.ok(Array.isArray(error.diagnostics), `${what}: no diagnostics array`);
  assert.ok(error.diagnostics.length > 0, `${what}: empty diagnostics`);
  for (const d of error.diagnostics) {
    assert.ok(KINDS.has(d.kind), `${what}: kind ${d.kind}`);
    assert.equal(typeof d.path, 'string');
    assert.ok(d.path.startsWith('$'), `${what}: path ${d.path}`);
    assert.ok(Number.isInteger(d.line) && d.line >= 1, `${what}: line ${d.line}`);
    assert.ok(Number.isInteger(d.column) && d.column >= 1, `${what}: column ${d.column}`);
    assert.ok(typeof d.message === 'string' && d.message.length > 0, `${what}: message`);
  }
  assert.ok(error.message.length > 0 && error.message.length < 20_000, `${what}: message length ${error.message.length}`);
}

describe('the embedded brief', () => {
  test('meta and version', () => {
    const meta = brief.meta();
    assert.equal(meta.title, SEJONG.meta.title);
    assert.equal(meta.number, SEJONG.meta.number);
    assert.deepEqual(meta.authors.map((a) => a.name), SEJONG.meta.authors.map((a) => a.name));
    assert.match(pkg.version(), /^\d+\.\d+\.\d+/);
  });

  test('lists match the brief file, in order', () => {
    const ids = (list) => (list ?? []).map((x) => x.id);
    assert.deepEqual(ids(brief.keyJudgments()), ids(SEJONG.keyJudgments));
    assert.deepEqual(ids(brief.axes()), ids(SEJONG.axes));
    assert.deepEqual(ids(brief.actors()), ids(SEJONG.actors));
    assert.deepEqual(ids(brief.relations()), ids(SEJONG.relations));
    assert.deepEqual(ids(brief.projects()), ids(SEJONG.projects));
    assert.deepEqual(ids(brief.indicators()), ids(SEJONG.indicators));
    assert.deepEqual(ids(brief.events()), ids(SEJONG.events));
    assert.deepEqual(ids(brief.recommendationAreas()), ids(SEJONG.recommendationAreas));
    assert.deepEqual(ids(brief.recommendations()), ids(SEJONG.recommendations));
    // Plain objects and arrays, so pages can JSON.stringify, spread and structuredClone them.
    const actor = brief.actors()[0];
    assert.equal(Object.getPrototypeOf(actor), Object.prototype);
    assert.ok(Array.isArray(actor.evidence));
    assert.deepEqual(structuredClone(actor), actor);
  });

  test('fields keep their camelCase names and values', () => {
    const source = SEJONG.actors.find((a) => a.shortName) ?? SEJONG.actors[0];
    const actor = brief.actors().find((a) => a.id === source.id);
    for (const [key, value] of Object.entries(source)) assert.deepEqual(actor[key], value, key);
    const project = brief.projects().find((p) => p.place) ?? brief.projects()[0];
    assert.equal(typeof project.sector, 'string');
    assert.deepEqual(project, { ...SEJONG.projects.find((p) => p.id === project.id), ...pickDefaults(project) });
  });

  test('sectors and projects by sector', () => {
    const sectors = brief.sectors();
    assert.deepEqual(sectors, [...new Set(SEJONG.projects.map((p) => p.sector))]);
    for (const sector of sectors) {
      const projects = brief.projects(sector);
      assert.ok(projects.length > 0);
      assert.ok(projects.every((p) => p.sector === sector));
    }
    assert.deepEqual(brief.projects('no-such-sector'), []);
    assert.equal(brief.projects(undefined).length, SEJONG.projects.length);
  });

  test('partners of the subject', () => {
    const subject = brief.meta().subject;
    assert.ok(subject, 'the Sejong brief names its subject');
    const partners = brief.partners(subject);
    assert.ok(partners.length > 0);
    for (const p of partners) {
      assert.equal(typeof p.incoming, 'boolean');
      assert.equal(p.incoming ? p.relation.to : p.relation.from, subject);
      assert.equal(p.incoming ? p.relation.from : p.relation.to, p.partner.id);
    }
    assert.deepEqual(brief.partners('no-such-actor'), []);
  });

  test('timeline: ISO start and end, ordered', () => {
    const timeline = brief.timeline();
    assert.ok(timeline.length > 0);
    let previous = '';
    for (const entry of timeline) {
      assert.match(entry.start, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(entry.end, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(entry.start <= entry.end, `${entry.id}: ${entry.start} > ${entry.end}`);
      assert.ok(entry.start >= previous, `${entry.id} out of order`);
      previous = entry.start;
      assert.ok(['day', 'month', 'season', 'quarter', 'half', 'year'].includes(entry.precision));
      assert.equal(typeof entry.isPeriod, 'boolean');
      assert.equal(entry.isPeriod, entry.date.includes('/'));
      assert.ok(Array.isArray(entry.evidence));
      assert.equal(brief.item(entry.id).kind, entry.kind);
    }
    const day = timeline.find((e) => e.precision === 'day');
    if (day) assert.equal(day.start, day.date.split('/')[0]);
  });

  test('indicators and items of every kind', () => {
    for (const indicator of SEJONG.indicators ?? []) {
      assert.equal(brief.indicator(indicator.id).name, indicator.name);
      for (const o of indicator.observations ?? []) {
        const item = brief.item(o.id);
        assert.equal(item.kind, 'observation');
        assert.equal(item.indicator, indicator.id);
        assert.equal(item.label, o.label);
      }
    }
    assert.equal(brief.indicator('no-such-indicator'), undefined);
    assert.equal(brief.indicator(SEJONG.axes[0].id), undefined, 'an axis is not an indicator');
    const expectations = [
      ['keyJudgments', 'judgment'], ['axes', 'axis'], ['actors', 'actor'], ['relations', 'relation'],
      ['projects', 'project'], ['indicators', 'indicator'], ['events', 'event'],
      ['recommendationAreas', 'recommendationArea'], ['recommendations', 'recommendation'],
    ];
    for (const [list, kind] of expectations) {
      for (const source of SEJONG[list] ?? []) {
        const item = brief.item(source.id);
        assert.equal(item.kind, kind, source.id);
        assert.equal(item.id, source.id);
        assert.deepEqual(brief.evidence(source.id), source.evidence ?? []);
      }
    }
    assert.equal(brief.item('no-such-item'), undefined);
    assert.equal(brief.evidence('no-such-item'), undefined);
  });

  test('recommendations by area', () => {
    for (const area of brief.recommendationAreas()) {
      const list = brief.recommendations(area.id);
      assert.ok(list.every((r) => r.area === area.id));
    }
    assert.equal(brief.recommendations().length, (SEJONG.recommendations ?? []).length);
    assert.deepEqual(brief.recommendations('no-such-area'), []);
  });

  test('related, by axis, by actor', () => {
    const axis = SEJONG.axes[0].id;
    const byAxis = brief.itemsByAxis(axis);
    assert.ok(byAxis.length > 1);
    for (const s of byAxis) assert.deepEqual(Object.keys(s).sort(), ['id', 'kind', 'title']);
    const subject = brief.meta().subject;
    assert.ok(brief.itemsByActor(subject).length > 0);
    const related = brief.related(axis);
    assert.ok(related.every((s) => s.id !== axis));
    assert.deepEqual(brief.related('no-such-item'), []);
    assert.deepEqual(brief.itemsByAxis('no-such-axis'), []);
  });

  test('search: ranked hits with UTF-16 ranges that slice the matched words', () => {
    const hits = brief.search('Kim Jong Un');
    assert.ok(hits.length > 0 && hits.length <= 20);
    assert.ok(hits.every((h, i) => i === 0 || hits[i - 1].score >= h.score));
    for (const hit of hits) {
      for (const m of hit.matches) {
        for (const [start, end] of m.ranges) {
          const word = m.text.slice(start, end).toLowerCase();
          assert.ok(['kim', 'jong', 'un'].some((t) => word.includes(t)), `${hit.id}.${m.field}: "${word}"`);
        }
      }
    }
    assert.equal(brief.search('Kim', 1).length, 1);
    assert.deepEqual(brief.search('', 5), []);
    assert.deepEqual(brief.search('zzzzqqqq'), []);
    // Non-ASCII before a match: ranges count UTF-16 units, as String.prototype.slice does.
    const curly = brief.search('changed reality');
    for (const hit of curly) {
      for (const m of hit.matches) {
        for (const [start, end] of m.ranges) assert.match(m.text.slice(start, end), /changed|reality/i);
      }
    }
    assert.ok(brief.search('a'.repeat(100_000)).length === 0, 'a pasted essay is cut, not slow');
  });

  test('render methods return HTML for every view and language', () => {
    for (const lang of ['en', 'ko', undefined]) {
      const options = { lang, idPrefix: 'w1-' };
      assert.match(brief.renderShell(options), /</);
      for (const view of VIEWS) {
        const html = brief.renderView(view, options);
        assert.equal(typeof html, 'string', view);
        assert.doesNotMatch(html, /<script|style="|\son[a-z]+=/i, `${view}: inline script or style`);
      }
    }
    assert.equal(typeof brief.renderView('projects', { sector: brief.sectors()[0] }), 'string');
    assert.equal(typeof brief.renderView('partners', { selected: brief.actors()[1].id }), 'string');
    assert.equal(typeof brief.renderView('search', { query: 'tourism' }), 'string');
    assert.match(brief.renderSearchResults('tourism', { lang: 'en' }), /<mark/);
    assert.match(brief.renderCitation(SEJONG.keyJudgments[0].id), /</);
    assert.equal(brief.renderCitation('no-such-item'), undefined);
    assert.ok(brief.renderDocument().length > 1000);
    assert.ok(brief.renderView('overview') === brief.renderView('overview', {}));
    const element = brief.jsonLd();
    const match = element.match(/^<script type="application\/ld\+json">([\s\S]*)<\/script>$/);
    assert.ok(match, element.slice(0, 80));
    assert.equal(JSON.parse(match[1])['@type'], 'Report');
  });

  test('unknown views and bad options throw a BriefError without diagnostics', () => {
    for (const call of [
      () => brief.renderView('nope'),
      () => brief.renderView(''),
      () => brief.renderView('overview', { lang: 3 }),
      () => brief.renderView('overview', { idPrefix: {} }),
      () => brief.renderShell('en'),
    ]) {
      assert.throws(call, (error) => error.name === 'BriefError' && Array.isArray(error.diagnostics));
    }
    assert.throws(() => brief.renderView('nope'), /unknown view "nope"/);
  });

  test('renderItem: any item as a piece; format "svg" gives its chart as an image file with its source', () => {
    const items = [
      ...SEJONG.keyJudgments, ...SEJONG.axes, ...SEJONG.actors, ...SEJONG.relations, ...SEJONG.projects,
      ...SEJONG.indicators, ...SEJONG.indicators.flatMap((i) => i.observations ?? []), ...SEJONG.events,
      ...SEJONG.recommendationAreas, ...SEJONG.recommendations,
    ];
    for (const item of items) {
      for (const lang of ['en', 'ko']) {
        const html = brief.renderItem(item.id, { lang, idPrefix: 'p1-', href: '/whole.html' });
        assert.match(html, /^<article class="bi-piece /, item.id);
        assert.doesNotMatch(html, /<script|style="|\son[a-z]+=/i, `${item.id}: inline script or style`);
        assert.match(html, /href="\/whole\.html"/);
      }
    }
    const svg = brief.renderItem('won-dollar-rate', { format: 'svg' });
    assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /class="bi-export-source"/);
    assert.match(brief.renderView('partners', { format: 'svg' }), /bi-network/);
    assert.equal(brief.renderView('partners', { format: 'html' }), brief.renderView('partners'));
    for (const call of [
      () => brief.renderItem('no-such-item'),
      () => brief.renderItem(42),
      () => brief.renderItem('won-dollar-rate', { format: 'pdf' }),
      () => brief.renderItem('kj-new-normal', { format: 'svg' }),
      () => brief.renderView('overview', { format: 'svg' }),
    ]) {
      assert.throws(call, (error) => error.name === 'BriefError');
    }
    assert.throws(() => brief.renderItem('no-such-item'), /the brief has no item "no-such-item"/);
    assert.throws(() => brief.renderView('overview', { format: 'svg' }), /no chart to export/);
  });

  test('free() releases a brief; using it afterwards throws, other briefs still work', () => {
    const extra = Brief.fromJson(SEJONG_TEXT);
    const other = Brief.fromObject(SEJONG);
    extra.free();
    assert.throws(() => extra.meta());
    assert.equal(other.meta().title, SEJONG.meta.title);
    other.free();
    assert.equal(brief.meta().title, SEJONG.meta.title);
  });
});

describe('bad input', () => {
  test('syntax errors carry line and column', () => {
    const error = loadOrDiagnose('{\n  "format": 1,\n  "meta": {,\n}', 'syntax');
    assert.ok(error);
    assert.equal(error.diagnostics[0].kind, 'syntax');
    assert.equal(error.diagnostics[0].line, 3);
    assert.ok(error.message.startsWith('1 problem in brief'));
  });

  test('malformed and truncated', () => {
    for (const text of ['', ' ', '{', '}', '[', 'nul', 'null', 'true', '0', '"x"', '{"format":', "{'format': 1}", '\u0000', '\ufeff{}', '{"a":1,"a":2}']) {
      assert.ok(loadOrDiagnose(text, JSON.stringify(text)), JSON.stringify(text));
    }
    for (const cut of [1, 10, 100, 1000, SEJONG_TEXT.length >> 1, SEJONG_TEXT.length - 2]) {
      assert.ok(loadOrDiagnose(SEJONG_TEXT.slice(0, cut), `truncated at ${cut}`));
    }
  });

  test('deep nesting is a limit, not a stack overflow', () => {
    for (const text of ['['.repeat(10_000), '{"a":'.repeat(10_000), '['.repeat(10_000) + ']'.repeat(10_000)]) {
      const error = loadOrDiagnose(text, 'deep');
      assert.ok(error);
    }
    assert.throws(() => Brief.fromObject(JSON.parse('['.repeat(3000) + ']'.repeat(3000))), { name: 'BriefError' });
  });

  test('huge input is refused with a limit diagnostic', () => {
    const huge = '"' + 'x'.repeat(5 * 1024 * 1024) + '"';
    const error = loadOrDiagnose(huge, 'huge');
    assert.equal(error.diagnostics[0].kind, 'limit');
    // Just under the limit, valid JSON with one huge string: loads or is diagnosed, in bounded time.
    const big = structuredClone(SEJONG);
    big.meta.summary = 'y'.repeat(3 * 1024 * 1024);
    loadOrDiagnose(JSON.stringify(big), 'big summary');
  });

  test('wrongly typed briefs', () => {
    const cases = {
      'format as string': { ...SEJONG, format: '1' },
      'format 2': { ...SEJONG, format: 2 },
      'evidence as string': { ...SEJONG, keyJudgments: [{ ...SEJONG.keyJudgments[0], evidence: 'p. 3' }] },
      'meta null': { ...SEJONG, meta: null },
      'array brief': [SEJONG],
      'actors as object': { ...SEJONG, actors: { a: 1 } },
      'paragraph negative': { ...SEJONG, axes: [{ ...SEJONG.axes[0], evidence: [{ paragraph: -1, quote: 'x' }] }] },
      'paragraph fraction': { ...SEJONG, axes: [{ ...SEJONG.axes[0], evidence: [{ paragraph: 1.5, quote: 'x' }] }] },
      'unknown field': { ...SEJONG, extra: true },
      'hostile strings': { ...SEJONG, meta: { ...SEJONG.meta, title: '<img src=x onerror=alert(1)>' } },
    };
    for (const [what, value] of Object.entries(cases)) {
      const text = JSON.stringify(value);
      const error = loadOrDiagnose(text, what);
      if (what !== 'hostile strings') assert.ok(error, `${what} should not load`);
      // fromObject must agree with fromJson: load what it loads, reject what it rejects.
      let fromObject;
      let objectError = null;
      try {
        fromObject = Brief.fromObject(value);
      } catch (e) {
        assertBriefError(e, `${what} (object)`);
        objectError = e;
      }
      fromObject?.free();
      assert.equal(objectError === null, error === null, `${what}: fromObject and fromJson disagree`);
    }
    const allNull = JSON.stringify(SEJONG, (key, value) => (key && (value === null || typeof value !== 'object') ? null : value));
    assert.ok(loadOrDiagnose(allNull, 'every leaf null').diagnostics.length > 5, 'reports many problems at once');
  });

  test('fromObject: cycles, BigInt, undefined, functions', () => {
    const cyclic = structuredClone(SEJONG);
    cyclic.meta.self = cyclic;
    for (const value of [cyclic, 10n, { ...SEJONG, format: 1n }, undefined, null, () => 1, Symbol('x'), 'text', 42]) {
      assert.throws(() => Brief.fromObject(value), (e) => {
        assertBriefError(e, String(typeof value));
        return true;
      });
    }
    assert.throws(() => Brief.fromJson(42), { name: 'BriefError' });
    assert.throws(() => Brief.fromJson(undefined), { name: 'BriefError' });
  });

  test('random byte garbage', () => {
    const random = rng(0xb1ef);
    for (let i = 0; i < 300; i++) {
      const length = Math.floor(random() * 400);
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const text = i % 2 ? new TextDecoder().decode(bytes) : String.fromCharCode(...bytes);
      // Random bytes are never a brief: each must be diagnosed, not loaded.
      assert.ok(loadOrDiagnose(text, `garbage #${i}`), `garbage #${i} loaded`);
    }
    // Lone surrogates cannot be UTF-8; they arrive as U+FFFD and are just text.
    assert.ok(loadOrDiagnose('{"format":1,"meta":"\ud800"}', 'lone surrogate'), 'a string meta is diagnosed');
  });

  test('2,000 random mutations of the Sejong brief each load or give diagnostics', () => {
    const random = rng(20251119);
    const pick = (n) => Math.floor(random() * n);
    const SNIPPETS = ['null', '0', '-1', '1e999', '""', '"x"', '[]', '{}', 'true', ',', ':', '"', '\\', '}', ']', '\u00a0', '한국', '<img src=x onerror=alert(1)>'];
    const REPLACEMENTS = [null, 0, -1, 1.5, '', 'x', [], {}, true, 'not-a-slug!', '2025-13-45', 'kim-jong-un', '<script>'];
    const paths = [];
    (function walk(value, path) {
      paths.push(path);
      if (value && typeof value === 'object') for (const key of Object.keys(value)) walk(value[key], [...path, key]);
    })(SEJONG, []);
    let loaded = 0;
    const started = Date.now();
    for (let i = 0; i < 2000; i++) {
      let text;
      if (i % 2 === 0) {
        // Text-level: delete, insert or duplicate a slice.
        const at = pick(SEJONG_TEXT.length);
        const op = pick(3);
        if (op === 0) text = SEJONG_TEXT.slice(0, at) + SEJONG_TEXT.slice(at + 1 + pick(20));
        else if (op === 1) text = SEJONG_TEXT.slice(0, at) + SNIPPETS[pick(SNIPPETS.length)] + SEJONG_TEXT.slice(at);
        else text = SEJONG_TEXT.slice(0, at) + SEJONG_TEXT.slice(pick(SEJONG_TEXT.length), at) + SEJONG_TEXT.slice(at);
      } else {
        // Structural: replace, delete or add a member somewhere in the tree.
        const copy = structuredClone(SEJONG);
        const path = paths[1 + pick(paths.length - 1)];
        let parent = copy;
        for (const key of path.slice(0, -1)) parent = parent[key];
        const key = path[path.length - 1];
        const op = pick(3);
        if (op === 0) parent[key] = REPLACEMENTS[pick(REPLACEMENTS.length)];
        else if (op === 1) Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
        else if (Array.isArray(parent)) parent.push(structuredClone(parent[pick(parent.length)]));
        else parent[`extra${pick(3)}`] = REPLACEMENTS[pick(REPLACEMENTS.length)];
        text = JSON.stringify(copy, null, pick(2) ? 2 : undefined);
      }
      if (!loadOrDiagnose(text, `mutation #${i}`)) loaded += 1;
    }
    console.log(`# mutations: ${loaded} of 2000 still loaded, ${2000 - loaded} diagnosed, in ${Date.now() - started} ms`);
    // Most mutations break the brief; an implementation that accepted everything would diagnose none.
    assert.ok(2000 - loaded >= 500, `only ${2000 - loaded} of 2000 mutations were diagnosed`);
  });

  test('validate() never throws and agrees with fromJson', () => {
    assert.deepEqual(pkg.validate(SEJONG_TEXT), []);
    for (const value of ['', '[', 42, undefined, null, {}, '{"format":1}']) {
      const diagnostics = pkg.validate(value);
      assert.ok(Array.isArray(diagnostics) && diagnostics.length > 0, String(value));
    }
  });

  test('arguments of the wrong type throw a BriefError instead of trapping the module', () => {
    const wrong = [undefined, null, 42, {}, [], true, Symbol('s'), 10n];
    const oneString = ['item', 'evidence', 'related', 'itemsByAxis', 'itemsByActor', 'partners', 'indicator', 'search',
      'renderView', 'renderCitation', 'renderSearchResults'];
    for (const method of oneString) {
      for (const value of wrong) {
        assert.throws(() => brief[method](value), (e) => e.name === 'BriefError' && Array.isArray(e.diagnostics), `${method}(${String(value)})`);
      }
    }
    for (const method of ['projects', 'recommendations']) {
      assert.ok(Array.isArray(brief[method](undefined)) && Array.isArray(brief[method](null)));
      for (const value of [42, {}, true]) assert.throws(() => brief[method](value), { name: 'BriefError' });
    }
    assert.equal(brief.search('tourism', -1).length, 0, 'a negative limit gives nothing');
    assert.equal(brief.search('tourism', 1.9).length, 1, 'a fractional limit counts its whole part');
    assert.ok(brief.search('tourism', 1e12).length > 0);
    for (const value of [NaN, 'x', {}]) assert.throws(() => brief.search('tourism', value), { name: 'BriefError' });
    assert.equal(brief.item('x'.repeat(100_000)), undefined);
  });

  test('after everything above, the module still works (no panic poisoned it)', () => {
    const again = Brief.embedded();
    assert.equal(again.meta().title, SEJONG.meta.title);
    assert.ok(again.search('tourism').length > 0);
    assert.equal(typeof again.renderView('timeline'), 'string');
    again.free();
  });
});

describe('TypeScript declarations', () => {
  test('no `any` in the public API', () => {
    const dts = readFileSync(AUTHOR.types, 'utf8');
    // The InitOutput interface describes raw Wasm exports and legitimately uses `any`; everything a page
    // touches comes before it.
    const publicPart = dts.split('export type InitInput')[0];
    const anys = publicPart.split('\n').filter((line) => /\bany\b/.test(line.replace(/\/\*.*?\*\/|\/\/.*$|^\s*\*.*$/g, '')));
    assert.deepEqual(anys, []);
    const briefClass = publicPart.slice(publicPart.indexOf('export class Brief'));
    assert.doesNotMatch(briefClass, /: any\b/);
    for (const name of ['BriefMeta', 'Actor', 'Relation', 'Partner', 'Project', 'Indicator', 'Observation', 'TimelineEntry', 'SearchHit', 'FieldMatch', 'Diagnostic', 'RenderOptions', 'ViewName', 'Item', 'ItemSummary']) {
      assert.match(dts, new RegExp(`export (interface|type) ${name}\\b`), name);
    }
    assert.match(briefClass, /meta\(\): BriefMeta;/);
    assert.match(briefClass, /search\(query: string, limit\?: number\): SearchHit\[\];/);
    assert.match(briefClass, /renderView\(view: ViewName, options\?: RenderOptions\): string;/);
  });
});

/** The defaults the model fills in (empty lists) for fields the source may omit. */
function pickDefaults(project) {
  const out = {};
  for (const key of ['claimedResults', 'risks', 'actors', 'axes', 'related']) out[key] = project[key];
  return out;
}
