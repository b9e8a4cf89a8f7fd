// Shared set-up for the browser tests: the static server (tools/serve.mjs on a free port), headless
// Chromium through playwright-core, and a page wrapper that records everything that would tell a host page
// something went wrong (uncaught errors, console errors, CSP violations).

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output', 'screenshots');
export const AXE_PATH = join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');
export const VIEWS = ['overview', 'partners', 'projects', 'timeline', 'economy', 'recommendations', 'search'];

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// What headless Chromium needs as root on a machine with no network but loopback.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium with the flags every browser test uses. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Starts `node tools/serve.mjs --port 0` and resolves with its base URL once it prints the port. */
export function startServer() {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'tools', 'serve.mjs'), '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`serve.mjs did not report a port in time:\n${output}`));
    }, 10_000);
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolvePromise({ baseUrl: `http://127.0.0.1:${match[1]}`, stop: () => child.kill() });
      }
    };
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited with ${code}:\n${output}`));
    });
  });
}

/** The brief-insights CLI the tests run (BRIEF_INSIGHTS_BIN, or cargo's debug build, built if missing). */
export function cliPath() {
  const target = process.env.CARGO_TARGET_DIR ?? join(REPO_ROOT, 'target');
  const bin = process.env.BRIEF_INSIGHTS_BIN ?? join(target, 'debug', 'brief-insights');
  if (!existsSync(bin)) execFileSync('cargo', ['build', '--quiet', '--bin', 'brief-insights'], { cwd: REPO_ROOT, stdio: 'inherit' });
  return bin;
}

/** Server + browser for one test file; call `close()` in `after`. */
export async function setUp() {
  // Both modules: the widget imports the authors' one to explain a broken brief.
  for (const wasm of ['pkg/brief_insights_bg.wasm', 'pkg/author/brief_insights_bg.wasm']) {
    if (!existsSync(join(REPO_ROOT, wasm))) throw new Error(`${wasm} is missing: run \`bash tools/build-wasm.sh\` first`);
  }
  const server = await startServer();
  const browser = await launchChromium();
  return {
    baseUrl: server.baseUrl,
    browser,
    async close() {
      await browser.close().catch(() => {});
      server.stop();
    },
  };
}

/**
 * Opens `path` in a fresh context and records problems:
 *   pageErrors   — uncaught exceptions and unhandled rejections (what window.onerror would see)
 *   consoleErrors — console.error messages (Chromium reports CSP and Trusted Types refusals there)
 *   violations() — securitypolicyviolation events, read from the page
 */
export async function openPage(env, path, { contextOptions = {}, initScripts = [], routes = async () => {}, waitForReady = true } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 800 }, ...contextOptions });
  // Requests the test answers itself (context.route), set before the page loads anything.
  await routes(context);
  const page = await context.newPage();
  const record = { pageErrors: [], consoleErrors: [], requests: [] };
  page.on('pageerror', (error) => record.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  page.on('request', (request) => record.requests.push(request.url()));
  if (contextOptions.javaScriptEnabled !== false) {
    await page.addInitScript(() => {
      window.__cspViolations = [];
      window.__windowErrors = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample ?? ''}`);
      });
      window.addEventListener('error', (event) => window.__windowErrors.push(String(event.message)));
      window.addEventListener('unhandledrejection', (event) => window.__windowErrors.push(String(event.reason)));
    });
  }
  for (const script of initScripts) await page.addInitScript(script);
  await page.goto(env.baseUrl + path);
  if (waitForReady) await waitForWidgets(page);
  return {
    page,
    context,
    record,
    violations: () => page.evaluate(() => window.__cspViolations ?? []),
    windowErrors: () => page.evaluate(() => window.__windowErrors ?? []),
    close: () => context.close(),
  };
}

/** Waits until every widget on the page has rendered or failed, and returns their states. */
export async function waitForWidgets(page, timeout = 20_000) {
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('brief-insights')];
      return widgets.length > 0 && widgets.every((w) => w.dataset.state === 'ready' || w.dataset.state === 'error');
    },
    null,
    { timeout },
  );
  return page.evaluate(() => [...document.querySelectorAll('brief-insights')].map((w) => w.dataset.state));
}

/** Text of the widget's shadow root (what a reader sees, as text). */
export function widgetText(page, selector = 'brief-insights') {
  return page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('.bi-app').innerText, selector);
}

/** Clicks a tab by its view name and waits for the panel to show that view. */
export async function showView(page, view, widget = 'brief-insights') {
  await page.locator(`${widget} [role="tab"][data-view="${view}"]`).click();
  await page.locator(`${widget} [role="tabpanel"] section[data-view="${view}"]`).waitFor();
}

/** The element focused inside the widget's shadow root, described for assertions. */
export function activeInWidget(page, selector = 'brief-insights') {
  return page.evaluate((sel) => {
    const active = document.querySelector(sel).shadowRoot.activeElement;
    if (!active) return null;
    return {
      tag: active.tagName.toLowerCase(),
      role: active.getAttribute('role'),
      view: active.dataset.view ?? null,
      action: active.dataset.action ?? null,
      item: active.dataset.item ?? null,
      text: active.textContent.trim().slice(0, 80),
    };
  }, selector);
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}
