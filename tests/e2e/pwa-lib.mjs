// Helpers for the offline, privacy and data tests (offline.test.mjs, privacy.test.mjs,
// data.test.mjs): a complete answers document, filling and reading the app's state, the
// device's storage, and a static server for the deployable folder under a sub-path.
//
// The checker tabs are built separately and change; these helpers reach the answers through what
// is stable: the "Your data" section (import / export, ids `data-*`) and, for the tab forms, only
// the shared components' conventions (radio groups, day/month/year boxes `*-day`, "Add a stay").

import { createServer, request as httpRequest } from 'node:http';
import { readFile, stat, readdir } from 'node:fs/promises';
import { join, extname, normalize, sep } from 'node:path';

/** The document format (src/ui/data.rs). */
export const FORMAT = 'permit-check-answers';

const date = (day, month, year) => ({ day, month, year });
const empty = () => date('', '', '');

/**
 * Answers for every checker, two stays and a planned trip: every field present, so that an
 * export of the state it gives is equal to it.
 */
export function fullDocument() {
  return {
    format: FORMAT,
    version: 1,
    answers: {
      temporaryRegulation: {
        dateOfBirth: date('14', '2', '1990'),
        firstAsylumApplication: date('3', '9', '2004'),
        appliedForAsylum: true,
        leftAfterRejectionAndReapplied: false,
        livedInNorwayOn20190101: true,
        livesInNorway: true,
        convicted: false,
        hasResidencePermit: false,
        identityDocumented: null,
        requestDate: empty(),
      },
      permanentPermit: {
        gaveIncorrectInformation: false,
        withheldInformation: false,
        incorrectIdentity: false,
        abuseExemption: {
          familyImmigrationPermit: false,
          preventedFromReturning: null,
          victimOfAbuse: null,
          relationshipEnded: null,
        },
      },
      travelLimits: {
        situation: 'temporary-permit',
        permitBasis: 'humanitarian',
        permitStart: date('1', '6', '2023'),
        permitEnd: date('31', '5', '2027'),
      },
      workPermit: {
        protection: 'individual',
        hadAsylumInterview: true,
        validPassport: false,
        dublinCase: false,
        decision: 'none',
      },
      stays: [
        { from: date('10', '7', '2023'), to: date('2', '8', '2023'), ongoing: false, schengen: true },
        { from: date('20', '12', '2024'), to: date('5', '1', '2025'), ongoing: false, schengen: false },
      ],
      plannedTrip: { from: date('1', '7', '2027'), to: date('20', '7', '2027'), schengen: false },
      strictCounting: false,
    },
  };
}

/**
 * `doc` laid over `base`: objects merged member by member, anything else replaced. With `base`
 * the export of an app that has just started, it gives the export expected after importing
 * `doc` (members it leaves out read as "not answered"), whatever answers the tabs add later.
 */
export function overlay(base, doc) {
  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(base) || !isObject(doc)) return structuredClone(doc);
  const out = structuredClone(base);
  for (const [key, value] of Object.entries(doc)) out[key] = key in base ? overlay(base[key], value) : structuredClone(value);
  return out;
}

/** Waits until the app has mounted (the data section is there). */
export async function waitForApp(page) {
  await page.waitForSelector('[role="tab"][aria-selected="true"]');
  await page.waitForSelector('#data-remember');
}

/** The text of the data section's status line, once it says something. */
export async function statusText(page) {
  await page.waitForFunction(() => (document.getElementById('data-status')?.textContent || '').trim() !== '');
  return (await page.textContent('#data-status')).trim();
}

/**
 * Loads a file through "Load answers from a file" and returns the status message.
 * `content` is an object (written as JSON) or a string (written as it is). Each call needs a
 * message different from the one shown before (a new file name does it).
 */
let imports = 0;

export async function importFile(page, content, name = `answers-${(imports += 1)}.json`) {
  const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  const before = await page.evaluate(() => document.getElementById('data-status')?.textContent || '');
  await page.setInputFiles('#data-import', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction(
    (previous) => {
      const now = document.getElementById('data-status')?.textContent || '';
      return now.trim() !== '' && now !== previous;
    },
    before,
  );
  return (await page.textContent('#data-status')).trim();
}

/** Clicks a button that downloads a file; returns `{ name, text }`. */
export async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** "Save answers to a file": the document the app exports (parsed). */
export async function exportDocument(page) {
  const { name, text } = await download(page, '#data-export');
  if (!/^permit-check-answers-\d{4}-\d{2}-\d{2}\.json$/.test(name)) throw new Error(`file name ${name}`);
  return JSON.parse(text);
}

/** Everything the page could have left on the device, besides the service worker's own cache. */
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
 * Answers whatever the open tab panel asks, the way a user would (best effort, for forms that
 * exist): picks the first option of every radio group, adds a stay where there is an
 * "Add a stay" button, and types a date into every empty day/month/year field.
 */
export async function fillOpenPanel(page) {
  const panel = page.locator('[role="tabpanel"]:not([hidden])');
  const names = await panel.evaluate((p) => [...new Set([...p.querySelectorAll('input[type="radio"]')].map((r) => r.name))]);
  for (const name of names) {
    const first = panel.locator(`input[type="radio"][name="${name}"]`).first();
    if (await first.isVisible()) await first.check();
  }
  const add = panel.getByRole('button', { name: /add a stay/i });
  if ((await add.count()) > 0 && (await add.first().isVisible())) await add.first().click();
  const days = await panel.evaluate((p) =>
    [...p.querySelectorAll('input[id$="-day"]')].filter((i) => i.offsetParent !== null && i.value === '').map((i) => i.id),
  );
  for (const [n, id] of days.entries()) {
    const base = id.slice(0, -'-day'.length);
    await page.fill(`#${base}-day`, String(2 + n));
    await page.fill(`#${base}-month`, String(1 + (n % 12)));
    await page.fill(`#${base}-year`, String(2019 + (n % 3)));
  }
  return { groups: names.length, dates: days.length };
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
