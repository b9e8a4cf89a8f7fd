// The brief as the studio edits it: a plain object in the format of schema/brief.schema.json, the kinds of
// item it holds, their ids (made for the author from titles) and the references between them. Nothing
// here touches the page.

/** Every kind of item, in the order of the format. `title` is the field an id is made from. */
export const KINDS = [
  { key: 'keyJudgments', def: 'Judgment', title: 'text', evidence: true, prefix: 'judgment' },
  { key: 'axes', def: 'Axis', title: 'label', evidence: true, prefix: 'axis' },
  { key: 'actors', def: 'Actor', title: 'name', evidence: true, prefix: 'actor' },
  { key: 'relations', def: 'Relation', title: 'role', evidence: true, prefix: 'relation' },
  { key: 'projects', def: 'Project', title: 'name', evidence: true, prefix: 'project' },
  { key: 'sectors', def: 'Sector', title: 'label', evidence: false, prefix: 'sector' },
  { key: 'indicators', def: 'Indicator', title: 'name', evidence: true, prefix: 'indicator' },
  { key: 'events', def: 'Event', title: 'title', evidence: true, prefix: 'event' },
  { key: 'recommendationAreas', def: 'RecommendationArea', title: 'label', evidence: false, prefix: 'area' },
  { key: 'recommendations', def: 'Recommendation', title: 'text', evidence: true, prefix: 'recommendation' },
];
export const OBSERVATION = { key: 'observations', def: 'Observation', title: 'label', evidence: true, prefix: 'observation' };

export function kindOf(key) {
  return key === 'observations' ? OBSERVATION : KINDS.find((k) => k.key === key);
}

/** Which list a reference field picks from (`related` picks from every item with evidence). */
export const REFERENCE_FIELDS = {
  axes: 'axes',
  actors: 'actors',
  memberOf: 'actors',
  from: 'actors',
  to: 'actors',
  addressee: 'actors',
  area: 'recommendationAreas',
  sector: 'sectors',
  related: '*',
};

/** A new, empty brief for a text: every required meta field present, the paragraphs counted by the rule. */
export function emptyBrief(textName, paragraphCount, language, today) {
  return {
    format: 1,
    meta: {
      series: '',
      number: '',
      title: '',
      date: today,
      authors: [{ name: '' }],
      language,
      paragraphs: paragraphCount,
      source: { text: textName, headerBlocks: 0 },
    },
    keyJudgments: [],
    axes: [],
    actors: [],
    relations: [],
    projects: [],
    sectors: [],
    indicators: [],
    events: [],
    recommendationAreas: [],
    recommendations: [],
  };
}

/** Every item location in the brief, in document order: `{ path: [key, index] or [indicators, i,
 *  observations, j], kind, item }`. */
export function allItems(brief) {
  const out = [];
  for (const kind of KINDS) {
    const list = Array.isArray(brief?.[kind.key]) ? brief[kind.key] : [];
    list.forEach((item, index) => {
      out.push({ path: [kind.key, index], kind, item });
      if (kind.key === 'indicators' && Array.isArray(item?.observations)) {
        item.observations.forEach((observation, j) =>
          out.push({ path: ['indicators', index, 'observations', j], kind: OBSERVATION, item: observation }),
        );
      }
    });
  }
  return out;
}

/** Every id in use. */
export function allIds(brief) {
  return new Set(allItems(brief).map(({ item }) => item?.id).filter((id) => typeof id === 'string'));
}

/** The readable title of an item (its title field, else its id). */
export function titleOf(entry, untitled) {
  const value = entry.item?.[entry.kind.title];
  if (typeof value === 'string' && value.trim()) return value.trim();
  return entry.item?.id || untitled;
}

/** A slug (the format's id pattern, `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 80 characters) from a title:
 *  accents dropped, anything else but ASCII letters and digits a hyphen, at most six words. Empty for a
 *  title without ASCII letters or digits (a Korean title): the caller numbers the item instead. */
export function slugify(title) {
  const words = String(title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6);
  return words.join('-').slice(0, 60).replace(/-+$/, '');
}

/** An id for an item of `kind` titled `title`, not in `taken` (the item's own current id excluded by the
 *  caller): the slug, else `<kind>-<n>`; `-2`, `-3`… added until it is unique. */
export function makeId(kind, title, taken) {
  const base = slugify(title) || kind.prefix;
  if (!taken.has(base) && slugify(title)) return base;
  for (let n = slugify(title) ? 2 : 1; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The title an id is made from: a relation's is "from to", others their title field. */
export function idSource(kind, item) {
  if (kind.key === 'relations') return [item.from, item.to].filter(Boolean).join(' ') || item.role;
  return item[kind.title];
}

/** Replaces every reference to `oldId` by `newId` (the reference fields only, never text). */
export function renameReferences(brief, oldId, newId) {
  const visit = (node) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key in REFERENCE_FIELDS) {
        if (value === oldId) node[key] = newId;
        else if (Array.isArray(value)) node[key] = value.map((v) => (v === oldId ? newId : v));
        else visit(value);
      } else if (key !== 'meta') {
        visit(value);
      }
    }
  };
  visit(brief);
}

/** Removes every reference to `id` (when its item is deleted). */
export function dropReferences(brief, id) {
  const visit = (node) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key in REFERENCE_FIELDS && Array.isArray(value)) node[key] = value.filter((v) => v !== id);
      else if (key !== 'meta') visit(value);
    }
  };
  visit(brief);
}

/** The value at `path` (an array of keys and indexes), or undefined. */
export function getAt(root, path) {
  let node = root;
  for (const key of path) {
    if (node == null || typeof node !== 'object') return undefined;
    node = node[key];
  }
  return node;
}

/** Sets the value at `path`, creating objects on the way; `undefined` deletes the key. */
export function setAt(root, path, value) {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node[key] == null || typeof node[key] !== 'object') node[key] = {};
    node = node[key];
  }
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last, 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
}

/** A path array as the validator writes it: `$.actors[2].evidence[0].quote`. */
export function jsonPath(path) {
  return '$' + path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
}

/** The path array of a validator path (`$.a[1].b` → ['a', 1, 'b']); unknown syntax stops the parse. */
export function parseJsonPath(text) {
  const out = [];
  const pattern = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]/y;
  pattern.lastIndex = 1;
  let match;
  while ((match = pattern.exec(text))) out.push(match[1] ?? Number(match[2]));
  return out;
}

/** Where the item of a path is: the longest prefix that names an item ([key, i] or an observation), or
 *  ['meta'] for meta, or null. */
export function itemPathOf(path) {
  if (path[0] === 'meta') return ['meta'];
  if (path[0] === 'indicators' && path[2] === 'observations' && typeof path[3] === 'number') return path.slice(0, 4);
  if (KINDS.some((k) => k.key === path[0]) && typeof path[1] === 'number') return path.slice(0, 2);
  return null;
}

/** The brief file as exported: two-space JSON and a final newline, the formatting of every brief in
 *  briefs/ (`JSON.stringify(brief, null, 2)` + "\n"), so an untouched brief round-trips byte for byte. */
export function formatBrief(brief) {
  return JSON.stringify(brief, null, 2) + '\n';
}

/** Every piece of evidence, as `coverage` takes it. */
export function citations(brief) {
  const out = [];
  for (const { item } of allItems(brief)) {
    if (!Array.isArray(item?.evidence)) continue;
    for (const e of item.evidence) {
      if (typeof e?.quote === 'string' && Number.isInteger(e?.paragraph) && e.paragraph > 0) {
        out.push({ id: String(item.id ?? ''), paragraph: e.paragraph, quote: e.quote });
      }
    }
  }
  return out;
}

/** Every piece of evidence with where it is: `{ path: [...itemPath, 'evidence', i], item, evidence }`. */
export function allEvidence(brief) {
  const out = [];
  for (const { path, item } of allItems(brief)) {
    if (!Array.isArray(item?.evidence)) continue;
    item.evidence.forEach((evidence, i) => {
      if (evidence && typeof evidence === 'object') out.push({ path: [...path, 'evidence', i], item, evidence });
    });
  }
  return out;
}

const collapse = (text) => String(text ?? '').replace(/\s+/g, ' ').trim();

/** The index (0-based) of the first block of the text whose text holds `quote`, or -1. `blocks` are the
 *  text's blocks as the rule makes them with no header or footer: `paragraphs(text, 0, 0)`. */
export function blockOfQuote(blocks, quote) {
  const wanted = collapse(quote);
  if (!wanted) return -1;
  return blocks.findIndex((block) => collapse(block.text).includes(wanted));
}

/**
 * After `meta.source.headerBlocks` or `footerBlocks` changed from `before` to `after` (each `{ header,
 * count }`: the header blocks and how many paragraphs the rule then numbers), moves every piece of evidence
 * to the number its block now has, so its quote stays in its paragraph. Paragraph n was block
 * `before.header + n - 1`; it is now paragraph `block - after.header + 1`, shifted by the difference. A
 * block that is now in the header or footer is no paragraph at all: its evidence gets paragraph 0 and is
 * kept (listed as a problem by `evidenceOutsideParagraphs`), and is found again by its quote when the
 * blocks change back. Returns `{ moved, outside }`, the counts.
 */
export function renumberEvidence(brief, blocks, before, after) {
  let moved = 0;
  let outside = 0;
  for (const { evidence } of allEvidence(brief)) {
    const old = evidence.paragraph;
    let block;
    if (Number.isInteger(old) && old >= 1 && old <= before.count) block = before.header + old - 1;
    else block = blockOfQuote(blocks, evidence.quote); // outside before: where its quote is
    if (block < 0) continue; // a quote the text does not have: not ours to move
    const next = block - after.header + 1;
    const inside = next >= 1 && next <= after.count;
    if (!inside) outside += 1;
    const value = inside ? next : 0;
    if (value !== old) {
      evidence.paragraph = value;
      moved += 1;
    }
  }
  return { moved, outside };
}

/** Evidence whose paragraph is not one of the brief's (0 or past the last) and whose quote is in a header
 *  or footer block: `{ path, quote, block (1-based), where: 'header' | 'footer' }`. */
export function evidenceOutsideParagraphs(brief, blocks, header, count) {
  const out = [];
  for (const { path, evidence } of allEvidence(brief)) {
    const p = evidence.paragraph;
    if (Number.isInteger(p) && p >= 1 && p <= count) continue;
    const block = blockOfQuote(blocks, evidence.quote);
    if (block < 0 || (block >= header && block < header + count)) continue;
    out.push({ path, quote: String(evidence.quote), block: block + 1, where: block < header ? 'header' : 'footer' });
  }
  return out;
}
