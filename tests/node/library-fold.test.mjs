// The library element folds and cuts text exactly as the Rust index does: the same cases
// (tests/fixtures/library-fold.json, checked by tests/site.rs) through www/brief-insights-library.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fold, keysOfFolded, queryKeys, queryTerms, termPlan } from '../../www/brief-insights-library.js';

const cases = JSON.parse(readFileSync(new URL('../fixtures/library-fold.json', import.meta.url), 'utf8'));

test('every shared case folds and cuts into the same keys as in Rust', () => {
  assert.ok(cases.length >= 10);
  for (const { text, folded, keys } of cases) {
    assert.equal(fold(text), folded, text);
    assert.deepEqual(keysOfFolded(fold(text)), keys, text);
  }
});

test('query terms: split at spaces, commas and semicolons, unquoted, at most eight', () => {
  assert.deepEqual(queryTerms('"Won" 협동조합; x,Y'), ['won', '협동조합', 'x', 'y']);
  assert.deepEqual(queryTerms('a b c d e f g h i j'), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  assert.deepEqual(queryTerms(' \t\'"'), []);
});

test('a Korean word is looked up by its bigrams and verified as a whole', () => {
  assert.deepEqual(queryKeys('협동조합'), ['협동', '동조', '조합']);
  assert.deepEqual(queryKeys('협동'), ['협동']);
  assert.deepEqual(queryKeys('중'), ['중']);
  assert.deepEqual(queryKeys('g7정상'), ['g7', '정상']);
  assert.equal(termPlan('협동조합').verify, '협동조합');
  assert.equal(termPlan('won').verify, null);
  assert.equal(termPlan('won-dollar').verify, 'won-dollar');
});
