// The installable, offline app in a real browser: the manifest and its icons; the site at
// PERMIT_CHECK_URL is the deployable folder (`cargo xtask dist`) as `cargo xtask serve` serves
// it (`cargo xtask test` runs that server): pre-compressed, with the filled-in service worker;
// the worker precaches every file the page loads, so that after one visit the app works with no
// connection (every tab renders, every checker evaluates); the folder also works from a
// sub-path on a plain static server; and a new release is picked up: its worker waits, the page
// offers "A new version is ready — reload", and the old cache is deleted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm, appendFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { baseUrl, launch, openPage, foreignRequests } from './lib.mjs';
import {
  waitForApp,
  waitForServiceWorker,
  workerFiles,
  workerVersion,
  cacheName,
  rawRequest,
  distDir,
  serveFolder,
  listFiles,
  importFile,
  fullDocument,
} from './pwa-lib.mjs';

const TABS = ['temporary-regulation', 'permanent-permit', 'travel-limits', 'work-permit', 'guides'];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Every tab renders; every checker evaluates (the summary shows the four results). */
async function assertAppWorks(page) {
  for (const slug of TABS) {
    await page.click(`#tab-${slug}`);
    const panel = page.locator(`#panel-${slug}`);
    assert.equal(await panel.isVisible(), true, `#panel-${slug} is shown`);
    assert.notEqual((await panel.innerText()).trim(), '', `#panel-${slug} has content`);
    for (const headline of await panel.locator('.result-headline').all()) {
      assert.notEqual((await headline.innerText()).trim(), '', `a result in #panel-${slug}`);
    }
  }
  await importFile(page, fullDocument());
  await page.click('#data-print');
  await page.waitForSelector('#summary');
  const headlines = await page.locator('#summary .summary-checker .result-headline').allInnerTexts();
  assert.equal(headlines.length, 4, 'one result per checker');
  for (const h of headlines) assert.notEqual(h.trim(), '');
  assert.ok((await page.locator('#summary .criterion').count()) >= 4, 'criteria are listed');
}

test('the manifest names the app, its colours, a standalone display, relative URLs and icons', async () => {
  const html = await (await fetch(baseUrl)).text();
  assert.match(html, /<link rel="manifest" href="manifest\.webmanifest">/);
  assert.match(html, /<meta name="theme-color" content="#1d3a6e">/);
  const response = await fetch(new URL('manifest.webmanifest', baseUrl));
  assert.equal(response.headers.get('content-type'), 'application/manifest+json');
  const manifest = await response.json();
  assert.equal(manifest.name, 'Permit Check');
  assert.ok(manifest.short_name && manifest.short_name.length <= 12, 'a short name fits under an icon');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.theme_color, '#1d3a6e');
  assert.ok(manifest.background_color);
  const want = [
    ['192x192', 'any'],
    ['512x512', 'any'],
    ['192x192', 'maskable'],
    ['512x512', 'maskable'],
  ];
  for (const [sizes, purpose] of want) {
    const icon = manifest.icons.find((i) => i.sizes === sizes && i.purpose === purpose);
    assert.ok(icon, `an icon ${sizes} for ${purpose}`);
    assert.ok(!icon.src.startsWith('/') && !/^[a-z]+:/.test(icon.src), `${icon.src} is relative`);
    const bytes = Buffer.from(await (await fetch(new URL(icon.src, baseUrl))).arrayBuffer());
    assert.deepEqual(pngSize(bytes), sizes.split('x').map(Number), `${icon.src} is ${sizes}`);
  }
  const svg = manifest.icons.find((i) => i.type === 'image/svg+xml');
  assert.ok(svg, 'a scalable icon');
  assert.equal((await fetch(new URL(svg.src, baseUrl))).status, 200);
});

const NEEDS_DIST = { skip: !distDir && 'PERMIT_CHECK_DIST is not set (cargo xtask test sets it to the output of cargo xtask dist)' };

test('the served sw.js is the filled-in worker of the deployable folder, not the template', async () => {
  const response = await fetch(new URL('sw.js', baseUrl));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-cache', 'browsers see a new version at once');
  const served = await response.text();
  assert.doesNotMatch(served, /@@/, 'no template placeholder is left');
  assert.match(workerVersion(served), /^[0-9a-f]{16}$/);
  assert.ok(workerFiles(served).includes('pkg/permit_check_bg.wasm'), 'it precaches the app');
  if (distDir) assert.equal(served, await readFile(join(distDir, 'sw.js'), 'utf8'), 'the folder\'s sw.js');
});

/** The Content-Type of every kind of file the site has (DEPLOY.md). */
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

test('the server sends every file of the folder with its type, pre-compressed as the request accepts', NEEDS_DIST, async () => {
  const files = (await listFiles(distDir)).filter((f) => !f.endsWith('.br') && !f.endsWith('.gz'));
  let compressed = 0;
  for (const file of files) {
    const path = file.split('/').map(encodeURIComponent).join('/');
    const raw = await readFile(join(distDir, file));
    const type = TYPES[extname(file)];
    assert.ok(type, `${file}: a kind of file this test does not know; add its type to TYPES and to the server`);
    const hasBr = existsSync(join(distDir, `${file}.br`));
    const hasGz = existsSync(join(distDir, `${file}.gz`));

    const br = await rawRequest(baseUrl, path, { headers: { 'accept-encoding': 'br' } });
    assert.equal(br.status, 200, file);
    assert.equal(br.headers['content-type'], type, file);
    if (hasBr) {
      compressed += 1;
      assert.equal(br.headers['content-encoding'], 'br', file);
      assert.equal(br.headers.vary, 'Accept-Encoding', file);
      assert.ok(br.body.length < raw.length, `${file}: fewer bytes over the wire`);
      assert.deepEqual(brotliDecompressSync(br.body), raw, `${file}: the brotli bytes decompress to the file`);
    } else {
      assert.equal(br.headers['content-encoding'], undefined, file);
      assert.deepEqual(br.body, raw, file);
    }

    // A client that takes gzip only (browsers offer brotli only to secure origins, such as
    // this loopback one and HTTPS).
    const gz = await rawRequest(baseUrl, path, { headers: { 'accept-encoding': 'gzip, deflate' } });
    assert.equal(gz.headers['content-encoding'], hasGz ? 'gzip' : undefined, file);
    assert.deepEqual(hasGz ? gunzipSync(gz.body) : gz.body, raw, `${file}: gzip`);

    const plain = await rawRequest(baseUrl, path);
    assert.equal(plain.headers['content-encoding'], undefined, file);
    assert.deepEqual(plain.body, raw, `${file}: without Accept-Encoding, the file itself`);
  }
  assert.ok(compressed >= 4, `the page, the scripts and the wasm are compressed (${compressed} files)`);

  // The page is the folder's index; it and the worker are revalidated on every visit.
  const page = await rawRequest(baseUrl, '', { headers: { 'accept-encoding': 'br' } });
  assert.deepEqual(brotliDecompressSync(page.body), await readFile(join(distDir, 'index.html')));
  assert.equal(page.headers['cache-control'], 'no-cache');
  assert.ok(page.headers.etag, 'a validator, so that revalidating costs no body');
  const again = await rawRequest(baseUrl, '', { headers: { 'accept-encoding': 'br', 'if-none-match': page.headers.etag } });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);

  // HEAD: the headers of the GET, no body.
  const wasm = 'pkg/permit_check_bg.wasm';
  const head = await rawRequest(baseUrl, wasm, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
  assert.equal(head.status, 200);
  assert.equal(head.headers['content-encoding'], 'br');
  assert.equal(Number(head.headers['content-length']), (await readFile(join(distDir, `${wasm}.br`))).length);
  assert.equal(head.body.length, 0);

  // Nothing but the folder's files: no siblings as files, no listing, nothing outside.
  for (const path of ['index.html.br', `${wasm}.gz`, 'pkg/', 'pkg', 'Cargo.toml', 'DEPLOY.md', 'src/lib.rs', '../Cargo.toml', '%2e%2e/Cargo.toml', 'pkg/..%2f..%2fCargo.toml', '.git/HEAD']) {
    const response = await rawRequest(baseUrl, path, { headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(response.status, 404, `/${path} is not served`);
  }
  const post = await rawRequest(baseUrl, '', { method: 'POST' });
  assert.equal(post.status, 405);
});

test('after one visit to the served site the app works offline: every tab renders and every checker evaluates', async () => {
  // The server of `cargo xtask serve` (cargo xtask test runs it), at the top of its origin.
  const base = baseUrl;
  const { context, page, consoleErrors, requests } = await openPage(browser, { locale: 'en' });
  const encodings = new Map();
  page.on('response', (response) => encodings.set(response.url(), response.headers()['content-encoding']));
  try {
    await page.goto(base);
    await waitForApp(page);
    await waitForServiceWorker(page);
    const source = await (await fetch(new URL('sw.js', base))).text();
    const files = workerFiles(source);
    // The browser was sent the compressed copies and the app ran from them.
    for (const file of ['', 'app.js', 'pkg/permit_check.js', 'pkg/permit_check_bg.wasm']) {
      const encoding = encodings.get(new URL(file, base).href);
      assert.ok(['br', 'gzip'].includes(encoding), `${file || 'the page'} came compressed (${encoding})`);
    }

    // Every file the page loaded is precached, in one cache named after the files' hash.
    const loaded = requests
      .filter((r) => r.url.startsWith(base) && !r.url.endsWith('/sw.js'))
      .map((r) => {
        const path = r.url.slice(base.length).split(/[?#]/)[0];
        return path === '' || path === 'index.html' ? './' : path;
      });
    assert.ok(loaded.includes('pkg/permit_check_bg.wasm'), `the wasm was loaded: ${loaded}`);
    for (const path of new Set(loaded)) assert.ok(files.includes(path), `${path} is in the precache list`);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const entries = await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)));
      return { names, entries };
    });
    assert.deepEqual(cached.names, [cacheName(base, source)]);
    assert.deepEqual(
      cached.entries[0].sort(),
      files.map((f) => new URL(f, base).href).sort(),
      'the cache holds exactly the listed files',
    );

    await context.setOffline(true);
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    await page.reload();
    await waitForApp(page);
    await assertAppWorks(page);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests(requests, base), []);
  } finally {
    await context.close();
  }
});

test('the deployable folder holds only the site, with compressed siblings', NEEDS_DIST, async () => {
  const files = await listFiles(distDir);
  const site = files.filter((f) => !f.endsWith('.br') && !f.endsWith('.gz'));
  for (const needed of ['index.html', 'app.js', 'sw.js', 'manifest.webmanifest', 'pkg/permit_check.js', 'pkg/permit_check_bg.wasm', 'icons/icon-512.png']) {
    assert.ok(site.includes(needed), `${needed} is in the folder`);
  }
  for (const f of site) {
    assert.match(f, /^(index\.html|app\.js|sw\.js|manifest\.webmanifest|style\/|pkg\/|icons\/)/, `${f} belongs to the site`);
  }
  for (const f of files.filter((f) => f.endsWith('.br') || f.endsWith('.gz'))) {
    assert.ok(site.includes(f.replace(/\.(br|gz)$/, '')), `${f} is a sibling of a site file`);
  }
  for (const f of ['pkg/permit_check_bg.wasm', 'pkg/permit_check.js', 'index.html', 'sw.js']) {
    assert.ok(files.includes(`${f}.br`) && files.includes(`${f}.gz`), `${f} has .br and .gz`);
  }
  // The folder's sw.js is filled in and lists exactly its files.
  const source = await readFile(join(distDir, 'sw.js'), 'utf8');
  const listed = workerFiles(source).map((f) => (f === './' ? 'index.html' : decodeURIComponent(f)));
  assert.deepEqual(listed.sort(), site.filter((f) => f !== 'sw.js').sort());
});

test('served from a sub-path of a plain static server, the folder works, also offline', NEEDS_DIST, async () => {
  const server = await serveFolder(distDir, '/tools/permit/');
  const { context, page, consoleErrors, requests } = await openPage(browser, { locale: 'nb' });
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await waitForServiceWorker(page);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), server.url);
    for (const r of requests) assert.ok(r.url.startsWith(server.url), `${r.url} is under ${server.url}`);
    for (const r of server.requests) assert.ok(r.path.startsWith('/tools/permit/'), `${r.path} asked of the server`);
    const wasm = server.requests.find((r) => r.path.endsWith('.wasm'));
    assert.equal(wasm?.encoding, 'gzip', 'the pre-compressed sibling was sent and worked');

    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await assertAppWorks(page);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('a new release: its worker waits, the page offers to reload, the old cache goes', NEEDS_DIST, async () => {
  const copy = await mkdtemp(join(tmpdir(), 'permit-check-release-'));
  await cp(distDir, copy, { recursive: true });
  const server = await serveFolder(copy, '/app/');
  const { context, page, consoleErrors } = await openPage(browser, { locale: 'en' });
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await waitForServiceWorker(page);
    const first = await readFile(join(copy, 'sw.js'), 'utf8');
    assert.deepEqual(await page.evaluate(() => caches.keys()), [cacheName(server.url, first)]);
    assert.equal(await page.isVisible('#update-bar'), false, 'no offer while nothing is new');

    // Release 2, as `cargo xtask dist` would write it: a file changes, so sw.js changes.
    await appendFile(join(copy, 'style/main.css'), '\n/* release 2 */\n');
    const second = first.replace(/const VERSION = '[0-9a-f]{16}';/, "const VERSION = 'feedfacefeedface';");
    await writeFile(join(copy, 'sw.js'), second);
    for (const f of ['style/main.css', 'sw.js']) {
      for (const ext of ['.br', '.gz']) if (existsSync(join(copy, f + ext))) await rm(join(copy, f + ext));
    }

    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('#update-bar', { timeout: 30000 });
    assert.match(await page.textContent('#update-bar'), /A new version of Permit Check is ready/);
    // The old version still runs until the reader chooses.
    assert.doesNotMatch(await page.evaluate(async () => (await fetch('style/main.css')).text()), /release 2/);

    await Promise.all([page.waitForEvent('load'), page.click('#update-reload')]);
    await waitForApp(page);
    await page.waitForFunction(async () => (await caches.keys()).length === 1 && (await caches.keys())[0].endsWith('feedfacefeedface'));
    assert.deepEqual(await page.evaluate(() => caches.keys()), [cacheName(server.url, second)]);
    assert.match(await page.evaluate(async () => (await fetch('style/main.css')).text()), /release 2/);
    assert.equal(await page.isVisible('#update-bar'), false);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await context.close();
    await server.close();
    await rm(copy, { recursive: true, force: true });
  }
});
