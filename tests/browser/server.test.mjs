// tools/serve.mjs, as the demo and the tests rely on it: right MIME types, no escape from the root,
// CSP headers on the test pages, no caching.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startServer } from './harness.mjs';

/** A raw GET that keeps the path exactly as written (fetch would normalise ../). */
function rawGet(baseUrl, path, method = 'GET') {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('tools/serve.mjs', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server?.stop());

  for (const [path, type] of [
    ['/pkg/brief_insights_bg.wasm', 'application/wasm'],
    ['/pkg/brief_insights.js', 'text/javascript; charset=utf-8'],
    ['/www/brief-insights.js', 'text/javascript; charset=utf-8'],
    ['/www/brief-insights.css', 'text/css; charset=utf-8'],
    ['/briefs/sejong-2025-30.json', 'application/json; charset=utf-8'],
    ['/www/favicon.svg', 'image/svg+xml'],
    ['/www/index.html', 'text/html; charset=utf-8'],
  ]) {
    it(`serves ${path} as ${type}, uncached`, async () => {
      const res = await rawGet(server.baseUrl, path);
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-type'], type);
      assert.equal(res.headers['cache-control'], 'no-cache');
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
    });
  }

  it('refuses every way out of the root', async () => {
    for (const path of [
      '/../../../../etc/passwd',
      '/www/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/www/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
      '/www/..%5c..%5c..%5cetc/passwd',
      '/www/%00index.html',
      '/%E0%A4%A',
    ]) {
      const res = await rawGet(server.baseUrl, path);
      assert.ok([400, 403, 404].includes(res.status), `${path}: ${res.status}`);
      assert.doesNotMatch(res.body, /root:/, path);
    }
  });

  it('sends the strict CSP on csp.html, plus Trusted Types on trusted-types.html, and none elsewhere', async () => {
    const csp = await rawGet(server.baseUrl, '/www/csp.html');
    assert.equal(
      csp.headers['content-security-policy'],
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
    );
    const tt = await rawGet(server.baseUrl, '/www/trusted-types.html');
    assert.match(tt.headers['content-security-policy'], /require-trusted-types-for 'script'; trusted-types brief-insights$/);
    const index = await rawGet(server.baseUrl, '/www/index.html');
    assert.equal(index.headers['content-security-policy'], undefined);
  });

  it('answers 404 for a missing file, 405 for POST, and redirects / to the demo', async () => {
    assert.equal((await rawGet(server.baseUrl, '/www/nope.json')).status, 404);
    assert.equal((await rawGet(server.baseUrl, '/www/index.html', 'POST')).status, 405);
    const root = await rawGet(server.baseUrl, '/');
    assert.equal(root.status, 302);
    assert.equal(root.headers.location, '/www/index.html');
    const head = await rawGet(server.baseUrl, '/www/index.html', 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
  });
});
