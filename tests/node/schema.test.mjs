// The committed JSON Schema (schema/brief.schema.json) checked by an independent validator, ajv (draft
// 2020-12): real briefs pass, broken ones fail, and on dates and ids the schema agrees with
// `brief-insights validate` wherever a schema can (impossible calendar days and reversed periods are
// the documented exceptions: only the CLI catches them).
//
//   node --test tests/node/        (needs `npm install` and a built CLI: cargo build)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'brief.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(schema);

/** The CLI, built by `cargo build` (or `cargo test`); built here if it is not. */
function cli() {
  const bin = process.env.BRIEF_INSIGHTS_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug', 'brief-insights');
  if (!existsSync(bin)) execFileSync('cargo', ['build', '--quiet', '--bin', 'brief-insights'], { cwd: ROOT, stdio: 'inherit' });
  return bin;
}

function check(brief) {
  const ok = validate(brief);
  return { ok, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) };
}

test('the schema compiles in strict mode and is the one the CLI prints', () => {
  const printed = execFileSync(cli(), ['schema'], { encoding: 'utf8' });
  assert.equal(printed, readFileSync(join(ROOT, 'schema', 'brief.schema.json'), 'utf8'));
});

test('every brief in briefs/ conforms', () => {
  const files = readdirSync(join(ROOT, 'briefs')).filter((f) => f.endsWith('.json'));
  assert.ok(files.includes('sejong-2025-30.json'));
  for (const file of files) {
    const result = check(JSON.parse(readFileSync(join(ROOT, 'briefs', file), 'utf8')));
    assert.ok(result.ok, `${file}: ${result.errors.join('\n')}`);
  }
});

test('the starter brief of `brief-insights new` conforms', () => {
  const text = execFileSync(cli(), ['new', '--title', 'Starter'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const result = check(JSON.parse(text));
  assert.ok(result.ok, result.errors.join('\n'));
});

// What the schema says of each broken fixture. `null`: not JSON at all, so no schema applies.
const SCHEMA_VERDICT = {
  'dangling-ids.json': 'valid', // ids that must exist: only the CLI knows the brief's ids
  'duplicate-ids.json': 'valid', // uniqueness across lists: likewise
  'duplicate-key.json': 'valid', // JSON.parse keeps the last member; the CLI's parser refuses duplicates
  'empty-evidence.json': 'invalid', // minItems 1 and a quote with no visible character
  'empty.json': null,
  'html-page.json': null, // a web page where the brief was expected
  'impossible-date.json': 'valid', // 2025-02-30 has the shape of a date; the CLI checks the calendar
  'not-an-object.json': 'invalid',
  'cascade.json': 'invalid', // the id is not a slug: the schema's id pattern sees that
  'missing-actor.json': 'valid', // references to an id that exists nowhere: the CLI checks them
  'date-in-words.json': 'invalid', // "late 2028" is not one of the date patterns
  'paragraph-out-of-range.json': 'invalid', // paragraph 0 (paragraph 4 of 3 needs meta.paragraphs: CLI only)
  'syntax-error.json': null,
  'too-deep.json': 'invalid',
  'trailing-comma.json': null,
  'unknown-field.json': 'invalid',
  'wrong-types.json': 'invalid',
};

test('broken briefs: the schema rejects what a schema can see', () => {
  const dir = join(ROOT, 'tests', 'fixtures', 'bad');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  assert.deepEqual(files, Object.keys(SCHEMA_VERDICT).sort(), 'every fixture has a verdict here');
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      assert.equal(SCHEMA_VERDICT[file], null, `${file} is not JSON`);
      continue;
    }
    const result = check(parsed);
    assert.equal(result.ok ? 'valid' : 'invalid', SCHEMA_VERDICT[file], `${file}: ${result.errors.join('; ')}`);
  }
});

test('wrong types and typos are pointed at', () => {
  const dir = join(ROOT, 'tests', 'fixtures', 'bad');
  const wrong = check(JSON.parse(readFileSync(join(dir, 'wrong-types.json'), 'utf8')));
  for (const path of ['/meta/paragraphs', '/actors/0/kind', '/relations/0/fields', '/events/0/date']) {
    assert.ok(wrong.errors.some((e) => e.startsWith(path + ' ')), `${path} in ${wrong.errors.join('; ')}`);
  }
  const typo = check(JSON.parse(readFileSync(join(dir, 'unknown-field.json'), 'utf8')));
  assert.ok(typo.errors.includes('/axes/0 must NOT have additional properties'), typo.errors.join('; '));
  assert.ok(typo.errors.includes("/meta must have required property 'language'"), typo.errors.join('; '));
});

/** A minimal brief whose event has the given date and whose axis has the given id. */
function briefWith({ date = '2025-05', id = 'axis' } = {}) {
  return {
    format: 1,
    meta: {
      series: 'S', number: '1', title: 'T', date: '2025-01-02', authors: [{ name: 'A' }], publisher: 'P',
      language: 'en', paragraphs: 1,
    },
    axes: [{ id, label: 'Axis', evidence: [{ paragraph: 1, quote: 'Q.' }] }],
    events: [{ id: 'event', title: 'E', date, evidence: [{ paragraph: 1, quote: 'Q.' }] }],
  };
}

/** The CLI's verdict on many briefs in one run: file name → list of problem messages. */
function cliVerdicts(briefs) {
  const dir = mkdtempSync(join(tmpdir(), 'brief-schema-'));
  try {
    const names = briefs.map((b, i) => {
      const name = `b${i}.json`;
      writeFileSync(join(dir, name), JSON.stringify(b));
      return name;
    });
    const run = spawnSync(cli(), ['validate', '--format', 'json', ...names], { cwd: dir, encoding: 'utf8' });
    const problems = JSON.parse(run.stdout);
    return names.map((n) => problems.filter((p) => p.file === n).map((p) => p.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('dates: the schema pattern and the CLI agree', () => {
  const good = ['2025', '2025-09', '2025-09-30', '2024-02-29', '2025-Q1', '2025-Q4', '2025-H1', '2025-H2', '2025-spring',
    '2025-summer', '2025-autumn', '2025-winter', '2021/2025', '2025-H1/2025-Q4', '2023-12/2025-summer', '2028-early',
    '2028-mid', '2028-late', '2026-end', '2026-end/2028-late'];
  const bad = ['25', '20250', '2025-13', '2025-00', '2025-1-1', '2025-01-1', '2025-fall', '2025-H3', '2025-Q5', '2025-Q0',
    '2025-09-32', '2025/', '/2025', '2025//2026', 'Q3-2025', '2025-q3', '2025-Summer', '', ' 2025-09', '2025-09-30T00:00',
    'late 2028', '2028-Late', 'end of 2026'];
  // Shaped like dates but not on the calendar: the schema cannot know; the CLI does.
  const calendar = ['2025-02-30', '2023-02-29', '2025-04-31', '2025/2021'];
  const all = [...good, ...bad, ...calendar];
  const verdicts = cliVerdicts(all.map((date) => briefWith({ date })));
  all.forEach((date, i) => {
    const schemaOk = check(briefWith({ date })).ok;
    const cliOk = verdicts[i].length === 0;
    if (good.includes(date)) assert.ok(schemaOk && cliOk, `${date} accepted by both (${verdicts[i]})`);
    if (calendar.includes(date)) assert.ok(schemaOk && !cliOk, `${date}: schema shape ok, CLI rejects`);
    if (bad.includes(date)) {
      assert.ok(!schemaOk, `${date} rejected by the schema`);
      // The CLI trims surrounding spaces; otherwise it agrees.
      if (date !== ' 2025-09') assert.ok(!cliOk, `${date} rejected by the CLI`);
    }
  });
});

test('ids: the schema pattern and the CLI agree', () => {
  const good = ['a', 'axis-1', 'rakwon-aquaculture', '2025', 'a'.repeat(80)];
  const bad = ['Axis', 'a--b', '-a', 'a-', 'a_b', 'a b', 'é', '', 'a'.repeat(81)];
  const all = [...good, ...bad];
  const verdicts = cliVerdicts(all.map((id) => briefWith({ id })));
  all.forEach((id, i) => {
    const schemaOk = check(briefWith({ id })).ok;
    const cliOk = verdicts[i].length === 0;
    assert.equal(schemaOk, good.includes(id), `schema on ${JSON.stringify(id)}`);
    assert.equal(cliOk, good.includes(id), `CLI on ${JSON.stringify(id)}: ${verdicts[i]}`);
  });
});

test('observation qualifiers say which numbers they need', () => {
  const withObservation = (observation) => ({
    ...briefWith(),
    indicators: [{
      id: 'indicator', name: 'N', evidence: [{ paragraph: 1, quote: 'Q.' }],
      observations: [{ id: 'obs', label: 'L', evidence: [{ paragraph: 1, quote: 'Q.' }], ...observation }],
    }],
  });
  const cases = [
    [{ qualifier: 'exact', low: 1 }, true],
    [{ qualifier: 'exact' }, false],
    [{ qualifier: 'exact', low: null }, false], // null is an absent number, to the schema as to the CLI
    [{ qualifier: 'range', low: 1, high: 2 }, true],
    [{ qualifier: 'range', low: 1 }, false],
    [{ qualifier: 'atLeast', low: 1 }, true],
    [{ qualifier: 'atLeast', high: 1 }, false],
    [{ qualifier: 'atMost', high: 1 }, true],
    [{ qualifier: 'atMost', low: 1 }, false],
    [{ qualifier: 'about', low: 1 }, false],
  ];
  const verdicts = cliVerdicts(cases.map(([o]) => withObservation(o)));
  cases.forEach(([observation, expected], i) => {
    assert.equal(check(withObservation(observation)).ok, expected, `schema on ${JSON.stringify(observation)}`);
    assert.equal(verdicts[i].length === 0, expected, `CLI on ${JSON.stringify(observation)}: ${verdicts[i]}`);
  });
});
