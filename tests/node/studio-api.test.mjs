// What the studio (www/studio.html) asks of the authors' module: the paragraph rule of docs/paragraphs.md
// (`paragraphs`), coverage from the evidence of a brief still being written (`coverage`) and the quote
// check against the text (`validateWithSource`). The rule itself is Rust (src/load/source.rs); here, that
// the export gives the same answer as the native tests and the briefs' own meta.paragraphs.
//
//   bash tools/build-wasm.sh && node --test tests/node/studio-api.test.mjs

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { loadStudio, REPO_ROOT } from './load-pkg.mjs';

let pkg;
before(async () => {
  pkg = await loadStudio();
});

const BRIEFS = [
  'briefs/sejong-2025-30',
  'briefs/examples/mekong-water-2026-04',
  'briefs/examples/nickel-supply-chain-2026-7',
].map((base) => ({
  base,
  json: readFileSync(join(REPO_ROOT, `${base}.json`), 'utf8'),
  text: readFileSync(join(REPO_ROOT, `${base}.txt`), 'utf8'),
}));

test('paragraphs numbers a text by the rule, normalised, with its sentences', () => {
  const text = 'Series\n\nTitle\n\nOne line\n  continues. The U.S. and China\u00a0met.\n\nCafe\u0301 two? Yes!\n\nNotes';
  assert.deepEqual(pkg.paragraphs(text, 2, 1), [
    { number: 1, text: 'One line continues. The U.S. and China met.', sentences: ['One line continues.', 'The U.S. and China met.'] },
    { number: 2, text: 'Caf\u00e9 two? Yes!', sentences: ['Caf\u00e9 two?', 'Yes!'] },
  ]);
  assert.equal(pkg.paragraphs(text).length, 5, 'no block counts: every block is a paragraph');
  assert.deepEqual(pkg.paragraphs('', 0, 0), []);
  assert.throws(() => pkg.paragraphs(12, 0, 0), { name: 'BriefError', message: /text must be a string/ });
  assert.throws(() => pkg.paragraphs('x', -1, 0), { name: 'BriefError', message: /headerBlocks/ });
});

test("every brief's text has as many paragraphs as its meta.paragraphs, and every quote is in its paragraph", () => {
  for (const { base, json, text } of BRIEFS) {
    const brief = JSON.parse(json);
    const { headerBlocks = 0, footerBlocks = 0 } = brief.meta.source;
    const paragraphs = pkg.paragraphs(text, headerBlocks, footerBlocks);
    assert.equal(paragraphs.length, brief.meta.paragraphs, base);
    assert.deepEqual(pkg.validateWithSource(json, text), [], base);
  }
});

test('coverage names the items citing each sentence, and works on an incomplete brief', () => {
  const text = 'Head\n\nFirst one. Second one.\n\nThird.';
  const result = pkg.coverage(text, 1, 0, [2], [
    { id: 'a', paragraph: 1, quote: 'one. Second' },
    { id: 'b', paragraph: 2, quote: 'nowhere' },
  ]);
  assert.deepEqual(result, {
    paragraphs: [
      { number: 1, uncitedOnPurpose: false, sentences: [{ text: 'First one.', citedBy: ['a'] }, { text: 'Second one.', citedBy: ['a'] }] },
      { number: 2, uncitedOnPurpose: true, sentences: [{ text: 'Third.', citedBy: [] }] },
    ],
  });
  assert.throws(() => pkg.coverage(text, 1, 0, [], [{ id: 'a' }]), { name: 'BriefError', message: /citations/ });
});

test('validateWithSource reports a quote not in its paragraph at its path, with line and column', () => {
  const { json, text } = BRIEFS[0];
  const brief = JSON.parse(json);
  brief.actors[0].evidence[0].quote = 'words the brief never says';
  const problems = pkg.validateWithSource(JSON.stringify(brief, null, 2), text);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].path, '$.actors[0].evidence[0].quote');
  assert.match(problems[0].message, /not in paragraph/);
  assert.ok(problems[0].line > 1 && problems[0].column > 1);
  // A brief with other problems is still compared with its text, as the CLI does: every problem at once.
  brief.relations[0].from = 'nobody';
  const both = pkg.validateWithSource(JSON.stringify(brief, null, 2), text).map((d) => d.path);
  assert.deepEqual(both, ['$.actors[0].evidence[0].quote', '$.relations[0].from']);
  // Without a text it is validate; a broken brief gives validate's problems.
  assert.deepEqual(pkg.validateWithSource(json, undefined), []);
  assert.ok(pkg.validateWithSource('{', text).length > 0);
});

test('convertText makes the canonical text of Markdown and HTML as `brief-insights text` does', () => {
  const md = pkg.convertText('---\ntitle: Notes\n---\n\n# Head\n\nOne **two** [three](x).\n\n- four\n', 'a.md');
  assert.deepEqual(md, { title: 'Notes', text: 'One two three.\n\nfour\n' });
  const html = pkg.convertText('<title>T</title><nav><p>menu</p></nav><p>A &amp; B</p><script>x</script><li>C</li>', 'b.HTML');
  assert.deepEqual(html, { title: 'T', text: 'A & B\n\nC\n' });
  assert.deepEqual(pkg.convertText('a\n\n\nb', 'c.txt'), { title: null, text: 'a\n\nb\n' });
  assert.throws(() => pkg.convertText('x', 3), { name: 'BriefError', message: /fileName must be a string/ });
});
