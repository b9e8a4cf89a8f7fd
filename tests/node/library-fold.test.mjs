// The library element folds and cuts text exactly as the Rust index does: the same cases
// (tests/fixtures/library-fold.json, checked by tests/site.rs) through www/brief-insights-library.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fold, keysOfFolded, LibraryIndex, queryKeys, queryTerms, termPlan } from '../../www/brief-insights-library.js';

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
  assert.equal(termPlan('협동조합').phrase, true);
  // Only the bigrams that cover every char: offsets 0 and 2 of 협동조합, 0, 2, 3 of 어민협동조합.
  assert.deepEqual(termPlan('협동조합').keys, ['협동', '조합']);
  assert.deepEqual(termPlan('어민협동조합').keys, ['어민', '협동', '조합']);
  assert.deepEqual(termPlan('어민협동조합').offsets, [0, 2, 4]);
  assert.deepEqual(termPlan('식물플랑크톤').offsets, [0, 2, 4]);
  assert.deepEqual(termPlan('모로왈리').offsets, [0, 2]);
  assert.deepEqual(termPlan('인도네시아').offsets, [0, 2, 3]);
  assert.equal(termPlan('협동조합').verify, null);
  assert.equal(termPlan('협동조합').needle, '협동조합');
  assert.equal(termPlan('won').verify, null);
  assert.equal(termPlan('won-dollar').verify, 'won-dollar');
  assert.equal(termPlan('won-dollar').phrase, false);
});

test('the in-memory search: bigrams at consecutive positions only, best first', () => {
  // Item 0: 어민협동조합 (bigrams at 0..4); item 1: 협동과 조합의 동조 (every bigram, scattered);
  // item 2: 협동조합 in a quote (weight 1). Postings in score order (weight 3, 2, 1), each gap * 4 + weight,
  // the gap from the previous item of the same weight (from 0 at a new weight); positions: count, first, gaps.
  const shard = {
    '동조': [0 * 4 + 3, 1 * 4 + 2, 2 * 4 + 1], '동조#p': [1, 3, 1, 8, 1, 1],
    '조합': [0 * 4 + 3, 1 * 4 + 2, 2 * 4 + 1], '조합#p': [1, 4, 1, 4, 1, 2],
    '협동': [0 * 4 + 3, 1 * 4 + 2, 2 * 4 + 1], '협동#p': [1, 2, 1, 0, 1, 0],
  };
  const manifest = {
    root: '../',
    terms: { path: 'terms/', first: ['동조'], maxPrefixShards: 2 },
    records: { path: 'items/', perShard: 8 },
    heads: { path: 'heads/', first: [], items: 10 },
  };
  const index = new LibraryIndex('http://127.0.0.1/library/manifest.json', manifest);
  const shards = new Map([[0, LibraryIndex.decode(shard)]]);
  const run = (q) => [...index.search(index.plan(queryTerms(q)), shards)];
  assert.deepEqual(run('협동조합'), [0, 2]);
  assert.deepEqual(run('협동'), [0, 1, 2]);
  assert.deepEqual(run('동조'), [0, 1, 2]);
  assert.deepEqual(run('협동조합 동조'), [0, 2]);
  assert.deepEqual(run('조합협동'), []);
  // 협동 then 조합 two chars on, but another char between them in item 3 (협동X조합): no hit.
  const gap = {
    '조합': [3 * 4 + 3], '조합#p': [1, 3],
    '협동': [3 * 4 + 3], '협동#p': [1, 0],
  };
  const gapShards = new Map([[0, LibraryIndex.decode(gap)]]);
  assert.deepEqual([...index.search(index.plan(queryTerms('협동조합')), gapShards)], []);
});

test('score order: a one-key search reads only its first page; counts are exact', () => {
  // Key "port": items 5 and 9 in titles (3), 1 and 7 in texts (2), 0, 2, 3 in quotes (1).
  // Key "ports" (a longer word, prefix points halved): item 4 in a title, 0 in a quote.
  const shard = {
    port: [5 * 4 + 3, 4 * 4 + 3, 1 * 4 + 2, 6 * 4 + 2, 0 * 4 + 1, 2 * 4 + 1, 1 * 4 + 1],
    ports: [4 * 4 + 3, 0 * 4 + 1],
  };
  const manifest = {
    root: '../',
    terms: { path: 'terms/', first: ['port'], maxPrefixShards: 2 },
    records: { path: 'items/', perShard: 8 },
    heads: { path: 'heads/', first: [], items: 10 },
  };
  const index = new LibraryIndex('http://127.0.0.1/library/manifest.json', manifest);
  const shards = new Map([[0, LibraryIndex.decode(shard)]]);
  const ranking = index.search(index.plan(queryTerms('port')), shards);
  // Title hits of the whole word (6 points), text hits (4), the prefix's title hit (3), quote hits (2).
  assert.deepEqual(ranking.take(3), [5, 9, 1]);
  assert.deepEqual(ranking.take(10), [7, 4, 0, 2, 3]);
  assert.equal(ranking.count, 8);
  assert.deepEqual([...index.search(index.plan(queryTerms('ports')), shards)], [4, 0]);
  assert.equal(index.search(index.plan(queryTerms('ports')), shards).count, 2);
  // Two terms: from the rarer, points added; ties in library order.
  assert.deepEqual([...index.search(index.plan(queryTerms('ports port')), shards)], [4, 0]);
});

test('score order: early stops give the same ranking as scoring every item', () => {
  // A seeded generator (mulberry32), so the test is the same at every run.
  let seed = 7;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const keys = ['sea', 'seas', 'season', 'port', 'ports'];
  for (let round = 0; round < 20; round++) {
    // Each key: some of 200 items, each with a weight 1..3; encoded in score order as the builder does.
    const postings = Object.fromEntries(
      keys.map((key) => {
        const list = [];
        const share = 0.05 + random() * 0.5;
        for (let n = 0; n < 200; n++) if (random() < share) list.push([n, 1 + Math.floor(random() * 3)]);
        return [key, list];
      }),
    );
    const shard = {};
    for (const [key, list] of Object.entries(postings)) {
      const ordered = [...list].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      let previous = null;
      shard[key] = ordered.map(([n, w]) => {
        const gap = previous && previous[1] === w ? n - previous[0] : n;
        previous = [n, w];
        return gap * 4 + w;
      });
    }
    const manifest = {
      root: '../',
      terms: { path: 'terms/', first: ['port'], maxPrefixShards: 2 },
      records: { path: 'items/', perShard: 8 },
      heads: { path: 'heads/', first: [], items: 10 },
    };
    const index = new LibraryIndex('http://127.0.0.1/library/manifest.json', manifest);
    const shards = new Map([[0, LibraryIndex.decode(shard)]]);
    for (const query of ['sea', 'port', 'sea port', 'seas ports', 'season sea', 'ports season port']) {
      const terms = queryTerms(query);
      const expected = [];
      for (let n = 0; n < 200; n++) {
        let total = 0;
        let all = true;
        for (const term of terms) {
          let best = 0;
          for (const key of keys.filter((k) => k.startsWith(term))) {
            const hit = postings[key].find(([m]) => m === n);
            if (hit) best = Math.max(best, (key === term ? 2 : 1) * hit[1]);
          }
          if (best === 0) all = false;
          total += best;
        }
        if (all) expected.push([n, total]);
      }
      expected.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const ranking = index.search(index.plan(terms), shards);
      const firstPage = ranking.take(10);
      assert.deepEqual(firstPage, expected.slice(0, 10).map(([n]) => n), `${query}, round ${round}: first page`);
      assert.deepEqual([...firstPage, ...ranking], expected.map(([n]) => n), `${query}, round ${round}`);
      assert.equal(index.search(index.plan(terms), shards).count, expected.length, `${query}: count`);
    }
    // A word searched in its keys' heads alone (each key's first 10 postings and its count, as the
    // builder writes head shards): the same first page, then the rest from the whole lists.
    const heads = { lists: Object.fromEntries(Object.entries(shard).map(([key, list]) => [key, { count: list.length, head: list.slice(0, 10) }])) };
    const headShards = new Map([[0, LibraryIndex.decodeHeads(heads)]]);
    for (const query of ['sea', 'se', 's', 'season', 'port', 'po', 'ports']) {
      const plans = index.plan(queryTerms(query));
      const whole = index.search(plans, shards);
      const fromHeads = index.searchHeads(plans, headShards);
      assert.deepEqual(fromHeads.take(10), whole.take(10), `${query}, round ${round}: first page from the heads`);
      const keysOfWord = keys.filter((k) => k.startsWith(query));
      const truncated = keysOfWord.some((k) => shard[k].length > 10);
      assert.equal(fromHeads.partial, truncated, `${query}: partial only when a head is not its whole list`);
      if (truncated) assert.deepEqual(fromHeads.take(10), [], `${query}: a partial ranking gives its first page only`);
      // One key: its count is its list's length, known from the head; a prefix of several: not.
      if (keysOfWord.length === 1) assert.equal(fromHeads.count, shard[query].length, `${query}: count from the head`);
      else if (truncated) assert.equal(fromHeads.countKnown, false, `${query}: count unknown from the heads`);
    }
  }
});

test('score order: Korean words of several bigrams (positions) give the same ranking as scoring every item', () => {
  // A seeded generator (mulberry32), so the test is the same at every run.
  let seed = 11;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Four syllables only, so that words recur whole and their bigrams recur scattered (가나 … 나다 …).
  const syllables = ['가', '나', '다', '라'];
  const word = () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => syllables[Math.floor(random() * 4)]).join('');
  const manifest = {
    root: '../',
    terms: { path: 'terms/', first: ['가'], maxPrefixShards: 2 },
    records: { path: 'items/', perShard: 8 },
    heads: { path: 'heads/', first: [], items: 10 },
  };
  const index = new LibraryIndex('http://127.0.0.1/library/manifest.json', manifest);
  const coverage = { words: 0, scattered: 0 };
  for (let round = 0; round < 10; round++) {
    // Each item: a title (weight 3), a text (2) and a quote (1) of a few words, joined by newlines as the
    // builder joins an item's fields; each key with its best weight and, for a bigram, its char positions.
    const texts = [];
    const postings = new Map();
    for (let n = 0; n < 150; n++) {
      const fields = [3, 2, 1].map((weight) => ({ weight, text: Array.from({ length: 1 + Math.floor(random() * 3) }, word).join(' ') }));
      texts.push(fields.map((f) => f.text).join('\n'));
      let base = 0;
      for (const { weight, text } of fields) {
        const chars = Array.from(text);
        chars.forEach((c, i) => {
          if (c === ' ') return;
          const bigram = i + 1 < chars.length && chars[i + 1] !== ' ' ? c + chars[i + 1] : null;
          const key = bigram ?? c;
          if (!postings.has(key)) postings.set(key, new Map());
          const hit = postings.get(key).get(n) ?? { weight: 0, positions: [] };
          hit.weight = Math.max(hit.weight, weight);
          if (bigram) hit.positions.push(base + i);
          postings.get(key).set(n, hit);
        });
        base += chars.length + 1;
      }
    }
    const shard = {};
    for (const [key, hits] of postings) {
      const ordered = [...hits].sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0]);
      let previous = null;
      shard[key] = ordered.map(([n, { weight }]) => {
        const gap = previous && previous.weight === weight ? n - previous.n : n;
        previous = { n, weight };
        return gap * 4 + weight;
      });
      if (Array.from(key).length === 2) {
        shard[`${key}#p`] = ordered.flatMap(([, { positions }]) => [positions.length, ...positions.map((p, i) => p - (positions[i - 1] ?? 0))]);
      }
    }
    const shards = new Map([[0, LibraryIndex.decode(shard)]]);
    const weightOf = (key, n) => postings.get(key)?.get(n)?.weight ?? 0;
    for (const query of ['가나다', '나다라가', '가나다라가', '다라 가나다', '가 라가나', '나다라 라다나가다', '가나다라가나']) {
      const terms = queryTerms(query);
      const plans = index.plan(terms);
      const expected = [];
      for (let n = 0; n < texts.length; n++) {
        let total = 0;
        for (const plan of plans) {
          let points = 0;
          if (plan.keys.length === 1) {
            // One key: the best of the keys it starts (the whole key double).
            for (const key of postings.keys()) {
              if (key.startsWith(plan.keys[0])) points = Math.max(points, (key === plan.keys[0] ? 2 : 1) * weightOf(key, n));
            }
          } else if (texts[n].includes(plan.needle)) {
            // A word of several bigrams: in the item's text, 2 × the weight of each key it is looked up by.
            points = plan.keys.reduce((sum, key) => sum + 2 * weightOf(key, n), 0);
          }
          if (points === 0) {
            total = 0;
            break;
          }
          total += points;
        }
        if (total > 0) expected.push([n, total]);
      }
      expected.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const ranking = index.search(plans, shards);
      const firstPage = ranking.take(10);
      assert.deepEqual(firstPage, expected.slice(0, 10).map(([n]) => n), `${query}, round ${round}: first page`);
      assert.deepEqual([...firstPage, ...ranking], expected.map(([n]) => n), `${query}, round ${round}`);
      assert.equal(index.search(plans, shards).count, expected.length, `${query}, round ${round}: count`);
      for (let n = 0; n < texts.length; n++) {
        for (const plan of plans.filter((p) => p.keys.length > 1)) {
          const hasKeys = plan.keys.every((key) => weightOf(key, n) > 0);
          if (hasKeys && texts[n].includes(plan.needle)) coverage.words += 1;
          if (hasKeys && !texts[n].includes(plan.needle)) coverage.scattered += 1;
        }
      }
    }
  }
  // The case is not vacuous: words found, and items with every bigram of a word but not the word rejected.
  assert.ok(coverage.words > 100, `words found: ${coverage.words}`);
  assert.ok(coverage.scattered > 100, `scattered bigrams rejected: ${coverage.scattered}`);
});

test('head shards fetched with the term shards: a one-key term its head; a Korean word its keys\' heads; several terms none', () => {
  // Head shards starting at these keys (sorted by code point, as the manifest lists them).
  const manifest = {
    root: '../',
    terms: { path: 'terms/', first: ['a'], maxPrefixShards: 2 },
    records: { path: 'items/', perShard: 8 },
    heads: { path: 'heads/', first: ['a', 'm', '가', '아', '자', '하'], items: 10 },
  };
  const index = new LibraryIndex('http://127.0.0.1/library/manifest.json', manifest);
  const heads = (query) => index.headShardsFor(index.plan(queryTerms(query)));
  assert.deepEqual(heads('port'), [1]);
  assert.deepEqual(heads('energy'), [0]);
  // 어민협동조합 is looked up by 어민, 협동, 조합: their heads, in three shards, come with the term shards.
  assert.deepEqual(heads('어민협동조합'), [3, 5, 4]);
  // 협동조합: 협동 and 조합, one head shard each.
  assert.deepEqual(heads('협동조합'), [5, 4]);
  // won-dollar: two keys of one word, in the shards starting at "m" and "a".
  assert.deepEqual(heads('won-dollar'), [1, 0]);
  // A word whose keys (가나 아라 자라 하나) fall in four head shards: the first three (the budget of
  // bytes per search).
  assert.deepEqual(heads('가나아라자라하나'), [2, 3, 4]);
  // Two words need not occur together: their first page is not their heads', so none is fetched.
  assert.deepEqual(heads('energy transition'), []);
});
