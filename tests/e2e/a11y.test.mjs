// Accessibility of the guided flow (issues #11, #13, #15), in a real browser:
// - axe-core (WCAG 2.2 A/AA) finds nothing on any page of a full travel-limits check, of the
//   permanent-permit check, of the withdrawal guide with its letter, on "Staying safe on this
//   phone" and "Your answers on this phone", in English and Arabic; and on the start page, a
//   question of each kind (choice, dates, stays, trip), check your answers and the result in
//   every one of the 13 languages;
// - every page has one h1, and the app moves focus to it after Continue and Back;
// - by keyboard: every control of a question page is a Tab stop with a visible focus indicator;
// - the error summary is announced (role=alert) and takes the focus, and links to its field;
// - the language menu names each language in its own language (`lang` on each button).
//
// Each walk collects every problem it meets and reports them all at the end, so that one run
// lists everything the lead has to fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, useBrowser } from './lib.mjs';
import {
  LANGS,
  back,
  continueOn,
  fillDate,
  focusNotOnH1,
  h1Count,
  openApp,
  pageKind,
  settleResult,
  today,
  addDays,
  waitForPage,
  walkCheck,
  walkTravelLimits,
} from './lang-lib.mjs';

const withPage = useBrowser();

// Service workers are blocked: the worker's background copy of the whole app is not what these
// tests are about, and costs time on each fresh context.
const options = (locale, extra = {}) => ({ locale, serviceWorkers: 'block', ...extra });

/** Runs axe on the page and adds its violations to `problems`. */
async function axeInto(problems, page, where) {
  const violations = await axe(page);
  if (violations.length > 0) problems.push(`${where}: ${violations.report}`);
}

/** One h1 on the page, and focus on it (a page the app moved to). */
async function headingInto(problems, page, where, { focus = true } = {}) {
  const n = await h1Count(page);
  if (n !== 1) problems.push(`${where}: ${n} h1 elements, expected 1`);
  if (focus) {
    const wrong = await focusNotOnH1(page);
    if (wrong) problems.push(`${where}: focus is on ${wrong}, expected the page's h1`);
  }
}

const report = (problems) => `${problems.length} problem(s):\n\n${problems.join('\n\n')}`;

/** Clicks a footer link ("Staying safe on this phone", "Your answers") and waits for its page. */
async function openFooterPage(page, name) {
  await page.click(`footer [data-page="${name}"]`);
  await page.waitForFunction(
    (n) => {
      const h1 = document.querySelector('#main h1');
      const main = document.querySelector('#main');
      return h1 && !main.querySelector('.loading') && !main.querySelector('form.step, .result-panel, dl.summary-list')
        && (n === 'safety' ? main.querySelector('.warning') : main.querySelector('button, input'));
    },
    name,
    { timeout: 15_000 },
  );
}

// ------------------------------------------------------------------------------------------
// Every page of three flows and the footer pages, in English and Arabic
// ------------------------------------------------------------------------------------------

for (const lang of ['en', 'ar']) {
  test(`${lang}: axe, one h1 and focus on it on every page of travel limits, permanent permit, withdrawal with its letter, and the footer pages`, async () => {
    await withPage(options(lang), async (page, { consoleErrors }) => {
      const problems = [];
      await openApp(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const check = async (where, { focus = true } = {}) => {
        await headingInto(problems, page, `${lang} ${where}`, { focus });
        if (where.endsWith('result')) await settleResult(page);
        await axeInto(problems, page, `${lang} ${where}`);
      };

      // Travel limits, with the yes/no question (a permit on a particular connection, § 38).
      await walkTravelLimits(page, {
        basis: 2,
        visit: (kind) => check(`travel limits, ${kind}`, { focus: kind !== 'start' }),
        filled: async (kind) => {
          // The stays page with a stay entered (its form open), the trip page filled in.
          if (kind === 'stays' || kind === 'trip') await axeInto(problems, page, `${lang} travel limits, ${kind} (filled in)`);
        },
      });
      // The criteria that are met, unfolded.
      await page.locator('#main details.criteria-met > summary').first().click();
      await axeInto(problems, page, `${lang} travel limits, result with the met criteria open`);

      // The permanent permit: start again (the answers are kept, the stays among them).
      await page.click('#main .button-row.no-print button:last-child');
      const pp = await walkCheck(page, {
        start: 3,
        want: 0,
        visit: (kind) => check(`permanent permit, ${kind}`),
      });
      assert.deepEqual(pp.slice(0, 4), ['start', 'want', 'stays', 'trip'], 'the permanent-permit check asks the stays first');

      // Withdrawing an application for protection, and the letter.
      await page.click('#main .button-row.no-print button:last-child');
      const wd = await walkCheck(page, {
        start: 0,
        want: 2,
        visit: (kind) => check(`withdrawal, ${kind}`),
      });
      assert.ok(wd.includes('withdrawal-ukraine'), `the withdrawal guide was walked: ${wd.join(', ')}`);
      // The letter form with its errors, then the letter.
      await page.click('#main .letter-section form button[type="submit"]');
      await page.waitForSelector('#letter-name-error');
      await axeInto(problems, page, `${lang} withdrawal letter with errors`);
      await page.fill('#letter-name', 'Amina Hassan');
      await page.fill('#letter-duf', '2019 1234 5678');
      await page.click('#main .letter-section form button[type="submit"]');
      await page.waitForSelector('#letter-heading');
      await axeInto(problems, page, `${lang} withdrawal letter written`);

      // The footer pages.
      await openFooterPage(page, 'safety');
      await check('"Staying safe on this phone"');
      await openFooterPage(page, 'data');
      await check('"Your answers on this phone"');

      assert.deepEqual(consoleErrors, []);
      assert.equal(problems.length, 0, report(problems));
    });
  });
}

// ------------------------------------------------------------------------------------------
// The start, a question of each kind, check your answers and the result, in every language
// ------------------------------------------------------------------------------------------

const ONE_OF_EACH = new Set(['start', 'permit-basis', 'permit-dates', 'stays', 'trip', 'check-answers', 'result']);

for (const lang of LANGS) {
  test(`${lang}: axe on the start page, a choice, dates, stays and trip question, check your answers and the result`, async () => {
    await withPage(options(lang), async (page, { consoleErrors }) => {
      const problems = [];
      await openApp(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const seen = [];
      await walkTravelLimits(page, {
        visit: async (kind) => {
          if (!ONE_OF_EACH.has(kind)) return;
          seen.push(kind);
          if (kind === 'result') await settleResult(page);
          await axeInto(problems, page, `${lang} ${kind}`);
        },
        filled: async (kind) => {
          if (kind === 'stays') await axeInto(problems, page, `${lang} stays (a stay entered)`);
        },
      });
      assert.deepEqual(seen, [...ONE_OF_EACH]);
      assert.deepEqual(consoleErrors, []);
      assert.equal(problems.length, 0, report(problems));
    });
  });
}

// ------------------------------------------------------------------------------------------
// Keyboard: every control is a Tab stop, and shows where focus is
// ------------------------------------------------------------------------------------------

/**
 * Tabs through the whole page and returns the problems: controls never reached by Tab, and
 * controls whose outline and box-shadow look the same focused as unfocused. A radio group is
 * one Tab stop.
 */
async function tabProblems(page, where) {
  // Name every control, and note how it looks with nothing focused.
  const controls = await page.evaluate(() => {
    document.activeElement?.blur?.();
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const out = [];
    let n = 0;
    for (const el of document.querySelectorAll(selector)) {
      if (el.disabled || el.closest('[inert]')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const key = `k${n++}`;
      el.dataset.tabKey = key;
      const s = getComputedStyle(el);
      const label = el.type === 'radio' ? `radio group "${el.name}"`
        : `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}> "${(el.textContent || el.labels?.[0]?.textContent || '').trim().slice(0, 40)}"`;
      out.push({
        key,
        group: el.type === 'radio' ? `radio:${el.name}` : key,
        label,
        rest: { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow },
      });
    }
    return out;
  });
  const groups = new Map(controls.map((c) => [c.group, c]));
  const reached = new Map();
  // Twice round the page at most; Tab from nothing focused starts at the page's top.
  for (let i = 0; i < controls.length * 2 + 10 && reached.size < groups.size; i++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el?.dataset?.tabKey) return null;
      const s = getComputedStyle(el);
      return {
        key: el.dataset.tabKey,
        focusVisible: el.matches(':focus-visible'),
        style: { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow },
      };
    });
    if (!now) continue;
    const control = controls.find((c) => c.key === now.key);
    if (control && !reached.has(control.group)) reached.set(control.group, { control, ...now });
  }
  const problems = [];
  for (const [group, control] of groups) {
    const hit = reached.get(group);
    if (!hit) {
      problems.push(`${where}: ${control.label} is never reached with Tab`);
      continue;
    }
    const { rest } = hit.control;
    const outlineShown = !/^none /.test(hit.style.outline) && !/ 0px /.test(hit.style.outline);
    const changed = (outlineShown && hit.style.outline !== rest.outline) || hit.style.shadow !== rest.shadow;
    if (!changed) {
      problems.push(`${where}: ${hit.control.label} shows no focus indicator (outline ${hit.style.outline}, box-shadow ${hit.style.shadow}, the same as unfocused)`);
    }
  }
  return { problems, reached: reached.size, total: groups.size };
}

test('keyboard: every control of a choice page and of the stays page (a stay open) is reached with Tab and shows focus', async () => {
  await withPage(options('en'), async (page, { consoleErrors }) => {
    await openApp(page);
    await page.check('#q-start-1');
    await continueOn(page);
    await waitForPage(page, 'want');
    await page.check('#q-want-0');
    await continueOn(page);
    await waitForPage(page, 'permit-basis');
    const problems = [];

    const choice = await tabProblems(page, 'permit-basis (choice)');
    problems.push(...choice.problems);
    // The page's controls: Exit, the language menu, Back, the radio group, Continue, the two
    // footer links at least.
    assert.ok(choice.total >= 7, `only ${choice.total} controls found on the choice page`);

    await page.check('#q-permit-basis-0');
    await continueOn(page);
    await waitForPage(page, 'permit-dates');
    await continueOn(page);
    await waitForPage(page, 'residence-since');
    await continueOn(page);
    await waitForPage(page, 'stays');
    await page.click('#main .stays > button.button-secondary');
    await page.waitForSelector('#stay-0-from-day');
    const stays = await tabProblems(page, 'stays (a stay open)');
    problems.push(...stays.problems);
    // Six date boxes, two checkboxes, Done, Remove, Add, Continue, Back at least.
    assert.ok(stays.total >= 13, `only ${stays.total} controls found on the stays page`);

    assert.deepEqual(consoleErrors, []);
    assert.equal(problems.length, 0, report(problems));
  });
});

// ------------------------------------------------------------------------------------------
// Screen reader basics
// ------------------------------------------------------------------------------------------

test('Back moves focus to the h1 of the page before, every time', async () => {
  await withPage(options('en'), async (page) => {
    await openApp(page);
    await page.check('#q-start-1');
    await continueOn(page);
    await waitForPage(page, 'want');
    await page.check('#q-want-0');
    await continueOn(page);
    await waitForPage(page, 'permit-basis');
    await page.check('#q-permit-basis-0');
    for (const kind of ['permit-basis', 'permit-dates', 'residence-since']) {
      await waitForPage(page, kind);
      await continueOn(page);
    }
    await waitForPage(page, 'stays');
    const problems = [];
    for (const kind of ['residence-since', 'permit-dates', 'permit-basis', 'want']) {
      await back(page);
      await waitForPage(page, kind);
      await headingInto(problems, page, `Back to ${kind}`);
    }
    await back(page);
    await waitForPage(page, 'start');
    await headingInto(problems, page, 'Back to the start');
    assert.equal(problems.length, 0, report(problems));
  });
});

/** On the permit-dates page, with day 41 typed into "Valid from". */
async function toBadDate(page) {
  // (The "until" date is typed in full; only "from" is wrong.)
  await openApp(page);
  await page.check('#q-start-1');
  await continueOn(page);
  await waitForPage(page, 'want');
  await page.check('#q-want-0');
  await continueOn(page);
  await waitForPage(page, 'permit-basis');
  await page.check('#q-permit-basis-0');
  await continueOn(page);
  await waitForPage(page, 'permit-dates');
  const t = await today(page);
  await fillDate(page, 'q-permit-dates-until', addDays(t, 700));
}

/** The error summary: shown, role=alert, focused, its link going to the day box. */
async function expectErrorSummary(page, how) {
  const summary = page.locator('#error-summary');
  await summary.waitFor({ timeout: 5_000 }).catch(async () => {
    const field = await page.locator('#q-permit-dates-from-error').textContent().catch(() => 'no error');
    assert.fail(`${how}: no error summary (#error-summary) on the page, while the field says "${field?.trim()}"`);
  });
  assert.equal(await summary.getAttribute('role'), 'alert', `${how}: the error summary has role=alert`);
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary', null, { timeout: 3_000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary', `${how}: the error summary takes the focus`);
  const link = summary.locator('a').first();
  const invalid = await page.$$eval('#q-permit-dates-from input[aria-invalid="true"]', (es) => es.map((e) => e.id));
  assert.ok(invalid.length > 0, `${how}: a box of "Valid from" has aria-invalid=true`);
  // GOV.UK: the link goes to the first box at fault (the month, when the month is missing).
  const target = (await link.getAttribute('href'))?.slice(1);
  assert.equal(target, invalid[0], `${how}: the link goes to the first box at fault`);
  assert.match(await link.textContent(), /\S/);
  await link.click();
  await page.waitForFunction((id) => document.activeElement?.id === id, target, { timeout: 3_000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.id), target, `${how}: the link moves focus to that box`);
}

test('error summary after a bad date and Enter: role=alert, focused, linked to the field', async () => {
  await withPage(options('en'), async (page) => {
    await toBadDate(page);
    await page.fill('#q-permit-dates-from-month', '3');
    await page.fill('#q-permit-dates-from-year', '2026');
    await page.focus('#q-permit-dates-from-day');
    await page.keyboard.type('41');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('#q-permit-dates-from-day', 'aria-invalid'), 'true');
    await expectErrorSummary(page, 'Enter in the day box');
  });
});

test('error summary after a bad date and a tap on Continue: role=alert, focused, linked to the field', async () => {
  await withPage(options('en'), async (page) => {
    await toBadDate(page);
    // As on a phone: only the day typed, then a tap on Continue (the day box loses focus to
    // the button).
    await page.fill('#q-permit-dates-from-day', '41');
    await continueOn(page);
    assert.equal(await pageKind(page), 'permit-dates', 'a bad date does not go on');
    await expectErrorSummary(page, 'only the day typed (41), then a tap on Continue');
  });
});

test('the language menu: each language named in its own language (lang on every button), the current one marked', async () => {
  await withPage(options('en'), async (page) => {
    await openApp(page);
    const buttons = await page.$$eval('#lang-list button[data-lang]', (bs) =>
      bs.map((b) => ({ tag: b.dataset.lang, lang: b.getAttribute('lang'), dir: b.getAttribute('dir'), current: b.getAttribute('aria-current'), name: b.textContent.trim() })));
    assert.deepEqual(buttons.map((b) => b.tag).sort(), [...LANGS].sort());
    for (const b of buttons) {
      assert.equal(b.lang, b.tag, `the ${b.name} button has lang="${b.tag}"`);
      assert.equal(b.current, b.tag === 'en' ? 'true' : 'false');
    }
    assert.equal(await page.getAttribute('#lang-current', 'lang'), 'en');
    // Switch to Arabic from the menu.
    await page.click('#lang-menu > summary');
    await page.click('#lang-list button[data-lang="ar"]');
    await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
    assert.equal(await page.getAttribute('#lang-current', 'lang'), 'ar');
    assert.equal(await page.textContent('#lang-current'), 'العربية');
    assert.equal(await page.getAttribute('#lang-list button[data-lang="ar"]', 'aria-current'), 'true');
    const violations = await axe(page);
    assert.equal(violations.length, 0, violations.report);
  });
});
