// The page around the app, in a real browser (issues #13 and #15): the static first view
// (index.html with boot.js) before the wasm runs, in the detected language; the start question in
// the first phone screen with nothing chosen; "Exit this page" (a plain link that replaces the
// page, works without JavaScript, and Shift pressed three times with its progress shown); the
// guided flow never adds a browser-history entry; the sticky Exit bar never covers the focused
// element; the language menu with thirteen languages on a 320 px screen, switching without a
// reload; nothing wider than a 320 px screen in any language; and a message in the reader's
// language when the app cannot load.
//
// The words expected are read from the served catalogs (pkg/<tag>.ftl), not from the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, useBrowser } from './lib.mjs';
import {
  LANGUAGES,
  RTL,
  catalog,
  plain,
  fill,
  fixToday,
  waitForApp,
  continueOn,
  choose,
  waitForStep,
  typeDate,
  travelCheck,
  TRAVEL_CASE,
  SITUATION,
} from './pwa-lib.mjs';

const withPage = useBrowser();

const PHONE = { width: 360, height: 780 };
const NARROW = { width: 320, height: 640 };
const EXIT_URL = 'https://www.yr.no/';
const origin = new URL(baseUrl).origin;

/** The start question's options, in order (src/flow/answers.rs `Situation::ALL`). */
const START_OPTIONS = ['q-start-asylum-seeker', 'q-start-temporary-permit', 'q-start-collective-protection', 'q-start-permanent-permit', 'q-start-helper'];

/**
 * Answers the neutral site locally (a tiny page), so that no test reaches another host; any
 * other foreign request is refused and recorded in the returned list.
 */
async function answerExitLocally(page) {
  const foreign = [];
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      const url = route.request().url();
      if (url.startsWith(EXIT_URL)) {
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' });
      }
      foreign.push(url);
      return route.abort();
    },
  );
  return foreign;
}

/**
 * Holds every .wasm request (the app never starts) until `release()` lets them through: the page
 * shows what index.html and boot.js show by themselves. `asked` resolves once the first .wasm
 * has been asked for (boot.js is then running and waiting for the app).
 */
async function holdWasm(page) {
  const routes = [];
  let released = false;
  let asked;
  const first = new Promise((resolve) => {
    asked = resolve;
  });
  await page.route('**/*.wasm', (route) => {
    if (released) return route.continue();
    routes.push(route);
    asked();
    return undefined;
  });
  const timeout = new Promise((_, reject) => {
    setTimeout(() => reject(new Error('the page never asked for the wasm')), 20_000).unref();
  });
  return {
    asked: Promise.race([first, timeout]),
    release: async () => {
      released = true;
      for (const r of routes.splice(0)) await r.continue();
    },
  };
}

/** The parts of the first view that must be in the first screen, and whether they are. */
async function firstScreen(page) {
  return page.evaluate(() => {
    const { innerWidth: w, innerHeight: h } = window;
    const inside = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= h && r.right <= w;
    };
    const heading = document.querySelector('#main h1');
    const radios = [...document.querySelectorAll('#main input[type="radio"][name="q-start"]')];
    return {
      scrollY: window.scrollY,
      heading: heading ? inside(heading) : null,
      radios: radios.map((r) => (inside(r) ? 'in' : `out (${r.id}: bottom ${Math.round(r.getBoundingClientRect().bottom)} > ${h})`)),
      checked: radios.filter((r) => r.checked).map((r) => r.id),
    };
  });
}

const htmlLangDir = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
const dirOf = (tag) => (RTL.includes(tag) ? 'rtl' : 'ltr');
const historyLength = (page) => page.evaluate(() => history.length);

// ------------------------------------------------------------------------ the static first view

test('before the wasm runs, the first view is in the detected language: title, language, Exit, the start question, a loading line', async () => {
  // prs is Dari's ISO 639-3 code (what some browsers send for Dari); fa-AF is its BCP 47 tag.
  for (const [locale, tag] of [['en-GB', 'en'], ['ar', 'ar'], ['ti-ER', 'ti'], ['prs', 'fa-AF'], ['fa-AF', 'fa-AF'], ['uk-UA', 'uk']]) {
    await withPage({ locale, viewport: PHONE }, async (page, { consoleErrors }) => {
      const words = await catalog(baseUrl, tag);
      const wasm = await holdWasm(page);
      await page.goto(baseUrl);
      await wasm.asked;
      const where = `${locale} (${tag})`;
      assert.ok(await page.$('#static-start'), `${where}: the static start question is what shows`);

      assert.deepEqual(await htmlLangDir(page), [tag, dirOf(tag)], `${where}: <html lang dir>`);
      assert.equal(plain(await page.title()), plain(words['app-name']), `${where}: the title`);
      assert.equal(plain(await page.textContent('.app-name')), plain(words['app-name']), `${where}: the name on the page`);
      assert.equal(plain(await page.textContent('#exit')), plain(words['exit-link']), `${where}: the Exit link`);
      assert.equal(await page.getAttribute('#exit', 'href'), EXIT_URL);
      assert.equal(
        plain(await page.textContent('#lang-menu summary')),
        plain(`${words['language-choose']}: ${words['language-name']}`),
        `${where}: the language choice names the language in use`,
      );
      assert.equal(plain(await page.textContent('#main h1')), plain(words['q-start']), `${where}: the start question`);
      const labels = (await page.locator('#static-start .radio-label').allTextContents()).map(plain);
      assert.deepEqual(labels, START_OPTIONS.map((id) => plain(words[id])), `${where}: the options`);
      assert.equal(plain(await page.textContent('#static-start button[type="submit"]')), plain(words.continue), `${where}: Continue`);

      // In the first phone screen, nothing chosen.
      const screen = await firstScreen(page);
      assert.equal(screen.scrollY, 0);
      assert.equal(screen.heading, true, `${where}: the question is in the first 360×780 screen`);
      assert.deepEqual(screen.radios, START_OPTIONS.map(() => 'in'), `${where}: every option is in the first screen`);
      assert.deepEqual(screen.checked, [], `${where}: no option is chosen on a fresh start`);

      // Usable: an option can be chosen; Continue says the checks are loading, in the language.
      assert.equal(await page.isVisible('#boot-status'), false, 'no loading line before Continue');
      await page.check('#q-start-2');
      assert.equal(await page.isChecked('#q-start-2'), true);
      await page.click('#static-start button[type="submit"]');
      await page.waitForSelector('#boot-status', { state: 'visible' });
      assert.equal(plain(await page.textContent('#boot-status')), plain(words['boot-loading']), `${where}: the loading line`);
      assert.equal(page.url(), baseUrl, 'Continue does not leave the page');
      assert.deepEqual(consoleErrors, []);
    });
  }
});

test('in every language the start page fits a phone: question and options in the first 360×780 screen, nothing wider than 320 px, before and after the app starts', async () => {
  const problems = [];
  for (const tag of LANGUAGES) {
    await withPage({ locale: tag, viewport: PHONE }, async (page) => {
      const wasm = await holdWasm(page);
      await page.goto(baseUrl);
      await wasm.asked;
      for (const stage of ['static', 'app']) {
        if (stage === 'app') {
          await wasm.release();
          await waitForApp(page);
        }
        const [lang, dir] = await htmlLangDir(page);
        if (lang !== tag || dir !== dirOf(tag)) problems.push(`${tag} ${stage}: <html lang="${lang}" dir="${dir}">`);
        await page.setViewportSize(PHONE);
        const screen = await firstScreen(page);
        if (screen.heading !== true) problems.push(`${tag} ${stage}: the question (#main h1) is not in the first 360×780 screen`);
        for (const r of screen.radios.filter((r) => r !== 'in')) problems.push(`${tag} ${stage}: at 360×780 option ${r}`);
        if (screen.checked.length) problems.push(`${tag} ${stage}: ${screen.checked} checked on a fresh start`);
        await page.setViewportSize(NARROW);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > NARROW.width) problems.push(`${tag} ${stage}: at 320 px the start page is ${width} px wide`);
      }
    });
  }
  assert.deepEqual(problems, []);
});

// ------------------------------------------------------------------------------ the language menu

test('the language menu at 320 px: thirteen languages, each named in its own script, each switching text, lang and dir without a reload', async () => {
  await withPage({ locale: 'en', viewport: NARROW }, async (page, { consoleErrors }) => {
    await page.goto(baseUrl);
    await waitForApp(page);
    const buttons = await page.$$eval('#lang-list button', (bs) =>
      bs.map((b) => ({ tag: b.dataset.lang, lang: b.lang, dir: b.dir, name: b.textContent.trim() })),
    );
    assert.deepEqual(buttons.map((b) => b.tag).sort(), [...LANGUAGES].sort(), 'one button per language');
    for (const b of buttons) {
      const words = await catalog(baseUrl, b.tag);
      assert.equal(b.lang, b.tag, `${b.tag}: the button's lang`);
      assert.equal(b.dir, dirOf(b.tag), `${b.tag}: the button's dir`);
      assert.equal(b.name, plain(words['language-name']), `${b.tag}: named in its own language`);
    }

    // No reload: a mark left on the window survives every switch.
    await page.evaluate(() => {
      window.__sameDocument = true;
    });
    const problems = [];
    // Every language, ending with English again.
    for (const tag of [...LANGUAGES.slice(1), 'en']) {
      const words = await catalog(baseUrl, tag);
      await page.click('#lang-menu summary');
      await page.waitForSelector('#lang-list', { state: 'visible' });
      const boxes = await page.$$eval('#lang-list button', (bs) =>
        bs.map((b) => {
          const r = b.getBoundingClientRect();
          return { tag: b.dataset.lang, left: Math.round(r.left), right: Math.round(r.right) };
        }),
      );
      const outside = boxes.filter((b) => b.left < 0 || b.right > NARROW.width);
      if (outside.length) {
        const spans = [...new Set(outside.map((b) => `${b.left}…${b.right}`))].join(', ');
        problems.push(
          `menu opened in ${await page.evaluate(() => document.documentElement.lang)}: ${outside.length} of 13 buttons span x ${spans}, not inside the 320 px screen`,
        );
      }
      // Chosen as a person would; a button outside the screen still gets the click, so that the
      // rest is tested too (its position is reported above).
      const button = page.locator(`#lang-list button[data-lang="${tag}"]`);
      const box = boxes.find((b) => b.tag === tag);
      if (box.left >= 0 && box.right <= NARROW.width) await button.click();
      else await button.evaluate((b) => b.click());
      await page.waitForFunction(
        ({ tag, heading }) =>
          document.documentElement.lang === tag &&
          (document.querySelector('#main h1')?.textContent || '').replace(/[\u2066-\u2069]/g, '').trim() === heading,
        { tag, heading: plain(words['q-start']) },
      );
      assert.deepEqual(await htmlLangDir(page), [tag, dirOf(tag)], tag);
      assert.equal(plain(await page.title()), plain(words['app-name']), `${tag}: the title`);
      assert.equal(plain(await page.textContent('#exit')), plain(words['exit-link']), `${tag}: the Exit link`);
      assert.equal(plain(await page.textContent('#lang-current')), plain(words['language-name']), `${tag}: the menu names it`);
      assert.equal(await page.getAttribute(`#lang-list button[data-lang="${tag}"]`, 'aria-current'), 'true');
      assert.equal(await page.locator('#lang-list button[aria-current="true"]').count(), 1);
      assert.equal(await page.evaluate(() => document.getElementById('lang-menu').open), false, `${tag}: the menu closes`);
      assert.equal(await page.evaluate(() => window.__sameDocument), true, `${tag}: no reload`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > NARROW.width) problems.push(`${tag}: the start page is ${width} px wide after switching`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(consoleErrors, []);
  });
});

// ------------------------------------------------------------------------------ exit this page

test('Exit replaces the page: the tab\'s history does not grow and Back does not bring the app back', async () => {
  await withPage({ locale: 'en', viewport: PHONE }, async (page, { consoleErrors }) => {
    const foreign = await answerExitLocally(page);
    await page.goto(baseUrl);
    await waitForApp(page);
    // A plain link, first on the page.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'exit', 'Exit is the first thing Tab reaches');
    // Somewhere in a check.
    await choose(page, 'start', SITUATION.permanentPermit);
    await continueOn(page);
    await page.waitForSelector('#main form.step[data-step="want"]');
    const before = await historyLength(page);

    await Promise.all([page.waitForURL(EXIT_URL), page.click('#exit')]);
    assert.equal(await page.title(), 'Weather');
    assert.equal(await historyLength(page), before, 'Exit added no history entry (location.replace)');
    await page.goBack();
    assert.ok(!page.url().startsWith(baseUrl), `Back after Exit went to ${page.url()}`);
    assert.equal(await page.$('#main'), null, 'the app is not shown again');
    assert.deepEqual(foreign, []);
    assert.deepEqual(consoleErrors, []);
  });
});

test('Exit works with JavaScript switched off: the link goes to its address', async () => {
  await withPage({ locale: 'en', viewport: PHONE, javaScriptEnabled: false }, async (page) => {
    const foreign = await answerExitLocally(page);
    await page.goto(baseUrl);
    assert.equal(await page.isVisible('#exit'), true);
    // Without JavaScript the page says why the checks cannot run (the static page is in English).
    assert.equal(plain(await page.textContent('main .boot-message')), plain((await catalog(baseUrl, 'en')).noscript));
    assert.equal(await page.isVisible('main .boot-message'), true);
    await Promise.all([page.waitForURL(EXIT_URL), page.click('#exit')]);
    assert.equal(await page.title(), 'Weather');
    assert.equal(await page.textContent('p'), 'Weather');
    assert.deepEqual(foreign, []);
  });
});

test('Shift pressed three times exits, with the count shown after the first and the second press', async () => {
  for (const tag of ['en', 'ar']) {
    await withPage({ locale: tag, viewport: PHONE }, async (page, { consoleErrors }) => {
      const words = await catalog(baseUrl, tag);
      const progress = (n) => plain(fill(words['exit-progress'], { n }));
      const foreign = await answerExitLocally(page);
      await page.goto(baseUrl);
      await waitForApp(page);
      const before = await historyLength(page);
      assert.equal(await page.isVisible('#exit-progress'), false, 'no progress before any press');

      await page.keyboard.press('Shift');
      assert.equal(await page.isVisible('#exit-progress'), true, `${tag}: shown after the first press`);
      assert.equal(plain(await page.textContent('#exit-progress')), progress(1));
      await page.keyboard.press('Shift');
      assert.equal(plain(await page.textContent('#exit-progress')), progress(2));
      assert.equal(await page.isVisible('#exit-progress'), true);

      // Another key in between starts the count again (typing a capital letter is no exit).
      await page.keyboard.press('x');
      assert.equal(await page.isVisible('#exit-progress'), false, 'another key resets the count');
      await page.keyboard.press('Shift');
      assert.equal(plain(await page.textContent('#exit-progress')), progress(1));
      await page.keyboard.press('Shift');
      assert.equal(page.url(), baseUrl, 'two presses do not exit');

      await Promise.all([page.waitForURL(EXIT_URL), page.keyboard.press('Shift')]);
      assert.equal(await historyLength(page), before, 'no history entry added');
      await page.goBack();
      assert.ok(!page.url().startsWith(baseUrl), `Back after Exit went to ${page.url()}`);
      assert.deepEqual(foreign, []);
      assert.deepEqual(consoleErrors, []);
    });
  }
});

// ------------------------------------------------------------------------ the flow and history

test('moving through the guided flow, forward and with the app\'s Back link, adds no browser-history entry', async () => {
  await withPage({ locale: 'en', viewport: PHONE }, async (page, { context, consoleErrors }) => {
    await fixToday(context);
    await page.goto(baseUrl);
    await waitForApp(page);
    const arrival = await historyLength(page);
    const seen = [];
    const check = async (where) => {
      seen.push(where);
      assert.equal(await historyLength(page), arrival, `history.length on ${where}`);
      assert.equal(page.url(), baseUrl, `the address stays the same on ${where}`);
    };
    // Forward through every page of a travel-limits check (eight moves); on first arrival no
    // question has an answer chosen.
    const summary = await travelCheck(page, {
      onPage: async (where) => {
        await check(where);
        if (['start', 'want', 'permit-basis'].includes(where)) {
          assert.equal(await page.locator('#main input[type="radio"]:checked').count(), 0, `nothing chosen on ${where}`);
        }
      },
    });
    assert.equal(summary, TRAVEL_CASE.expectedEn);

    // The app's own Back link, three times.
    const back = async (selector, where) => {
      await page.click('#main button.back-link');
      await page.waitForSelector(selector);
      await check(`back to ${where}`);
    };
    await back('#main .summary-list', 'check your answers');
    await back('#main form.step[data-step="trip"]', 'the trip');
    await back('#main form.step[data-step="stays"]', 'the stays');
    assert.equal(await page.locator('#main .stay').count(), 1, 'the stay is kept');
    // Forward again, a Change link, and back to the answer.
    await continueOn(page);
    await waitForStep(page, 'trip');
    assert.equal(await page.inputValue('#trip-from-day'), '1', 'the answers are kept');
    await check('the trip again');
    await continueOn(page);
    await page.waitForSelector('#main .summary-list');
    await check('check your answers again');
    await page.click('#main .summary-row[data-step="permit-basis"] .summary-actions button');
    await waitForStep(page, 'permit-basis');
    assert.equal(await page.isChecked(`#q-permit-basis-${TRAVEL_CASE.basis}`), true);
    await check('a Change link');
    await continueOn(page);
    await page.waitForSelector('#main .summary-list');
    await check('back from the Change link');
    await page.click('#main > .button-row > button.button');
    await page.waitForSelector('#result-summary');
    await check('the answer again');
    assert.ok(seen.length >= 10, `${seen.length} pages`);
    assert.deepEqual(consoleErrors, []);
  });
});

test('the sticky Exit bar never covers the focused element (Tab and Shift+Tab through a question page at 360×780)', async () => {
  await withPage({ locale: 'en', viewport: PHONE }, async (page, { context }) => {
    await fixToday(context);
    await page.goto(baseUrl);
    await waitForApp(page);
    // The stays page with one stay open: the tallest question page of the check.
    await choose(page, 'start', SITUATION.temporaryPermit);
    await continueOn(page);
    await page.waitForSelector('#main form.step[data-step="want"]');
    await choose(page, 'want', 0);
    await continueOn(page);
    await waitForStep(page, 'permit-basis');
    await choose(page, 'permit-basis', TRAVEL_CASE.basis);
    await continueOn(page);
    await waitForStep(page, 'permit-dates');
    await typeDate(page, 'q-permit-dates-from', TRAVEL_CASE.permitFrom);
    await typeDate(page, 'q-permit-dates-until', TRAVEL_CASE.permitUntil);
    await continueOn(page);
    await waitForStep(page, 'residence-since');
    await continueOn(page);
    await waitForStep(page, 'stays');
    await page.click('#main .stays > button.button-secondary');
    await page.waitForSelector('#stay-0-from-day');
    const tall = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(tall > 2 * PHONE.height, `the page scrolls (${tall} px), so the test means something`);

    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const r = el.getBoundingClientRect();
        const bar = document.querySelector('.exit-bar').getBoundingClientRect();
        const covered = !el.closest('.exit-bar') && r.bottom > bar.top && r.top < bar.bottom && r.right > bar.left && r.left < bar.right;
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent || '').trim().slice(0, 30)}"`;
        return { name, covered, top: Math.round(r.top), bar: Math.round(bar.bottom) };
      });
    const problems = [];
    let visited = 0;
    for (const key of ['Tab', 'Shift+Tab']) {
      await page.evaluate(() => document.activeElement?.blur());
      if (key === 'Shift+Tab') await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      for (let i = 0; i < 80; i += 1) {
        await page.keyboard.press(key);
        const f = await focused();
        if (!f) {
          if (i > 0) break;
          continue;
        }
        visited += 1;
        if (f.covered) problems.push(`${key}: ${f.name} at top ${f.top}, under the Exit bar (bottom ${f.bar})`);
      }
    }
    assert.ok(visited >= 20, `${visited} elements focused`);
    assert.deepEqual(problems, []);
  });
});

// ------------------------------------------------------------------------------- cannot start

test('if the app cannot load, a message in the reader\'s language says so', async () => {
  for (const [locale, tag] of [['nb-NO', 'nb'], ['ar', 'ar'], ['ti', 'ti']]) {
    await withPage({ locale, viewport: PHONE }, async (page) => {
      const words = await catalog(baseUrl, tag);
      await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: '' }));
      await page.goto(baseUrl);
      await page.waitForSelector('#boot-status', { state: 'visible' });
      assert.equal(plain(await page.textContent('#boot-status')), plain(words['boot-failed']), tag);
      assert.equal(await page.getAttribute('#boot-status', 'role'), 'alert', 'announced at once');
      assert.deepEqual(await htmlLangDir(page), [tag, dirOf(tag)]);
      // The rest of the first view still works: Exit is there.
      assert.equal(await page.isVisible('#exit'), true);
    });
  }
});

// ------------------------------------------------------------------ made live when the person acts

/** Whether the app has taken over <main> (the static first view is gone). */
const appIsLive = (page) => page.evaluate(() => !document.getElementById('static-start') && !!document.querySelector('#main form.step.start'));

test('the app is made live at the first thing the person does, not while the page loads; the option they chose and the focus on it are kept', async () => {
  // Loaded and left alone: the app's code is fetched, but the static first view stays.
  await withPage({ locale: 'en', viewport: PHONE }, async (page, { consoleErrors }) => {
    await page.goto(baseUrl);
    // The app's code is loaded and ready (boot.js marks <html data-app="loaded">) ...
    await page.waitForSelector('html[data-app="loaded"]');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(300);
    // ... and yet, nothing done, the static first view is still the page.
    assert.equal(await appIsLive(page), false, 'nothing done yet: the static first view is still the page');
    assert.equal(await page.getAttribute('html', 'data-app'), 'loaded');
    assert.equal(await page.isHidden('#footer-links'), true);

    // By keyboard: focus on the third option, an arrow key chooses the fourth; the app takes
    // over with that option chosen and the focus still on it.
    await page.focus('#q-start-2');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => !document.getElementById('static-start'));
    await page.waitForSelector('#footer-links:not([hidden])');
    assert.equal(await appIsLive(page), true);
    assert.equal(await page.isChecked('#q-start-3'), true, 'the option chosen on the static page is chosen in the app');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q-start-3', 'the focus stays on it');
    assert.deepEqual(consoleErrors, []);
  });

  // By a tap on an option's label (a touch phone): chosen, and kept when the app takes over.
  await withPage({ locale: 'ar', viewport: PHONE, hasTouch: true, isMobile: true }, async (page, { consoleErrors }) => {
    const wasm = page.waitForResponse((r) => r.url().endsWith('/pkg/app_bg.wasm'));
    await page.goto(baseUrl);
    await wasm;
    await page.tap('label[for="q-start-1"]');
    await page.waitForFunction(() => !document.getElementById('static-start'));
    assert.equal(await page.isChecked('#q-start-1'), true, 'the tapped option is chosen in the app');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    // Continue goes on from it (temporary permit: what do you want to know).
    await page.click('#main form.start button[type="submit"]');
    await page.waitForSelector('#main form.step[data-step="want"]');
    assert.deepEqual(consoleErrors, []);
  });
});

test('a press under way is not cut: the app waits until the mouse is released, and the option pressed is the one chosen', async () => {
  await withPage({ locale: 'en', viewport: PHONE }, async (page, { consoleErrors }) => {
    const wasm = await holdWasm(page);
    await page.goto(baseUrl);
    await wasm.asked;
    const label = await page.locator('label[for="q-start-2"]').boundingBox();
    // The mouse comes over the page (that wakes the app) and presses on an option's label.
    await page.mouse.move(label.x + 10, label.y + label.height / 2);
    await page.mouse.down();
    await wasm.release();
    await page.waitForSelector('html[data-app="loaded"]');
    await page.waitForTimeout(500);
    assert.equal(await appIsLive(page), false, 'not replaced while the mouse is down');
    await page.mouse.up();
    await page.waitForSelector('html[data-app="live"]');
    assert.equal(await appIsLive(page), true);
    assert.equal(await page.isChecked('#q-start-2'), true, 'the option pressed is chosen in the app');
    assert.deepEqual(consoleErrors, []);
  });
});

test('by keyboard alone: the first key wakes the app; the focus stays where it was, on Exit or on Continue', async () => {
  // Tab from the top of the page goes to Exit (outside <main>): the app goes live, Exit keeps
  // the focus, nothing is chosen.
  await withPage({ locale: 'ti', viewport: PHONE }, async (page, { consoleErrors }) => {
    await page.goto(baseUrl);
    await page.waitForSelector('html[data-app="loaded"]');
    await page.keyboard.press('Tab');
    await page.waitForSelector('html[data-app="live"]');
    assert.equal(await appIsLive(page), true);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'exit');
    assert.equal(await page.locator('#main input[name="q-start"]:checked').count(), 0);
    assert.deepEqual(consoleErrors, []);
  });
  // On the static Continue while the app was still loading: on the app's Continue after.
  await withPage({ locale: 'en', viewport: PHONE }, async (page, { consoleErrors }) => {
    const wasm = await holdWasm(page);
    await page.goto(baseUrl);
    await wasm.asked;
    await page.focus('#static-start button[type="submit"]');
    await page.keyboard.press('Control');
    await wasm.release();
    await page.waitForSelector('html[data-app="live"]');
    assert.equal(await page.evaluate(() => document.activeElement?.matches('#main form.start button[type="submit"]')), true, 'the focus is on the app\'s Continue');
    assert.deepEqual(consoleErrors, []);
  });
});

test('a language chosen while the app is starting is the one it shows', async () => {
  await withPage({ locale: 'en', viewport: PHONE }, async (page, { consoleErrors }) => {
    // The English words are held back, so the app is still starting when Ukrainian is chosen.
    let releaseWords;
    const held = new Promise((r) => {
      releaseWords = r;
    });
    await page.route('**/pkg/en.ftl', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(baseUrl);
    await page.waitForSelector('html[data-app="loaded"]');
    await page.mouse.move(5, 5);
    await page.click('#lang-menu > summary');
    await page.click('#lang-list button[data-lang="uk"]');
    releaseWords();
    await page.waitForSelector('html[data-app="live"]');
    const words = await catalog(baseUrl, 'uk');
    await page.waitForFunction((t) => document.querySelector('#main h1')?.textContent.includes(t), plain(words['q-start']).slice(0, 12));
    assert.deepEqual(await htmlLangDir(page), ['uk', 'ltr']);
    assert.deepEqual(consoleErrors, []);
  });
});

test('Continue pressed on the static page with nothing chosen: once the app runs, it says what is missing, as its own Continue does', async () => {
  await withPage({ locale: 'so', viewport: PHONE }, async (page, { consoleErrors }) => {
    const words = await catalog(baseUrl, 'so');
    const wasm = await holdWasm(page);
    await page.goto(baseUrl);
    await wasm.asked;
    await page.click('#static-start button[type="submit"]');
    await wasm.release();
    await page.waitForSelector('#error-summary');
    assert.equal(await appIsLive(page), true);
    assert.equal(plain(await page.textContent('#error-summary a')), plain(words['start-choose-one']), 'the problem, in the language');
    await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
    assert.deepEqual(consoleErrors, []);
  });
});

test('answers remembered on this phone make the app live at once, to show them', async () => {
  await withPage({ locale: 'en', viewport: PHONE }, async (page, { context, consoleErrors }) => {
    // What "Remember my answers" keeps (src/flow/document.rs): a helper, at the second question.
    const doc = {
      format: 'permit-check-answers',
      version: 2,
      language: 'nb',
      answers: { start: { reply: 'is', value: 'helper' } },
    };
    await context.addInitScript(({ key, text }) => {
      if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, text);
    }, { key: 'notes' + new URL('./', baseUrl).pathname, text: JSON.stringify(doc) });
    await page.goto(baseUrl);
    // Nothing done on the page: the app starts by itself, in the remembered language, with the
    // remembered answer chosen.
    await page.waitForFunction(() => !document.getElementById('static-start') && document.querySelector('#q-start-4')?.checked, null, { timeout: 15_000 });
    assert.deepEqual(await htmlLangDir(page), ['nb', 'ltr']);
    assert.equal(await page.isVisible('#footer-links'), true);
    assert.deepEqual(consoleErrors, []);
  });
});

test('the static first view is the app\'s start page: the same elements, ids, classes, labels and hints, in English and in Arabic; its "Other checks" opens that page', async () => {
  // What a person and a screen reader get from <main>: each element with its classes, the
  // attributes that name or tie it, and its own text. Left out: what only boot.js uses (the
  // static ids, the radio values, data-msg), the loading line and <noscript>.
  const shape = (page) =>
    page.evaluate(() => {
      const keep = ['id', 'for', 'type', 'name', 'role', 'aria-describedby', 'data-step', 'novalidate', 'tabindex'];
      const out = [];
      const walk = (el, depth) => {
        if (el.tagName === 'NOSCRIPT' || el.id === 'boot-status') return;
        const attrs = keep
          .filter((a) => el.hasAttribute(a) && !(a === 'id' && el.id.startsWith('static-')))
          .map((a) => `${a}=${el.getAttribute(a)}`);
        const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();
        out.push(`${'  '.repeat(depth)}${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${attrs.join(' ')} ${own}`.trimEnd());
        for (const c of el.children) walk(c, depth + 1);
      };
      for (const c of document.getElementById('main').children) walk(c, 0);
      return out;
    });
  for (const [locale, tag] of [['en', 'en'], ['ar', 'ar']]) {
    await withPage({ locale, viewport: PHONE }, async (page, { consoleErrors }) => {
      const wasm = await holdWasm(page);
      await page.goto(baseUrl);
      await wasm.asked;
      const before = await shape(page);
      await wasm.release();
      await waitForApp(page);
      const after = await shape(page);
      assert.deepEqual(before, after, `${tag}: the static first view and the app's start page differ`);
      assert.ok(before.length > 20, `${tag}: ${before.length} elements compared`);
      assert.deepEqual(consoleErrors, []);
    });
  }
  // "Other checks" pressed before the app runs: the list of every check, once it does.
  await withPage({ locale: 'en', viewport: PHONE }, async (page, { consoleErrors }) => {
    const wasm = await holdWasm(page);
    await page.goto(baseUrl);
    await wasm.asked;
    const entries = await historyLength(page);
    await page.click('#static-other-checks');
    await page.waitForSelector('#boot-status', { state: 'visible' });
    await wasm.release();
    await page.waitForFunction(() => !document.getElementById('static-start'));
    const words = await catalog(baseUrl, 'en');
    await page.waitForFunction(() => document.querySelector('#main h1'));
    assert.equal(plain(await page.textContent('#main h1')), plain(words['other-checks-title'] ?? ''), 'the page of every check');
    assert.equal(await historyLength(page), entries, 'no history entry');
    assert.deepEqual(consoleErrors, []);
  });
});
