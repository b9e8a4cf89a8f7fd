#!/usr/bin/env node
// A deterministic library of N synthetic briefs, for the library benchmark (bench/library.mjs) and tests.
//
//   node bench/library/generate.mjs --n 1000 --seed 1 --out /tmp/briefs-1000 [--force]
//
// Writes DIR/brief-00001.json … and beside each its source text DIR/brief-00001.txt, which the brief names
// in meta.source: every quote is a sentence (or the sentence without its full stop) of the paragraph it
// cites, so every brief passes `brief-insights validate` with its text.
//
// Deterministic: brief i depends only on (seed, i), drawn from its own seeded PRNG (mulberry32), so the
// same seed gives byte-identical files, and the first 10 briefs of N = 1,000 are the briefs of N = 10.
// No clock, no Math.random, no locale-dependent formatting.
//
// What a brief holds (every kind of item of the format, docs in src/model/mod.rs):
//   - meta: series, number, title, date (2001–2026, so year filters matter), 1–3 authors, publisher,
//     language (about a third Korean, `ko`; the rest English), summary, rights, editor, source text with
//     header and footer blocks and the paragraphs left uncited;
//   - key judgments, axes (from a shared pool of 20, ids shared across briefs), actors (a shared cast of 52
//     states, blocs, organisations, institutions and people, with memberOf), relations (all 7 stances,
//     stance labels, fields), projects with places (coordinates or not) and sectors, indicators with
//     observations (every qualifier; observed, planned, targeted, forecast), events (dated at every
//     precision: day, month, quarter, half, season, early/mid/late/end, year, period; undated; inferred
//     dates), recommendation areas with addressees and recommendations;
//   - provenance: item texts are the editor's paraphrase, or marked "wording": "quote" when verbatim in
//     their quote; some dates are marked "dateBasis": "inferred".
// Vocabulary: bench/library/words.mjs, drawn with a Zipf-like law (weight 1 / rank). Korean sentences attach
// particles (은/는, 이/가, 을/를, 의, 과/와, 으로/로) by the final consonant of the noun and use compounds
// written as one word (어민협동조합, 항만개발계획), so search meets words inside compounds.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as W from './words.mjs';
import { ACTORS, AXES, MEMBER_OF, PLACES, SECTORS, SERIES } from './pools.mjs';

// --- Randomness ------------------------------------------------------------------------------------------

/** mulberry32: a small, well-known 32-bit PRNG; the same seed gives the same sequence on every platform. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of brief `index` in library `seed`: its own stream, independent of N. */
function briefSeed(seed, index) {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

class Dice {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  /** An integer from lo to hi, both included. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** A word of a rank-ordered list, with weight 1 / rank (Zipf's law with exponent 1). */
  zipf(list) {
    const cumulative = zipfTable(list.length);
    const x = this.next() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo];
  }
  /** `count` different elements of `list`, drawn by zipf. */
  zipfDistinct(list, count) {
    const out = [];
    for (let guard = 0; out.length < Math.min(count, list.length) && guard < 1000; guard++) {
      const x = this.zipf(list);
      if (!out.includes(x)) out.push(x);
    }
    return out;
  }
}

const zipfTables = new Map();
function zipfTable(n) {
  if (!zipfTables.has(n)) {
    const table = [];
    let sum = 0;
    for (let rank = 1; rank <= n; rank++) table.push((sum += 1 / rank));
    zipfTables.set(n, table);
  }
  return zipfTables.get(n);
}

// --- Korean particles --------------------------------------------------------------------------------------

/** The final consonant (jongseong) index of the word's last Hangul syllable: 0 for none, 8 for ㄹ. */
function finalConsonant(word) {
  const code = word.codePointAt(word.length - 1);
  if (code < 0xac00 || code > 0xd7a3) return 0;
  return (code - 0xac00) % 28;
}

/** The noun with the particle its last sound takes: topic 은/는, subject 이/가, object 을/를, and 과/와. */
function particle(noun, kind) {
  const closed = finalConsonant(noun) !== 0;
  switch (kind) {
    case 'topic':
      return noun + (closed ? '은' : '는');
    case 'subject':
      return noun + (closed ? '이' : '가');
    case 'object':
      return noun + (closed ? '을' : '를');
    case 'and':
      return noun + (closed ? '과' : '와');
    case 'of':
      return `${noun}의`;
    case 'in':
      return `${noun}에서`;
    case 'by': // instrumental: 로 after a vowel or ㄹ, 으로 after any other consonant
      return noun + (closed && finalConsonant(noun) !== 8 ? '으로' : '로');
    default:
      throw new Error(`unknown particle ${kind}`);
  }
}

// --- Dates -------------------------------------------------------------------------------------------------

const EN_MONTHS = 'January February March April May June July August September October November December'.split(' ');
const EN_ORDINALS = ['first', 'second', 'third', 'fourth'];
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
const KO_SEASONS = { spring: '봄', summer: '여름', autumn: '가을', winter: '겨울' };
const pad = (n) => String(n).padStart(2, '0');

/**
 * A date at one of the format's precisions around `year`: the spec (`2019-Q2`), how an English and a Korean
 * sentence say it, and its year (to tell past from future).
 */
function fuzzyDate(dice, year) {
  const month = dice.int(1, 12);
  const day = dice.int(1, 28);
  const precision = dice.pick(['day', 'day', 'month', 'month', 'quarter', 'half', 'season', 'early', 'mid', 'late', 'end', 'year', 'year', 'period']);
  switch (precision) {
    case 'day':
      return { spec: `${year}-${pad(month)}-${pad(day)}`, en: `on ${day} ${EN_MONTHS[month - 1]} ${year}`, ko: `${year}년 ${month}월 ${day}일`, year };
    case 'month':
      return { spec: `${year}-${pad(month)}`, en: `in ${EN_MONTHS[month - 1]} ${year}`, ko: `${year}년 ${month}월`, year };
    case 'quarter': {
      const q = dice.int(1, 4);
      return { spec: `${year}-Q${q}`, en: `in the ${EN_ORDINALS[q - 1]} quarter of ${year}`, ko: `${year}년 ${q}분기`, year };
    }
    case 'half': {
      const h = dice.int(1, 2);
      return { spec: `${year}-H${h}`, en: `in the ${EN_ORDINALS[h - 1]} half of ${year}`, ko: `${year}년 ${h === 1 ? '상반기' : '하반기'}`, year };
    }
    case 'season': {
      const s = dice.pick(SEASONS);
      return { spec: `${year}-${s}`, en: `in the ${s} of ${year}`, ko: `${year}년 ${KO_SEASONS[s]}`, year };
    }
    case 'early':
      return { spec: `${year}-early`, en: `in early ${year}`, ko: `${year}년 초`, year };
    case 'mid':
      return { spec: `${year}-mid`, en: `in mid-${year}`, ko: `${year}년 중반`, year };
    case 'late':
      return { spec: `${year}-late`, en: `in late ${year}`, ko: `${year}년 후반`, year };
    case 'end':
      return { spec: `${year}-end`, en: `by the end of ${year}`, ko: `${year}년 말까지`, year };
    case 'year':
      return { spec: `${year}`, en: `in ${year}`, ko: `${year}년`, year };
    default: {
      const end = year + dice.int(1, 4);
      return { spec: `${year}/${end}`, en: `between ${year} and ${end}`, ko: `${year}년부터 ${end}년까지`, year: end };
    }
  }
}

// --- One brief ---------------------------------------------------------------------------------------------

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const round1 = (x) => Math.round(x * 10) / 10;

/**
 * The words of one brief's language: nouns, filler sentences and the phrases items are written with.
 * English and Korean differ in word order and particles, so each has its own sentence builders.
 */
function language(dice, lang) {
  if (lang === 'en') {
    const noun = () => dice.zipf(W.EN_NOUNS);
    const adj = () => dice.zipf(W.EN_ADJECTIVES);
    const verb = () => dice.zipf(W.EN_VERBS);
    const link = () => dice.pick(W.EN_LINKS);
    return {
      noun,
      adj,
      verb,
      phrase: () => `${adj()} ${noun()}`,
      filler: () =>
        dice.pick([
          () => `The ${adj()} ${noun()} ${link()} ${noun()} ${verb()} the ${noun()} ${link()} ${adj()} ${noun()}.`,
          () => `${cap(noun())} and ${noun()} ${verb()} ${link()} ${adj()} ${noun()} while the ${noun()} ${verb()} ${noun()}.`,
          () => `In the ${adj()} ${noun()}, the ${noun()} ${verb()} ${noun()} ${link()} ${noun()} and ${noun()}.`,
          () => `Officials ${verb()} the ${adj()} ${noun()} after the ${noun()} ${verb()} ${adj()} ${noun()}.`,
        ])(),
    };
  }
  const plainNoun = () => dice.zipf(W.KO_NOUNS);
  // A noun is now and then a compound written as one word (어민협동조합), as Korean writes them.
  const noun = () => (dice.chance(0.25) ? dice.zipf(W.KO_COMPOUND_MODIFIERS) + dice.zipf(W.KO_COMPOUND_HEADS) : plainNoun());
  const verb = () => dice.zipf(W.KO_VERBS);
  const adv = () => dice.zipf(W.KO_ADVERBS);
  return {
    noun,
    adj: adv,
    verb,
    phrase: () => `${adv()} ${noun()}`,
    filler: () => {
      // Now and then a sentence where a one-syllable noun and its particle spell another word: 도로 here is
      // 도 (the province) + 로 (to), not 도로 (a road); 시가 is 시 (the city) + 가, not 시가 (market
      // price). A word-prefix search mistakes them for the word (bench/library.md, "Korean").
      if (dice.chance(0.04)) return `${particle(noun(), 'of')} 권한을 도로 이관했다.`;
      if (dice.chance(0.04)) return `시가 ${particle(noun(), 'object')} ${verb()}.`;
      return dice.pick([
        () => `${particle(noun(), 'topic')} ${particle(noun(), 'of')} ${particle(noun(), 'object')} ${adv()} ${verb()}.`,
        () => `${particle(noun(), 'and')} ${particle(noun(), 'subject')} ${particle(noun(), 'in')} ${particle(noun(), 'object')} ${verb()}.`,
        () => `${particle(noun(), 'of')} ${particle(noun(), 'topic')} ${particle(noun(), 'by')} ${particle(noun(), 'object')} ${adv()} ${verb()}.`,
      ])();
    },
  };
}

/** Paragraphs of sentences; `cite` puts a sentence in a paragraph and returns its evidence. */
class Text {
  constructor(dice, paragraphs) {
    this.dice = dice;
    this.paragraphs = Array.from({ length: paragraphs }, () => []);
    this.cited = new Set();
  }
  cite(sentence, paragraph = this.dice.int(1, this.paragraphs.length)) {
    this.paragraphs[paragraph - 1].push(sentence);
    this.cited.add(paragraph);
    // The quote is the sentence, or now and then the sentence without its full stop: both are verbatim.
    const quote = this.dice.chance(0.3) ? sentence.slice(0, -1) : sentence;
    return { paragraph, quote };
  }
}

/** Brief number `index` (0-based) of the library with `seed`: { name, brief, text }. */
export function generateBrief(seed, index) {
  const dice = new Dice(briefSeed(seed, index));
  const lang = dice.chance(1 / 3) ? 'ko' : 'en';
  const ko = lang === 'ko';
  const L = language(dice, lang);
  const name = `brief-${String(index + 1).padStart(5, '0')}`;

  // Publication date: 2001–2026, so a year filter splits the library.
  const year = dice.int(2001, 2026);
  const month = dice.int(1, 12);
  const day = dice.int(1, 28);
  const paragraphCount = dice.int(8, 14);
  const text = new Text(dice, paragraphCount);

  // The cast: a subject state and others drawn by zipf from the shared pool (common actors recur).
  const states = ACTORS.filter(([, kind]) => kind === 'state');
  const subject = dice.zipf(states);
  const cast = [subject, ...dice.zipfDistinct(ACTORS, dice.int(4, 8)).filter((a) => a !== subject)];
  const nameOf = (actor) => (ko ? actor[3] : actor[2]);
  const inCast = new Set(cast.map(([id]) => id));

  const actors = cast.map((actor) => {
    const [id, kind, , , short] = actor;
    const sentence = ko
      ? `${particle(nameOf(actor), 'topic')} ${particle(L.noun(), 'and')} ${particle(L.noun(), 'object')} ${L.verb()}.`
      : `${nameOf(actor)} ${L.verb()} its ${L.noun()} and ${L.adj()} ${L.noun()}.`;
    const item = { id, name: nameOf(actor), kind };
    if (short && !ko) item.shortName = short;
    if (dice.chance(0.5)) item.description = ko ? `${L.noun()} 분야의 ${L.noun()} 주체.` : `${cap(L.adj())} actor in ${L.noun()} and ${L.noun()}.`;
    const parent = MEMBER_OF[id];
    if (parent && inCast.has(parent)) item.memberOf = [parent];
    item.evidence = [text.cite(sentence)];
    return item;
  });

  const axisPool = dice.zipfDistinct(AXES, dice.int(2, 4));
  const axes = axisPool.map(([id, en, kor]) => {
    const label = ko ? kor : en;
    const sentence = ko
      ? `${particle(label, 'topic')} ${particle(L.noun(), 'of')} ${particle(L.noun(), 'object')} ${L.verb()}.`
      : `${label} ${L.verb()} the ${L.noun()} of ${L.adj()} ${L.noun()}.`;
    const item = { id, label };
    if (dice.chance(0.4)) item.summary = ko ? `${particle(L.noun(), 'and')} 관련된 축.` : `The axis of ${L.noun()} and ${L.noun()}.`;
    if (dice.chance(0.5)) item.wording = 'quote';
    item.evidence = [text.cite(sentence)];
    return item;
  });
  const axisIds = axes.map((a) => a.id);
  const someAxes = () => dice.zipfDistinct(axisIds, dice.int(0, 2));
  const actorIds = actors.map((a) => a.id);
  const someActors = () => dice.zipfDistinct(actorIds, dice.int(0, 2));

  const keyJudgments = Array.from({ length: dice.int(2, 4) }, (_, k) => {
    const sentence = L.filler();
    const evidence = text.cite(sentence);
    const item = { id: `kj-${k + 1}` };
    // A quoted judgment is its quote; a paraphrased one is the editor's words.
    if (dice.chance(0.4)) {
      item.text = evidence.quote;
      item.wording = 'quote';
    } else {
      item.text = ko ? `${particle(L.noun(), 'topic')} ${L.noun()}에 달려 있다.` : `The ${L.noun()} depends on ${L.adj()} ${L.noun()}.`;
    }
    const itemAxes = someAxes();
    if (itemAxes.length) item.axes = itemAxes;
    item.evidence = [evidence];
    return item;
  });

  const STANCES = ['cooperative', 'ambivalent', 'conditional', 'hostile', 'neutral', 'tense', 'disputed'];
  const relations = [];
  const relationCount = dice.int(2, 5);
  for (let k = 0; k < relationCount; k++) {
    const from = dice.chance(0.7) ? subject : dice.pick(cast);
    const to = dice.pick(cast.filter((a) => a !== from));
    const role = ko ? `${L.noun()} 협력 상대` : `${L.adj()} ${L.noun()} partner`;
    const sentence = ko
      ? `${particle(nameOf(from), 'topic')} ${particle(nameOf(to), 'object')} ${role}로 본다.`
      : `${nameOf(from)} treats ${nameOf(to)} as a ${role}, with ${L.noun()} and ${L.noun()} at stake.`;
    const item = { id: `rel-${k + 1}`, from: from[0], to: to[0], role, stance: dice.pick(STANCES) };
    if (dice.chance(0.3)) item.stanceLabel = ko ? `${L.adj()} 관계` : `${L.adj()} ties`;
    if (dice.chance(0.6)) item.fields = dice.zipfDistinct(W[ko ? 'KO_NOUNS' : 'EN_NOUNS'], dice.int(1, 2));
    if (dice.chance(0.5)) item.summary = ko ? `${particle(L.noun(), 'object')} 둘러싼 관계.` : `Relations over ${L.noun()} and ${L.noun()}.`;
    const itemAxes = someAxes();
    if (itemAxes.length) item.axes = itemAxes;
    if (dice.chance(0.4)) item.wording = 'quote';
    item.evidence = [text.cite(sentence)];
    relations.push(item);
  }

  const sectorsUsed = [];
  const projects = Array.from({ length: dice.int(1, 3) }, (_, k) => {
    const place = dice.zipf(PLACES);
    const placeName = ko ? place[1] : place[0];
    const sector = dice.zipf(SECTORS);
    if (!sectorsUsed.includes(sector)) sectorsUsed.push(sector);
    const projectName = ko ? `${placeName} ${L.noun()} 사업` : `${placeName} ${L.noun()} programme`;
    const when = fuzzyDate(dice, year + dice.int(-3, 2));
    const sentence = ko
      ? `${particle(projectName, 'topic')} ${when.ko} ${particle(L.noun(), 'object')} ${L.verb()}.`
      : `The ${projectName} ${L.verb()} ${L.noun()} ${when.en}.`;
    const item = { id: `project-${k + 1}`, name: projectName, sector: sector[0] };
    // Most projects name a place, most places have coordinates; some have neither.
    if (dice.chance(0.9)) item.place = { name: placeName };
    if (item.place && dice.chance(0.6)) {
      item.place.coordinates = { lat: place[2], lon: place[3], approximate: true, source: 'Synthetic: the city centre, from bench/library/pools.mjs' };
    }
    if (dice.chance(0.5)) item.policyFrame = ko ? `${L.noun()} 정책` : `${cap(L.adj())} ${L.noun()} policy`;
    if (dice.chance(0.5)) item.timing = ko ? when.ko : when.en;
    item.date = when.spec;
    if (dice.chance(0.2)) item.dateBasis = 'inferred';
    if (dice.chance(0.6)) item.claimedResults = [ko ? `${L.noun()} 개선` : `Better ${L.noun()}`];
    if (dice.chance(0.5)) item.risks = [ko ? `${L.noun()} 부족` : `Weak ${L.noun()}`];
    const itemActors = someActors();
    if (itemActors.length) item.actors = itemActors;
    const itemAxes = someAxes();
    if (itemAxes.length) item.axes = itemAxes;
    if (dice.chance(0.5)) item.wording = 'quote';
    item.evidence = [text.cite(sentence)];
    return item;
  });

  const QUALIFIERS = ['exact', 'approximate', 'range', 'atLeast', 'atMost'];
  const indicators = Array.from({ length: dice.int(1, 2) }, (_, k) => {
    const indicatorName = ko ? `${L.noun()} 지수` : `${cap(L.noun())} ${L.noun()} index`;
    const unit = dice.pick(ko ? ['%', '억 원', '톤', '명'] : ['%', 'million US dollars', 'tonnes', 'people']);
    const id = `indicator-${k + 1}`;
    const observations = Array.from({ length: dice.int(2, 4) }, (_, o) => {
      const when = fuzzyDate(dice, year + dice.int(-6, 3));
      const qualifier = dice.pick(QUALIFIERS);
      const low = round1(dice.next() * 900 + 1);
      const high = round1(low + dice.next() * 100 + 1);
      const value = {
        exact: { en: `${low}`, ko: `${low}`, low, high: undefined },
        approximate: { en: `about ${low}`, ko: `약 ${low}`, low, high: undefined },
        range: { en: `between ${low} and ${high}`, ko: `${low}에서 ${high} 사이`, low, high },
        atLeast: { en: `at least ${low}`, ko: `최소 ${low}`, low, high: undefined },
        atMost: { en: `at most ${high}`, ko: `최대 ${high}`, low: undefined, high },
      }[qualifier];
      const undated = dice.chance(0.15);
      const label = undated ? (ko ? '개혁 이전' : 'before the reform') : ko ? when.ko : when.en;
      const sentence = ko
        ? `${particle(indicatorName, 'topic')} ${label} ${value.ko} ${unit}에 달했다.`
        : `The ${indicatorName} stood at ${value.en} ${unit} ${label}.`;
      const item = { id: `${id}-obs-${o + 1}`, label };
      if (!undated) {
        item.date = when.spec;
        if (dice.chance(0.15)) item.dateBasis = 'inferred';
        if (when.year > year) item.status = dice.pick(['plan', 'target', 'forecast']);
      }
      item.qualifier = qualifier;
      if (value.low !== undefined) item.low = value.low;
      if (value.high !== undefined) item.high = value.high;
      if (dice.chance(0.3)) item.note = ko ? `${L.noun()} 기준.` : `Measured by ${L.noun()}.`;
      if (dice.chance(0.5)) item.wording = 'quote';
      item.evidence = [text.cite(sentence)];
      return item;
    });
    const sentence = ko
      ? `${particle(indicatorName, 'topic')} ${particle(L.noun(), 'of')} 변화를 보여 준다.`
      : `The ${indicatorName} tracks ${L.adj()} ${L.noun()}.`;
    const item = { id, name: indicatorName, unit };
    if (dice.chance(0.5)) item.description = ko ? `${L.noun()} 측정.` : `A measure of ${L.noun()}.`;
    item.observations = observations;
    const itemAxes = someAxes();
    if (itemAxes.length) item.axes = itemAxes;
    if (dice.chance(0.5)) item.wording = 'quote';
    item.evidence = [text.cite(sentence)];
    return item;
  });

  const events = Array.from({ length: dice.int(3, 7) }, (_, k) => {
    const actor = dice.pick(cast);
    const title = ko ? `${nameOf(actor)}의 ${L.noun()} 발표` : `${nameOf(actor)} ${L.verb()} the ${L.noun()} ${L.noun()}`;
    const undated = dice.chance(0.15);
    const inferred = !undated && dice.chance(0.15);
    const when = fuzzyDate(dice, year + dice.int(-5, 3));
    // An inferred date is not in the sentence: the editor worked it out from context.
    const said = undated || inferred ? (ko ? '그 무렵' : 'around that time') : ko ? when.ko : when.en;
    const sentence = ko ? `${title}는 ${said} 이루어졌다.` : `${title} ${said}.`;
    const item = { id: `event-${k + 1}`, title };
    if (!undated) {
      item.date = when.spec;
      if (inferred) item.dateBasis = 'inferred';
      if (when.year > year) item.status = dice.pick(['plan', 'target', 'forecast']);
    }
    if (dice.chance(0.4)) item.description = ko ? `${L.noun()} 관련 사건.` : `An event in ${L.noun()}.`;
    item.actors = [actor[0]];
    const itemAxes = someAxes();
    if (itemAxes.length) item.axes = itemAxes;
    if (dice.chance(0.5)) item.wording = 'quote';
    item.evidence = [text.cite(sentence)];
    return item;
  });
  // Some events refer to others (`related`), as briefs tie a decision to what prompted it.
  for (let k = 1; k < events.length; k++) if (dice.chance(0.3)) events[k].related = [events[k - 1].id];

  const recommendationAreas = Array.from({ length: dice.int(1, 2) }, (_, k) => {
    const addressee = dice.pick(cast);
    return {
      id: `area-${k + 1}`,
      label: ko ? `${particle(nameOf(addressee), 'of')} 과제` : `For ${nameOf(addressee)}`,
      addressee: addressee[0],
    };
  });
  const recommendations = Array.from({ length: dice.int(2, 4) }, (_, k) => {
    const area = dice.pick(recommendationAreas);
    const addressee = cast.find(([id]) => id === area.addressee);
    const recommendation = ko
      ? `${particle(L.noun(), 'and')} ${particle(L.noun(), 'object')} 우선해야 한다`
      : `prioritise ${L.noun()} and ${L.adj()} ${L.noun()}`;
    const sentence = ko ? `${particle(nameOf(addressee), 'topic')} ${recommendation}.` : `${nameOf(addressee)} should ${recommendation}.`;
    const item = { id: `rec-${k + 1}`, area: area.id };
    if (dice.chance(0.5)) {
      item.text = recommendation;
      item.wording = 'quote';
    } else {
      item.text = ko ? `${particle(L.noun(), 'object')} 강화할 것.` : `Strengthen ${L.noun()}.`;
    }
    item.actors = [addressee[0]];
    const itemAxes = someAxes();
    if (itemAxes.length) item.axes = itemAxes;
    if (k > 0 && dice.chance(0.3)) item.related = [`kj-1`];
    item.evidence = [text.cite(sentence)];
    return item;
  });

  // Filler: every paragraph gets one to three more sentences (Zipf vocabulary), at random places.
  for (const sentences of text.paragraphs) {
    for (let k = dice.int(1, 3); k > 0; k--) sentences.splice(dice.int(0, sentences.length), 0, L.filler());
  }

  // Meta and the text around the body: series line, title, byline (header); a note (footer).
  const series = dice.pick(SERIES);
  const authors = Array.from({ length: dice.int(1, 3) }, () =>
    ko
      ? { name: dice.pick(W.KO_FAMILY) + dice.pick(W.KO_GIVEN), role: '연구위원', affiliation: series[3] }
      : { name: `${dice.pick(W.EN_GIVEN)} ${dice.pick(W.EN_FAMILY)}`, role: 'Research Fellow', affiliation: series[2] },
  );
  const [firstAxis, secondAxis] = [axes[0].label, (axes[1] ?? axes[0]).label];
  const span = `${year}–${year + dice.int(2, 6)}`;
  const title = ko
    ? `${particle(nameOf(subject), 'of')} ${particle(firstAxis, 'and')} ${L.noun()}: ${span}`
    : `${cap(L.adj())} ${L.noun()} and ${L.noun()}: ${firstAxis} in ${nameOf(subject)}, ${span}`;
  const summary = ko
    ? `${particle(nameOf(subject), 'of')} ${particle(firstAxis, 'and')} ${particle(secondAxis, 'object')} 다룬 가상의 브리프.`
    : `A synthetic brief on ${firstAxis.toLowerCase()} and ${secondAxis.toLowerCase()} in ${nameOf(subject)}.`;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const uncited = [];
  for (let p = 1; p <= paragraphCount; p++) if (!text.cited.has(p)) uncited.push(p);

  const brief = {
    format: 1,
    meta: {
      series: ko ? series[1] : series[0],
      number: `${year}-${index + 1}`,
      title,
      date,
      authors,
      publisher: ko ? series[3] : series[2],
      language: lang,
      paragraphs: paragraphCount,
      subject: subject[0],
      rights: 'Synthetic brief generated for the brief-insights library benchmark; not a real publication.',
      summary,
      editor: 'bench/library/generate.mjs',
      source: { text: `${name}.txt`, headerBlocks: 3, footerBlocks: 1, uncited },
    },
    keyJudgments,
    axes,
    actors,
    relations,
    projects,
    indicators,
    events,
    recommendationAreas,
    recommendations,
    sectors: sectorsUsed.map(([id, en, kor]) => ({ id, label: ko ? kor : en })),
  };

  const byline = `${authors.map((a) => a.name).join(', ')} · ${brief.meta.publisher} · ${date}`;
  const blocks = [
    `${brief.meta.series} · ${brief.meta.number}`,
    title,
    byline,
    ...text.paragraphs.map((sentences) => sentences.join(' ')),
    ko ? '이 글은 벤치마크를 위해 생성된 가상의 브리프이다.' : 'This is a synthetic brief generated for a benchmark.',
  ];
  return { name, brief, text: blocks.join('\n\n') + '\n' };
}

/** Writes briefs 0 … n-1 of library `seed` into `out`. */
export function generateLibrary({ n, seed, out, force = false }) {
  mkdirSync(out, { recursive: true });
  const existing = readdirSync(out);
  if (existing.length > 0) {
    if (!force) throw new Error(`${out} is not empty; pass --force to replace the briefs in it`);
    for (const file of existing) if (/^brief-\d+\.(json|txt)$/.test(file)) rmSync(join(out, file));
  }
  for (let index = 0; index < n; index++) {
    const { name, brief, text } = generateBrief(seed, index);
    writeFileSync(join(out, `${name}.json`), JSON.stringify(brief, null, 2) + '\n');
    writeFileSync(join(out, `${name}.txt`), text);
  }
}

function parseArgs(argv) {
  const options = { n: undefined, seed: 1, out: undefined, force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--n') options.n = Number(argv[++i]);
    else if (arg === '--seed') options.seed = Number(argv[++i]);
    else if (arg === '--out') options.out = argv[++i];
    else if (arg === '--force') options.force = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.n) || options.n < 1) throw new Error('--n must be a positive integer');
  if (!Number.isInteger(options.seed) || options.seed < 0) throw new Error('--seed must be a non-negative integer');
  if (!options.out) throw new Error('--out DIR is required');
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const options = parseArgs(process.argv.slice(2));
    generateLibrary(options);
    console.log(`${options.n} briefs (seed ${options.seed}) written to ${options.out}`);
  } catch (error) {
    console.error(`generate.mjs: ${error.message}`);
    console.error('usage: node bench/library/generate.mjs --n N [--seed S] --out DIR [--force]');
    process.exit(2);
  }
}
