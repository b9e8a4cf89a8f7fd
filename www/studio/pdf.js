// PDF files: their text is read by pdf.js (npm "pdfjs-dist", Apache-2.0, Mozilla), whose ES-module build and
// worker are vendored in vendor/ by tools/vendor-studio.mjs. Together they are about 1.7 MB (490 kB gzipped),
// so they are imported only when an editor opens a .pdf, never with the studio. The worker is started from
// the same origin, so it runs under the studio's CSP (`worker-src` falls back to `script-src 'self'`), and
// pdf.js is told not to compile code with `new Function` (`isEvalSupported: false`), which the CSP forbids.
//
// A PDF has no paragraphs, only pieces of text placed on pages. They are put back together here: pieces into
// lines by their vertical position, lines into blocks where the gap between two lines is clearly larger than
// the usual line spacing. Lines repeated at the top or bottom of most pages (running headers and footers) and
// bare page numbers are dropped. The blocks then go through the same text path as any other file. Scanned
// PDFs have no text at all; a layout in several columns may come out interleaved (docs/studio.md).

let loading = null;

/** A file is a PDF if "%PDF-" appears in its first kilobyte (where the format allows it to be). */
export function looksLikePdf(bytes) {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

async function pdfjs() {
  loading ??= import('./vendor/pdf.min.mjs').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = new URL('./vendor/pdf.worker.min.mjs', import.meta.url).href;
    return lib;
  });
  try {
    return await loading;
  } catch (error) {
    loading = null; // try again next time (offline before it was ever loaded, for instance)
    throw error;
  }
}

/** The text of a PDF as blocks (one string each) and its title from the document's information, if any. */
export async function pdfToBlocks(bytes) {
  const lib = await pdfjs();
  // Only the text is read, never drawn: no font faces, and no font data files (pdf.js warns that it has none
  // for the standard fonts, which it needs to draw them but not to read text, so warnings are not shown).
  const task = lib.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  const pdf = await task.promise;
  try {
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items));
    }
    const info = await pdf.getMetadata().then((m) => m.info, () => ({}));
    const title = typeof info?.Title === 'string' ? info.Title.trim() : '';
    return { title, blocks: blocksOf(withoutRunningLines(pages)) };
  } finally {
    await task.destroy();
  }
}

/** A page's text pieces as lines, top to bottom: { text, y, height }. Pieces whose baselines differ by less
 *  than half their height are on one line; within a line they are put left to right, with a space where the
 *  gap between two pieces is wider than a sliver of the font size. */
function linesOf(items) {
  const pieces = items
    .filter((item) => typeof item.str === 'string' && item.str.trim() !== '')
    .map((item) => ({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: Math.abs(item.height) || 1 }));
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines = [];
  for (const piece of pieces) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - piece.y) < Math.max(line.height, piece.height) / 2) {
      line.pieces.push(piece);
      line.height = Math.max(line.height, piece.height);
    } else {
      lines.push({ y: piece.y, height: piece.height, pieces: [piece] });
    }
  }
  return lines.map(({ y, height, pieces: row }) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = null;
    for (const piece of row) {
      const gap = end === null ? 0 : piece.x - end;
      if (end !== null && gap > height * 0.15 && !/\s$/.test(text) && !/^\s/.test(piece.text)) text += ' ';
      text += piece.text;
      end = piece.x + piece.width;
    }
    return { text: text.trim(), y, height };
  });
}

const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i;

/** Drops bare page numbers, and lines that open or close at least half of the pages (two at least) with the
 *  same words (digits aside: "Policy Notes 2026 | 3" and "… | 4" are one running line). */
function withoutRunningLines(pages) {
  const shape = (line) => line.text.replace(/\d+/g, '#').toLowerCase();
  const edges = (lines) => [lines[0], lines.at(-1)].filter(Boolean);
  const counts = new Map();
  for (const lines of pages) {
    for (const key of new Set(edges(lines).map(shape))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const running = (key) => pages.length >= 2 && (counts.get(key) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((line) => !(PAGE_NUMBER.test(line.text) || (edge.has(line) && running(shape(line)))));
  });
}

/** Lines into blocks. The usual line spacing is the median gap between consecutive lines of a page, capped at
 *  1.2 times the font size (so a document whose paragraphs are single lines still has its breaks); a gap
 *  more than 1.3 times that starts a new block, and so does a new page, unless the page's last block does not
 *  end a sentence and the next page begins in lower case (a paragraph running on). */
function blocksOf(pages) {
  const gaps = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) gaps.push(lines[i - 1].y - lines[i].y);
  }
  gaps.sort((a, b) => a - b);
  const median = gaps.length ? gaps[Math.floor(gaps.length / 2)] : 0;

  const blocks = [];
  let current = null;
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      const spacing = Math.min(median || Infinity, line.height * 1.2);
      const breaks = previous ? previous.y - line.y > spacing * 1.3 : !(current && runsOn(current, line.text));
      if (breaks || current === null) {
        current = [line.text];
        blocks.push(current);
      } else {
        current.push(line.text);
      }
    });
  }
  return blocks.map(joinLines);
}

const runsOn = (block, nextLine) => !/[.!?:;"”’)\]]$/.test(block.at(-1)) && /^\p{Ll}/u.test(nextLine);

/** A block's lines as one string. A hyphen at the end of a line before a lower-case letter is a hyphenation
 *  ("fol-" + "lowed" is "followed"). A hyphen or dash right after a word, before anything else, is part of
 *  the text where the line happened to break ("inter-" + "Korean" is "inter-Korean", "Korea–" + "Russia" is
 *  "Korea–Russia"): it stays, with no space. Any other line is joined with a space. */
function joinLines(lines) {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else if (/[\p{L}\p{N}][-\u2010\u2013]$/u.test(text)) text += line;
    else text += ` ${line}`;
  }
  return text;
}
