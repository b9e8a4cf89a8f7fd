// The text pane: the brief's text as numbered paragraphs (by the project's rule, from the authors'
// module), its coverage (which sentences are cited and by which items), and selecting a passage with the
// mouse or the keyboard. A selection is turned into `{ paragraph, quote }`, the quote a slice of the
// paragraph as the rule normalises it, so it validates by construction.

import { el } from './form.js';

/** What each paragraph element was drawn from: its labels (one object per language) and its paragraph and
 *  coverage as JSON. */
const drawnFrom = new WeakMap();

/**
 * Renders `paragraphs` (from `paragraphs()`) with `coverage` (from `coverage()`) into `container`.
 * Sentences get `data-cited-by`; each paragraph a line saying which items cite it. Only paragraphs whose
 * text, coverage or labels changed are drawn anew: adding one piece of evidence to a long brief (thousands
 * of paragraphs) redrew and laid out the whole text, a freeze of a second or more.
 */
export function renderParagraphs(container, paragraphs, coverage, labels) {
  if (paragraphs.length === 0) {
    container.replaceChildren(el('p', { class: 'empty', text: labels.noText }));
    return;
  }
  const byNumber = new Map((coverage?.paragraphs ?? []).map((p) => [p.number, p]));
  // The roving tab stop stays on its paragraph (the first one if that paragraph is gone).
  const stop = container.querySelector('.para[tabindex="0"]')?.dataset.paragraph;
  const tabStop = paragraphs.some((p) => String(p.number) === stop) ? stop : String(paragraphs[0].number);
  const existing = [...container.children];
  paragraphs.forEach((paragraph, i) => {
    const cov = byNumber.get(paragraph.number);
    const json = JSON.stringify([paragraph, cov ?? null]);
    const old = existing[i];
    const drawn = old && drawnFrom.get(old);
    let p = old;
    if (!drawn || drawn.labels !== labels || drawn.json !== json) {
      p = paragraphElement(paragraph, cov, labels);
      drawnFrom.set(p, { labels, json });
      if (old) old.replaceWith(p);
      else container.append(p);
    }
    const tabIndex = p.dataset.paragraph === tabStop ? 0 : -1;
    if (p.tabIndex !== tabIndex) p.tabIndex = tabIndex;
  });
  for (const extra of existing.slice(paragraphs.length)) extra.remove();
}

/** One paragraph: its number, its text with its sentences, and which items cite it. */
function paragraphElement(paragraph, cov, labels) {
  const text = el('span', { class: 'para-text', 'data-paragraph': String(paragraph.number) });
  let at = 0;
  paragraph.sentences.forEach((sentence, i) => {
    const start = paragraph.text.indexOf(sentence, at);
    if (start < 0) return;
    if (start > at) text.append(paragraph.text.slice(at, start));
    const citedBy = cov?.sentences?.[i]?.citedBy ?? [];
    const span = el('span', { class: citedBy.length ? 'sentence cited' : 'sentence', 'data-sentence': String(i) }, sentence);
    if (citedBy.length) span.dataset.citedBy = citedBy.join(' ');
    text.append(span);
    at = start + sentence.length;
  });
  if (at < paragraph.text.length) text.append(paragraph.text.slice(at));
  const ids = [...new Set((cov?.sentences ?? []).flatMap((s) => s.citedBy))];
  const citedLine = el('span', { class: ids.length ? 'cited-by' : 'cited-by none', text: ids.length ? labels.citedBy(ids) : labels.notCited });
  // The number shows as a figure and reads as "Paragraph N"; the paragraph's own text stays its content,
  // so a screen reader reads the text, then who cites it.
  const numberLabel = el(
    'span',
    { class: 'para-number' },
    el('span', { 'aria-hidden': 'true', text: String(paragraph.number) }),
    el('span', { class: 'visually-hidden', text: `${labels.paragraph(paragraph.number)}: ` }),
  );
  return el('p', { class: 'para', tabindex: '-1', 'data-paragraph': String(paragraph.number) }, numberLabel, text, ' ', citedLine);
}

/** The character offset of (node, offset) within `root`'s text. */
function offsetIn(root, node, offset) {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** (text node, offset) at character `target` of `root`. */
function pointAt(root, target) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let last = null;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (seen + node.data.length >= target) return [node, target - seen];
    seen += node.data.length;
    last = node;
  }
  return last ? [last, last.data.length] : [root, 0];
}

/**
 * The passage the document selection holds in the text pane: `{ paragraph, quote, start, end, cut }`
 * (cut: the selection went past its first paragraph and was cut there), or null.
 */
export function selectedPassage(container) {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const startNode = range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer.parentElement : range.startContainer;
  let text = startNode?.closest?.('.para-text');
  let start;
  if (!text || !container.contains(text)) {
    // A selection starting on a paragraph's number or before the first paragraph: its first paragraph.
    text = [...container.querySelectorAll('.para-text')].find((t) => range.intersectsNode(t));
    if (!text) return null;
    start = 0;
  } else {
    start = offsetIn(text, range.startContainer, range.startOffset);
  }
  const full = text.textContent;
  let end;
  let cut = false;
  if (text.contains(range.endContainer) || range.endContainer === text) end = offsetIn(text, range.endContainer, range.endOffset);
  else {
    end = full.length;
    cut = [...container.querySelectorAll('.para-text')].some((t) => t !== text && range.intersectsNode(t));
  }
  const raw = full.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const quote = raw.trim();
  if (!quote) return null;
  return { paragraph: Number(text.dataset.paragraph), quote, start: start + lead, end: start + lead + quote.length, cut };
}

/** Selects characters `start`..`end` of a paragraph's text. */
export function selectRange(paraText, start, end) {
  const [a, aOffset] = pointAt(paraText, start);
  const [b, bOffset] = pointAt(paraText, end);
  document.getSelection().setBaseAndExtent(a, aOffset, b, bOffset);
}

/** Word ends of a text (offsets just after each run of non-space characters, punctuation included), for
 *  Shift+arrow: a quote grows and shrinks by whole words with their punctuation, as English and Korean
 *  space their words. */
function wordEnds(text) {
  return [...text.matchAll(/\S+/g)].map((match) => match.index + match[0].length);
}

/**
 * Keyboard selection inside a focused paragraph: ← → pick the previous/next sentence, Shift+← → shrink or
 * extend the selection by a word, ↑ ↓ (and Home, End) move between paragraphs. Returns true when handled.
 */
export function handleParagraphKey(event, container) {
  const p = event.target.closest?.('.para');
  if (!p || !container.contains(p)) return false;
  const paraText = p.querySelector('.para-text');
  const sentences = [...paraText.querySelectorAll('.sentence')];
  const current = selectedPassage(container);
  const inThis = current && current.paragraph === Number(p.dataset.paragraph);
  const offsets = sentences.map((s) => {
    const start = offsetIn(paraText, s.firstChild ?? s, 0);
    return { start, end: start + s.textContent.length };
  });
  const paragraphs = [...container.querySelectorAll('.para')];
  const move = (target) => {
    if (!target) return true;
    p.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
    document.getSelection().removeAllRanges();
    return true;
  };
  const key = event.key;
  if (key === 'ArrowDown' && !event.shiftKey) return move(paragraphs[paragraphs.indexOf(p) + 1]);
  if (key === 'ArrowUp' && !event.shiftKey) return move(paragraphs[paragraphs.indexOf(p) - 1]);
  if (key === 'Home' && !event.shiftKey) return move(paragraphs[0]);
  if (key === 'End' && !event.shiftKey) return move(paragraphs[paragraphs.length - 1]);
  if ((key === 'ArrowRight' || key === 'ArrowLeft') && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
    if (offsets.length === 0) return true;
    let index = inThis ? offsets.findIndex((o) => o.start <= current.start && current.start < o.end) : -1;
    if (key === 'ArrowRight') index = !inThis ? 0 : Math.min(index + 1, offsets.length - 1);
    else index = !inThis ? offsets.length - 1 : Math.max(index - 1, 0);
    selectRange(paraText, offsets[index].start, offsets[index].end);
    return true;
  }
  if ((key === 'ArrowRight' || key === 'ArrowLeft') && event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
    const text = paraText.textContent;
    const ends = wordEnds(text);
    const start = inThis ? current.start : 0;
    const end = inThis ? current.end : 0;
    let next;
    if (key === 'ArrowRight') next = ends.find((e) => e > end) ?? text.length;
    else next = [...ends].reverse().find((e) => e < end && e > start) ?? end;
    const firstWordEnd = ends.find((e) => e > start);
    selectRange(paraText, start, Math.max(next, firstWordEnd ?? next));
    return true;
  }
  return false;
}
