// A site with a strict Content-Security-Policy, and one that enforces Trusted Types.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, VIEWS, openPage, setUp, showView } from './harness.mjs';

async function exercise(page) {
  for (const view of VIEWS) await showView(page, view);
  await page.locator('brief-insights input[data-action="search"]').fill('China');
  await page.locator('brief-insights [data-results] mark').first().waitFor();
  await showView(page, 'partners');
  await page.locator('brief-insights [role="tabpanel"] [data-action="cite"]').first().click();
  await page.locator('brief-insights dialog[data-dialog]').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  const select = page.locator('brief-insights [role="tabpanel"] [data-action="select"]');
  if ((await select.count()) > 1) await select.nth(1).click();
}

describe('Content-Security-Policy', () => {
  let env;
  before(async () => {
    env = await setUp();
  });
  after(async () => env?.close());

  for (const [path, expected] of [
    ['/www/csp.html', "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"],
    ['/www/trusted-types.html', "require-trusted-types-for 'script'; trusted-types brief-insights"],
  ]) {
    it(`${path} is served with the policy and the widget works with zero violations`, async () => {
      const response = await fetch(env.baseUrl + path);
      assert.ok(response.headers.get('content-security-policy').includes(expected));
      const session = await openPage(env, path);
      try {
        assert.equal(await session.page.locator('brief-insights').getAttribute('data-state'), 'ready');
        await exercise(session.page);
        assert.deepEqual(await session.violations(), []);
        assert.deepEqual(session.record.consoleErrors, []);
        assert.deepEqual(session.record.pageErrors, []);
        // The stylesheet loaded (it is the only styling the widget has under style-src 'self').
        const display = await session.page.evaluate(
          () => getComputedStyle(document.querySelector('brief-insights').shadowRoot.querySelector('.bi-tabs')).display,
        );
        assert.equal(display, 'flex');
      } finally {
        await session.close();
      }
    });
  }

  it('no request goes to another origin', async () => {
    const session = await openPage(env, '/www/index.html');
    try {
      await exercise(session.page);
      const foreign = session.record.requests.filter((url) => !url.startsWith(env.baseUrl));
      assert.deepEqual(foreign, []);
    } finally {
      await session.close();
    }
  });

  it('no page has an inline script, an inline event handler or inline styles', () => {
    const dir = join(REPO_ROOT, 'www');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dir, name), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
      for (const script of html.match(/<script\b[^>]*>/gi) ?? []) assert.match(script, /\ssrc=/, `${name}: ${script}`);
      assert.doesNotMatch(html, /<style\b/i, name);
      assert.doesNotMatch(html, /\sstyle=/i, name);
      assert.doesNotMatch(html, /\son[a-z]+=/i, name);
    }
  });

  it('no inline scripts and no style attributes in the rendered widget', async () => {
    const session = await openPage(env, '/www/index.html');
    try {
      for (const view of VIEWS) {
        await showView(session.page, view);
        const styled = await session.page.evaluate(() => {
          const root = document.querySelector('brief-insights').shadowRoot;
          return [...root.querySelectorAll('[style], style, script')].map((el) => el.outerHTML.slice(0, 80));
        });
        assert.deepEqual(styled, [], `view ${view}`);
      }
    } finally {
      await session.close();
    }
  });
});
