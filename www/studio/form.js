// Forms generated from the JSON Schema of the format (schema/brief.schema.json): every field of a kind, in
// the schema's words (its descriptions are the help texts). Ids are shown, never typed; references are
// picked from lists; evidence comes from selections in the text. Every control carries `data-path`, the
// JSON path the validator reports problems at, so a problem can focus its field.

import { allItems, getAt, jsonPath, REFERENCE_FIELDS, titleOf } from './model.js';

/** Long free text gets a textarea. */
const LONG_TEXT = new Set(['text', 'summary', 'description', 'note', 'policyFrame', 'risks', 'timing']);
/** Fields the studio fills in itself. */
const DERIVED = new Set(['id', 'paragraphs']);

/** A field's label: its name in the UI language, with the format's own name (which problems' JSON paths
 *  use) after it. */
function fieldLabel(ctx, name) {
  const words = ctx.labels.fields?.[name];
  return words ? `${words} (${name})` : name;
}

let uid = 0;
const nextId = () => `f${++uid}`;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.filter((c) => c != null));
  return node;
}

/** The schema node behind `$ref`s and `anyOf: [X, null]`; `nullable` when null is allowed. */
export function resolve(schema, node) {
  let nullable = false;
  let current = node ?? {};
  for (let guard = 0; guard < 8; guard++) {
    if (current.$ref) {
      const name = current.$ref.replace('#/$defs/', '');
      current = { ...schema.$defs[name], ...omit(current, ['$ref']), defName: name };
    } else if (Array.isArray(current.anyOf)) {
      const options = current.anyOf.filter((o) => o.type !== 'null');
      nullable ||= options.length < current.anyOf.length;
      current = { ...options[0], description: current.description ?? options[0]?.description };
    } else break;
  }
  if (Array.isArray(current.type)) {
    nullable ||= current.type.includes('null');
    current = { ...current, type: current.type.find((t) => t !== 'null') };
  }
  return { node: current, nullable };
}

function omit(object, keys) {
  return Object.fromEntries(Object.entries(object).filter(([k]) => !keys.includes(k)));
}

/** The allowed values of an enumeration (`enum`, or `oneOf` of `const`s with descriptions). */
function choices(node) {
  if (Array.isArray(node.enum)) return node.enum.map((value) => ({ value, description: '' }));
  if (Array.isArray(node.oneOf) && node.oneOf.every((o) => 'const' in o)) {
    return node.oneOf.map((o) => ({ value: o.const, description: o.description ?? '' }));
  }
  return null;
}

/** Field order: id, the required fields as the schema lists them, the others, evidence last. */
function orderedFields(def) {
  const names = Object.keys(def.properties ?? {});
  const required = def.required ?? [];
  const rank = (name) => (name === 'id' ? 0 : name === 'evidence' ? 3 : name === 'observations' ? 4 : required.includes(name) ? 1 : 2);
  return names.sort((a, b) => rank(a) - rank(b) || (rank(a) === 1 ? required.indexOf(a) - required.indexOf(b) : 0));
}

/**
 * The form of the object at `path` of `brief`, whose schema definition is `defName`. `ctx` has `schema`,
 * `brief`, `labels`, `onChange(path, value, { structural })`, `onAction(action, path)`.
 */
export function buildForm(ctx, defName, path) {
  const def = ctx.schema.$defs[defName];
  const value = getAt(ctx.brief, path) ?? {};
  return objectFields(ctx, def, value, path);
}

function objectFields(ctx, def, value, path) {
  const box = el('div', { class: 'fields' });
  for (const name of orderedFields(def)) {
    if (path.length === 1 && path[0] === 'meta' && name === 'paragraphs') {
      box.append(readOnly(ctx, name, value[name], [...path, name], def.properties[name].description));
      continue;
    }
    const required = (def.required ?? []).includes(name);
    box.append(field(ctx, name, def.properties[name], value?.[name], [...path, name], required));
  }
  return box;
}

function readOnly(ctx, name, value, path, description) {
  const id = nextId();
  return el(
    'div',
    { class: 'field readonly' },
    el('label', { for: id, text: fieldLabel(ctx, name) }),
    el('output', { id, 'data-path': jsonPath(path), text: String(value ?? '') }),
    description ? el('p', { class: 'help', text: description }) : null,
  );
}

function help(description, id) {
  return description ? el('p', { class: 'help', id, text: description }) : null;
}

function field(ctx, name, rawNode, value, path, required) {
  const { node, nullable } = resolve(ctx.schema, rawNode);
  const description = rawNode.description ?? node.description ?? '';
  const id = nextId();
  const helpId = `${id}-help`;
  const label = el('label', { for: id, text: required ? `${fieldLabel(ctx, name)} *` : fieldLabel(ctx, name) });
  const wrap = (control, ...extra) =>
    el('div', { class: `field field-${name}` }, label, control, help(description, helpId), ...extra);
  const common = { id, 'data-path': jsonPath(path), 'aria-describedby': description ? helpId : undefined };

  if (DERIVED.has(name) && path.length > 1) {
    return el('div', { class: 'field readonly' }, el('span', { class: 'label', text: fieldLabel(ctx, name) }),
      el('output', { ...common, 'aria-label': fieldLabel(ctx, name), text: String(value ?? '') }));
  }
  if (name === 'evidence') return evidenceList(ctx, value, path, description);
  if (name === 'observations') return observationList(ctx, value, path, description);

  // A reference: picked from a list, never typed.
  const refList = REFERENCE_FIELDS[name];
  if (refList && (node.defName === 'Id' || node.type === 'string' || node.type === 'array')) {
    const options = referenceOptions(ctx, refList, path);
    if (node.type === 'array') {
      const chosen = new Set(Array.isArray(value) ? value : []);
      const set = el('fieldset', { class: `field field-${name} checks`, 'data-path': jsonPath(path), tabindex: '-1' },
        el('legend', { text: fieldLabel(ctx, name) }), help(description, helpId));
      if (options.length === 0) set.append(el('p', { class: 'help', text: ctx.labels.none }));
      for (const option of options) {
        const boxId = nextId();
        const box = el('input', { type: 'checkbox', id: boxId, value: option.value, checked: chosen.has(option.value) });
        box.addEventListener('change', () => {
          const next = [...set.querySelectorAll('input:checked')].map((b) => b.value);
          ctx.onChange(path, next.length || Array.isArray(value) ? next : undefined, {});
        });
        set.append(el('div', { class: 'check' }, box, el('label', { for: boxId, text: option.label })));
      }
      return set;
    }
    const select = el('select', common);
    if (!required || !value) select.append(el('option', { value: '', text: ctx.labels.none }));
    for (const option of options) select.append(el('option', { value: option.value, text: option.label }));
    if (value && !options.some((o) => o.value === value)) select.append(el('option', { value, text: value }));
    select.value = value ?? '';
    select.addEventListener('change', () => ctx.onChange(path, select.value || (required ? '' : undefined), {}));
    return wrap(select);
  }

  const enumeration = choices(node);
  if (enumeration) {
    const select = el('select', common);
    if (nullable || !required || value === undefined) select.append(el('option', { value: '', text: ctx.labels.none }));
    for (const option of enumeration) {
      select.append(el('option', { value: option.value, text: option.description ? `${option.value} — ${option.description}` : option.value }));
    }
    select.value = value ?? '';
    select.addEventListener('change', () => ctx.onChange(path, select.value || undefined, {}));
    return wrap(select);
  }

  if (node.type === 'object' && node.properties) {
    const set = el('fieldset', { class: `field field-${name} group`, 'data-path': jsonPath(path), tabindex: '-1' }, el('legend', { text: fieldLabel(ctx, name) }), help(description, helpId));
    if (value == null && !required) {
      const add = el('button', { type: 'button', text: ctx.labels.add(fieldLabel(ctx, name)) });
      add.addEventListener('click', () => ctx.onChange(path, {}, { structural: true }));
      set.append(add);
    } else {
      set.append(objectFields(ctx, node, value ?? {}, path));
      if (!required) {
        const remove = el('button', { type: 'button', class: 'remove', text: `${ctx.labels.remove} ${name}` });
        remove.addEventListener('click', () => ctx.onChange(path, undefined, { structural: true }));
        set.append(remove);
      }
    }
    return set;
  }

  if (node.type === 'array') {
    const { node: itemNode } = resolve(ctx.schema, node.items);
    if (itemNode.type === 'object') return objectList(ctx, name, itemNode, value, path, description);
    // A list of strings or numbers: one per line.
    const area = el('textarea', { ...common, rows: 3 });
    area.value = Array.isArray(value) ? value.join('\n') : '';
    area.addEventListener('input', () => {
      const lines = area.value.split('\n').map((l) => l.trim()).filter(Boolean);
      const items = itemNode.type === 'integer' || itemNode.type === 'number' ? lines.map(Number) : lines;
      ctx.onChange(path, items.length || Array.isArray(value) ? items : undefined, {});
    });
    return wrap(area, el('p', { class: 'help', text: ctx.labels.onePerLine }));
  }

  if (node.type === 'number' || node.type === 'integer') {
    const input = el('input', { ...common, type: 'number', step: node.type === 'integer' ? '1' : 'any', inputmode: 'decimal' });
    input.value = value ?? '';
    input.addEventListener('input', () => {
      const text = input.value.trim();
      ctx.onChange(path, text === '' ? (required ? 0 : undefined) : Number(text), {});
    });
    return wrap(input);
  }

  if (node.type === 'boolean') {
    const input = el('input', { ...common, type: 'checkbox', checked: value === true });
    input.addEventListener('change', () => ctx.onChange(path, input.checked, {}));
    return wrap(input);
  }

  // Text.
  const long = LONG_TEXT.has(name) && path[0] !== 'meta' ? true : name === 'summary';
  const input = long ? el('textarea', { ...common, rows: 3 }) : el('input', { ...common, type: 'text' });
  if (node.pattern && node.defName === 'DateSpec') input.setAttribute('placeholder', 'YYYY-MM-DD, YYYY-MM, YYYY-Q1 …');
  input.value = value ?? '';
  input.addEventListener('input', () => ctx.onChange(path, input.value === '' && !required ? undefined : input.value, {}));
  return wrap(input);
}

function referenceOptions(ctx, list, path) {
  const own = getAt(ctx.brief, path.slice(0, path[0] === 'indicators' && path[2] === 'observations' ? 4 : 2))?.id;
  const entries = allItems(ctx.brief).filter((e) => (list === '*' ? e.kind.evidence : e.kind.key === list));
  return entries
    .filter((e) => typeof e.item?.id === 'string' && e.item.id && e.item.id !== own)
    .map((e) => ({ value: e.item.id, label: `${titleOf(e, ctx.labels.untitled)} (${e.item.id})` }));
}

function evidenceList(ctx, value, path, description) {
  const set = el('fieldset', { class: 'field field-evidence', 'data-path': jsonPath(path), tabindex: '-1' },
    el('legend', { text: `${ctx.labels.evidence} *` }), el('p', { class: 'help', text: `${description} ${ctx.labels.evidenceHelp}` }));
  const list = el('ol', { class: 'evidence-list' });
  (Array.isArray(value) ? value : []).forEach((evidence, i) => {
    const remove = el('button', { type: 'button', class: 'remove', text: ctx.labels.remove, 'aria-label': `${ctx.labels.remove}: ¶${evidence?.paragraph} ${evidence?.quote ?? ''}` });
    remove.addEventListener('click', () => ctx.onChange([...path, i], undefined, { structural: true }));
    list.append(el('li', { 'data-path': jsonPath([...path, i, 'quote']), tabindex: '-1' },
      el('span', { class: 'paragraph-number', text: `¶${evidence?.paragraph}` }), ' ',
      el('q', { text: evidence?.quote ?? '' }), ' ', remove));
  });
  set.append(list);
  return set;
}

function observationList(ctx, value, path, description) {
  const set = el('fieldset', { class: 'field field-observations', 'data-path': jsonPath(path), tabindex: '-1' },
    el('legend', { text: fieldLabel(ctx, 'observations') }), el('p', { class: 'help', text: description }));
  const list = el('ul', { class: 'sub-items' });
  (Array.isArray(value) ? value : []).forEach((observation, i) => {
    const open = el('button', { type: 'button', text: observation?.label || observation?.id || ctx.labels.untitled });
    open.addEventListener('click', () => ctx.onAction('select', [...path, i]));
    list.append(el('li', {}, open));
  });
  set.append(list);
  return set;
}

function objectList(ctx, name, itemNode, value, path, description) {
  const set = el('fieldset', { class: `field field-${name} group`, 'data-path': jsonPath(path), tabindex: '-1' }, el('legend', { text: fieldLabel(ctx, name) }), el('p', { class: 'help', text: description }));
  const items = Array.isArray(value) ? value : [];
  items.forEach((item, i) => {
    const inner = el('fieldset', { class: 'group' }, el('legend', { text: `${name} ${i + 1}` }), objectFields(ctx, itemNode, item ?? {}, [...path, i]));
    const remove = el('button', { type: 'button', class: 'remove', text: `${ctx.labels.remove} ${name} ${i + 1}` });
    remove.addEventListener('click', () => ctx.onChange([...path, i], undefined, { structural: true }));
    inner.append(remove);
    set.append(inner);
  });
  const add = el('button', { type: 'button', text: ctx.labels.add(name) });
  add.addEventListener('click', () => {
    const blank = Object.fromEntries((itemNode.required ?? []).map((k) => [k, '']));
    ctx.onChange([...path, items.length], blank, { structural: true });
  });
  set.append(add);
  return set;
}

export { el };
