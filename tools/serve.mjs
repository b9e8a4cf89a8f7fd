#!/usr/bin/env node
// Zero-dependency static server for the demo pages and the browser tests.
//
// Serves the repository root so that /www/index.html, /pkg/brief_insights_bg.wasm and
// /briefs/sejong-2025-30.json have the same relative layout as in the repository: the widget finds
// ../pkg/ next to its own URL without any copying step.
//
//   node tools/serve.mjs              # PORT env or 8080
//   node tools/serve.mjs --port 0     # any free port; the chosen one is printed (used by the tests)
//   node tools/serve.mjs --root dir   # serve another directory
//
// Binds 127.0.0.1 only. Some test pages are sent with a Content-Security-Policy header, because a
// <meta> CSP cannot express everything (and the pages must not rely on it): see HEADERS_BY_PATH.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat, realpath } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

// The policy the README documents as sufficient for the widget.
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types brief-insights`;

// Extra response headers per URL path (exact match).
export const HEADERS_BY_PATH = {
  '/www/csp.html': { 'Content-Security-Policy': STRICT_CSP },
  '/www/trusted-types.html': { 'Content-Security-Policy': TRUSTED_TYPES_CSP },
  // The explainer demo runs under the strict policy too, plus the one thing PNG export needs: blob: images
  // (docs/explainers.md, "CSP").
  '/www/explainer.html': { 'Content-Security-Policy': `${TRUSTED_TYPES_CSP}; img-src 'self' blob:` },
  '/www/studio.html': { 'Content-Security-Policy': STRICT_CSP },
};

function parseArgs(argv) {
  const options = { port: process.env.PORT ?? '8080', root: REPO_ROOT };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port' && i + 1 < argv.length) options.port = argv[++i];
    else if (arg.startsWith('--port=')) options.port = arg.slice('--port='.length);
    else if (arg === '--root' && i + 1 < argv.length) options.root = resolve(argv[++i]);
    else if (arg.startsWith('--root=')) options.root = resolve(arg.slice('--root='.length));
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node tools/serve.mjs [--port N] [--root DIR]   (PORT env also sets the port; 0 = any free port)');
      process.exit(0);
    } else {
      console.error(`serve.mjs: unknown argument ${arg}`);
      process.exit(2);
    }
  }
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve.mjs: invalid port ${options.port}`);
    process.exit(2);
  }
  return { port, root: options.root };
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

// Maps a URL path to a file inside root, or null when the path tries to leave it.
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const candidate = resolve(root, '.' + decoded);
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  let file = candidate;
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return { missing: true };
  // A symlink inside the root must not lead outside it.
  const real = await realpath(file).catch(() => null);
  const realRoot = await realpath(root);
  if (!real || (real !== realRoot && !real.startsWith(realRoot + sep))) return null;
  return { file, size: info.size };
}

export function startServer({ port = 0, root = REPO_ROOT } = {}) {
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/') {
        send(res, 302, 'Found\n', { Location: '/www/index.html' });
        return;
      }
      const found = await resolveFile(root, url.pathname);
      if (found === null) {
        send(res, 403, 'Forbidden\n');
        return;
      }
      if (found.missing) {
        send(res, 404, `Not Found: ${url.pathname}\n`);
        return;
      }
      const headers = {
        'Content-Type': MIME_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': String(found.size),
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...(HEADERS_BY_PATH[url.pathname] ?? {}),
      };
      res.writeHead(200, headers);
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(found.file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch (error) {
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
      console.error('serve.mjs:', error);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const { port, root } = parseArgs(process.argv.slice(2));
  const server = await startServer({ port, root }).catch((error) => {
    console.error(`serve.mjs: cannot listen on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
  });
  const chosen = server.address().port;
  console.log(`Serving ${root} at http://127.0.0.1:${chosen}/ (demo: http://127.0.0.1:${chosen}/www/index.html)`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
