// The library benchmark's static server: serves one directory on 127.0.0.1, gzip-compressing text, JSON
// and Wasm (level 6, as a CDN would; compressed once and kept in memory, so compression time is not in the
// measured latencies). Pagefind's index files (.pf_meta, .pf_index, .pf_fragment, .pagefind) are gzip
// streams already and are sent as they are. `/__bench/blank-en.html` and `/__bench/blank-ko.html` are empty pages of
// the same origin in English and Korean, from which the Pagefind runs import /pagefind/pagefind.js.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.svg', '.txt', '.wasm']);
/** An empty page in `lang`: Pagefind searches the index of the page's language. */
const blank = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>`;

/** Serves `root`; resolves with { baseUrl, mark(), since(mark, filter), close() }. */
export async function serveDirectory(root) {
  const base = resolve(root);
  const cache = new Map();
  // Every response, in order: its path and the bytes of its body as sent (gzipped when compressed).
  // Counted here rather than in the page, because Pagefind fetches its index from a Web Worker, whose
  // requests the page's DevTools session does not see; the benchmark runs one browser at a time.
  const sent = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const blankPage = /^\/__bench\/blank-(en|ko)\.html$/.exec(path);
    if (blankPage) {
      res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' });
      res.end(blank(blankPage[1]));
      return;
    }
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file);
    const gzip = COMPRESSED.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const key = `${gzip}:${file}`;
    if (!cache.has(key)) {
      const raw = await readFile(file);
      cache.set(key, gzip ? gzipSync(raw, { level: 6 }) : raw);
    }
    const body = cache.get(key);
    res.writeHead(200, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    sent.push({ path, bytes: body.length });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    baseUrl: `http://127.0.0.1:${server.address().port}`,
    /** A mark in the log of responses. */
    mark: () => sent.length,
    /** Body bytes sent since `mark` for paths that `filter` accepts. */
    since: (mark, filter = () => true) => sent.slice(mark).filter((r) => filter(r.path)).reduce((sum, r) => sum + r.bytes, 0),
    close: () => new Promise((ok) => server.close(ok)),
  };
}
