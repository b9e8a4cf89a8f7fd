// Brief Studio (www/studio.html, docs/studio.md), as an editor uses it, in headless Chromium under the
// strict CSP it is served with: author a small brief from a text by selecting passages with the mouse and
// with the keyboard, reload in the middle, export it and check the file with the CLI; a broken import is
// refused and changes nothing; the Sejong brief round-trips byte for byte; axe-core finds nothing.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { crc32 } from 'node:zlib';
import { AXE_PATH, REPO_ROOT, openPage, setUp, startServer } from './harness.mjs';

// A small brief of our own (not the Sejong one): two front-matter blocks, three paragraphs, one of them
// over two lines with a no-break space, so the rule's joining and normalising matter.
const TEXT = [
  'Harbour Policy Notes 2026-3',
  'Ports and the river economy, by A. Writer',
  'The port authority doubled its container capacity in 2025. Traffic followed within months.',
  'Ministers in Laos and Thailand\nsigned a transit\u00a0agreement in March. It covers rail freight only.',
  'The authors recommend a joint customs office. Delays at the border cost exporters dearly.',
].join('\n\n') + '\n';

/** A .docx (a zip of XML parts, stored uncompressed) with these paragraphs: [style|null, [[text, bold]...]]. */
function makeDocx(paragraphs) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = paragraphs
    .map(([style, runs]) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs
      .map(([text, bold]) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`)
      .join('')}</w:p>`)
    .join('');
  const parts = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  };
  const local = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, centralBytes, end]);
}

/** A PDF (1.4, written by hand: no dependency) with these pages, each a list of [y, text] lines set in
 *  Helvetica 12 pt at x = 72 on a 612 × 792 pt page, and `title` in its document information. */
function makePdf(pages, title) {
  const str = (s) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const objects = []; // objects[n - 1] is object n
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  const pagesRef = add(null); // the page tree, written once the pages have numbers
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids = pages.map((lines) => {
    const stream = lines.map(([y, text]) => `BT /F1 12 Tf 72 ${y} Td ${str(text)} Tj ET`).join('\n');
    const contents = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    return add(`<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`);
  });
  objects[pagesRef - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = add(`<< /Title ${str(title)} /Producer (studio.test.mjs) >>`);
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(pdf, 'latin1');
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** The CLI: the binary cargo built in this checkout's target directory, else `cargo run`. */
function cliCommand(args) {
  const targets = [process.env.CARGO_TARGET_DIR, join(REPO_ROOT, 'target')].filter(Boolean);
  // The newest build, so a stale binary in another target directory is not the one tested.
  const binary = targets
    .flatMap((t) => ['debug', 'release'].map((p) => join(t, p, 'brief-insights')))
    .filter(existsSync)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  return binary ? [binary, args] : ['cargo', ['run', '--quiet', '--bin', 'brief-insights', '--', ...args]];
}

function runCli(args) {
  const [command, argv] = cliCommand(args);
  return spawnSync(command, argv, { cwd: REPO_ROOT, encoding: 'utf8' });
}

/** `brief-insights studio --no-open --port 0`: resolves with its studio URL and a stop function. */
function startStudioCommand() {
  const [command, argv] = cliCommand(['studio', '--no-open', '--port', '0', '--root', REPO_ROOT]);
  const child = spawn(command, argv, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no address from brief-insights studio:\n${output}`)), 120_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/www\/studio\.html/);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ url: match[0], stop: () => child.kill() });
      }
    });
    child.once('exit', (code) => reject(new Error(`brief-insights studio exited with ${code}:\n${output}`)));
  });
}

async function openStudio(env, options = {}) {
  const session = await openPage(env, '/www/studio.html', { waitForReady: false, ...options });
  await session.page.waitForFunction(() => document.documentElement.dataset.studio === 'ready', null, { timeout: 20_000 });
  return session;
}

const problems = (page) => page.evaluate(() => Number(document.documentElement.dataset.problems));
const items = (page) => page.locator('#item-list .item-button').allTextContents();

/** Waits for the autosave to reach IndexedDB (it runs 150 ms after a change). */
async function saved(page) {
  const before = await page.evaluate(() => document.documentElement.dataset.saved ?? '0');
  await page.waitForFunction((b) => (document.documentElement.dataset.saved ?? '0') !== b, before, { timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(200);
}

/** Drags the mouse over a sentence of a paragraph, from its first character to its last. */
async function dragOverSentence(page, paragraph, sentence) {
  const box = await page.evaluate(
    ([p, s]) => {
      const span = document.querySelectorAll(`.para[data-paragraph="${p}"] .sentence`)[s];
      const range = document.createRange();
      range.selectNodeContents(span);
      const rects = [...range.getClientRects()];
      const first = rects[0];
      const last = rects[rects.length - 1];
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    },
    [paragraph, sentence],
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

/** Waits until the studio shows `expected` as the selected passage (selectionchange is asynchronous). */
async function quoteShown(page, expected) {
  await page
    .waitForFunction((e) => document.getElementById('selection-quote').textContent === e, expected, { timeout: 5000 })
    .catch(() => {});
  assert.equal(await page.locator('#selection-quote').textContent(), expected);
}

/** Waits until the selected passage is in paragraph `n`. */
async function selectionIn(page, n) {
  await page.waitForFunction((p) => document.getElementById('selection-quote').dataset.paragraph === String(p), n, { timeout: 5000 });
}

async function exportFiles(page, dir) {
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await page.locator('[data-action="export"]').click();
  await page.waitForFunction(() => true);
  for (let i = 0; i < 50 && downloads.length < 2; i++) await page.waitForTimeout(100);
  const out = {};
  for (const d of downloads) {
    const path = join(dir, d.suggestedFilename());
    await d.saveAs(path);
    out[d.suggestedFilename()] = path;
  }
  return out;
}

describe('Brief Studio', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  it('authors a brief from a text with the mouse and the keyboard, survives a reload, exports a file the CLI validates', async () => {
    const session = await openStudio(env);
    const { page } = session;
    try {
      // Start from pasted text.
      await page.locator('[data-action="new-text"]').click();
      await page.locator('#paste-name').fill('harbour-2026-3.txt');
      await page.locator('#paste-text').fill(TEXT);
      await page.locator('#paste-ok').click();
      await page.locator('.para').first().waitFor();
      // Without header blocks every block is numbered; the meta form sets two.
      assert.equal(await page.locator('.para').count(), 5);
      await page.locator('[data-path="$.meta.source.headerBlocks"]').fill('2');
      await page.waitForFunction(() => document.querySelectorAll('.para').length === 3);
      assert.equal(await page.locator('[data-path="$.meta.paragraphs"]').textContent(), '3', 'meta.paragraphs follows the rule');
      assert.equal(
        await page.locator('.para[data-paragraph="2"] .para-text').textContent(),
        'Ministers in Laos and Thailand signed a transit agreement in March. It covers rail freight only.',
      );
      await page.locator('[data-path="$.meta.series"]').fill('Harbour Policy Notes');
      await page.locator('[data-path="$.meta.number"]').fill('2026-3');
      await page.locator('[data-path="$.meta.title"]').fill('Ports and the river economy');
      await page.locator('[data-path="$.meta.authors[0].name"]').fill('A. Writer');

      // Mouse: drag over the first sentence of paragraph 1 and make it a key judgment.
      await dragOverSentence(page, 1, 0);
      await quoteShown(page, '¶1: “The port authority doubled its container capacity in 2025.”');
      await page.locator('#evidence-target').selectOption('new:keyJudgments');
      await page.locator('#add-evidence').click();
      await page.waitForFunction(() => document.querySelectorAll('#item-list .item-button').length === 1);

      // Keyboard only: focus paragraph 1, ↓ to paragraph 2, → picks its first sentence, Shift+→ extends it
      // by a word into the next; a new actor; Alt+E adds it.
      await page.locator('.para[data-paragraph="1"]').focus();
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.paragraph), '2');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Shift+ArrowRight');
      await quoteShown(page, '¶2: “Ministers in Laos and Thailand signed a transit agreement in March. It”');
      await page.keyboard.press('Shift+ArrowLeft');
      await quoteShown(page, '¶2: “Ministers in Laos and Thailand signed a transit agreement in March.”');
      await page.locator('#evidence-target').focus();
      await page.keyboard.press('Escape');
      await page.locator('#evidence-target').selectOption('new:actors');
      await page.locator('.para[data-paragraph="2"]').focus();
      await page.keyboard.press('Alt+e');
      // The new actor's name field has the focus; its id follows the name.
      await page.waitForFunction(() => document.activeElement?.dataset.path === '$.actors[0].name');
      await page.keyboard.type('Lao PDR');
      await page.waitForFunction(() => document.querySelector('[data-path="$.actors[0].id"]')?.textContent === 'lao-pdr');
      assert.match(await page.locator('#announcer').textContent(), /paragraph 2|2번째/);

      // A reload in the middle loses nothing.
      await saved(page);
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.studio === 'ready');
      assert.deepEqual(await items(page), ['The port authority doubled its container capacity in 2025.', 'Lao PDR']);
      assert.equal(await page.locator('.para').count(), 3);

      // Undo and redo (keyboard shortcuts): undo the name, redo it.
      await page.locator('#item-list .item-button', { hasText: 'Lao PDR' }).click();
      await page.locator('[data-path="$.actors[0].shortName"]').fill('Laos');
      await page.keyboard.press('Control+z');
      assert.equal(await page.locator('[data-path="$.actors[0].shortName"]').inputValue(), '');
      await page.keyboard.press('Control+Shift+z');
      assert.equal(await page.locator('[data-path="$.actors[0].shortName"]').inputValue(), 'Laos');

      // A recommendation needs an area: make one, then select a sentence of paragraph 3 with the mouse.
      await page.locator('#item-list .add-item').last().click();
      await page.locator('[data-path="$.recommendationAreas[0].label"]').fill('Border trade');
      await dragOverSentence(page, 3, 0);
      await page.locator('#evidence-target').selectOption('new:recommendations');
      await page.locator('#add-evidence').click();
      await page.waitForFunction(() => document.querySelector('[data-path="$.recommendations[0].area"]'));
      assert.equal(await page.locator('[data-path="$.recommendations[0].area"]').inputValue(), 'border-trade');

      // Coverage: paragraph 2's first sentence is cited by the actor, its second by nothing.
      await page.waitForFunction(() => document.querySelector('.para[data-paragraph="2"] .sentence.cited')?.dataset.citedBy === 'lao-pdr');
      assert.equal(await page.locator('.para[data-paragraph="2"] .sentence.cited').count(), 1);
      assert.match(await page.locator('#coverage-summary').textContent(), /^3 of 6 sentences cited/);

      // Valid: no problems, and the widget shows it.
      await page.waitForFunction(() => document.documentElement.dataset.problems === '0', null, { timeout: 10_000 });
      await page.waitForFunction(() => document.querySelector('#preview-host brief-insights')?.dataset.state === 'ready', null, { timeout: 20_000 });
      const widgetText = await page.evaluate(() => document.querySelector('#preview-host brief-insights').shadowRoot.textContent);
      assert.match(widgetText, /Ports and the river economy/);

      // Export and check with the CLI.
      const dir = mkdtempSync(join(tmpdir(), 'studio-'));
      const files = await exportFiles(page, dir);
      assert.deepEqual(Object.keys(files).sort(), ['harbour-2026-3.json', 'harbour-2026-3.txt']);
      assert.equal(readFileSync(files['harbour-2026-3.txt'], 'utf8'), TEXT);
      const brief = JSON.parse(readFileSync(files['harbour-2026-3.json'], 'utf8'));
      assert.deepEqual(brief.keyJudgments[0].evidence, [{ paragraph: 1, quote: 'The port authority doubled its container capacity in 2025.' }]);
      assert.deepEqual(brief.actors[0].evidence, [{ paragraph: 2, quote: 'Ministers in Laos and Thailand signed a transit agreement in March.' }]);
      const result = runCli(['validate', files['harbour-2026-3.json']]);
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /ok \(4 items, 3 quotes; every quote found in harbour-2026-3.txt\)/);

      assert.deepEqual(session.record.pageErrors, []);
      assert.deepEqual(await session.violations(), []);
    } finally {
      await session.close();
    }
  });

  it('works offline after a first visit: the server stops, the studio reloads, an editor pastes a text, adds evidence and exports', async () => {
    // A server of its own (its own origin, so its own worker and caches), stopped half-way.
    const server = await startServer();
    const session = await openStudio({ browser: env.browser, baseUrl: server.baseUrl });
    const { page } = session;
    let stopped = false;
    try {
      assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the worker controls the studio');
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        const shell = names.filter((n) => n.startsWith('brief-studio-shell-'));
        const urls = shell.length === 1 ? (await (await caches.open(shell[0])).keys()).map((r) => new URL(r.url).pathname) : [];
        return { shell, urls };
      });
      assert.equal(cached.shell.length, 1, 'one version of the cache');
      for (const path of ['/www/studio.html', '/www/studio/main.js', '/www/brief-insights.js', '/pkg/studio/brief_insights_bg.wasm', '/pkg/brief_insights_bg.wasm', '/schema/brief.schema.json']) {
        assert.ok(cached.urls.includes(path), `${path} is cached`);
      }

      server.stop();
      stopped = true;
      const failed = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      const response = await page.reload();
      assert.ok(response.fromServiceWorker(), 'the page came from the worker');
      assert.match(response.headers()['content-security-policy'] ?? '', /default-src 'self'/, 'with its CSP');
      await page.waitForFunction(() => document.documentElement.dataset.studio === 'ready', null, { timeout: 20_000 });

      await page.locator('[data-action="new-text"]').click();
      await page.locator('#paste-name').fill('offline.txt');
      await page.locator('#paste-text').fill('Written on a train. No network here.\n\nA second paragraph follows.\n');
      await page.locator('#paste-ok').click();
      await page.waitForFunction(() => document.querySelectorAll('.para').length === 2);
      await dragOverSentence(page, 1, 0);
      await quoteShown(page, '¶1: “Written on a train.”');
      await page.locator('#evidence-target').selectOption('new:keyJudgments');
      await page.locator('#add-evidence').click();
      await page.waitForFunction(() => document.querySelectorAll('#item-list .item-button').length === 1);
      // The schema came from the cache too: the form is there.
      assert.equal(await page.locator('[data-path="$.keyJudgments[0].text"]').inputValue(), 'Written on a train.');

      const files = await exportFiles(page, mkdtempSync(join(tmpdir(), 'studio-')));
      assert.deepEqual(Object.keys(files).sort(), ['offline.json', 'offline.txt']);
      const brief = JSON.parse(readFileSync(files['offline.json'], 'utf8'));
      assert.deepEqual(brief.keyJudgments[0].evidence, [{ paragraph: 1, quote: 'Written on a train.' }]);
      // Nothing the studio needs was missing: the only failed requests are the worker's update check.
      assert.deepEqual(failed.filter((url) => !url.endsWith('/studio-sw.js')), []);
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
      if (!stopped) server.stop();
    }
  });

  it('renumbers the evidence when the header or footer blocks change, keeps what falls outside as a problem, and undoes it', async () => {
    const session = await openStudio(env);
    const { page } = session;
    /** Selects the first sentence of paragraph `n` with the keyboard and adds it to `target`. */
    const cite = async (n, target) => {
      await page.locator(`.para[data-paragraph="${n}"]`).focus();
      await page.keyboard.press('ArrowRight');
      await selectionIn(page, n);
      await page.locator('#evidence-target').selectOption(target);
      await page.locator('#add-evidence').click();
    };
    const evidenceOf = async (file) => {
      const brief = JSON.parse(readFileSync(file, 'utf8'));
      return { judgment: brief.keyJudgments[0].evidence, actor: brief.actors[0].evidence, header: brief.meta.source.headerBlocks, paragraphs: brief.meta.paragraphs };
    };
    const JUDGMENT = [
      { paragraph: 3, quote: 'The port authority doubled its container capacity in 2025.' },
      { paragraph: 5, quote: 'The authors recommend a joint customs office.' },
    ];
    const ACTOR = [{ paragraph: 1, quote: 'Harbour Policy Notes 2026-3' }];
    try {
      // The editor starts citing before setting the header: every block is a paragraph.
      await page.locator('[data-action="new-text"]').click();
      await page.locator('#paste-name').fill('renumber.txt');
      await page.locator('#paste-text').fill(TEXT);
      await page.locator('#paste-ok').click();
      await page.waitForFunction(() => document.querySelectorAll('.para').length === 5);
      await cite(3, 'new:keyJudgments');
      await cite(1, 'new:actors');
      await cite(5, 'item:keyJudgments/0');
      let files = await exportFiles(page, mkdtempSync(join(tmpdir(), 'studio-')));
      assert.deepEqual(await evidenceOf(files['renumber.json']), { judgment: JUDGMENT, actor: ACTOR, header: 0, paragraphs: 5 });

      // Two header blocks: paragraph numbers shift by 2, quotes stay; the series line is no paragraph now.
      await page.locator('[data-action="edit-meta"]').click();
      await page.locator('[data-path="$.meta.source.headerBlocks"]').fill('2');
      await page.waitForFunction(() => document.querySelectorAll('.para').length === 3);
      await page.waitForFunction(() => /renumbered/.test(document.getElementById('announcer').textContent));
      assert.equal(
        await page.locator('#announcer').textContent(),
        'The paragraphs were numbered anew: 3 pieces of evidence renumbered; 1 now outside the numbered paragraphs, listed under Problems.',
      );
      files = await exportFiles(page, mkdtempSync(join(tmpdir(), 'studio-')));
      assert.deepEqual(await evidenceOf(files['renumber.json']), {
        judgment: [{ ...JUDGMENT[0], paragraph: 1 }, { ...JUDGMENT[1], paragraph: 3 }],
        actor: [{ ...ACTOR[0], paragraph: 0 }],
        header: 2,
        paragraphs: 3,
      });
      // Listed as a problem (not dropped), and the problem leads to the evidence.
      const outside = page.locator('#problems li', { has: page.locator('[data-problem-path="$.actors[0].evidence[0].quote"]') }).first();
      await outside.waitFor();
      assert.match(await outside.textContent(), /“Harbour Policy Notes 2026-3” is now in the header \(block 1 of the text\)/);
      await outside.locator('button').click();
      assert.equal(await page.evaluate(() => document.activeElement.dataset.path), '$.actors[0].evidence[0].quote');
      assert.equal(await page.locator('#item-form .paragraph-number').first().textContent(), '¶0');
      // The rest of the brief's quotes are all found where they now are: the coverage says so.
      assert.equal(await page.locator('.para[data-paragraph="1"] .sentence.cited').count(), 1);
      assert.equal(await page.locator('.para[data-paragraph="3"] .sentence.cited').count(), 1);

      // Undo puts the header and the numbers back in one step; redo again.
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => document.querySelectorAll('.para').length === 5);
      files = await exportFiles(page, mkdtempSync(join(tmpdir(), 'studio-')));
      assert.deepEqual(await evidenceOf(files['renumber.json']), { judgment: JUDGMENT, actor: ACTOR, header: 0, paragraphs: 5 });
      await page.keyboard.press('Control+Shift+z');
      await page.waitForFunction(() => document.querySelectorAll('.para').length === 3);

      // A footer block: the last paragraph's evidence falls outside too; then header and footer back to 0,
      // and the evidence outside is found again by its quote.
      await page.locator('[data-action="edit-meta"]').click();
      await page.locator('[data-path="$.meta.source.footerBlocks"]').fill('1');
      await page.waitForFunction(() => document.querySelector('[data-problem-path="$.keyJudgments[0].evidence[1].quote"]'));
      assert.match(await page.locator('#problems').textContent(), /“The authors recommend a joint customs office\.” is now in the footer \(block 5 of the text\)/);
      await page.locator('[data-path="$.meta.source.headerBlocks"]').fill('0');
      await page.locator('[data-path="$.meta.source.footerBlocks"]').fill('0');
      await page.waitForFunction(() => document.querySelectorAll('.para').length === 5);
      files = await exportFiles(page, mkdtempSync(join(tmpdir(), 'studio-')));
      assert.deepEqual(await evidenceOf(files['renumber.json']), { judgment: JUDGMENT, actor: ACTOR, header: 0, paragraphs: 5 });
      await page.waitForFunction(() => !document.querySelector('#problems [data-problem-path*=".evidence["]'));
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
    }
  });

  it('keeps the undo history across reloads, bounded', async () => {
    const session = await openStudio(env);
    const { page } = session;
    const reload = async () => {
      await saved(page);
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.studio === 'ready');
    };
    try {
      await page.locator('[data-action="new-text"]').click();
      await page.locator('#paste-name').fill('history.txt');
      await page.locator('#paste-text').fill('Grain prices rose in May. Rice held.\n\nBarley fell.\n');
      await page.locator('#paste-ok').click();
      await page.waitForFunction(() => document.querySelectorAll('.para').length === 2);
      await page.locator('.para[data-paragraph="1"]').focus();
      await page.keyboard.press('ArrowRight');
      await selectionIn(page, 1);
      await page.locator('#evidence-target').selectOption('new:actors');
      await page.keyboard.press('Alt+e');
      await page.waitForFunction(() => document.activeElement?.dataset.path === '$.actors[0].name');
      await page.keyboard.type('Grain board');
      await reload();

      // After the reload: undo the name, then the evidence (the new actor), each one step.
      assert.deepEqual(await items(page), ['Grain board']);
      await page.keyboard.press('Control+z');
      assert.deepEqual(await items(page), ['actor-1']);
      await page.keyboard.press('Control+z');
      assert.deepEqual(await items(page), []);
      // And the redo steps survive a reload too.
      await reload();
      assert.deepEqual(await items(page), []);
      await page.locator('[data-action="redo"]').click();
      await page.locator('[data-action="redo"]').click();
      assert.deepEqual(await items(page), ['Grain board']);
      assert.match(await page.locator('#announcer').textContent(), /Redone/);

      // Bounded: after 120 more steps (new sectors) the database holds the newest 100 steps, no more.
      const addSector = page.locator('#item-list .add-item').first();
      for (let i = 0; i < 120; i++) await addSector.click();
      await reload();
      const stored = await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const request = indexedDB.open('brief-studio');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const tx = request.result.transaction(['drafts', 'steps']);
              const draft = tx.objectStore('drafts').get('current');
              const count = tx.objectStore('steps').count();
              tx.oncomplete = () => resolve({ past: draft.result.past.length, future: draft.result.future.length, steps: count.result });
            };
          }),
      );
      assert.deepEqual(stored, { past: 100, future: 0, steps: 100 });
      assert.equal((await items(page)).length, 121);
      await page.keyboard.press('Control+z');
      assert.equal((await items(page)).length, 120);
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
    }
  });

  it("shows the brief's map: the places its projects name, which the outline covers, and how to regenerate it", async () => {
    const session = await openStudio(env);
    const { page } = session;
    const base = 'mekong-water-2026-04';
    const importBrief = async (json, text) => {
      await page.locator('#brief-file').setInputFiles([json, text]);
      await page.waitForFunction(() => /imported/.test(document.getElementById('announcer').textContent));
    };
    try {
      await importBrief(join(REPO_ROOT, `briefs/examples/${base}.json`), join(REPO_ROOT, `briefs/examples/${base}.txt`));
      await page.locator('[data-action="edit-map"]').click();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'form-heading');
      assert.equal(await page.locator('#map-countries').inputValue(), 'VN KH LA');
      assert.match(await page.locator('#map-outline').textContent(), /^Outline: longitude 99\.82 to 109\.75, latitude 8\.28 to 23\.64 \(Natural Earth via world-atlas\)/);
      assert.equal(await page.locator('#map-command').textContent(), `node tools/make-map.mjs ${base}.json`);
      assert.equal(await page.locator('#map-summary').textContent(), '4 places: 2 on the map, 1 outside it, 1 not mapped.');
      const rows = await page.locator('.map-places tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.cells[1].textContent, tr.dataset.status]));
      assert.deepEqual(rows, [
        ['Near Can Tho, Vietnam', 'on'],
        ['Kampong Lvea, Cambodia', 'noCoordinates'],
        ['Sekong river, Laos', 'on'],
        ['Xiaowan, Yunnan, China', 'outside'],
      ]);
      // A place's project opens from its row.
      await page.locator('.map-places tbody tr').nth(3).locator('button').click();
      assert.equal(await page.locator('#form-heading').textContent(), 'Editing project: Xiaowan reservoir');

      // The editor adds China, exports, regenerates the outline as the panel says, and imports it again.
      await page.locator('[data-action="edit-map"]').click();
      await page.locator('#map-countries').fill('vn kh la, cn');
      const dir = mkdtempSync(join(tmpdir(), 'studio-'));
      const files = await exportFiles(page, dir);
      const exported = JSON.parse(readFileSync(files[`${base}.json`], 'utf8'));
      assert.deepEqual(exported.map.countries, ['VN', 'KH', 'LA', 'CN']);
      const made = spawnSync(process.execPath, [join(REPO_ROOT, 'tools/make-map.mjs'), files[`${base}.json`]], { encoding: 'utf8' });
      assert.equal(made.status, 0, made.stdout + made.stderr);
      await page.locator('#announcer').evaluate((n) => (n.textContent = ''));
      await importBrief(files[`${base}.json`], files[`${base}.txt`]);
      await page.locator('[data-action="edit-map"]').click();
      assert.equal(await page.locator('#map-summary').textContent(), '4 places: 3 on the map, 0 outside it, 1 not mapped.');
      assert.doesNotMatch(await page.locator('#map-outline').textContent(), /longitude 99\.82 to 109\.75/);

      // A brief without a map: the panel says so, and countries typed there make one.
      await page.locator('[data-action="new-text"]').click();
      await page.locator('#paste-text').fill('A port on the coast.\n');
      await page.locator('#paste-ok').click();
      await page.locator('[data-action="edit-map"]').click();
      assert.match(await page.locator('#map-outline').textContent(), /^No outline yet/);
      assert.match(await page.locator('#map-summary').textContent(), /^No project names a place yet/);
      await page.locator('#map-countries').fill('KE');
      await page.keyboard.press('Control+z');
      assert.equal(await page.locator('#map-countries').inputValue(), '');
      await page.keyboard.press('Control+Shift+z');
      assert.equal(await page.locator('#map-countries').inputValue(), 'KE');
      assert.deepEqual(session.record.pageErrors, []);
    } finally {
      await session.close();
    }
  });

  it('opens a Word file (.docx): mammoth is loaded only then, headings are not paragraphs, the first one is the title', async () => {
    const session = await openStudio(env);
    const { page } = session;
    const mammothRequests = () => session.record.requests.filter((url) => url.endsWith('/studio/vendor/mammoth.browser.min.js')).length;
    try {
      assert.equal(mammothRequests(), 0, 'not loaded with the studio');
      const docx = makeDocx([
        ['Heading1', [['Harbour notes', false]]],
        [null, [['Ports doubled capacity in 2025. ', false], ['Traffic', true], [' followed.', false]]],
        [null, [['Ministers signed ', false], ['an agreement', false], ['.', false]]],
      ]);
      await page.locator('#text-file').setInputFiles([{ name: 'harbour.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx }]);
      await page.waitForFunction(() => document.querySelectorAll('.para').length === 2);
      assert.deepEqual(await page.locator('.para-text').allTextContents(), ['Ports doubled capacity in 2025. Traffic followed.', 'Ministers signed an agreement.']);
      assert.equal(await page.locator('[data-path="$.meta.title"]').inputValue(), 'Harbour notes');
      assert.equal(await page.locator('[data-path="$.meta.source.text"]').inputValue(), 'harbour.txt');
      assert.equal(mammothRequests(), 1, 'loaded once, when the .docx was opened');

      // A passage becomes evidence as from any text, and the export writes the text.
      await page.locator('.para[data-paragraph="1"]').focus();
      await page.keyboard.press('ArrowRight');
      await selectionIn(page, 1);
      await page.locator('#evidence-target').selectOption('new:keyJudgments');
      await page.keyboard.press('Alt+e');
      await page.waitForFunction(() => document.querySelectorAll('#item-list .item-button').length === 1);
      const files = await exportFiles(page, mkdtempSync(join(tmpdir(), 'studio-')));
      assert.equal(readFileSync(files['harbour.txt'], 'utf8'), 'Ports doubled capacity in 2025. Traffic followed.\n\nMinisters signed an agreement.\n');
      assert.deepEqual(JSON.parse(readFileSync(files['harbour.json'], 'utf8')).keyJudgments[0].evidence, [{ paragraph: 1, quote: 'Ports doubled capacity in 2025.' }]);

      // Not a Word file: refused with a message, and the work stays; mammoth is not fetched again.
      await page.locator('#text-file').setInputFiles([{ name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip at all') }]);
      await page.locator('#import-report').waitFor({ state: 'visible' });
      assert.match(await page.locator('#import-report').textContent(), /broken\.docx.*could not be read/s);
      assert.equal(await page.locator('.para').count(), 2);
      assert.deepEqual(await items(page), ['Ports doubled capacity in 2025.']);
      assert.equal(mammothRequests(), 1);
      assert.deepEqual(session.record.pageErrors, []);
      assert.deepEqual(await session.violations(), [], 'mammoth runs under the strict CSP');
    } finally {
      await session.close();
    }
  });

  it('opens a PDF: pdf.js is loaded only then, lines become paragraphs, running headers and page numbers go', async () => {
    const session = await openStudio(env);
    const { page } = session;
    const pdfjsRequests = () => session.record.requests.filter((url) => /\/studio\/vendor\/pdf(\.worker)?\.min\.mjs$/.test(url));
    try {
      assert.deepEqual(pdfjsRequests(), [], 'not loaded with the studio');
      // Two pages with a running header and a page number each; the first paragraph is hyphenated over two
      // lines ("fol-" "lowed"), a compound's hyphen stays ("cross-" "Border" is "cross-Border"), and the
      // paragraphs are set apart by a gap larger than the line spacing (26 pt against 14 pt).
      const pdf = makePdf(
        [
          [
            [760, 'Harbour Policy Notes'],
            [700, 'Ports doubled capacity in 2025. Traffic fol-'],
            [686, 'lowed within months (see the cross-'],
            [672, 'Border table).'],
            [646, 'Ministers signed a transit agreement in March.'],
            [632, 'It covers rail freight only.'],
            [40, '1'],
          ],
          [
            [760, 'Harbour Policy Notes'],
            [700, 'The authors recommend a joint customs'],
            [686, 'office. Delays cost exporters dearly.'],
            [40, '2'],
          ],
        ],
        'Harbour notes',
      );
      const expected = [
        'Ports doubled capacity in 2025. Traffic followed within months (see the cross-Border table).',
        'Ministers signed a transit agreement in March. It covers rail freight only.',
        'The authors recommend a joint customs office. Delays cost exporters dearly.',
      ];
      await page.locator('#text-file').setInputFiles([{ name: 'harbour.pdf', mimeType: 'application/pdf', buffer: pdf }]);
      await page.waitForFunction(() => document.querySelectorAll('.para').length === 3, null, { timeout: 20_000 });
      assert.deepEqual(await page.locator('.para-text').allTextContents(), expected);
      assert.equal(await page.locator('[data-path="$.meta.title"]').inputValue(), 'Harbour notes');
      assert.equal(await page.locator('[data-path="$.meta.source.text"]').inputValue(), 'harbour.txt');
      const loaded = pdfjsRequests();
      assert.equal(loaded.filter((url) => url.endsWith('/pdf.min.mjs')).length, 1, 'the library, once, when the PDF was opened');
      assert.equal(loaded.filter((url) => url.endsWith('/pdf.worker.min.mjs')).length, 1, 'its worker, from the same origin');
      assert.ok(loaded.every((url) => url.startsWith(env.baseUrl)), loaded.join(' '));

      // The text exported is the blocks, one per paragraph, as from any other file.
      const files = await exportFiles(page, mkdtempSync(join(tmpdir(), 'studio-')));
      assert.equal(readFileSync(files['harbour.txt'], 'utf8'), `${expected.join('\n\n')}\n`);

      // Not a PDF though named .pdf: refused with a message, the work stays, pdf.js is not fetched again.
      await page.locator('#text-file').setInputFiles([{ name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') }]);
      await page.locator('#import-report').waitFor({ state: 'visible' });
      assert.match(await page.locator('#import-report').textContent(), /fake\.pdf.*could not be read.*not a PDF/s);
      assert.deepEqual(await page.locator('.para-text').allTextContents(), expected);
      assert.equal(pdfjsRequests().length, loaded.length);
      assert.deepEqual(session.record.pageErrors, []);
      assert.deepEqual(session.record.consoleErrors.filter((m) => /Content Security Policy|Refused/i.test(m)), []);
      assert.deepEqual(await session.violations(), [], 'pdf.js and its worker run under the strict CSP');
    } finally {
      await session.close();
    }
  });

  it('lists problems as the validator reports them, and a click goes to the field', async () => {
    const session = await openStudio(env);
    const { page } = session;
    try {
      await page.locator('[data-action="new-text"]').click();
      await page.locator('#paste-text').fill('One sentence here. Another one.\n\nA second paragraph.\n');
      await page.locator('#paste-ok').click();
      await page.locator('.para').first().waitFor();
      await page.locator('.para[data-paragraph="1"]').focus();
      await page.keyboard.press('ArrowRight');
      await selectionIn(page, 1);
      await page.locator('#evidence-target').selectOption('new:actors');
      await page.locator('#add-evidence').click();
      await page.waitForFunction(() => Number(document.documentElement.dataset.problems) > 0);
      const button = page.locator('#problems .problem-path', { hasText: '$.actors[0].name' });
      await button.click();
      assert.equal(await page.evaluate(() => document.activeElement.dataset.path), '$.actors[0].name');
      // The meta fields left empty are reported too, and lead to their fields.
      await page.locator('#problems .problem-path', { hasText: '$.meta.series' }).click();
      assert.equal(await page.evaluate(() => document.activeElement.dataset.path), '$.meta.series');
    } finally {
      await session.close();
    }
  });

  it('opens a Markdown file as `brief-insights text` does: headings and front matter are not paragraphs', async () => {
    const session = await openStudio(env);
    const { page } = session;
    try {
      const md = '---\ntitle: Grain notes\n---\n\n# Grain\n\nWheat **rose** in [May](https://example.org).\n\n- Barley fell.\n- Oats held.\n';
      await page.locator('#text-file').setInputFiles([{ name: 'grain.md', mimeType: 'text/markdown', buffer: Buffer.from(md) }]);
      await page.waitForFunction(() => document.querySelectorAll('.para').length === 3);
      assert.deepEqual(await page.locator('.para-text').allTextContents(), ['Wheat rose in May.', 'Barley fell.', 'Oats held.']);
      assert.equal(await page.locator('[data-path="$.meta.title"]').inputValue(), 'Grain notes');
      // The same text as the CLI makes from the same file.
      const dir = mkdtempSync(join(tmpdir(), 'studio-'));
      const input = join(dir, 'grain.md');
      writeFileSync(input, md);
      const cli = runCli(['text', input, '--out-text', join(dir, 'cli.txt')]);
      assert.equal(cli.status, 0, cli.stderr);
      const files = await exportFiles(page, dir);
      assert.equal(readFileSync(files['grain.txt'], 'utf8'), readFileSync(join(dir, 'cli.txt'), 'utf8'));
    } finally {
      await session.close();
    }
  });

  it("opens an HTML page's text, and evidence goes to an indicator and to a new observation of it", async () => {
    const session = await openStudio(env);
    const { page } = session;
    try {
      const html =
        '<!doctype html><html><head><title>T</title><script>x()</script></head><body><nav><p>Menu</p></nav>' +
        '<h1>Rice</h1><p>Rice cost <b>1,200 won</b> in May.</p><ul><li>It rose to 1,500 won in June.</li></ul></body></html>';
      await page.locator('#text-file').setInputFiles([{ name: 'rice.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
      await page.waitForFunction(() => document.querySelectorAll('.para').length === 2);
      assert.deepEqual(await page.locator('.para-text').allTextContents(), ['Rice cost 1,200 won in May.', 'It rose to 1,500 won in June.']);
      assert.equal(await page.locator('[data-path="$.meta.source.text"]').inputValue(), 'rice.txt');
      assert.equal(await page.locator('[data-path="$.meta.title"]').inputValue(), 'T', "the page's <title>");
      await page.locator('.para[data-paragraph="1"]').focus();
      await page.keyboard.press('ArrowRight');
      await selectionIn(page, 1);
      await page.locator('#evidence-target').selectOption('new:indicators');
      await page.keyboard.press('Alt+e');
      await page.waitForFunction(() => document.activeElement?.dataset.path === '$.indicators[0].name');
      await page.keyboard.type('Rice price');
      await page.locator('.para[data-paragraph="2"]').focus();
      await page.keyboard.press('ArrowRight');
      await selectionIn(page, 2);
      await page.locator('#evidence-target').selectOption('newobs:0');
      await page.keyboard.press('Alt+e');
      await page.waitForFunction(() => document.activeElement?.dataset.path === '$.indicators[0].observations[0].label');
      await page.keyboard.type('June');
      await page.locator('[data-path="$.indicators[0].observations[0].low"]').fill('1500');
      await page.waitForFunction(() => document.querySelector('[data-path="$.indicators[0].observations[0].id"]')?.textContent === 'june');
      assert.deepEqual(await items(page), ['Rice price', 'June']);
      await page.waitForFunction(() => !document.querySelector('#problems [data-problem-path^="$.indicators"]'));
    } finally {
      await session.close();
    }
  });

  it('refuses a broken import, shows its problems and changes nothing', async () => {
    const session = await openStudio(env);
    const { page } = session;
    try {
      await page.locator('[data-action="sample"]').click();
      await page.waitForFunction(() => document.querySelectorAll('#item-list .item-button').length > 10);
      const before = { items: await items(page), text: await page.locator('#paragraphs').textContent() };
      const broken = JSON.parse(readFileSync(join(REPO_ROOT, 'briefs/sejong-2025-30.json'), 'utf8'));
      broken.actors[0].evidence[0].quote = 'a sentence the brief never wrote';
      broken.relations[0].from = 'nobody';
      await page.locator('#brief-file').setInputFiles([
        { name: 'sejong-2025-30.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken, null, 2)) },
        { name: 'sejong-2025-30.txt', mimeType: 'text/plain', buffer: readFileSync(join(REPO_ROOT, 'briefs/sejong-2025-30.txt')) },
      ]);
      await page.locator('#import-report').waitFor({ state: 'visible' });
      const report = await page.locator('#import-report').textContent();
      assert.match(report, /2 problems/);
      assert.match(report, /\$\.actors\[0\]\.evidence\[0\]\.quote/);
      assert.match(report, /\$\.relations\[0\]\.from/);
      assert.deepEqual({ items: await items(page), text: await page.locator('#paragraphs').textContent() }, before);
      // Not JSON at all: refused too, with the syntax error's line and column.
      await page.locator('#brief-file').setInputFiles([{ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": 1,\n') }]);
      await page.waitForFunction(() => /\d+:\d+/.test(document.getElementById('import-report').textContent));
      assert.deepEqual(await items(page), before.items);
    } finally {
      await session.close();
    }
  });

  it('opens the Sejong brief with its text and exports it byte for byte', async () => {
    const session = await openStudio(env);
    const { page } = session;
    try {
      await page.locator('#brief-file').setInputFiles([join(REPO_ROOT, 'briefs/sejong-2025-30.json'), join(REPO_ROOT, 'briefs/sejong-2025-30.txt')]);
      await page.waitForFunction(() => document.querySelectorAll('.para').length === 11);
      await page.waitForFunction(() => document.documentElement.dataset.problems === '0');
      const dir = mkdtempSync(join(tmpdir(), 'studio-'));
      const files = await exportFiles(page, dir);
      assert.ok(readFileSync(files['sejong-2025-30.json']).equals(readFileSync(join(REPO_ROOT, 'briefs/sejong-2025-30.json'))));
      assert.ok(readFileSync(files['sejong-2025-30.txt']).equals(readFileSync(join(REPO_ROOT, 'briefs/sejong-2025-30.txt'))));
      // The other briefs too (another language of content, other header counts).
      for (const base of ['mekong-water-2026-04', 'nickel-supply-chain-2026-7']) {
        await page.locator('#brief-file').setInputFiles([join(REPO_ROOT, `briefs/examples/${base}.json`), join(REPO_ROOT, `briefs/examples/${base}.txt`)]);
        await page.waitForFunction((b) => document.getElementById('announcer').textContent.length > 0 && document.documentElement.dataset.problems === '0', base);
        const out = await exportFiles(page, mkdtempSync(join(tmpdir(), 'studio-')));
        assert.ok(readFileSync(out[`${base}.json`]).equals(readFileSync(join(REPO_ROOT, `briefs/examples/${base}.json`))), base);
      }
    } finally {
      await session.close();
    }
  });

  it('runs from `brief-insights studio` (the CLI\'s own server): Wasm, preview worker and CSP work', async () => {
    const server = await startStudioCommand();
    const context = await env.browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const response = await page.goto(server.url);
      assert.match(response.headers()['content-security-policy'], /default-src 'self'/);
      await page.waitForFunction(() => document.documentElement.dataset.studio === 'ready', null, { timeout: 20_000 });
      await page.locator('[data-action="sample"]').click();
      await page.waitForFunction(() => document.querySelector('#preview-host brief-insights')?.dataset.state === 'ready', null, { timeout: 20_000 });
      assert.equal(await page.locator('.para').count(), 11);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      server.stop();
    }
  });

  for (const scheme of ['light', 'dark']) {
    it(`has no axe-core violations, English and Korean (${scheme})`, async () => {
      // axe is injected as an inline script, which the studio's CSP forbids: this context bypasses it.
      const session = await openStudio(env, { contextOptions: { colorScheme: scheme, bypassCSP: true } });
      const { page } = session;
      try {
        await page.locator('[data-action="sample"]').click();
        await page.waitForFunction(() => document.querySelector('#preview-host brief-insights')?.dataset.state === 'ready', null, { timeout: 20_000 });
        await page.locator('#item-list .item-button', { hasText: 'Russia' }).first().click();
        await page.addScriptTag({ path: AXE_PATH });
        const found = {};
        // An item's form and the map panel, in each language.
        for (const panel of ['item', 'map']) {
          if (panel === 'map') await page.locator('[data-action="edit-map"]').click();
          for (const lang of ['en', 'ko']) {
            await page.locator('#ui-lang').selectOption(lang);
            const violations = await page.evaluate(async () => {
              const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
              return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`) }));
            });
            if (violations.length) found[`${panel} ${lang}`] = violations;
          }
        }
        assert.ok(await page.locator('.map-places').isVisible(), 'the map panel was checked');
        assert.equal(await page.locator('h1').textContent(), '브리프 스튜디오');
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
        assert.deepEqual(found, {}, JSON.stringify(found, null, 2));
      } finally {
        await session.close();
      }
    });
  }
});
