// The installable, offline app in a real browser (issue #14). The site at PERMIT_CHECK_URL is the
// deployable folder (`cargo xtask dist`) as `cargo xtask serve` serves it (`cargo xtask test`
// runs that server): every file with its type, pre-compressed as the request accepts, revalidated
// with a 304, and the filled-in service worker. The worker precaches the app, every part loaded
// later (pkg/split_*.wasm, pkg/chunk_*.wasm) and the English and Norwegian words, so that after
// one visit the app works with no connection: the start page and a full check, in English, in a
// language the person used online, and in English when the language was never used. The folder
// also works from a sub-path of a plain static server, and a new release is picked up: its
// worker waits, the page offers to reload, and the old cache is deleted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm, appendFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { baseUrl, launch, openPage, foreignRequests } from './lib.mjs';
import {
  FIRST_LOAD,
  firstLoadPatterns,
  sitePath,
  catalog,
  plain,
  fixToday,
  waitForApp,
  waitForOfflineCopy,
  cachedUrls,
  continueOn,
  choose,
  waitForStep,
  travelCheck,
  TRAVEL_CASE,
  SITUATION,
  workerFiles,
  workerVersion,
  cacheName,
  rawRequest,
  distDir,
  serveFolder,
  listFiles,
} from './pwa-lib.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const PHONE = { width: 360, height: 780 };

/** Opens a fresh context and page, runs `body`, closes the context whatever happens. */
async function withPage(options, body) {
  const opened = await openPage(browser, { viewport: PHONE, ...options });
  try {
    return await body(opened.page, opened);
  } finally {
    await opened.context.close();
  }
}

/** Requests that failed (offline, a file the worker does not have), as "url: error". */
function watchFailures(page) {
  const failed = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  return failed;
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
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
  assert.ok(workerFiles(served).includes('pkg/app_bg.wasm'), 'it precaches the app');
  if (distDir) assert.equal(served, await readFile(join(distDir, 'sw.js'), 'utf8'), 'the folder\'s sw.js');
});

test('the worker precaches the app, its parts and the English and Norwegian words; not the embedding API, not the other languages', async () => {
  const files = workerFiles(await (await fetch(new URL('sw.js', baseUrl))).text());
  const problems = [];
  // The first load, in English and in Norwegian (the languages the worker keeps).
  for (const tag of ['en', 'nb']) {
    for (const [i, p] of firstLoadPatterns(tag).entries()) {
      const path = FIRST_LOAD[i].replace('<tag>', tag);
      if (!files.some((f) => p.test(f === './' ? '' : f))) problems.push(`${path || './'} (first load) is not precached`);
    }
  }
  for (const f of ['manifest.webmanifest', 'pkg/en.rules.ftl', 'pkg/nb.rules.ftl']) {
    if (!files.includes(f)) problems.push(`${f} is not precached`);
  }
  // The parts loaded later: each split point and the chunks they share.
  const splits = files.filter((f) => /^pkg\/split_[a-z_]+_\d+\.wasm$/.test(f));
  const chunks = files.filter((f) => /^pkg\/chunk_\d+\.wasm$/.test(f));
  for (const part of ['step', 'check_answers', 'result', 'all_on_one', 'safety', 'data', 'print']) {
    if (!splits.some((f) => f.startsWith(`pkg/split_${part}_`))) problems.push(`no pkg/split_${part}_*.wasm is precached`);
  }
  if (chunks.length === 0) problems.push('no pkg/chunk_*.wasm is precached');
  // Not the embedding API (the app never loads it), not the other languages' words.
  for (const f of files) {
    if (f.startsWith('pkg/permit_check')) problems.push(`${f} (the embedding API) is precached`);
    const words = f.match(/^pkg\/(.+?)(\.rules)?\.ftl$/);
    if (words && !['en', 'nb'].includes(words[1])) problems.push(`${f} (another language) is precached`);
  }
  if (new Set(files).size !== files.length) problems.push('a file is listed twice');
  // With the folder at hand: every part in it is listed.
  if (distDir) {
    for (const f of (await listFiles(join(distDir, 'pkg'))).map((f) => `pkg/${f}`)) {
      if (/^pkg\/(split_.*|chunk_\d+)\.wasm$/.test(f) && !files.includes(f)) problems.push(`${f} is in the folder but not precached`);
    }
  }
  assert.deepEqual(problems, []);
  // Every listed file is there to fetch (installing fails on any 404).
  for (const f of files) {
    const r = await rawRequest(baseUrl, f === './' ? '' : f, { method: 'HEAD' });
    assert.equal(r.status, 200, f);
  }
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
  const wasm = 'pkg/app_bg.wasm';
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

test('after one visit the app works offline: the start page and a full travel-limits check, every part from the cache', async () => {
  await withPage({ locale: 'en' }, async (page, { context, consoleErrors, requests }) => {
    await fixToday(context);
    const encodings = new Map();
    page.on('response', (response) => encodings.set(response.url(), response.headers()['content-encoding']));
    await page.goto(baseUrl);
    await waitForApp(page);
    const { source, files } = await waitForOfflineCopy(page, baseUrl);
    // The browser was sent the compressed copies and the app ran from them.
    for (const file of ['', 'boot.js', 'pkg/app.js', 'pkg/app_bg.wasm']) {
      const encoding = encodings.get(new URL(file, baseUrl).href);
      assert.ok(['br', 'gzip'].includes(encoding), `${file || 'the page'} came compressed (${encoding})`);
    }
    // Every file the page loaded is precached, in one cache named after the files' hash,
    // which holds exactly the listed files.
    const loaded = new Set(requests.map((r) => sitePath(r.url, baseUrl)).filter((p) => p !== null && p !== 'sw.js'));
    for (const path of loaded) assert.ok(files.includes(path === '' ? './' : path), `${path || './'} is in the precache list`);
    const cached = await cachedUrls(page);
    assert.deepEqual(Object.keys(cached), [cacheName(baseUrl, source)]);
    assert.deepEqual(
      Object.values(cached)[0].sort(),
      files.map((f) => new URL(f, baseUrl).href).sort(),
      'the cache holds exactly the listed files',
    );

    await context.setOffline(true);
    const failed = watchFailures(page);
    const offlineFrom = requests.length;
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    assert.equal(plain(await page.textContent('#main h1')), plain((await catalog(baseUrl, 'en'))['q-start']));
    assert.equal(await travelCheck(page), TRAVEL_CASE.expectedEn, 'the answer, offline');
    // Every lazily loaded part came from the worker's cache.
    const offline = requests.slice(offlineFrom).map((r) => sitePath(r.url, baseUrl));
    assert.ok(offline.some((p) => /^pkg\/split_step_/.test(p)) && offline.some((p) => /^pkg\/split_result_/.test(p)), `parts loaded offline: ${offline}`);
    assert.ok(offline.includes('pkg/en.rules.ftl'));
    assert.deepEqual(failed, []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests(requests, baseUrl), []);
  });
});

test('a language used once online works offline too: the start page and a full check in Ukrainian', async () => {
  await withPage({ locale: 'uk' }, async (page, { context, consoleErrors }) => {
    await fixToday(context);
    const uk = await catalog(baseUrl, 'uk', { rules: true });
    const pending = new Set();
    page.on('request', (r) => pending.add(r));
    page.on('requestfinished', (r) => pending.delete(r));
    page.on('requestfailed', (r) => pending.delete(r));
    // One visit, online: the start page in Ukrainian (the browser's language), the worker
    // installed and its copy complete.
    await page.goto(baseUrl);
    await waitForApp(page);
    assert.equal(plain(await page.textContent('#main h1')), plain(uk['q-start']));
    await waitForOfflineCopy(page, baseUrl);
    // The language's two files are kept once the worker controls the page (boot.js asks for
    // them then); a reader who goes offline later has them.
    await page.waitForFunction(async () => {
      for (const f of ['pkg/uk.ftl', 'pkg/uk.rules.ftl']) {
        if (!(await caches.match(new URL(f, location.href).href))) return false;
      }
      return true;
    });
    // (The page's own copies of those requests may still be on their way: let them finish, so
    // that the reload below does not abort them.)
    for (let i = 0; i < 100 && pending.size; i++) await page.waitForTimeout(50);

    await context.setOffline(true);
    const failed = watchFailures(page);
    await page.reload();
    await waitForApp(page);
    // Everything that is not Ukrainian, collected, so that the report says all of it.
    const problems = [];
    const [lang, dir] = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    if (lang !== 'uk' || dir !== 'ltr') problems.push(`offline, the start page has <html lang="${lang}" dir="${dir}">`);
    const start = plain(await page.textContent('#main h1'));
    if (start !== plain(uk['q-start'])) problems.push(`offline, the start question is "${start}"`);
    const headings = {};
    const summary = await travelCheck(page, {
      onPage: async (where) => {
        headings[where] = plain(await page.textContent('#main h1'));
      },
    });
    for (const [where, id] of [['permit-basis', 'q-permit-basis'], ['stays', 'q-stays'], ['trip', 'q-trip']]) {
      if (headings[where] !== plain(uk[id])) problems.push(`offline, the question ${id} is "${headings[where]}"`);
    }
    if (!/[а-яіїєґ]/i.test(summary)) problems.push(`offline, the answer is "${summary}"`);
    assert.ok(summary.includes(String(TRAVEL_CASE.days)) && summary.includes(String(TRAVEL_CASE.limit)), summary);
    if (failed.length) problems.push(`failed requests: ${failed.join(', ')}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(consoleErrors, []);
  });
});

test('offline, a language never used falls back to English, with no crash', async () => {
  await withPage({ locale: 'en' }, async (page, { context, consoleErrors }) => {
    await fixToday(context);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(baseUrl);
    await waitForApp(page);
    await waitForOfflineCopy(page, baseUrl);

    await context.setOffline(true);
    // Back another day, offline, with the phone set to Somali (never used here).
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'languages', { get: () => ['so-SO', 'so'] });
      Object.defineProperty(Navigator.prototype, 'language', { get: () => 'so-SO' });
    });
    await page.reload();
    await waitForApp(page);
    const en = await catalog(baseUrl, 'en', { rules: true });
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['en', 'ltr']);
    assert.equal(plain(await page.textContent('#main h1')), plain(en['q-start']));
    assert.equal(plain(await page.textContent('#lang-current')), 'English', 'the menu says English');
    assert.equal(plain(await page.textContent('#exit')), plain(en['exit-link']), 'the page around the app too');
    // The app works: a check's first question.
    await choose(page, 'start', SITUATION.temporaryPermit);
    await continueOn(page);
    await page.waitForSelector('#main form.step[data-step="want"]');
    await choose(page, 'want', 0);
    await continueOn(page);
    await waitForStep(page, 'permit-basis');
    assert.equal(plain(await page.textContent('#main h1')), plain(en['q-permit-basis']));
    assert.deepEqual(errors, [], 'no uncaught error');
    // The only errors: the Somali words could not be had.
    const others = consoleErrors.filter((e) => !/Failed to load resource: net::ERR_FAILED \(.*\/pkg\/so(\.rules)?\.ftl:0\)$/.test(e));
    assert.deepEqual(others, []);
  });
});

test('the deployable folder holds only the site, with compressed siblings', NEEDS_DIST, async () => {
  const files = await listFiles(distDir);
  const site = files.filter((f) => !f.endsWith('.br') && !f.endsWith('.gz'));
  for (const needed of ['index.html', 'boot.js', 'sw.js', 'manifest.webmanifest', 'style/app.css', 'pkg/app.js', 'pkg/app_bg.wasm', 'pkg/app_parts.js', 'pkg/en.ftl', 'pkg/en.rules.ftl', 'icons/icon-512.png']) {
    assert.ok(site.includes(needed), `${needed} is in the folder`);
  }
  for (const f of site) {
    assert.match(f, /^(index\.html|boot\.js|sw\.js|manifest\.webmanifest|style\/|pkg\/|icons\/)/, `${f} belongs to the site`);
  }
  for (const f of files.filter((f) => f.endsWith('.br') || f.endsWith('.gz'))) {
    assert.ok(site.includes(f.replace(/\.(br|gz)$/, '')), `${f} is a sibling of a site file`);
  }
  for (const f of ['pkg/app_bg.wasm', 'pkg/app.js', 'boot.js', 'index.html', 'sw.js', 'style/app.css', 'pkg/en.ftl']) {
    assert.ok(files.includes(`${f}.br`) && files.includes(`${f}.gz`), `${f} has .br and .gz`);
  }
  // The folder's sw.js is filled in and lists exactly its files but itself, the embedding API
  // and the catalogs of languages other than English and Norwegian.
  const source = await readFile(join(distDir, 'sw.js'), 'utf8');
  const listed = workerFiles(source).map((f) => (f === './' ? 'index.html' : decodeURIComponent(f)));
  const precached = (f) => f !== 'sw.js' && !f.startsWith('pkg/permit_check') && !(/\.ftl$/.test(f) && !/^pkg\/(en|nb)(\.rules)?\.ftl$/.test(f));
  assert.deepEqual(listed.sort(), site.filter(precached).sort());
});

test('served from a sub-path of a plain static server, the folder works, also offline', NEEDS_DIST, async () => {
  const server = await serveFolder(distDir, '/tools/permit/');
  try {
    await withPage({ locale: 'nb' }, async (page, { context, consoleErrors, requests }) => {
      await fixToday(context);
      await page.goto(server.url);
      await waitForApp(page);
      await waitForOfflineCopy(page, server.url);
      assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), server.url);
      for (const r of requests) assert.ok(r.url.startsWith(server.url), `${r.url} is under ${server.url}`);
      for (const r of server.requests) assert.ok(r.path.startsWith('/tools/permit/'), `${r.path} asked of the server`);
      const wasm = server.requests.find((r) => r.path.endsWith('/app_bg.wasm'));
      assert.equal(wasm?.encoding, 'gzip', 'the pre-compressed sibling was sent and worked');

      await context.setOffline(true);
      await page.reload();
      await waitForApp(page);
      const nb = await catalog(server.url, 'nb');
      assert.equal(plain(await page.textContent('#main h1')), plain(nb['q-start']));
      const summary = await travelCheck(page);
      assert.match(summary, /^Innenfor grensene: .*22 dager.*182 dager.*31\. desember 2026/, summary);
      assert.deepEqual(consoleErrors, []);
    });
  } finally {
    await server.close();
  }
});

test('a new release: its worker waits, the page offers to reload, the old cache goes', NEEDS_DIST, async () => {
  const copy = await mkdtemp(join(tmpdir(), 'permit-check-release-'));
  await cp(distDir, copy, { recursive: true });
  const server = await serveFolder(copy, '/app/');
  try {
    await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
      await page.goto(server.url);
      await waitForApp(page);
      await waitForOfflineCopy(page, server.url);
      const first = await readFile(join(copy, 'sw.js'), 'utf8');
      assert.deepEqual(await page.evaluate(() => caches.keys()), [cacheName(server.url, first)]);
      assert.equal(await page.isVisible('#update-bar'), false, 'no offer while nothing is new');

      // Release 2, as `cargo xtask dist` would write it: a file changes, so sw.js changes.
      await appendFile(join(copy, 'style/app.css'), '\n/* release 2 */\n');
      const second = first.replace(/const VERSION = '[0-9a-f]{16}';/, "const VERSION = 'feedfacefeedface';");
      await writeFile(join(copy, 'sw.js'), second);
      for (const f of ['style/app.css', 'sw.js']) {
        for (const ext of ['.br', '.gz']) if (existsSync(join(copy, f + ext))) await rm(join(copy, f + ext));
      }

      await page.reload();
      await waitForApp(page);
      await page.waitForSelector('#update-bar', { timeout: 30000 });
      const en = await catalog(server.url, 'en');
      assert.equal(plain(await page.textContent('#update-text')), plain(en['update-ready']));
      // The old version still runs until the reader chooses.
      assert.doesNotMatch(await page.evaluate(async () => (await fetch('style/app.css')).text()), /release 2/);

      await Promise.all([page.waitForEvent('load'), page.click('#update-reload')]);
      await waitForApp(page);
      await page.waitForFunction(async () => (await caches.keys()).length === 1 && (await caches.keys())[0].endsWith('feedfacefeedface'));
      assert.deepEqual(await page.evaluate(() => caches.keys()), [cacheName(server.url, second)]);
      assert.match(await page.evaluate(async () => (await fetch('style/app.css')).text()), /release 2/);
      assert.equal(await page.isVisible('#update-bar'), false);
      assert.deepEqual(consoleErrors, []);
    });
  } finally {
    await server.close();
    await rm(copy, { recursive: true, force: true });
  }
});
