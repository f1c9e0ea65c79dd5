// The app shell in a real browser: loading, tabs (mouse, keyboard, hash, history), the language
// switch, accessibility (axe), narrow screens, exit button, print styles, and that the page
// talks to no other host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, axe, foreignRequests, useBrowser } from './lib.mjs';

const TABS = ['temporary-regulation', 'permanent-permit', 'travel-limits', 'work-permit', 'guides'];
const LANGS = ['en', 'nb', 'uk'];
// A few words of the page in each language (the brief notice above the tabs).
const NOT_ADVICE = {
  en: 'Not legal advice.',
  nb: 'Ikke juridisk rådgivning.',
  uk: 'Це не юридична консультація.',
};

const withPage = useBrowser();

async function open(page, hash = '') {
  await page.goto(`${baseUrl}${hash}`);
  await page.waitForSelector('[role="tab"][aria-selected="true"]');
}

/** The slug of the selected tab, checked against everything that must agree with it. */
async function selectedTab(page) {
  return page.evaluate(() => {
    const tabs = [...document.querySelectorAll('[role="tab"]')];
    const selected = tabs.filter((t) => t.getAttribute('aria-selected') === 'true');
    if (selected.length !== 1) throw new Error(`${selected.length} tabs are selected`);
    const tab = selected[0];
    const panel = document.getElementById(tab.getAttribute('aria-controls'));
    const visible = [...document.querySelectorAll('[role="tabpanel"]')].filter((p) => !p.hidden);
    if (visible.length !== 1 || visible[0] !== panel) throw new Error('the visible panel is not the selected one');
    if (panel.getAttribute('aria-labelledby') !== tab.id) throw new Error('panel not labelled by its tab');
    const roving = tabs.map((t) => t.tabIndex);
    if (roving.filter((i) => i === 0).length !== 1 || tab.tabIndex !== 0) throw new Error(`tabindex ${roving}`);
    return tab.id.replace(/^tab-/, '');
  });
}

const hash = (page) => page.evaluate(() => location.hash);
const focusedTab = (page) =>
  page.evaluate(() => (document.activeElement?.getAttribute('role') === 'tab' ? document.activeElement.id.replace(/^tab-/, '') : null));

test('the page loads with no console error and asks no other host for anything', async () => {
  await withPage({ locale: 'en-GB' }, async (page, { consoleErrors, requests }) => {
    await open(page);
    await page.waitForLoadState('networkidle');
    assert.equal(await selectedTab(page), TABS[0]);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests(requests, baseUrl), []);
    // Every panel is there (aria-controls points at real elements), one is visible.
    assert.equal(await page.locator('[role="tabpanel"]').count(), TABS.length);
  });
});

test('every tab opens by click; the hash follows, reload keeps it, Back and Forward work', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page);
    for (const slug of TABS.slice(1)) {
      await page.click(`#tab-${slug}`);
      assert.equal(await selectedTab(page), slug);
      assert.equal(await hash(page), `#${slug}`);
    }
    await page.reload();
    await page.waitForSelector('[role="tab"][aria-selected="true"]');
    assert.equal(await selectedTab(page), 'guides', 'reload keeps the tab');

    await page.goBack();
    await page.waitForFunction(() => location.hash === '#work-permit');
    assert.equal(await selectedTab(page), 'work-permit', 'Back returns to the previous tab');
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#travel-limits');
    assert.equal(await selectedTab(page), 'travel-limits');
    await page.goForward();
    await page.waitForFunction(() => location.hash === '#work-permit');
    assert.equal(await selectedTab(page), 'work-permit', 'Forward works too');

    // A link to a tab's hash opens it; an in-page link moves focus, leaving tab and hash alone.
    await page.evaluate(() => { location.hash = '#permanent-permit'; });
    await page.waitForFunction(() => document.getElementById('tab-permanent-permit').getAttribute('aria-selected') === 'true');
    await page.click('a[href="#legal-help"]');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'legal-help');
    assert.equal(await hash(page), '#permanent-permit');
    await page.evaluate(() => { location.hash = '#legal-help'; });
    await page.waitForFunction(() => location.hash === '#legal-help');
    assert.equal(await selectedTab(page), 'permanent-permit', 'a hash that names no tab changes nothing');
    assert.deepEqual(consoleErrors, []);
  });
});

test('opening a tab by its hash works directly', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    await open(page, '#travel-limits');
    assert.equal(await selectedTab(page), 'travel-limits');
  });
});

test('keyboard: Tab reaches the selected tab, arrows move focus and selection, Home/End jump', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    await open(page);
    // The exit button comes first in the tab order.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'exit-button');

    await page.focus(`#tab-${TABS[0]}`);
    for (let i = 1; i < TABS.length; i++) {
      await page.keyboard.press('ArrowRight');
      assert.equal(await focusedTab(page), TABS[i]);
      assert.equal(await selectedTab(page), TABS[i]);
      assert.equal(await hash(page), `#${TABS[i]}`);
    }
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedTab(page), TABS[0], 'ArrowRight wraps to the first tab');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focusedTab(page), TABS[TABS.length - 1], 'ArrowLeft wraps to the last tab');
    await page.keyboard.press('Home');
    assert.equal(await selectedTab(page), TABS[0]);
    await page.keyboard.press('End');
    assert.equal(await selectedTab(page), TABS[TABS.length - 1]);
    assert.equal(await focusedTab(page), TABS[TABS.length - 1]);

    // Tab leaves the tab list for the panel (roving tabindex: only one tab is a tab stop).
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), `panel-${TABS[TABS.length - 1]}`);
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focusedTab(page), TABS[TABS.length - 1]);
  });
});

test('the first language comes from navigator.languages; the switch changes text, lang and dir', async () => {
  for (const [browserLocale, expected] of [['nb-NO', 'nb'], ['no', 'nb'], ['uk-UA', 'uk'], ['fr-FR', 'en'], ['en-US', 'en']]) {
    await withPage({ locale: browserLocale }, async (page) => {
      await open(page);
      assert.equal(await page.getAttribute('html', 'lang'), expected, `browser language ${browserLocale}`);
      assert.match(await page.textContent('.notice-brief'), new RegExp(NOT_ADVICE[expected]));
    });
  }

  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page, '#work-permit');
    const before = await page.textContent(`#tab-work-permit`);
    for (const lang of ['nb', 'uk', 'en']) {
      await page.click(`.lang-button[lang="${lang}"]`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
      assert.match(await page.textContent('.notice-brief'), new RegExp(NOT_ADVICE[lang]));
      assert.equal(await page.getAttribute(`.lang-button[lang="${lang}"]`, 'aria-pressed'), 'true');
      assert.equal(await page.locator('.lang-button[aria-pressed="true"]').count(), 1);
      if (lang !== 'en') assert.notEqual(await page.textContent('#tab-work-permit'), before);
    }
    assert.equal(await page.textContent('#tab-work-permit'), before);
    assert.equal(await selectedTab(page), 'work-permit', 'switching language keeps the tab');
    // The choice is not remembered: nothing is stored on the device.
    const stored = await page.evaluate(() => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    assert.deepEqual(stored, { cookie: '', local: 0, session: 0 });
    assert.deepEqual(consoleErrors, []);
  });
});

test('the language names are written in themselves and the notices are present', async () => {
  await withPage({ locale: 'uk' }, async (page) => {
    await open(page);
    const names = await page.$$eval('.lang-button', (bs) => bs.map((b) => [b.lang, b.textContent.trim()]));
    assert.deepEqual(names, [['en', 'English'], ['nb', 'Norsk bokmål'], ['uk', 'Українська']]);
    const help = await page.textContent('#legal-help');
    for (const org of ['NOAS', 'SEIF', 'JURK', 'Jussbuss']) assert.match(help, new RegExp(org));
    assert.match(await page.textContent('.notice-privacy'), /пристрій/);
  });
});

test('axe finds no WCAG 2.2 A/AA violation in any language or tab', async () => {
  for (const lang of LANGS) {
    await withPage({ locale: lang }, async (page) => {
      await open(page);
      for (const slug of TABS) {
        await page.click(`#tab-${slug}`);
        const violations = await axe(page);
        assert.equal(violations.length, 0, `${lang} #${slug}: ${violations.report}`);
      }
    });
  }
});

test('at 320 px wide nothing overflows sideways, in any language or tab', async () => {
  for (const lang of LANGS) {
    await withPage({ locale: lang, viewport: { width: 320, height: 640 } }, async (page) => {
      await open(page);
      for (const slug of TABS) {
        await page.click(`#tab-${slug}`);
        const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
        assert.ok(width <= 320, `${lang} #${slug}: the page is ${width} px wide`);
      }
    });
  }
});

test('Exit this page replaces the page, so Back does not return to it', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    // The neutral site is answered locally: the test itself must not reach another host.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    await page.goto('about:blank');
    await open(page);
    await page.click('.exit-button');
    await page.waitForURL((url) => url.origin !== new URL(baseUrl).origin);
    await page.goBack();
    assert.ok(!page.url().startsWith(baseUrl), `Back went to ${page.url()}`);
  });
});

test('pressing Shift three times exits too', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    await open(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL((url) => url.origin !== new URL(baseUrl).origin);
  });
});

test('print: only the open panel and the notices, no navigation, exit button or language switch', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    await open(page, '#permanent-permit');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.exit-button', '.lang-switch', '[role="tablist"]', '#panel-temporary-regulation']) {
      assert.equal(await page.isVisible(hidden), false, `${hidden} is hidden in print`);
    }
    for (const shown of ['#panel-permanent-permit', '#legal-help', '.app-name']) {
      assert.equal(await page.isVisible(shown), true, `${shown} is printed`);
    }
  });
});

test('if the WebAssembly cannot load, a message in the reader\'s language says so', async () => {
  await withPage({ locale: 'nb' }, async (page) => {
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(baseUrl);
    await page.waitForSelector('#boot-status:not([hidden])');
    assert.match(await page.textContent('#boot-status'), /Permit Check kunne ikke starte/);
    assert.equal(await page.getAttribute('#boot-status', 'lang'), 'nb');
  });
});
