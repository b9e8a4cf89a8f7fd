// The readers' module (pkg/): what a page showing a brief downloads. It loads a brief from JSON text or a
// `JSON.parse`d object (serde through serde-wasm-bindgen), reports problems by JSON path with line and
// column 0, has every query and render of the authors' module with the same results, and none of the
// authors' API (`validate`, `Brief.embedded`).
//
//   bash tools/build-wasm.sh && node --test tests/node/

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { loadAuthor, loadReader, rng, SEJONG_PATH } from './load-pkg.mjs';

const SEJONG_TEXT = readFileSync(SEJONG_PATH, 'utf8');
const SEJONG = JSON.parse(SEJONG_TEXT);
const VIEWS = ['overview', 'partners', 'projects', 'timeline', 'economy', 'recommendations', 'search'];
const KINDS = new Set(['syntax', 'schema', 'semantic', 'limit']);

let reader;
let author;
let brief;
let reference;

before(async () => {
  reader = await loadReader();
  author = await loadAuthor();
  brief = reader.Brief.fromJson(SEJONG_TEXT);
  reference = author.Brief.embedded();
});
after(() => {
  brief?.free();
  reference?.free();
});

/** Checks a BriefError of the readers' module: problems by path, line and column 0. */
function assertReaderError(error, what) {
  assert.ok(error instanceof Error, `${what}: threw a non-Error ${String(error)}`);
  assert.equal(error.name, 'BriefError', `${what}: ${error.stack}`);
  assert.ok(Array.isArray(error.diagnostics) && error.diagnostics.length > 0, `${what}: no diagnostics`);
  for (const d of error.diagnostics) {
    assert.ok(KINDS.has(d.kind), `${what}: kind ${d.kind}`);
    assert.ok(typeof d.path === 'string' && d.path.startsWith('$'), `${what}: path ${d.path}`);
    assert.equal(d.line, 0, `${what}: line`);
    assert.equal(d.column, 0, `${what}: column`);
    assert.ok(typeof d.message === 'string' && d.message.length > 0, `${what}: message`);
  }
  assert.ok(error.message.length > 0 && error.message.length < 20_000, `${what}: message length`);
}

/** The BriefError `load` throws (failing the test if it loads instead). */
function errorOf(load, what) {
  try {
    load().free();
  } catch (error) {
    assertReaderError(error, what);
    return error;
  }
  assert.fail(`${what}: loaded`);
}

describe('the readers\' module', () => {
  test('exports no authoring API', () => {
    assert.deepEqual(Object.keys(reader).filter((k) => !['default', 'initSync'].includes(k)).sort(), ['Brief', 'version']);
    assert.equal(reader.validate, undefined);
    assert.equal(reader.Brief.embedded, undefined);
    assert.equal(typeof author.validate, 'function');
    assert.equal(typeof author.Brief.embedded, 'function');
    assert.equal(reader.version(), author.version());
  });

  test('fromJson and fromObject load the Sejong brief', () => {
    assert.equal(brief.meta().title, SEJONG.meta.title);
    const other = reader.Brief.fromObject(SEJONG);
    assert.deepEqual(other.meta(), brief.meta());
    other.free();
  });

  test('every query and render gives what the authors\' module gives', () => {
    const ids = [];
    for (const list of ['keyJudgments', 'axes', 'actors', 'relations', 'projects', 'indicators', 'events', 'recommendationAreas', 'recommendations']) {
      for (const x of SEJONG[list] ?? []) {
        ids.push(x.id);
        for (const o of x.observations ?? []) ids.push(o.id);
      }
    }
    const calls = [
      ['meta'], ['keyJudgments'], ['axes'], ['actors'], ['relations'], ['sectors'], ['projects'], ['projects', SEJONG.projects[0].sector],
      ['timeline'], ['indicators'], ['events'], ['recommendationAreas'], ['recommendations'],
      ['renderShell'], ['renderShell', { lang: 'ko', idPrefix: 'k-' }], ['search', 'north korea', 100], ['search', 'tourism'],
      ['renderSearchResults', 'tourism'], ['item', 'no-such-item'],
    ];
    for (const id of ids) {
      calls.push(['item', id], ['evidence', id], ['related', id], ['itemsByAxis', id], ['itemsByActor', id], ['partners', id],
        ['indicator', id], ['renderCitation', id]);
    }
    for (const view of VIEWS) {
      for (const lang of ['en', 'ko']) calls.push(['renderView', view, { lang, idPrefix: 'x-', query: 'kim', selected: SEJONG.actors[1].id }]);
    }
    for (const [method, ...args] of calls) {
      // JSON text, so that member order counts too.
      assert.equal(JSON.stringify(brief[method](...args)), JSON.stringify(reference[method](...args)), `${method}(${args.map(String)})`);
    }
  });

  test('the static renderings are the authors\' module\'s (the widget never needs them)', () => {
    assert.equal(brief.renderDocument, undefined);
    assert.equal(brief.jsonLd, undefined);
    assert.match(reference.renderDocument(), /<article class="bi-document"/);
  });

  test('the brief is not compiled in', () => {
    const wasm = readFileSync(new URL('../../pkg/brief_insights_bg.wasm', import.meta.url));
    assert.equal(wasm.indexOf(Buffer.from(SEJONG.keyJudgments[0].evidence[0].quote)), -1);
  });
});

describe('bad input, reported by JSON path', () => {
  test('syntax errors are one "syntax" problem at $', () => {
    for (const text of ['', '{', '{"format":', "{'format': 1}", '\ufeff{}', '['.repeat(10_000), SEJONG_TEXT.slice(0, 1000)]) {
      const error = errorOf(() => reader.Brief.fromJson(text), JSON.stringify(text.slice(0, 20)));
      assert.equal(error.diagnostics.length, 1);
      assert.equal(error.diagnostics[0].kind, 'syntax');
      assert.equal(error.diagnostics[0].path, '$');
    }
  });

  // Both modules decode with the one decoder: the readers' module reports the same problems, by path,
  // with line and column 0 (and no "did you mean": that is for authors).
  const sameProblems = (value, what) => {
    const error = errorOf(() => reader.Brief.fromObject(value), what);
    const fromText = errorOf(() => reader.Brief.fromJson(JSON.stringify(value)), `${what} (text)`);
    assert.deepEqual(fromText.diagnostics, error.diagnostics, what);
    const full = author.validate(JSON.stringify(value));
    const withoutSuggestion = (m) => m.replace(/; (did you mean "[^"]*"\?|allowed here: .*)$/, '');
    // The authors' module orders problems by position, which the readers' module does not have.
    const comparable = (list) => list.map((d) => JSON.stringify([d.kind, d.path, withoutSuggestion(d.message)])).sort();
    assert.deepEqual(comparable(error.diagnostics), comparable(full), what);
    assert.ok(error.diagnostics.every((d) => d.line === 0 && d.column === 0), what);
    return error;
  };

  test('a wrongly typed member is named by its path, with the authors\' module\'s message', () => {
    const { title: _title, ...untitled } = SEJONG.meta;
    const cases = [
      [{ ...SEJONG, format: '1' }, '$.format', /expected a whole number of 0 or more, found a string/],
      [{ ...SEJONG, meta: null }, '$.meta', /expected an object, found null/],
      [{ ...SEJONG, axes: [SEJONG.axes[0], { ...SEJONG.axes[1], evidence: [{ paragraph: 1.5, quote: 'x' }] }] }, '$.axes[1].evidence[0].paragraph', /whole number/],
      [{ ...SEJONG, relations: [{ ...SEJONG.relations[0], stance: 'meh' }] }, '$.relations[0].stance', /"meh" is not one of/],
      [{ ...SEJONG, meta: untitled }, '$.meta', /missing required field "title"/],
      [{ ...SEJONG, actors: { a: 1 } }, '$.actors', /expected an array/],
    ];
    for (const [value, path, message] of cases) {
      const error = sameProblems(value, path);
      assert.equal(error.diagnostics[0].kind, 'schema');
      assert.equal(error.diagnostics[0].path, path);
      assert.match(error.diagnostics[0].message, message);
      assert.ok(error.message.startsWith(`1 problem in brief\n${path}: `), error.message);
    }
  });

  test('semantic problems: every one, by path', () => {
    const value = { ...SEJONG, format: 2, axes: [SEJONG.axes[0], SEJONG.axes[0]] };
    const error = sameProblems(value, 'semantic');
    assert.ok(error.diagnostics.length >= 2, 'reports every problem at once');
    assert.ok(error.diagnostics.every((d) => d.kind === 'semantic'));
    assert.ok(error.diagnostics.some((d) => d.path === '$.format'));
    assert.ok(error.diagnostics.some((d) => d.path === '$.axes[1].id' && /duplicate id/.test(d.message)));
  });

  test('members the format does not know are reported, as by the authors\' module', () => {
    const error = sameProblems({ ...SEJONG, extra: true, meta: { ...SEJONG.meta, titel: 'x' } }, 'unknown');
    assert.deepEqual(error.diagnostics.map((d) => d.path).sort(), ['$.extra', '$.meta.titel']);
    assert.match(error.diagnostics.find((d) => d.path === '$.meta.titel').message, /unknown field "titel"; allowed here: /);
  });

  test('values that are no brief, and huge text', () => {
    const cyclic = structuredClone(SEJONG);
    cyclic.meta.self = cyclic;
    cyclic.meta.authors.push(cyclic);
    for (const value of [cyclic, 10n, undefined, null, () => 1, Symbol('x'), 'text', 42, [SEJONG],
      JSON.parse('['.repeat(3000) + ']'.repeat(3000))]) {
      errorOf(() => reader.Brief.fromObject(value), String(typeof value));
    }
    // Nesting past the limit (a cycle is endless nesting) is a limit, not a crash.
    assert.equal(errorOf(() => reader.Brief.fromObject(cyclic), 'cyclic').diagnostics[0].kind, 'limit');
    for (const value of [42, undefined, null, {}, SEJONG]) {
      assert.equal(errorOf(() => reader.Brief.fromJson(value), String(value)).diagnostics[0].kind, 'schema');
    }
    const huge = errorOf(() => reader.Brief.fromJson('"' + 'x'.repeat(5 * 1024 * 1024) + '"'), 'huge');
    assert.equal(huge.diagnostics[0].kind, 'limit');
  });

  test('1,000 random mutations of the Sejong brief each load or throw a BriefError', () => {
    const random = rng(20251206);
    const pick = (n) => Math.floor(random() * n);
    const REPLACEMENTS = [null, 0, -1, 1.5, '', 'x', [], {}, true, 'not-a-slug!', '2025-13-45', 'kim-jong-un', '<script>', 1e300, NaN];
    const paths = [];
    (function walk(value, path) {
      paths.push(path);
      if (value && typeof value === 'object') for (const key of Object.keys(value)) walk(value[key], [...path, key]);
    })(SEJONG, []);
    let loaded = 0;
    for (let i = 0; i < 1000; i++) {
      const copy = structuredClone(SEJONG);
      const path = paths[1 + pick(paths.length - 1)];
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent[key];
      const key = path[path.length - 1];
      const op = pick(3);
      if (op === 0) parent[key] = REPLACEMENTS[pick(REPLACEMENTS.length)];
      else if (op === 1) Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
      else if (Array.isArray(parent)) parent.push(structuredClone(parent[pick(parent.length)]));
      else parent[key] = structuredClone(copy.meta);
      try {
        const b = reader.Brief.fromObject(copy);
        b.renderView(VIEWS[i % VIEWS.length]);
        b.free();
        loaded += 1;
      } catch (error) {
        assertReaderError(error, `mutation #${i}`);
      }
    }
    console.log(`# mutations: ${loaded} of 1000 still loaded`);
  });

  test('wrong arguments and options throw a BriefError without diagnostics', () => {
    for (const call of [
      () => brief.renderView('nope'),
      () => brief.renderView('overview', { lang: 3 }),
      () => brief.renderView('overview', { idPrefix: {} }),
      () => brief.renderShell('en'),
      () => brief.item(42),
      () => brief.search('x', 'y'),
    ]) {
      assert.throws(call, (error) => error.name === 'BriefError' && Array.isArray(error.diagnostics) && error.diagnostics.length === 0);
    }
    assert.throws(() => brief.renderView('overview', { lang: 3 }), /render options: lang: /);
  });

  test('after everything above, the module still works (no panic poisoned it)', () => {
    const again = reader.Brief.fromObject(SEJONG);
    assert.equal(again.meta().title, SEJONG.meta.title);
    assert.ok(again.search('tourism').length > 0);
    again.free();
  });
});
