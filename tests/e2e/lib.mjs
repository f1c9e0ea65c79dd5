// A small harness for the browser end-to-end tests (`tests/e2e/*.test.mjs`, node:test + node:assert).
//
// The page under test is served by `cargo xtask test` (or `cargo xtask serve`), which passes its
// address in PERMIT_CHECK_URL. The browser is the system's Chromium, driven by playwright-core:
// no browser is ever downloaded.
//
//   import { test, after, before } from 'node:test';
//   import assert from 'node:assert/strict';
//   import { baseUrl, launch, openPage, axe, foreignRequests } from './lib.mjs';
//
//   let browser;
//   before(async () => { browser = await launch(); });
//   after(async () => { await browser?.close(); });
//
//   test('home page', async () => {
//     const { context, page, consoleErrors, requests } = await openPage(browser, { locale: 'nb' });
//     try {
//       await page.goto(baseUrl);
//       const violations = await axe(page);
//       assert.equal(violations.length, 0, violations.report);
//       assert.deepEqual(consoleErrors, []);
//       assert.deepEqual(foreignRequests(requests, baseUrl), []);
//     } finally {
//       await context.close();
//     }
//   });

import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');

/** Where the site is served, always ending in "/". `cargo xtask serve` uses port 8080. */
export const baseUrl = (() => {
  const url = process.env.PERMIT_CHECK_URL || 'http://127.0.0.1:8080/';
  return url.endsWith('/') ? url : `${url}/`;
})();

/** The system Chromium (Debian package `chromium`); override with CHROMIUM. */
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

/**
 * Flags for Chromium running as root in a container, without background network chatter.
 * Playwright adds a fresh temporary --user-data-dir for every launch() by itself.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts a headless Chromium. Close it with `await browser.close()`. */
export async function launch(options = {}) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}. Install it with \`apt-get install -y chromium\` ` +
        '(cargo xtask test does this when run as root), or set CHROMIUM.',
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    chromiumSandbox: false,
    args: chromiumArgs,
    ...options,
  });
}

/**
 * Opens a fresh context (its own storage) and page.
 *
 * - `locale` (e.g. 'nb', 'uk', 'en-GB') sets navigator.language(s) and Accept-Language.
 * - `viewport` e.g. `{ width: 360, height: 640 }` for a small Android phone.
 * - any other option is passed to `browser.newContext` (e.g. `serviceWorkers: 'block'`).
 *
 * Returns `{ context, page, consoleErrors, requests }`:
 * - `consoleErrors`: strings, one per console.error message or uncaught page error
 *   (failed resource loads appear here too, as Chromium logs them as console errors).
 * - `requests`: `{ method, url, resourceType }` for every request of the context, in order,
 *   including those of service workers.
 */
export async function openPage(browser, { locale, viewport, ...rest } = {}) {
  const options = { ...rest };
  if (locale) options.locale = locale;
  if (viewport) options.viewport = viewport;
  const context = await browser.newContext(options);
  const consoleErrors = [];
  const requests = [];
  context.on('request', (request) => {
    requests.push({ method: request.method(), url: request.url(), resourceType: request.resourceType() });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location() ?? {};
      consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
    }
  });
  page.on('pageerror', (error) => {
    consoleErrors.push(`uncaught: ${error?.stack || error?.message || String(error)}`);
  });
  return { context, page, consoleErrors, requests };
}

/** The WCAG levels the app must meet. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeSource;

/**
 * Runs axe-core on the page (or on `include`, a CSS selector) and returns its violations.
 *
 * The returned array has a `report` property (also its `toString()`): a readable text, one
 * block per violation with its rule, impact, help URL and the failing elements, meant as an
 * assertion message: `assert.equal(violations.length, 0, violations.report)`.
 *
 * axe is injected with page.evaluate, which the page's Content-Security-Policy does not block.
 */
export async function axe(page, { tags = wcagTags, include, disableRules = [] } = {}) {
  axeSource ??= readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) {
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate(
    async ({ tags, include, disableRules }) => {
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      const result = await window.axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        rules,
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        tags: v.tags,
        nodes: v.nodes.map((n) => ({
          target: n.target,
          html: n.html,
          failureSummary: n.failureSummary,
        })),
      }));
    },
    { tags, include, disableRules },
  );
  const report = formatViolations(violations, page.url());
  Object.defineProperty(violations, 'report', { value: report, enumerable: false });
  Object.defineProperty(violations, 'toString', { value: () => report, enumerable: false });
  return violations;
}

/** A readable text for axe violations. */
export function formatViolations(violations, where = '') {
  if (violations.length === 0) return `no accessibility violations${where ? ` on ${where}` : ''}`;
  const blocks = violations.map((v) => {
    const nodes = v.nodes
      .map((n) => {
        const summary = (n.failureSummary || '').replace(/\n/g, '\n        ');
        return `    - ${n.target.join(' ')}\n      ${n.html}\n        ${summary}`;
      })
      .join('\n');
    return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}`;
  });
  return `${violations.length} accessibility violation(s)${where ? ` on ${where}` : ''}:\n${blocks.join('\n')}`;
}

/**
 * The requests (from `openPage`) that went anywhere but the site's own origin, as
 * "METHOD url" strings. `data:` and `blob:` URLs stay on the device and are not counted.
 */
export function foreignRequests(requests, base = baseUrl) {
  const origin = new URL(base).origin;
  return requests
    .filter(({ url }) => {
      if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return false;
      try {
        return new URL(url).origin !== origin;
      } catch {
        return true;
      }
    })
    .map(({ method, url }) => `${method} ${url}`);
}

/**
 * One browser for a whole test file: launched before its first test, closed after its last.
 * Returns `withPage(options, body)`, which opens a fresh context and page (see `openPage`), runs
 * `body(page, opened)` and closes the context whatever happens.
 *
 *   const withPage = useBrowser();
 *   test('…', () => withPage({ locale: 'nb' }, async (page, { consoleErrors }) => { … }));
 */
export function useBrowser() {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  return async function withPage(options, body) {
    const opened = await openPage(browser, options);
    try {
      return await body(opened.page, opened);
    } finally {
      await opened.context.close();
    }
  };
}

/**
 * Does what a person does first on the page (moves the mouse over it): boot.js makes the app
 * live at the first click, key, touch, mouse move or wheel, not while the page only loads.
 */
export async function wake(page) {
  await page.mouse.move(3, 3);
  await page.mouse.move(5, 5);
}
