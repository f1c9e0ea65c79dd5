// Helpers for the shell, offline and privacy tests (shell.test.mjs, offline.test.mjs,
// privacy.test.mjs): the first load as `cargo xtask size` counts it, the served catalogs' words,
// walking the guided flow (one question per page, by the ids of src/ui/step.rs), the device's
// storage, the service worker and its cache, and a static server for the deployable folder under
// a sub-path.
//
// Everything reads the page as a person meets it (ids, classes and words of the served files);
// nothing reaches into the app's state.

import { createServer, request as httpRequest } from 'node:http';
import { readFile, stat, readdir } from 'node:fs/promises';
import { join, extname, normalize, sep } from 'node:path';
import { wake } from './lib.mjs';

// ---------------------------------------------------------------------------------------------
// The first load
// ---------------------------------------------------------------------------------------------

/**
 * Everything the start page loads in language `<tag>` before the person answers anything, in
 * the site's own paths: what `cargo xtask size` counts as "first load" (xtask/src/size.rs,
 * `first_load`), and what privacy.test.mjs checks a real browser asks for, no more, no less.
 * `*` stands for one path segment (the snippet folder's name carries a hash of the build).
 *
 * - `''`: the page itself (index.html);
 * - its stylesheet and icon, its script boot.js;
 * - what boot.js imports and fetches: the app's JavaScript and the language's words (only the
 *   chosen language's, and not its `.rules.ftl`, which the first question page fetches);
 * - what pkg/app.js imports (its snippet, the parts loader) and instantiates (the first wasm).
 *
 * `manifest.webmanifest` is counted by `cargo xtask size` too, but a browser fetches it only
 * when it wants to (to offer installing): it is in FIRST_LOAD_OPTIONAL. The worker's own script
 * (`sw.js`) and the files the worker then precaches in the background are not the page's load.
 */
export const FIRST_LOAD = [
  '',
  'style/app.css',
  'style/icon.svg',
  'boot.js',
  'pkg/app.js',
  'pkg/snippets/*/inline0.js',
  'pkg/app_parts.js',
  'pkg/app_bg.wasm',
  'pkg/<tag>.ftl',
];

/** Asked for or not, as the browser decides (counted by `cargo xtask size` all the same). */
export const FIRST_LOAD_OPTIONAL = ['manifest.webmanifest'];

/** FIRST_LOAD for one language, as regular expressions over site-relative paths. */
export function firstLoadPatterns(tag, list = FIRST_LOAD) {
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return list.map((p) => new RegExp(`^${p.split('*').map((part) => escape(part.replace('<tag>', tag))).join('[^/]+')}$`));
}

/** A request's URL as a path relative to the site at `base` (`''` for the page, no query). */
export function sitePath(url, base) {
  if (!url.startsWith(base)) return null;
  const path = url.slice(base.length).split(/[?#]/)[0];
  return path === 'index.html' ? '' : path;
}

// ---------------------------------------------------------------------------------------------
// The served catalogs' words
// ---------------------------------------------------------------------------------------------

const catalogCache = new Map();

/**
 * The messages of a served catalog (`pkg/<tag>.ftl`, and with `rules` also `pkg/<tag>.rules.ftl`)
 * as `{ id: text }`: single-line messages only (enough for the page's words), placeables as
 * written (`{ $n }`). Read from the server under test, so they are the words of this build.
 */
export async function catalog(base, tag, { rules = false } = {}) {
  const key = `${base} ${tag} ${rules}`;
  if (catalogCache.has(key)) return catalogCache.get(key);
  const files = rules ? [`pkg/${tag}.ftl`, `pkg/${tag}.rules.ftl`] : [`pkg/${tag}.ftl`];
  const out = {};
  for (const file of files) {
    const response = await fetch(new URL(file, base));
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    for (const line of (await response.text()).split('\n')) {
      const m = line.match(/^([a-zA-Z][\w-]*) = (.+)$/);
      if (m) out[m[1]] = m[2].trim();
    }
  }
  catalogCache.set(key, out);
  return out;
}

/** Text without Unicode isolation and direction marks, spaces squashed (Fluent isolates placeables). */
export const plain = (s) => String(s ?? '').replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '').replace(/\s+/g, ' ').trim();

/** A message with `{ $name }` placeables filled in. */
export const fill = (text, args = {}) => text.replace(/\{\s*\$(\w+)\s*\}/g, (_, name) => String(args[name] ?? `{$${name}}`));

/** The languages the page offers, from the strings the build wrote into index.html. */
export async function pageLanguages(base) {
  const html = await (await fetch(base)).text();
  const json = html.match(/<script type="application\/json" id="pc-strings">([\s\S]*?)<\/script>/);
  if (!json) throw new Error('index.html has no #pc-strings');
  return JSON.parse(json[1]).languages;
}

/** The thirteen languages (issue #15) and the right-to-left ones. */
export const LANGUAGES = ['en', 'nb', 'uk', 'ar', 'ru', 'ti', 'fa-AF', 'fa', 'so', 'ps', 'ckb', 'kmr', 'tr'];
export const RTL = ['ar', 'fa-AF', 'fa', 'ps', 'ckb'];

// ---------------------------------------------------------------------------------------------
// The app and the guided flow
// ---------------------------------------------------------------------------------------------

/** A fixed "today" for the flows whose answers depend on the date (the device's date). */
export const TODAY = new Date('2026-03-02T12:00:00');

/** Fixes the context's clock at TODAY (Date only; timers run as usual). */
export async function fixToday(context, when = TODAY) {
  await context.clock.setFixedTime(when);
}

/**
 * Waits until the app has mounted: it has replaced the static first view (`#static-start`)
 * with its own start page, and shown the footer's links.
 */
export async function waitForApp(page) {
  await wake(page);
  await page.waitForSelector('#footer-links:not([hidden])');
  await page.waitForFunction(() => !document.getElementById('static-start') && document.querySelector('#main form.step'));
}

/** Continue on the current page (the page's own form's submit button). */
export async function continueOn(page) {
  await page.click('#main form.step > .button-row > button[type="submit"]');
}

/** Waits for the question page of step `id` (`form.step[data-step=id]`). */
export async function waitForStep(page, id) {
  await page.waitForSelector(`#main form.step[data-step="${id}"]`);
}

/** Picks option `index` of the radio question `name` (`#q-<name>-<index>`). */
export async function choose(page, name, index) {
  await page.check(`#q-${name}-${index}`);
}

/** Types a date into the three boxes `#<prefix>-day|month|year`. */
export async function typeDate(page, prefix, [day, month, year]) {
  await page.fill(`#${prefix}-day`, String(day));
  await page.fill(`#${prefix}-month`, String(month));
  await page.fill(`#${prefix}-year`, String(year));
}

/** The start answers (src/flow/answers.rs `Situation::ALL`). */
export const SITUATION = { asylumSeeker: 0, temporaryPermit: 1, collectiveProtection: 2, permanentPermit: 3, helper: 4 };

/**
 * From the start page to the first page of a check: the situation, then "What do you want to
 * know?" (option `want`, in the order of `Check::for_situation`).
 */
export async function startCheck(page, situation, want) {
  await choose(page, 'start', situation);
  await continueOn(page);
  await page.waitForSelector('#main form.step[data-step="want"]');
  await choose(page, 'want', want);
  await continueOn(page);
}

/**
 * A § 38 permit holder (TODAY = 2 March 2026): permit 1 June 2024 – 31 May 2027, resident since
 * 1 June 2024, one stay abroad 10 July – 2 August 2025 (22 days abroad: the travel days count as
 * days in Norway), a trip planned 1–20 July 2026. Limit: 182 days in any 365 (permit of more than
 * a year). The answer: within the limits, 22 days; leaving on 1 July 2026, back by
 * 31 December 2026 at the latest.
 */
export const TRAVEL_CASE = {
  situation: SITUATION.temporaryPermit,
  want: 0, // May I travel, and for how long?
  basis: 1, // Strong humanitarian considerations (§ 38)
  permitFrom: [1, 6, 2024],
  permitUntil: [31, 5, 2027],
  residenceSince: [1, 6, 2024],
  stay: { from: [10, 7, 2025], to: [2, 8, 2025] },
  trip: { from: [1, 7, 2026], to: [20, 7, 2026] },
  days: 22,
  limit: 182,
  expectedEn:
    'Within the limits: you have been abroad at most 22 days in any 365 days, and 182 days are allowed. ' +
    'If you leave on 1 July 2026, come back by 31 December 2026 at the latest. ' +
    'The return you plan, on 20 July 2026, is in time.',
};

/**
 * The travel-limits check of TRAVEL_CASE through the guided flow, from the start page to the
 * answer: start, want, permit basis, permit dates, resident since, stays (one added), trip,
 * check your answers, the answer. `onPage(label)` runs on every page reached (after it shows).
 * Returns the summary sentence (plain text).
 */
export async function travelCheck(page, { onPage = async () => {} } = {}) {
  const c = TRAVEL_CASE;
  await onPage('start');
  await choose(page, 'start', c.situation);
  await continueOn(page);
  await page.waitForSelector('#main form.step[data-step="want"]');
  await onPage('want');
  await choose(page, 'want', c.want);
  await continueOn(page);
  await waitForStep(page, 'permit-basis');
  await onPage('permit-basis');
  await choose(page, 'permit-basis', c.basis);
  await continueOn(page);
  await waitForStep(page, 'permit-dates');
  await onPage('permit-dates');
  await typeDate(page, 'q-permit-dates-from', c.permitFrom);
  await typeDate(page, 'q-permit-dates-until', c.permitUntil);
  await continueOn(page);
  await waitForStep(page, 'residence-since');
  await onPage('residence-since');
  await typeDate(page, 'q-residence-since-date', c.residenceSince);
  await continueOn(page);
  await waitForStep(page, 'stays');
  await onPage('stays');
  await page.click('#main .stays > button.button-secondary'); // Add a stay abroad
  await page.waitForSelector('#stay-0-from-day');
  await typeDate(page, 'stay-0-from', c.stay.from);
  await typeDate(page, 'stay-0-to', c.stay.to);
  await continueOn(page);
  await waitForStep(page, 'trip');
  await onPage('trip');
  await typeDate(page, 'trip-from', c.trip.from);
  await typeDate(page, 'trip-to', c.trip.to);
  await continueOn(page);
  await page.waitForSelector('#main .summary-list');
  await onPage('check-answers');
  await page.click('#main > .button-row > button.button'); // See the answer
  await page.waitForSelector('#result-summary');
  await onPage('result');
  return plain(await page.textContent('#result-summary'));
}

/** Opens a page of the footer (`safety` or `data`) and waits for its heading. */
export async function openFooterPage(page, name) {
  await page.click(`#footer-links [data-page="${name}"]`);
  await page.waitForSelector(name === 'data' ? '#data-remember' : '#main h1');
}

// ---------------------------------------------------------------------------------------------
// Files, storage, the service worker
// ---------------------------------------------------------------------------------------------

/** Clicks a button that downloads a file; returns `{ name, text }`. */
export async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/**
 * Everything the page could have left on the device, besides the service worker's own cache:
 * localStorage (as an object), sessionStorage (its length), document.cookie, the cache names and
 * the IndexedDB databases.
 */
export async function deviceStorage(page) {
  return page.evaluate(async () => {
    const local = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      local[key] = localStorage.getItem(key);
    }
    const databases = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
    return {
      local,
      session: sessionStorage.length,
      cookie: document.cookie,
      caches: await caches.keys(),
      databases,
    };
  });
}

/** The cache version baked into a generated sw.js. */
export function workerVersion(source) {
  const found = source.match(/const VERSION = '([0-9a-f]{16})';/);
  if (!found) throw new Error('sw.js has no generated VERSION');
  return found[1];
}

/** The files a generated sw.js precaches (as written in it, relative to it). */
export function workerFiles(source) {
  const list = source.match(/const FILES = \[([^\]]*)\]/);
  if (!list) throw new Error('sw.js has no FILES');
  return [...list[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

/** The name of the cache of the worker whose source is `source`, for a site at `base`. */
export function cacheName(base, source) {
  return `permit-check ${base} ${workerVersion(source)}`;
}

/** Waits until a service worker controls the page (installed, activated and claimed). */
export async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Waits until the service worker of the site at `base` controls the page and its cache holds
 * every file it precaches; returns `{ source, files }` (its sw.js and that list).
 */
export async function waitForOfflineCopy(page, base) {
  await waitForServiceWorker(page);
  const source = await (await fetch(new URL('sw.js', base))).text();
  const files = workerFiles(source);
  await page.waitForFunction(
    async ({ name, n }) => {
      if (!(await caches.has(name))) return false;
      return (await (await caches.open(name)).keys()).length >= n;
    },
    { name: cacheName(base, source), n: files.length },
  );
  return { source, files };
}

/** The URLs in the caches of the page's origin: `{ name: [url, …] }`. */
export async function cachedUrls(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// The deployable folder, served from a sub-path
// ---------------------------------------------------------------------------------------------

/** `dist/` of `cargo xtask dist` (set by `cargo xtask test`). */
export const distDir = process.env.PERMIT_CHECK_DIST || '';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ftl': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` as a plain static host would, under `prefix` only (`/tools/permit/`): a folder
 * gives its index.html, a file with a `.gz` sibling is sent gzip-encoded to a browser that
 * accepts it (as a server set up per DEPLOY.md does; Chromium offers brotli only over HTTPS),
 * anything else is 404. Returns `{ url, requests, close }`; `requests` lists every path asked.
 */
export async function serveFolder(dir, prefix = '/tools/permit/') {
  const root = normalize(dir);
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const record = { method: req.method, path, encoding: '' };
    requests.push(record);
    const notFound = () => {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    };
    if (req.method !== 'GET' || !path.startsWith(prefix)) return notFound();
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
      };
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        try {
          body = await readFile(`${file}.gz`);
          headers['Content-Encoding'] = 'gzip';
          record.encoding = 'gzip';
        } catch {
          // No sibling: the file as it is.
        }
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      notFound();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(resolve);
      }),
  };
}

/**
 * One request as it goes over the wire, for checking a server's headers and bytes: nothing is
 * decompressed and the path is sent as it is (`/../x` stays `/../x`, which `fetch` would
 * resolve away). `base` is the site's URL, `path` is appended to its path.
 * Returns `{ status, headers, body }` (headers in lower case, body a Buffer).
 */
export function rawRequest(base, path, { method = 'GET', headers = {} } = {}) {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method, path: url.pathname + path, headers: { connection: 'close', ...headers } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Every file under `dir`, relative, sorted. */
export async function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path, base)));
    else out.push(path.slice(base.length + 1));
  }
  return out.sort();
}
