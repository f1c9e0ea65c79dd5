// "Nothing you type leaves your phone", tested in a real browser: filling in every checker makes
// no request to another host and, after start-up, no request that could carry an answer (no
// query string, nothing but GETs of the app's own files); the Content-Security-Policy is in force
// and nothing on any tab breaks it; nothing is written to the device unless the user asks; and
// the privacy statement says what is stored, where and for how long.
//
// The deployable folder (with its real service worker) is used when PERMIT_CHECK_DIST is set, as
// `cargo xtask test` does; otherwise the site at PERMIT_CHECK_URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baseUrl, launch, openPage, foreignRequests } from './lib.mjs';
import {
  waitForApp,
  waitForServiceWorker,
  importFile,
  fullDocument,
  fillOpenPanel,
  deviceStorage,
  workerFiles,
  cacheName,
  distDir,
  serveFolder,
} from './pwa-lib.mjs';

const TABS = ['temporary-regulation', 'permanent-permit', 'travel-limits', 'work-permit', 'guides'];

let browser;
let server;
/** Where the site under test is, and its service worker's source when it is the real one. */
let base = baseUrl;
let workerSource = null;

before(async () => {
  browser = await launch();
  if (distDir) {
    server = await serveFolder(distDir, '/permit/');
    base = server.url;
    workerSource = await readFile(join(distDir, 'sw.js'), 'utf8');
  }
});
after(async () => {
  await browser?.close();
  await server?.close();
});

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

/** The app's address for a request URL, relative to the site. */
const relative = (url) => {
  const path = url.slice(base.length);
  return path === '' || path === 'index.html' ? './' : path;
};

test('filling in every checker sends nothing anywhere and stores nothing on the device', async () => {
  const { context, page, consoleErrors, requests } = await openPage(browser, { locale: 'en' });
  await watchCsp(context);
  try {
    await page.goto(base);
    await waitForApp(page);
    if (workerSource) await waitForServiceWorker(page);
    await page.waitForLoadState('networkidle');
    const startup = requests.length;

    // Every tab, as a user fills it in, then every answer of every checker from a file.
    const filled = [];
    for (const slug of TABS) {
      await page.click(`#tab-${slug}`);
      filled.push(await fillOpenPanel(page));
    }
    await importFile(page, fullDocument());
    for (const slug of TABS) await page.click(`#tab-${slug}`);
    await page.click('#data-print');
    await page.waitForSelector('#summary .summary-checker .criterion');
    await page.click('.lang-button[lang="nb"]');
    await page.click('.lang-button[lang="uk"]');
    await page.click('.lang-button[lang="en"]');
    await page.waitForTimeout(500);

    assert.deepEqual(foreignRequests(requests, base), [], 'no request to another host');
    for (const r of requests) {
      assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
      assert.ok(!r.url.includes('?'), `no query string: ${r.url}`);
      assert.ok(r.url.startsWith(base), `${r.url} is part of the site`);
    }
    const later = requests.slice(startup).map((r) => r.url);
    if (workerSource) {
      // After start-up only the app's own files may be asked for (none carries an answer).
      const files = workerFiles(workerSource);
      for (const url of later) assert.ok(files.includes(relative(url)), `after start-up: ${url}`);
    }
    for (const url of later) {
      for (const typed of ['1990', '2004', '2023', '2027', 'individual', 'humanitarian']) {
        assert.ok(!url.includes(typed), `${url} carries no answer`);
      }
    }

    // Nothing was written: no cookie, no storage, no database; only the app's own files cached.
    const stored = await deviceStorage(page);
    assert.deepEqual(stored.local, {});
    assert.equal(stored.session, 0);
    assert.equal(stored.cookie, '');
    assert.deepEqual(stored.databases, []);
    assert.deepEqual(stored.caches, workerSource ? [cacheName(base, workerSource)] : []);

    assert.deepEqual(await violations(page), [], 'no Content-Security-Policy violation');
    assert.deepEqual(consoleErrors, []);
    console.log(`filled in by hand: ${JSON.stringify(filled)}; requests after start-up: ${later.length}`);
  } finally {
    await context.close();
  }
});

test('the Content-Security-Policy allows only the app itself, and is in force', async () => {
  const { context, page, requests } = await openPage(browser, { locale: 'en' });
  await watchCsp(context);
  try {
    await page.goto(base);
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
    // Nothing on any tab breaks it (Leptos sets no inline style; every style is in style/).
    for (const slug of TABS) await page.click(`#tab-${slug}`);
    assert.deepEqual(await violations(page), []);

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
      await new Promise((r) => setTimeout(r, 100));
      return { injected: window.__injected === true, colour, fetched };
    });
    assert.deepEqual(outcome, { injected: false, colour: 'rgb(11, 12, 12)', fetched: 'refused' });
    const seen = await violations(page);
    for (const directive of ['script-src-elem', 'style-src-attr', 'connect-src']) {
      assert.ok(seen.some((v) => v.startsWith(directive)), `${directive} refused: ${seen}`);
    }
    assert.deepEqual(foreignRequests(requests, base), [], 'the refused request never left');
  } finally {
    await context.close();
  }
});

test('the privacy statement says what is stored, where and for how long, in every language', async () => {
  const expected = {
    en: [/What is stored/, /Where/, /For how long/, /Nothing\. Your answers are only in this open page\./, /Until you close or reload the page\./],
    nb: [/Hva som lagres/, /Hvor/, /Hvor lenge/, /Ingenting\./, /Til du lukker eller laster inn siden på nytt\./],
    uk: [/Що зберігається/, /Де/, /Як довго/, /Нічого\./, /Доки ви не закриєте або не перезавантажите сторінку\./],
  };
  for (const [lang, patterns] of Object.entries(expected)) {
    const { context, page } = await openPage(browser, { locale: lang });
    try {
      await page.goto(base);
      await waitForApp(page);
      const text = await page.innerText('#your-data');
      for (const p of patterns) assert.match(text, p, `${lang}: ${p}`);
      if (lang === 'en') {
        await page.check('#data-remember');
        const on = await page.innerText('#your-data .privacy-facts');
        assert.match(on, /Your answers, your stays abroad, your planned trip and the language you chose/);
        assert.match(on, /In this browser's local storage on this device/);
        assert.match(on, /Until you press “Erase everything”, switch off “Remember my answers”, or clear this site's data/);
      }
    } finally {
      await context.close();
    }
  }
});
