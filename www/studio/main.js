// Brief Studio (www/studio.html, docs/studio.md): turn a brief's text into cited insights without writing
// JSON. The text is numbered by the project's rule and checked by the studio's Wasm module (pkg/studio/: the authors' module with the studio's exports) (the rule is
// Rust, src/load/source.rs; nothing of it is redone here); passages selected in it become evidence of
// items made with forms generated from the JSON Schema; the real widget previews the result.

import initAuthor, {
  convertText,
  coverage as ruleCoverage,
  paragraphs as ruleParagraphs,
  validateWithSource,
} from '../../pkg/studio/brief_insights.js';
import { buildForm, el } from './form.js';
import { labelsFor } from './i18n.js';
import {
  allIds, allItems, citations, dropReferences, emptyBrief, evidenceOutsideParagraphs, formatBrief, getAt, idSource,
  itemPathOf, jsonPath, kindOf, KINDS, makeId, OBSERVATION, parseJsonPath, renameReferences, renumberEvidence, setAt,
  titleOf,
} from './model.js';
import { docxToHtml } from './docx.js';
import { looksLikePdf, pdfToBlocks } from './pdf.js';
import { buildMapPanel } from './map.js';
import { showPreview, startPreviewWorker } from './preview.js';
import { loadDraft, loadSteps, saveDraft, stepIds } from './store.js';
import { handleParagraphKey, renderParagraphs, selectedPassage, selectRange } from './textpane.js';

const $ = (id) => document.getElementById(id);

/** Everything the author makes; saved as one draft, and one undo step is one earlier copy of it. */
const state = {
  brief: null,
  text: '',
  textName: 'brief.txt',
  // Ids the studio made: they follow their item's title (and references follow them) as the author types.
  autoIds: [],
};
/** What is on screen, not saved with the work. */
const ui = {
  lang: 'en',
  labels: labelsFor('en'),
  schema: null,
  selected: null, // the path of the item in the form: ['actors', 2], ['indicators', 0, 'observations', 1], ['meta']
  passage: null, // { paragraph, quote } from the last selection in the text
  paragraphs: [],
  blocks: [], // every block of the text, header and footer included: paragraphs(text, 0, 0)
  problems: [],
  previewReady: false,
};
/** Undo and redo: each step is `{ id, snapshot }`, an earlier (or, for redo, later) copy of the state. */
const history = { past: [], future: [], lastKey: null, lastAt: 0 };
const COALESCE_MS = 1500;
const MAX_STEPS = 200; // kept in memory
const SAVED_STEPS = 100; // of the undo steps and of the redo steps, kept across reloads
// Step ids are unique across tabs and reloads (a tab's own prefix and a counter).
const stepPrefix = Math.random().toString(36).slice(2, 10);
let stepCount = 0;
const step = (snapshotText) => ({ id: `${stepPrefix}-${++stepCount}`, snapshot: snapshotText });
/** The ids of the steps in IndexedDB (as far as this tab knows), so a save writes only new ones. */
const savedSteps = new Set();

// --- Changes, undo, autosave ---------------------------------------------------------------------------

const snapshot = () => JSON.stringify(state);

function restore(text) {
  const saved = JSON.parse(text);
  state.brief = saved.brief;
  state.text = saved.text;
  state.textName = saved.textName;
  state.autoIds = saved.autoIds ?? [];
}

/**
 * Applies `mutate` to the state as one undoable step. Typing in one field coalesces into one step
 * (`key`, within COALESCE_MS); `structural` changes re-render the form.
 */
function change(mutate, { key = null, structural = false } = {}) {
  const now = Date.now();
  if (!(key && key === history.lastKey && now - history.lastAt < COALESCE_MS)) {
    history.past.push(step(snapshot()));
    if (history.past.length > MAX_STEPS) history.past.shift();
  }
  history.future = [];
  history.lastKey = key;
  history.lastAt = now;
  mutate();
  syncParagraphCount();
  afterChange(structural);
}

function undo() {
  if (history.past.length === 0) return announce(ui.labels.announceNothing);
  history.future.push(step(snapshot()));
  restore(history.past.pop().snapshot);
  history.lastKey = null;
  afterChange(true);
  announce(ui.labels.announceUndo);
}

function redo() {
  if (history.future.length === 0) return announce(ui.labels.announceNothing);
  history.past.push(step(snapshot()));
  restore(history.future.pop().snapshot);
  history.lastKey = null;
  afterChange(true);
  announce(ui.labels.announceRedo);
}

let saveTimer = 0;
let savePromise = Promise.resolve();
let refreshTimer = 0;

function afterChange(structural) {
  const panel = ui.selected && (ui.selected[0] === 'meta' || ui.selected[0] === 'map');
  if (ui.selected && !panel && getAt(state.brief, ui.selected) == null) ui.selected = null;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, 150);
  if (structural) {
    renderAll();
  } else {
    // Derived fields shown in the open form follow at once.
    const count = document.querySelector('#item-form [data-path="$.meta.paragraphs"]');
    if (count) count.textContent = String(state.brief?.meta?.paragraphs ?? '');
    renderItemList();
    renderTargets();
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, 300);
  }
}

function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  // The newest undo and redo steps go with the draft; only steps not yet on disk are written, and steps
  // no longer in the history are deleted.
  const past = history.past.slice(-SAVED_STEPS);
  const future = history.future.slice(-SAVED_STEPS);
  const kept = new Set([...past, ...future].map((s) => s.id));
  const add = [...past, ...future].filter((s) => !savedSteps.has(s.id));
  const remove = [...savedSteps].filter((id) => !kept.has(id));
  // Marked before the write commits: IndexedDB runs this tab's transactions in order, so the next save
  // must not write these again, nor miss deleting one of them.
  for (const s of add) savedSteps.add(s.id);
  for (const id of remove) savedSteps.delete(id);
  const draft = {
    version: 2,
    state: snapshot(),
    lang: ui.lang,
    selected: ui.selected,
    past: past.map((s) => s.id),
    future: future.map((s) => s.id),
  };
  savePromise = saveDraft(draft, add, remove)
    .then(() => tabs?.postMessage({ saved: stepPrefix }))
    .catch(() => {});
  document.documentElement.dataset.saved = String(Date.now());
  return savePromise;
}

// Two tabs of the studio share one draft. Without telling each other, the tab edited last would overwrite
// the other's work with its own older state. So a tab that saved tells the others, and they take up the
// saved draft (with its undo history); an edit in either then builds on the same work.
const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('brief-studio') : null;

async function followOtherTab() {
  // A change of this tab not yet written wins: it is saved in a moment, and the other tab follows it.
  if (saveTimer) return;
  const draft = await loadDraft().catch(() => null);
  if (!draft?.state || draft.state === snapshot()) return;
  const focusedPath = document.activeElement?.dataset?.path;
  restore(draft.state);
  ui.selected = draft.selected ?? ui.selected;
  ui.passage = null;
  await restoreHistory(draft).catch(() => {});
  for (const s of [...history.past, ...history.future]) savedSteps.add(s.id);
  history.lastKey = null;
  renderAll();
  if (focusedPath) document.querySelector(`#item-form [data-path="${CSS.escape(focusedPath)}"]`)?.focus();
  announce(ui.labels.announceOtherTab);
}

/** `meta.source.headerBlocks` and `footerBlocks` as the rule takes them (missing or not a count: 0). */
function blockCounts() {
  const source = state.brief?.meta?.source;
  const count = (value) => (Number.isInteger(value) && value >= 0 ? value : 0);
  return { header: count(source?.headerBlocks), footer: count(source?.footerBlocks) };
}

/** The rule's paragraphs of the text, kept while the text is the same: every keystroke in a field runs
 *  syncParagraphCount, and numbering a long brief's text anew each time made typing lag (about 100 ms a
 *  keystroke for 3,000 paragraphs). The arrays are only read, never changed. */
const paragraphCache = { text: null, byBlocks: new Map() };
function paragraphsOf(text, header, footer) {
  if (paragraphCache.text !== text) {
    paragraphCache.text = text;
    paragraphCache.byBlocks.clear();
  }
  const key = `${header}/${footer}`;
  if (!paragraphCache.byBlocks.has(key)) paragraphCache.byBlocks.set(key, ruleParagraphs(text, header, footer));
  return paragraphCache.byBlocks.get(key);
}

/** meta.paragraphs is the rule's count for the text, never typed. */
function syncParagraphCount() {
  if (!state.brief?.meta) return;
  const source = state.brief.meta.source;
  const { header, footer } = blockCounts();
  ui.blocks = state.text ? paragraphsOf(state.text, 0, 0) : [];
  ui.paragraphs = state.text ? paragraphsOf(state.text, header, footer) : [];
  if (state.text && source && ui.paragraphs.length > 0 && state.brief.meta.paragraphs !== ui.paragraphs.length) {
    state.brief.meta.paragraphs = ui.paragraphs.length;
  }
}

// --- Rendering -----------------------------------------------------------------------------------------

function announce(message) {
  const region = $('announcer');
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
}

function applyLabels() {
  document.documentElement.lang = ui.lang;
  for (const node of document.querySelectorAll('[data-label]')) {
    const value = ui.labels[node.dataset.label];
    if (typeof value === 'string') node.textContent = value;
  }
  for (const node of document.querySelectorAll('[data-label-aria]')) node.setAttribute('aria-label', ui.labels[node.dataset.labelAria]);
  $('ui-lang').value = ui.lang;
  // The selected passage is data, not a label: keep showing it.
  if (ui.passage) $('selection-quote').textContent = ui.labels.selectionIn(ui.passage.paragraph, ui.passage.quote);
}

function renderAll() {
  applyLabels();
  syncParagraphCount();
  renderItemList();
  renderTargets();
  renderForm();
  refresh();
}

/** The slower part, after typing pauses: coverage, problems, preview. */
function refresh() {
  clearTimeout(refreshTimer);
  renderText();
  renderProblems();
  renderPreview();
}

function renderText() {
  const source = state.brief?.meta?.source;
  const { header, footer } = blockCounts();
  const cov = state.text
    ? ruleCoverage(state.text, header, footer, source?.uncited ?? [], citations(state.brief))
    : { paragraphs: [] };
  const container = $('paragraphs');
  // Re-render only what changed: a re-rendered text would drop the author's selection mid-drag.
  const key = JSON.stringify([ui.lang, ui.paragraphs, cov]);
  if (key !== ui.renderedText) {
    ui.renderedText = key;
    redrawParagraphs(container, cov);
  }
  const sentences = cov.paragraphs.flatMap((p) => p.sentences);
  const cited = sentences.filter((s) => s.citedBy.length > 0).length;
  const notCited = cov.paragraphs.filter((p) => !p.uncitedOnPurpose && !p.sentences.some((s) => s.citedBy.length)).map((p) => p.number);
  $('coverage-summary').textContent = state.text ? ui.labels.coverage(cited, sentences.length, notCited) : '';
}

/** Redraws the paragraphs, keeping the focused paragraph and the selected passage. */
function redrawParagraphs(container, cov) {
  const focused = document.activeElement?.closest?.('.para')?.dataset.paragraph;
  const passage = selectedPassage(container);
  renderParagraphs(container, ui.paragraphs, cov, ui.labels);
  if (focused) {
    const again = container.querySelector(`.para[data-paragraph="${focused}"]`);
    if (again) {
      container.querySelectorAll('.para').forEach((p) => (p.tabIndex = p === again ? 0 : -1));
      again.focus({ preventScroll: true });
    }
  }
  const text = passage && container.querySelector(`.para-text[data-paragraph="${passage.paragraph}"]`);
  if (text && text.textContent.slice(passage.start, passage.end) === passage.quote) selectRange(text, passage.start, passage.end);
}

function renderItemList() {
  const list = $('item-list');
  list.replaceChildren();
  if (!state.brief) return;
  const entries = allItems(state.brief);
  for (const kind of KINDS) {
    const mine = entries.filter((e) => e.kind === kind || (kind.key === 'indicators' && e.kind === OBSERVATION));
    const group = el('div', { class: 'item-group' }, el('h4', { text: `${ui.labels.kinds[kind.key]} (${mine.filter((e) => e.kind === kind).length})` }));
    const ul = el('ul');
    for (const entry of mine) {
      const button = el('button', {
        type: 'button',
        class: entry.kind === OBSERVATION ? 'item-button sub' : 'item-button',
        'data-item': entry.path.join('/'),
        'aria-current': ui.selected?.join('/') === entry.path.join('/') ? 'true' : undefined,
        text: titleOf(entry, ui.labels.untitled),
      });
      button.addEventListener('click', () => select(entry.path, { focus: true }));
      ul.append(el('li', {}, button));
    }
    group.append(ul);
    if (!kind.evidence) {
      const add = el('button', { type: 'button', class: 'add-item', text: ui.labels.newItem(ui.labels.kinds[kind.key]) });
      add.addEventListener('click', () => createItem(kind, null, null));
      group.append(add);
    }
    list.append(group);
  }
}

function renderTargets() {
  const select = $('evidence-target');
  const previous = select.value;
  select.replaceChildren();
  const fresh = el('optgroup', { label: ui.labels.newGroup });
  for (const kind of KINDS.filter((k) => k.evidence)) fresh.append(el('option', { value: `new:${kind.key}`, text: ui.labels.newItem(ui.labels.kinds[kind.key]) }));
  (state.brief?.indicators ?? []).forEach((indicator, i) =>
    fresh.append(el('option', { value: `newobs:${i}`, text: ui.labels.observationOf(indicator?.name || indicator?.id || i + 1) })),
  );
  select.append(fresh);
  const existing = el('optgroup', { label: ui.labels.existing });
  for (const entry of allItems(state.brief ?? {}).filter((e) => e.kind.evidence)) {
    existing.append(el('option', { value: `item:${entry.path.join('/')}`, text: `${ui.labels.kinds[entry.kind.key]}: ${titleOf(entry, ui.labels.untitled)}` }));
  }
  if (existing.children.length) select.append(existing);
  const wanted = ui.selected && ui.selected[0] !== 'meta' && kindOf(ui.selected[ui.selected.length - 2])?.evidence ? `item:${ui.selected.join('/')}` : previous;
  select.value = [...select.options].some((o) => o.value === wanted) ? wanted : select.options[0]?.value ?? '';
}

function formContext() {
  return {
    schema: ui.schema,
    brief: state.brief,
    labels: ui.labels,
    onChange: onFieldChange,
    onAction: (action, path) => action === 'select' && select(path, { focus: true }),
  };
}

function renderForm() {
  const form = $('item-form');
  form.replaceChildren();
  if (!state.brief || !ui.selected || !ui.schema) return;
  const path = ui.selected;
  if (path[0] === 'meta') {
    form.append(el('h3', { id: 'form-heading', tabindex: '-1', text: ui.labels.metaHeading }), buildForm(formContext(), 'Meta', ['meta']));
    form.setAttribute('aria-labelledby', 'form-heading');
    return;
  }
  if (path[0] === 'map') {
    const panel = buildMapPanel({
      brief: state.brief,
      labels: ui.labels,
      briefFile: briefFileName(),
      onCountries: setMapCountries,
      onOpen: (itemPath) => select(itemPath, { focus: true }),
    });
    form.append(el('h3', { id: 'form-heading', tabindex: '-1', text: ui.labels.mapHeading }), panel);
    form.setAttribute('aria-labelledby', 'form-heading');
    return;
  }
  const kind = kindOf(path[path.length - 2]);
  const entry = { path, kind, item: getAt(state.brief, path) };
  const heading = el('h3', { id: 'form-heading', tabindex: '-1', text: ui.labels.editing(ui.labels.kinds[kind.key], titleOf(entry, ui.labels.untitled)) });
  const remove = el('button', { type: 'button', class: 'remove', text: ui.labels.removeItem });
  remove.addEventListener('click', () => deleteItem(path));
  form.append(heading, buildForm(formContext(), kind.def, path), remove);
  form.setAttribute('aria-labelledby', 'form-heading');
}

function renderProblems() {
  const list = $('problems');
  list.replaceChildren();
  if (!state.brief) return;
  // The studio's own finding first: evidence whose paragraph went into the header or footer (its quote is
  // kept, see renumberEvidence). The validator reports it too, as a paragraph out of range.
  const outside = state.text ? evidenceOutsideParagraphs(state.brief, ui.blocks, blockCounts().header, ui.paragraphs.length) : [];
  ui.problems = [
    ...outside.map((o) => ({ path: jsonPath([...o.path, 'quote']), message: ui.labels.outsideParagraphs(o.where, o.block, o.quote) })),
    ...validateWithSource(formatBrief(state.brief), state.text || undefined),
  ];
  if (ui.problems.length === 0) {
    list.append(el('li', { class: 'ok', text: ui.labels.noProblems }));
  }
  for (const problem of ui.problems) {
    const go = el('button', { type: 'button', class: 'problem-path', 'data-problem-path': problem.path, 'aria-label': ui.labels.problemAt(problem.path), text: problem.path });
    go.addEventListener('click', () => goToPath(problem.path));
    list.append(el('li', {}, go, ' ', el('span', { text: problem.message })));
  }
  document.documentElement.dataset.problems = String(ui.problems.length);
}

let previewChain = Promise.resolve();
function renderPreview() {
  $('preview-note').hidden = !(ui.problems.length > 0 && $('preview-host').querySelector('brief-insights'));
  if (!state.brief || ui.problems.length > 0 || !ui.previewReady) return;
  const json = formatBrief(state.brief);
  previewChain = previewChain.then(() => showPreview($('preview-host'), json)).catch(() => {});
}

// --- Items ---------------------------------------------------------------------------------------------

function select(path, { focus = false } = {}) {
  ui.selected = path;
  renderItemList();
  renderTargets();
  renderForm();
  if (focus) $('form-heading')?.focus();
}

function onFieldChange(path, value, { structural = false }) {
  const blocksField = path.length === 3 && path[0] === 'meta' && path[1] === 'source' && (path[2] === 'headerBlocks' || path[2] === 'footerBlocks');
  let renumbered = null;
  change(() => {
    const before = { header: blockCounts().header, count: ui.paragraphs.length };
    setAt(state.brief, path, value);
    followTitle(path);
    if (blocksField && state.text) {
      // The paragraphs are numbered anew: the evidence moves with its blocks (one undoable step with the edit).
      syncParagraphCount();
      renumbered = renumberEvidence(state.brief, ui.blocks, before, { header: blockCounts().header, count: ui.paragraphs.length });
    }
  }, { key: structural ? null : jsonPath(path), structural });
  if (renumbered && (renumbered.moved > 0 || renumbered.outside > 0)) {
    announce(ui.labels.announceRenumbered(renumbered.moved, renumbered.outside));
    // The open item's form shows paragraph numbers: not open while the meta form is, but refresh anyway.
    if (ui.selected && ui.selected[0] !== 'meta') renderForm();
  }
  if (!structural) {
    const itemPath = itemPathOf(path);
    const id = itemPath && itemPath[0] !== 'meta' ? getAt(state.brief, [...itemPath, 'id']) : null;
    const output = id != null ? document.querySelector(`[data-path="${CSS.escape(jsonPath([...itemPath, 'id']))}"]`) : null;
    if (output) output.textContent = id;
  }
}

/** An id the studio made follows its item's title; references to it follow too. */
function followTitle(path) {
  const itemPath = itemPathOf(path);
  if (!itemPath || itemPath[0] === 'meta') return;
  const item = getAt(state.brief, itemPath);
  const kind = kindOf(itemPath[itemPath.length - 2]);
  if (!item || !kind || !state.autoIds.includes(item.id)) return;
  const field = path[itemPath.length];
  if (field !== kind.title && !(kind.key === 'relations' && (field === 'from' || field === 'to'))) return;
  const taken = allIds(state.brief);
  taken.delete(item.id);
  const next = makeId(kind, idSource(kind, item), taken);
  if (next === item.id) return;
  renameReferences(state.brief, item.id, next);
  state.autoIds = state.autoIds.map((id) => (id === item.id ? next : id));
  item.id = next;
}

/** A new item of `kind` (with the passage as its first evidence, if any), at the end of its list. */
function newItem(kind, passage) {
  const id = makeId(kind, '', allIds(state.brief));
  const evidence = passage ? [{ paragraph: passage.paragraph, quote: passage.quote }] : [];
  const quote = passage?.quote ?? '';
  switch (kind.key) {
    case 'keyJudgments':
      return { id, text: quote, wording: 'quote', evidence };
    case 'recommendations':
      return { id, area: state.brief.recommendationAreas?.[0]?.id ?? '', text: quote, wording: 'quote', evidence };
    case 'actors':
      return { id, name: '', kind: 'state', evidence };
    case 'relations':
      return { id, from: '', to: '', role: '', stance: 'neutral', evidence };
    case 'projects':
      return { id, name: '', sector: state.brief.sectors?.[0]?.id ?? '', evidence };
    case 'observations':
      return { id, label: '', qualifier: 'exact', evidence };
    case 'events':
      return { id, title: '', evidence };
    case 'sectors':
    case 'recommendationAreas':
      return { id, label: '' };
    default:
      return { id, [kind.title]: '', evidence };
  }
}

function createItem(kind, passage, indicatorIndex) {
  let path;
  let item;
  change(() => {
    item = newItem(kind, passage);
    if (kind === OBSERVATION) {
      const indicator = state.brief.indicators[indicatorIndex];
      indicator.observations ??= [];
      indicator.observations.push(item);
      path = ['indicators', indicatorIndex, 'observations', indicator.observations.length - 1];
    } else {
      state.brief[kind.key] ??= [];
      state.brief[kind.key].push(item);
      path = [kind.key, state.brief[kind.key].length - 1];
    }
    state.autoIds.push(item.id);
  }, { structural: true });
  select(path);
  // The first field to fill in: the title (judgments and recommendations start with the quote as text).
  const first = document.querySelector(`[data-path="${CSS.escape(jsonPath([...path, kind.title]))}"]`);
  (first ?? $('form-heading'))?.focus();
  return { path, item };
}

function deleteItem(path) {
  const item = getAt(state.brief, path);
  change(() => {
    setAt(state.brief, path, undefined);
    if (item?.id) {
      dropReferences(state.brief, item.id);
      state.autoIds = state.autoIds.filter((id) => id !== item.id);
    }
  }, { structural: true });
  ui.selected = null;
  renderAll();
  $('item-list').querySelector('button')?.focus();
}

function addEvidence() {
  const passage = ui.passage;
  if (!passage || !state.brief) return announce(ui.labels.selectFirst);
  const target = $('evidence-target').value;
  const [what, where] = [target.slice(0, target.indexOf(':')), target.slice(target.indexOf(':') + 1)];
  let kind;
  let path;
  if (what === 'new') {
    kind = kindOf(where);
    ({ path } = createItem(kind, passage, null));
  } else if (what === 'newobs') {
    kind = OBSERVATION;
    ({ path } = createItem(kind, passage, Number(where)));
  } else {
    path = where.split('/').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    kind = kindOf(path[path.length - 2]);
    change(() => {
      const item = getAt(state.brief, path);
      item.evidence ??= [];
      item.evidence.push({ paragraph: passage.paragraph, quote: passage.quote });
    }, { structural: true });
    select(path);
  }
  const entry = { path, kind, item: getAt(state.brief, path) };
  announce(ui.labels.announceAdded(ui.labels.kinds[kind.key], titleOf(entry, ui.labels.untitled), passage.paragraph));
}

/** `map.countries` as the author types them in the map panel. A map with no countries and no outline is
 *  no map: the member goes, as in a brief that never had one. */
function setMapCountries(codes) {
  change(() => {
    if (codes.length === 0 && !state.brief.map?.outline) {
      delete state.brief.map;
      return;
    }
    if (!state.brief.map || typeof state.brief.map !== 'object') state.brief.map = {};
    state.brief.map.countries = codes;
  }, { key: '$.map.countries' });
}

/** Opens the item a validator path points into and focuses the field (or the nearest one that exists). */
function goToPath(pathText) {
  const path = parseJsonPath(pathText);
  const itemPath = path[0] === 'map' ? ['map'] : itemPathOf(path);
  if (itemPath) select(itemPath);
  for (let n = path.length; n >= 0; n--) {
    const target = document.querySelector(`#item-form [data-path="${CSS.escape(jsonPath(path.slice(0, n)))}"]`);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus();
      return;
    }
  }
  $('form-heading')?.focus();
}

// --- Text, files, import and export -------------------------------------------------------------------

const today = () => new Date().toISOString().slice(0, 10);

/** The language of a text by its letters, not "any Hangul": an English brief naming one Korean institute in
 *  Hangul is still English, and a Korean brief with English names and references still Korean. A Hangul
 *  block is a whole syllable, worth about two Latin letters. */
function textLanguage(text) {
  const hangul = text.match(/[\uac00-\ud7af]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return 2 * hangul > latin ? 'ko' : 'en';
}

function startFromText(text, givenName, title = '') {
  // The brief is exported as the text's name with .json: a text named `harbour.json` would be exported
  // under the brief's own name, and `meta.source.text` would point the CLI at the brief itself.
  const name = givenName.replace(/\.json$/i, '.txt');
  const all = ruleParagraphs(text, 0, 0);
  const language = textLanguage(text);
  change(() => {
    state.text = text;
    state.textName = name;
    state.autoIds = [];
    state.brief = emptyBrief(name, Math.max(all.length, 1), language, today());
    state.brief.meta.title = title ?? '';
  }, { structural: true });
  ui.selected = ['meta'];
  ui.passage = null;
  renderAll();
  announce(ui.labels.announceLoaded(ui.paragraphs.length));
  document.querySelector('#paragraphs .para')?.focus();
}

/** Opens a text file. Plain text is the brief's text as it is; Markdown and HTML are made into the
 *  canonical text by the studio's module, with the very extractors of `brief-insights text` (headings,
 *  navigation and scripts are not paragraphs; docs/paragraphs.md, "Making the text"). */
async function openTextFile(file) {
  if (/\.docx$/i.test(file.name)) {
    // Word: mammoth (loaded now, the first time) makes HTML, which the HTML extractor makes into text.
    let html;
    try {
      html = await docxToHtml(await file.arrayBuffer());
    } catch (error) {
      return showImportReport([{ path: file.name, message: ui.labels.docxFailed(String(error?.message ?? error)) }]);
    }
    const { title, text } = convertText(html, file.name.replace(/\.docx$/i, '.html'));
    showImportReport([]);
    startFromText(text, file.name.replace(/\.docx$/i, '.txt'), title);
    return;
  }
  if (/\.pdf$/i.test(file.name)) {
    // PDF: pdf.js (loaded now, the first time, and only for a file that is a PDF) gives the text's lines,
    // put back into blocks by pdf.js; the blocks then go the way of a plain text file.
    const bytes = new Uint8Array(await file.arrayBuffer());
    let pdf;
    try {
      if (!looksLikePdf(bytes)) throw new Error(ui.labels.pdfNotPdf);
      pdf = await pdfToBlocks(bytes);
    } catch (error) {
      return showImportReport([{ path: file.name, message: ui.labels.pdfFailed(String(error?.message ?? error)) }]);
    }
    if (pdf.blocks.length === 0) return showImportReport([{ path: file.name, message: ui.labels.pdfNoText }]);
    const name = file.name.replace(/\.pdf$/i, '.txt');
    const { text } = convertText(pdf.blocks.join('\n\n') + '\n', name);
    showImportReport([]);
    startFromText(text, name, pdf.title);
    return;
  }
  const raw = await file.text();
  if (/\.(md|markdown|html?|xhtml)$/i.test(file.name)) {
    const { title, text } = convertText(raw, file.name);
    startFromText(text, file.name.replace(/\.[^.]+$/, '.txt'), title);
  } else {
    startFromText(raw, file.name);
  }
}

const basename = (path) => String(path ?? '').split('/').pop();

/** Imports a brief (and its text): refused, with its problems listed, unless it validates. */
async function importFiles(files) {
  const jsonFile = files.find((f) => /\.json$/i.test(f.name));
  if (!jsonFile) return showImportReport([{ path: '$', message: ui.labels.importNeedsJson }]);
  const json = await jsonFile.text();
  let brief = null;
  try {
    brief = JSON.parse(json);
  } catch {
    // validateWithSource reports the syntax error with line and column.
  }
  const named = basename(brief?.meta?.source?.text);
  const textFile = files.find((f) => f !== jsonFile && basename(f.name) === named) ?? files.find((f) => f !== jsonFile);
  const text = textFile ? await textFile.text() : undefined;
  await importBrief(json, text, textFile?.name ?? named);
}

async function importBrief(json, text, textName) {
  const problems = validateWithSource(json, text);
  let brief = null;
  try {
    brief = JSON.parse(json);
  } catch {
    // Reported in problems.
  }
  if (brief?.meta?.source?.text && text === undefined) {
    problems.push({ path: '$.meta.source.text', line: 0, column: 0, message: ui.labels.importNeedsJson });
  }
  if (problems.length > 0) return showImportReport(problems);
  showImportReport([]);
  change(() => {
    state.brief = brief;
    state.text = text ?? '';
    state.textName = basename(textName) || 'brief.txt';
    state.autoIds = [];
  }, { structural: true });
  ui.selected = null;
  ui.passage = null;
  renderAll();
  announce(ui.labels.announceImported(allItems(state.brief).length));
}

function showImportReport(problems) {
  const report = $('import-report');
  report.replaceChildren();
  report.hidden = problems.length === 0;
  if (problems.length === 0) return;
  report.append(el('p', { text: ui.labels.importFailed(problems.length) }));
  const list = el('ul');
  for (const p of problems) list.append(el('li', {}, el('code', { text: `${p.line ? `${p.line}:${p.column} ` : ''}${p.path}` }), ` ${p.message}`));
  report.append(list);
}

function download(name, text, type) {
  const link = $('download');
  const url = URL.createObjectURL(new Blob([text], { type }));
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The exported brief's file name: its text's, with .json. */
function briefFileName() {
  const textName = basename(state.brief?.meta?.source?.text) || state.textName;
  return textName.replace(/\.[^.]+$/, '') + '.json';
}

function exportBrief() {
  if (!state.brief) return;
  const textName = basename(state.brief.meta?.source?.text) || state.textName;
  const briefName = briefFileName();
  download(briefName, formatBrief(state.brief), 'application/json');
  if (state.text) download(textName, state.text, 'text/plain');
  announce(ui.labels.announceExported(briefName));
}

async function openSample() {
  const [json, text] = await Promise.all(
    ['../briefs/sejong-2025-30.json', '../briefs/sejong-2025-30.txt'].map((url) => fetch(url).then((r) => r.text())),
  );
  await importBrief(json, text, 'sejong-2025-30.txt');
}

// --- Events --------------------------------------------------------------------------------------------

function onSelectionChange() {
  const passage = selectedPassage($('paragraphs'));
  if (!passage) return;
  ui.passage = passage;
  $('selection-quote').textContent = ui.labels.selectionIn(passage.paragraph, passage.quote);
  $('selection-quote').dataset.paragraph = String(passage.paragraph);
  if (passage.cut) announce(ui.labels.multiParagraph);
}

function wire() {
  const actions = {
    'new-text': () => $('paste-dialog').showModal(),
    'cancel-paste': () => $('paste-dialog').close('cancel'),
    'open-text': () => $('text-file').click(),
    import: () => $('brief-file').click(),
    sample: openSample,
    export: exportBrief,
    undo,
    redo,
    'add-evidence': addEvidence,
    'edit-meta': () => state.brief && select(['meta'], { focus: true }),
    'edit-map': () => state.brief && select(['map'], { focus: true }),
  };
  document.addEventListener('click', (event) => {
    const action = event.target.closest?.('[data-action]')?.dataset.action;
    if (action && actions[action]) actions[action]();
  });
  $('paste-dialog').addEventListener('close', () => {
    if ($('paste-dialog').returnValue === 'ok' && $('paste-text').value.trim()) {
      startFromText($('paste-text').value, $('paste-name').value.trim() || 'brief.txt');
    }
  });
  $('text-file').addEventListener('change', async (event) => {
    const [file] = event.target.files;
    if (file) await openTextFile(file);
    event.target.value = '';
  });
  $('brief-file').addEventListener('change', async (event) => {
    const files = [...event.target.files];
    if (files.length) await importFiles(files);
    event.target.value = '';
  });
  $('ui-lang').addEventListener('change', () => {
    ui.lang = $('ui-lang').value;
    ui.labels = labelsFor(ui.lang);
    renderAll();
    saveNow();
  });
  document.addEventListener('selectionchange', onSelectionChange);
  $('paragraphs').addEventListener('keydown', (event) => {
    if (handleParagraphKey(event, $('paragraphs'))) event.preventDefault();
  });
  document.addEventListener('keydown', (event) => {
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && !event.altKey && key === 'z') {
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    } else if (mod && !event.altKey && key === 'y') {
      event.preventDefault();
      redo();
    } else if (event.altKey && !mod && event.code === 'KeyE') {
      event.preventDefault();
      addEvidence();
    }
  });
  tabs?.addEventListener('message', (event) => {
    if (event.data?.saved && event.data.saved !== stepPrefix) followOtherTab();
  });
  // Leaving the page: write the draft at once rather than after the debounce.
  addEventListener('pagehide', () => saveNow());
}

/** The undo and redo steps saved with the draft. A step missing from the database (another tab's save
 *  removed it) ends the history there: the steps before it could not be reached in order anyway. */
async function restoreHistory(draft) {
  const load = async (ids) => {
    const steps = Array.isArray(ids) ? await loadSteps(ids) : [];
    const gap = steps.lastIndexOf(null);
    return steps.slice(gap + 1);
  };
  history.past = await load(draft.past);
  history.future = await load(draft.future);
}

async function main() {
  await initAuthor();
  ui.schema = await fetch(new URL('../../schema/brief.schema.json', import.meta.url)).then((r) => r.json());
  wire();
  const draft = await loadDraft().catch(() => null);
  // Every step on disk, so the first save deletes those no draft refers to any more.
  for (const id of await stepIds().catch(() => [])) savedSteps.add(id);
  if (draft?.state) {
    restore(draft.state);
    ui.lang = draft.lang ?? ui.lang;
    ui.selected = draft.selected ?? null;
    await restoreHistory(draft).catch(() => {});
  } else {
    ui.lang = navigator.language?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }
  ui.labels = labelsFor(ui.lang);
  renderAll();
  if (draft?.state) announce(ui.labels.announceRestored);
  ui.previewReady = await startPreviewWorker();
  renderPreview();
  document.documentElement.dataset.studio = 'ready';
}

main().catch((error) => {
  document.documentElement.dataset.studio = 'error';
  announce(String(error?.message ?? error));
  throw error;
});

// For the browser tests: wait until the draft is on disk.
export const flushed = () => savePromise;
