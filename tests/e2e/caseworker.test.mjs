// The caseworker mode (issue #13, item 3): someone helping a client starts with "I am helping
// someone else", gives the client's situation, and gets every question of a check on one page,
// with the answer under them. Tested here, by keyboard at 360×780 in English:
// - every question of the check is on the page (and the ones that stop applying go), the answer
//   follows the answers, and typing never loses the focus or the stay being entered;
// - switching to one question at a time keeps every answer and gives the same answer; switching
//   back keeps them too;
// - the caseworker page and the guided flow (the client on their own phone) give the identical
//   answer for the same case: the same summary, outcome, criteria statuses, figures and
//   explanations, for travel limits and for the permanent permit, and both are the engine's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, foreignRequests, useBrowser } from './lib.mjs';
import {
  Faults,
  Walk,
  addDays,
  iso,
  loadEngine,
  message,
  openApp,
  pageToday,
  phone,
  readResult,
  squash,
  utc,
} from './journey-lib.mjs';

const withPage = useBrowser();
const engine = await loadEngine();

const SEE_ANSWER = '#main .button-row button.button:not(.button-secondary)';
const CHECK_ANSWERS = '#main .summary-list';
const RESULT = '#main #result-summary';
const ALL_ON_ONE = '#main form.all-on-one';
const LIVE = '#main .live-result';
const SWITCH = '#main .mode-switch button';
const step = (id) => `#main form.step[data-step="${id}"]`;
const en = (id, args) => message('en', id, args);
const YES = 0;
const NO = 1;

/** Client situations (`q-client-situation-<i>`) and the check's place in "What do you want to know?". */
const TEMPORARY_PERMIT = 1;
const PERMANENT_PERMIT = 3;

/** A fresh phone, keyboard only; `body(page, walk, today)`; then the common end checks. */
function session(t, body) {
  return withPage(phone({ mode: 'keyboard', locale: 'en' }), async (page, opened) => {
    await openApp(page);
    const walk = new Walk(page, { mode: 'keyboard', lang: 'en', t });
    const history = await page.evaluate(() => history.length);
    const out = await body(page, walk, await pageToday(page));
    assert.equal(await page.evaluate(() => history.length), history, 'no browser-history entry was added');
    assert.deepEqual(opened.consoleErrors, []);
    assert.deepEqual(foreignRequests(opened.requests, baseUrl), []);
    return out;
  });
}

/** As a helper: the client's situation, the check, then the page with every question. */
async function asHelper(walk, client, want) {
  await walk.drive.choose('q-start', 4);
  await walk.next(step('client-situation'), { name: 'client-situation' });
  await walk.drive.choose('q-client-situation', client);
  await walk.next(step('want'), { name: 'want' });
  await walk.drive.choose('q-want', want);
  await walk.next(ALL_ON_ONE, { kind: 'page', name: 'all on one page' });
}

/** The questions on the caseworker page, by step id (from their ids), with their words. */
function questionsOnPage(page) {
  return page.locator(`${ALL_ON_ONE} > .question-block`).evaluateAll((blocks) =>
    blocks.map((b) => {
      const legend = (f) => f.querySelector(':scope > legend')?.textContent.trim() ?? '';
      const radios = b.querySelector(':scope > .field > fieldset.radio-group');
      if (radios) return { id: radios.id.replace(/^q-/, ''), words: legend(radios) };
      const date = b.querySelector(':scope > .field > fieldset.date-field');
      if (date) return { id: date.id.replace(/^q-/, '').replace(/-date$/, ''), words: legend(date) };
      const group = b.querySelector(':scope > .question-group');
      if (!group) return { id: '?', words: b.textContent.trim().slice(0, 40) };
      const labelled = group.getAttribute('aria-labelledby');
      const id = group.id === 'stays' ? 'stays' : labelled ? labelled.replace(/^q-/, '').replace(/-title$/, '') : group.querySelector('#trip-from') ? 'trip' : '?';
      return { id, words: group.querySelector(':scope > h2')?.textContent.trim() ?? '' };
    }),
  );
}

/** The comparable parts of a result (outcome, summary, criteria with status, figures, words). */
function comparable(r) {
  return {
    outcome: r.outcome,
    headline: r.headline,
    summary: r.summary,
    criteria: r.criteria.map(({ id, status, title, explanation, figures }) => ({ id, status, title, explanation, figures })),
  };
}

/** Criteria as [id, status], sorted by id (the page shows the deciding ones first). */
const statuses = (r) => r.criteria.map((c) => [c.id, c.status.replace(/^status-/, '')]).sort(([a], [b]) => a.localeCompare(b));

/** A keyboard-typed check that the focus is still on `id` (typing must never lose it). */
async function keptFocus(page, f, id, what) {
  f.equal(await page.evaluate(() => document.activeElement?.id ?? ''), id, `after ${what}, focus stays on #${id}`);
}

// ------------------------------------------------------------------------------------------
// The travel-limits case: a § 38 permit, one Schengen stay, a Schengen trip
// ------------------------------------------------------------------------------------------

/**
 * Permit valid from 500 days ago to 600 days from now; first permit that counts from the same
 * day; one stay in another Schengen country 100 to 81 days ago (20 Schengen days, C4); a trip to
 * another Schengen country leaving in 10 days, no return date yet.
 */
function travelCase(today) {
  return {
    permitStart: addDays(today, -500),
    permitEnd: addDays(today, 600),
    stay: { from: addDays(today, -100), to: addDays(today, -81) },
    leave: addDays(today, 10),
  };
}

function travelInput(c) {
  return {
    situation: 'temporary-permit',
    permitBasis: 'humanitarian',
    permitStart: iso(c.permitStart),
    permitEnd: iso(c.permitEnd),
    residenceSince: iso(c.permitStart),
    stays: [{ from: iso(c.stay.from), to: iso(c.stay.to), schengen: true }],
    plannedTrip: { from: iso(c.leave), to: null, schengen: true },
  };
}

/** Enters stay 1 (the form is open): dates, and the Schengen box. */
async function enterStay(page, walk, f, stay, { schengen }) {
  const d = walk.drive;
  await d.press('#stays .stays > button.button-secondary');
  await page.waitForFunction(() => document.activeElement?.id === 'stay-0-from-day', null, { timeout: 3000 });
  await d.date('stay-0-from', stay.from);
  await d.date('stay-0-to', stay.to);
  await keptFocus(page, f, 'stay-0-to-year', 'typing the return year');
  const open = f.ok(await page.locator('#stay-0 .stay-form').count() === 1, 'the stay being entered stays open while its dates are typed');
  if (schengen) {
    if (!open) await d.press('#stay-0 .stay-line .stay-actions button:first-child');
    await d.tick('stay-0-schengen');
  }
  if (await page.locator('#stay-0 .stay-form').count()) await d.press('#stay-0 .stay-form .button-row button.button-secondary');
  await page.locator('#stay-0 .stay-line').waitFor();
}

/** The caseworker page, filled in for the travel case. */
async function fillTravelOnOnePage(page, walk, f, c) {
  const d = walk.drive;
  await d.choose('q-permit-basis', 1);
  await keptFocus(page, f, 'q-permit-basis-1', 'choosing the basis');
  await page.waitForFunction(() => !document.getElementById('q-after-asylum'), null, { timeout: 3000 });
  await d.date('q-permit-dates-from', c.permitStart);
  await d.date('q-permit-dates-until', c.permitEnd);
  await d.date('q-residence-since-date', c.permitStart);
  await enterStay(page, walk, f, c.stay, { schengen: true });
  await d.date('trip-from', c.leave);
  await d.tick('trip-schengen');
}

test('a helper gets every question of travel limits on one page; the answer under them follows the answers', (t) =>
  session(t, async (page, walk, today) => {
    const f = new Faults(t);
    await asHelper(walk, TEMPORARY_PERMIT, 0);
    assert.equal(squash(await page.locator('#main > h1').textContent()), en('all-on-one-title'));
    // One page, one <h1>: the answer under the questions has its own headings below it.
    f.deepEqual(await page.locator('#main h1').allTextContents(), [en('all-on-one-title')], 'the caseworker page has one <h1>');
    assert.equal(squash(await page.locator('#main .caption').textContent()), en('check-travel-limits'));
    // Every question of the check (the basis is not known yet, so "after asylum" is asked too).
    const ids = ['permit-basis', 'after-asylum', 'permit-dates', 'residence-since', 'stays', 'trip'];
    const shown = await questionsOnPage(page);
    assert.deepEqual(shown.map((q) => q.id), ids);
    assert.deepEqual(shown.map((q) => q.words), ids.map((id) => en(`q-${id}`)));
    assert.equal(await page.locator(`${ALL_ON_ONE} input[type="radio"]:checked`).count(), 0, 'nothing is preselected');
    // The answer is under the questions already.
    assert.equal(await page.locator(`${LIVE} #result-summary`).count(), 1);

    const c = travelCase(today);
    await fillTravelOnOnePage(page, walk, f, c);
    // A § 38 basis settles the track: the question about asylum is gone.
    assert.deepEqual((await questionsOnPage(page)).map((q) => q.id), ['permit-basis', 'permit-dates', 'residence-since', 'stays', 'trip']);
    const response = engine.answer('travel-limits', travelInput(c), { asOf: today });
    await page.waitForFunction((want) => document.querySelector('#main .live-result #result-summary')?.textContent === want, response.summary, { timeout: 5000 }).catch(() => {});
    const live = await readResult(page, LIVE);
    assert.equal(live.summary, response.summary);
    assert.deepEqual(statuses(live), statuses(response));
    // The Schengen rule sets the date (C4: the days of entry and exit count; windows of 180
    // days [d - 179, d]). Back on leave + k, the window ending then holds k + 1 trip days and
    // the earlier stay's days from d - 179 on: all 20 while k <= 69 (total k + 21 <= 90), then
    // 89 - k (total exactly 90) until k = 89, when the earlier stay has left the window and the
    // trip alone has 90 days. One day more is 91. So back on leave + 89 at the latest; the
    // half-time rule (182 days in 365, C3: 18 + 88 = 106) is further away.
    assert.equal(response.figures.latestReturnRule, 'tl.schengen');
    assert.equal(response.figures.latestReturnDate, iso(addDays(c.leave, 89)));
    assert.deepEqual(live.notAnswered, []);
    f.done();
    walk.assertNoProblems();
  }));

test('switching to one question at a time keeps every answer and gives the same answer; switching back keeps them too', (t) =>
  session(t, async (page, walk, today) => {
    const f = new Faults(t);
    const d = walk.drive;
    const c = travelCase(today);
    await asHelper(walk, TEMPORARY_PERMIT, 0);
    await fillTravelOnOnePage(page, walk, f, c);
    const summary = engine.answer('travel-limits', travelInput(c), { asOf: today }).summary;
    await page.waitForFunction((want) => document.querySelector('#main .live-result #result-summary')?.textContent === want, summary, { timeout: 5000 });
    const onOnePage = comparable(await readResult(page, LIVE));
    assert.equal(squash(await page.locator(SWITCH).textContent()), en('mode-one-at-a-time'));

    // One question at a time: every answer is there.
    await d.press(SWITCH);
    await walk.arrive(step('permit-basis'), { name: 'permit-basis (switched)' });
    f.equal(await page.isChecked('#q-permit-basis-1'), true, 'the basis is kept');
    f.ok(await page.locator(SWITCH).count() === 1, 'the question pages offer the switch back to all questions on one page');
    await walk.next(step('permit-dates'), { name: 'permit-dates' });
    const value = (id) => page.inputValue(`#${id}`);
    f.deepEqual([await value('q-permit-dates-from-day'), await value('q-permit-dates-from-month'), await value('q-permit-dates-from-year')], [String(c.permitStart.getUTCDate()), String(c.permitStart.getUTCMonth() + 1), String(c.permitStart.getUTCFullYear())], 'valid from is kept');
    f.equal(await value('q-permit-dates-until-year'), String(c.permitEnd.getUTCFullYear()), 'valid until is kept');
    await walk.next(step('residence-since'), { name: 'residence-since' });
    f.equal(await value('q-residence-since-date-year'), String(c.permitStart.getUTCFullYear()), 'the residence date is kept');
    await walk.next(step('stays'), { name: 'stays' });
    f.equal(await page.locator('#main .stay-list .stay').count(), 1, 'the stay is kept');
    await walk.next(step('trip'), { name: 'trip' });
    f.equal(await value('trip-from-day'), String(c.leave.getUTCDate()), 'the trip is kept');
    f.equal(await page.isChecked('#trip-schengen'), true, 'the trip is still to Schengen');
    await walk.next(CHECK_ANSWERS, { kind: 'page', name: 'check answers' });
    await d.press(SEE_ANSWER);
    await walk.arrive(RESULT, { kind: 'result', name: 'result' });
    assert.deepEqual(comparable(await readResult(page)), onOnePage, 'the same answer as on the caseworker page');

    // Back to all questions on one page: from a switch where there is one, else by the app's
    // own Back link (the way the pages came).
    if (!(await page.locator(SWITCH).count())) {
      for (let i = 0; i < 10 && !(await page.locator(ALL_ON_ONE).count()); i++) {
        if (await page.locator(SWITCH).count()) break;
        await d.press('#main button.back-link');
        await page.waitForFunction(() => document.activeElement?.matches('#main h1'), null, { timeout: 3000 }).catch(() => {});
      }
    }
    if (!(await page.locator(ALL_ON_ONE).count())) {
      await d.press(SWITCH);
      await page.waitForSelector(ALL_ON_ONE);
    }
    // Every answer is still on the page, and so is the same answer.
    f.equal(await page.isChecked('#q-permit-basis-1'), true, 'back on one page: the basis');
    f.equal(await value('q-permit-dates-until-year'), String(c.permitEnd.getUTCFullYear()), 'back on one page: valid until');
    f.equal(await page.locator('#main .stay-list .stay').count(), 1, 'back on one page: the stay');
    f.equal(await value('trip-from-year'), String(c.leave.getUTCFullYear()), 'back on one page: the trip');
    f.deepEqual(comparable(await readResult(page, LIVE)), onOnePage, 'back on one page: the same answer');
    f.equal(squash(await page.locator(SWITCH).textContent()), en('mode-one-at-a-time'), 'the switch offers one question at a time again');
    f.done();
  }));

// ------------------------------------------------------------------------------------------
// The caseworker page and the guided flow: identical answers
// ------------------------------------------------------------------------------------------

test('travel limits: the caseworker page and the guided flow give the identical answer, the engine\'s', (t) =>
  (async () => {
    let c;
    let today;
    const f = new Faults(t);
    const caseworker = await session(t, async (page, walk, now) => {
      today = now;
      c = travelCase(now);
      await asHelper(walk, TEMPORARY_PERMIT, 0);
      await fillTravelOnOnePage(page, walk, f, c);
      const summary = engine.answer('travel-limits', travelInput(c), { asOf: now }).summary;
      await page.waitForFunction((want) => document.querySelector('#main .live-result #result-summary')?.textContent === want, summary, { timeout: 5000 });
      return comparable(await readResult(page, LIVE));
    });
    const guided = await session(t, async (page, walk, now) => {
      assert.equal(iso(now), iso(today), 'the same day');
      const d = walk.drive;
      await d.choose('q-start', 1);
      await walk.next(step('want'));
      await d.choose('q-want', 0);
      await walk.next(step('permit-basis'));
      await d.choose('q-permit-basis', 1);
      await walk.next(step('permit-dates'));
      await d.date('q-permit-dates-from', c.permitStart);
      await d.date('q-permit-dates-until', c.permitEnd);
      await walk.next(step('residence-since'));
      await d.date('q-residence-since-date', c.permitStart);
      await walk.next(step('stays'));
      await enterStay(page, walk, f, c.stay, { schengen: true });
      await walk.next(step('trip'));
      await d.date('trip-from', c.leave);
      await d.tick('trip-schengen');
      await walk.next(CHECK_ANSWERS, { kind: 'page' });
      await d.press(SEE_ANSWER);
      await walk.arrive(RESULT, { kind: 'result' });
      walk.assertNoProblems();
      return comparable(await readResult(page));
    });
    assert.deepEqual(guided, caseworker);
    const response = engine.answer('travel-limits', travelInput(c), { asOf: today });
    assert.equal(guided.summary, response.summary);
    assert.deepEqual(statuses(guided), statuses(response));
    f.done();
  })());

/**
 * The permanent-permit case: one stay of 803 days abroad (1 January 2022 – 15 March 2024, C3):
 * over both limits, so the four questions of the exemption for people kept abroad after
 * domestic abuse are asked, all answered yes; every other question no; no trip planned.
 */
const PP_STAY = { from: utc(2022, 1, 1), to: utc(2024, 3, 15) };
const PP_INPUT = {
  stays: [{ from: '2022-01-01', to: '2024-03-15' }],
  plannedTrip: null,
  brexitPermit: false,
  gaveIncorrectInformation: false,
  withheldInformation: false,
  incorrectIdentity: false,
  abuseExemption: { familyImmigrationPermit: true, preventedFromReturning: true, victimOfAbuse: true, relationshipEnded: true },
};
const PP_QUESTIONS = ['brexit', 'gave-incorrect', 'withheld', 'incorrect-identity', 'prevented', 'family-permit', 'abuse', 'relationship-ended'];
const PP_ANSWERS = { brexit: NO, 'gave-incorrect': NO, withheld: NO, 'incorrect-identity': NO, prevented: YES, 'family-permit': YES, abuse: YES, 'relationship-ended': YES };

test('permanent permit: the exemption questions appear on the caseworker page; the same answer as the guided flow, the engine\'s', (t) =>
  (async () => {
    let today;
    const f = new Faults(t);
    const caseworker = await session(t, async (page, walk, now) => {
      today = now;
      const d = walk.drive;
      await asHelper(walk, PERMANENT_PERMIT, 0);
      const before = (await questionsOnPage(page)).map((q) => q.id);
      assert.deepEqual(before, ['stays', 'trip', 'brexit', 'gave-incorrect', 'withheld', 'incorrect-identity']);
      await enterStay(page, walk, f, PP_STAY, { schengen: false });
      // Over the limit: the exemption's four questions join the page.
      await page.waitForFunction(() => document.getElementById('q-relationship-ended'), null, { timeout: 3000 });
      assert.deepEqual((await questionsOnPage(page)).map((q) => q.id), [...before, 'prevented', 'family-permit', 'abuse', 'relationship-ended']);
      for (const id of PP_QUESTIONS) await d.choose(`q-${id}`, PP_ANSWERS[id]);
      const response = engine.answer('permanent-permit', PP_INPUT, { asOf: now });
      assert.equal(response.outcome, 'limit-exceeded');
      assert.equal(response.exemptionMayApply, true);
      await page.waitForFunction((want) => document.querySelector('#main .live-result #result-summary')?.textContent === want, response.summary, { timeout: 5000 }).catch(() => {});
      const live = await readResult(page, LIVE);
      assert.equal(live.summary, response.summary);
      assert.deepEqual(live.notAnswered, [en('q-trip')], 'only the trip is left unanswered');
      assert.equal(squash(await page.locator(`${LIVE} .callout`).textContent()), en('pp-exemption-may-apply'));
      return comparable(live);
    });
    const guided = await session(t, async (page, walk, now) => {
      assert.equal(iso(now), iso(today), 'the same day');
      const d = walk.drive;
      await d.choose('q-start', 3);
      await walk.next(step('want'));
      await d.choose('q-want', 0);
      await walk.next(step('stays'));
      await enterStay(page, walk, f, PP_STAY, { schengen: false });
      await walk.next(step('trip'));
      for (const id of PP_QUESTIONS) {
        await walk.next(step(id), { name: id });
        await d.choose(`q-${id}`, PP_ANSWERS[id]);
      }
      await walk.next(CHECK_ANSWERS, { kind: 'page' });
      await d.press(SEE_ANSWER);
      await walk.arrive(RESULT, { kind: 'result' });
      assert.equal(squash(await page.locator('#main .callout').textContent()), en('pp-exemption-may-apply'));
      walk.assertNoProblems();
      return comparable(await readResult(page));
    });
    assert.deepEqual(guided, caseworker);
    const response = engine.answer('permanent-permit', PP_INPUT, { asOf: today });
    assert.equal(guided.summary, response.summary);
    assert.deepEqual(statuses(guided), statuses(response));
    f.done();
  })());
