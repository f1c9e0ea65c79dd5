// Five people walked through the guided flow on a 360×780 phone (issue #13, "Done when"), each
// by keyboard only (Tab, arrow keys, Space, Enter, typing; no click) and by touch only (a touch
// phone, tap()), in English and in Arabic (right to left):
//
// 1. a permanent-permit holder planning a two-year trip: the latest return date (RULES.md §2, C10);
// 2. a § 38 (humanitarian) permit holder whose permit ends during the planned trip: the return
//    date is capped at the permit's last day (RULES.md §3), never later;
// 3. an asylum seeker asking whether she may travel: "Do not travel", no return date;
// 4. a Ukrainian whose application is assessed individually, asking whether she may work: the
//    temporary work permit, all four conditions met (RULES.md §4);
// 5. someone writing the withdrawal letter: the guide, the letter in Norwegian with a copy in
//    their language, saved as letter.txt.
//
// On every page: focus moves to the heading, the question heading is inside the first viewport
// and not under the Exit bar, a question page is at most 2,340 px tall (English), nothing is
// wider than the phone; on the result page the summary's first sentence is in the first
// viewport. The summary must be the engine's own sentence (pkg/permit_check.js in Node, same
// answers, same date), and the key figure is computed here from RULES.md. The walk adds no
// browser-history entry, logs no console error and asks no other host for anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { baseUrl, foreignRequests, useBrowser } from './lib.mjs';
import {
  Walk,
  addDays,
  addMonths,
  addYears,
  bare,
  iso,
  loadEngine,
  message,
  openApp,
  pageToday,
  phone,
  readResult,
  utc,
  written,
} from './journey-lib.mjs';

const withPage = useBrowser();
const engine = await loadEngine();

const LANGS = ['en', 'ar'];
const MODES = ['keyboard', 'touch'];

/** The check-answers page's button to the answer. */
const SEE_ANSWER = '#main .button-row button.button:not(.button-secondary)';
const CHECK_ANSWERS = '#main .summary-list';
const RESULT = '#main #result-summary';
const step = (id) => `#main form.step[data-step="${id}"]`;

/** Yes / No / I don't know. */
const YES = 0;
const NO = 1;

/** Starts a walk: the app open, the start page checked; returns the walk and history.length. */
async function begin(page, { mode, lang, t }) {
  await openApp(page);
  const walk = new Walk(page, { mode, lang, t });
  assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
  assert.equal(await page.evaluate(() => document.documentElement.dir), lang === 'ar' ? 'rtl' : 'ltr');
  // The first page: nothing has moved focus yet, so only where the question is.
  await walk.arrive(step('start'), { name: 'start', focus: false });
  assert.equal(await page.locator('#main input[type="radio"]:checked').count(), 0, 'nothing is preselected');
  const history = await page.evaluate(() => history.length);
  return { walk, history };
}

/** Goes on from "Check your answers" to the answer. */
async function seeAnswer(walk) {
  await walk.arrive(CHECK_ANSWERS, { kind: 'page', name: 'check answers' });
  await walk.drive.press(SEE_ANSWER);
  return walk.arrive(RESULT, { kind: 'result', name: 'result' });
}

/** What every journey ends with. */
async function finish(page, walk, history, { consoleErrors, requests }) {
  assert.equal(await page.evaluate(() => history.length), history, 'no browser-history entry was added');
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests(requests, baseUrl), []);
  walk.assertNoProblems();
}

/**
 * The criteria as the page shows them are the engine's (ids and statuses); the deciding ones and
 * those not met are shown open, the others folded.
 */
function sameCriteria(shown, response) {
  const byId = (list) => [...list].sort(([a], [b]) => a.localeCompare(b));
  assert.deepEqual(
    byId(shown.criteria.map((c) => [c.id, c.status, c.open])),
    byId(response.criteria.map((c) => [c.id, `status-${c.status}`, c.decisive || c.status !== 'met'])),
  );
}

// ------------------------------------------------------------------------------------------
// 1. A permanent permit and a two-year trip
// ------------------------------------------------------------------------------------------

/**
 * One stay in 2025 (1–29 July: 27 days abroad, RULES.md C3) that no longer counts: it is under
 * two months in its calendar year (§2 step 1), and more than 15 months in Norway lie between it
 * and the trip (step 2: a new period began on 29 October 2026). The trip leaves in 45 days and
 * is planned for two calendar years. With nothing else counting, the continuous rule decides:
 * a trip back on R has R - F - 1 days abroad, and 730 or more loses the permit, so the latest
 * return is F + 730 days. The four-year rule cannot bind first: the days that count in any four
 * years are at most the trip's own 729.
 */
async function permanentPermit(page, walk, today) {
  const d = walk.drive;
  const stay = { from: utc(2025, 7, 1), to: utc(2025, 7, 29) };
  const leave = addDays(today, 45);
  const planned = addYears(leave, 2);
  const latest = addDays(leave, 730);

  await d.choose('q-start', 3);
  await walk.next(step('want'), { name: 'want' });
  await d.choose('q-want', 0);
  await walk.next(step('stays'), { name: 'stays' });
  await d.press('#stays .stays > button.button-secondary');
  await page.waitForFunction(() => document.activeElement?.id === 'stay-0-from-day');
  await d.date('stay-0-from', stay.from);
  await d.date('stay-0-to', stay.to);
  await d.press('#stay-0 .stay-form .button-row button.button-secondary');
  await page.locator('#stay-0 .stay-line').waitFor();
  await walk.next(step('trip'), { name: 'trip' });
  await d.date('trip-from', leave);
  await d.date('trip-to', planned);
  await walk.next(step('brexit'), { name: 'brexit' });
  await d.choose('q-brexit', NO);
  await walk.next(step('gave-incorrect'), { name: 'gave-incorrect' });
  await d.choose('q-gave-incorrect', NO);
  await walk.next(step('withheld'), { name: 'withheld' });
  await d.choose('q-withheld', NO);
  await walk.next(step('incorrect-identity'), { name: 'incorrect-identity' });
  await d.choose('q-incorrect-identity', NO);
  await d.continue();
  await seeAnswer(walk);

  const response = engine.answer(
    'permanent-permit',
    {
      stays: [{ from: iso(stay.from), to: iso(stay.to) }],
      plannedTrip: { from: iso(leave), to: iso(planned) },
      brexitPermit: false,
      gaveIncorrectInformation: false,
      withheldInformation: false,
      incorrectIdentity: false,
    },
    { asOf: today, locale: walk.lang },
  );
  // The hand count and the engine agree.
  assert.equal(response.figures.latestReturnDate, iso(latest));
  assert.equal(response.figures.latestReturnRule, 'pp.continuous');
  assert.equal(response.figures.longestStayDays, 27);
  assert.equal(response.figures.maxFourYearDays, 0);
  assert.equal(response.figures.resetOn, '2026-10-29');

  const shown = await readResult(page);
  assert.equal(shown.outcome, 'WithinLimits');
  assert.equal(shown.headline, message(walk.lang, 'outcome-within-limits'));
  assert.equal(shown.summary, response.summary);
  assert.ok(bare(shown.summary).includes(written(walk.lang, latest)), `the summary gives ${iso(latest)}: ${shown.summary}`);
  assert.ok(bare(shown.summary).includes(written(walk.lang, leave)));
  if (walk.lang === 'en') {
    assert.match(shown.summary, new RegExp(`^Within the limits: your longest stay abroad was 27 days`));
    assert.ok(shown.summary.includes(`come back on ${written('en', latest)} at the latest: one day later the trip would last two years (730 days).`), shown.summary);
  }
  sameCriteria(shown, response);
}

// ------------------------------------------------------------------------------------------
// 2. A § 38 permit that ends during the planned trip
// ------------------------------------------------------------------------------------------

/**
 * A humanitarian (§ 38) permit valid from 500 days ago until 120 days from now: more than a year,
 * so the half-time rule is at most 182 days abroad in any 365 (RULES.md §3). No stays yet. The
 * trip leaves in 30 days and is planned to last 170 days, past the permit's last day. Coming back
 * on the permit's last day means 89 days abroad (C3): far within 182, so the cap at `permitEnd`
 * is what binds. The renewal is due a month before the permit ends (utl. § 61).
 */
async function humanitarian(page, walk, today) {
  const d = walk.drive;
  const permitStart = addDays(today, -500);
  const permitEnd = addDays(today, 120);
  const leave = addDays(today, 30);
  const planned = addDays(today, 200);

  await d.choose('q-start', 1);
  await walk.next(step('want'), { name: 'want' });
  await d.choose('q-want', 0);
  await walk.next(step('permit-basis'), { name: 'permit-basis' });
  await d.choose('q-permit-basis', 1);
  await walk.next(step('permit-dates'), { name: 'permit-dates' });
  await d.date('q-permit-dates-from', permitStart);
  await d.date('q-permit-dates-until', permitEnd);
  await walk.next(step('residence-since'), { name: 'residence-since' });
  await d.date('q-residence-since-date', permitStart);
  await walk.next(step('stays'), { name: 'stays' });
  await walk.next(step('trip'), { name: 'trip' });
  await d.date('trip-from', leave);
  await d.date('trip-to', planned);
  await d.continue();
  await seeAnswer(walk);

  const response = engine.answer(
    'travel-limits',
    {
      situation: 'temporary-permit',
      permitBasis: 'humanitarian',
      permitStart: iso(permitStart),
      permitEnd: iso(permitEnd),
      residenceSince: iso(permitStart),
      stays: [],
      plannedTrip: { from: iso(leave), to: iso(planned), schengen: false },
    },
    { asOf: today, locale: walk.lang },
  );
  assert.equal(response.figures.latestReturnDate, iso(permitEnd));
  assert.equal(response.figures.latestReturnRule, 'tl.permit-valid');
  assert.equal(response.figures.applyForRenewalBy, iso(addMonths(permitEnd, -1)));

  const shown = await readResult(page);
  assert.equal(shown.outcome, 'WithinLimits');
  assert.equal(shown.summary, response.summary);
  const text = bare(shown.summary);
  assert.ok(text.includes(written(walk.lang, permitEnd)), `the summary gives the permit's last day: ${shown.summary}`);
  // Never a date after the permit's last day: not the planned return, nor any other.
  for (let day = addDays(permitEnd, 1); day <= addDays(planned, 30); day = addDays(day, 1)) {
    assert.ok(!text.includes(written(walk.lang, day)), `the summary names ${iso(day)}, after the permit ends`);
  }
  if (walk.lang === 'en') {
    assert.ok(
      shown.summary.includes(`If you leave on ${written('en', leave)}, come back by ${written('en', permitEnd)} at the latest: that is the last day of your permit. Apply for a renewal from Norway in good time.`),
      shown.summary,
    );
  }
  // The rule that sets the date is shown open among those that decide, with the renewal date.
  const valid = shown.criteria.find((c) => c.id === 'tl.permit-valid');
  assert.ok(valid?.open, 'tl.permit-valid is shown among the deciding criteria');
  assert.ok(bare(valid.explanation).includes(written(walk.lang, addMonths(permitEnd, -1))), valid.explanation);
  sameCriteria(shown, response);
}

// ------------------------------------------------------------------------------------------
// 3. An asylum seeker asking whether she may travel
// ------------------------------------------------------------------------------------------

async function asylumSeeker(page, walk, today) {
  const d = walk.drive;
  await d.choose('q-start', 0);
  await walk.next(step('want'), { name: 'want' });
  await d.choose('q-want', 0);
  // No question applies: the answer comes at once.
  await walk.next(RESULT, { kind: 'result', name: 'result' });

  const response = engine.answer('travel-limits', { situation: 'asylum-seeker' }, { asOf: today, locale: walk.lang });
  assert.equal(response.outcome, 'must-not-travel');
  assert.equal(response.figures.latestReturnDate, null);

  const shown = await readResult(page);
  assert.equal(shown.outcome, 'MustNotTravel');
  assert.equal(shown.headline, message(walk.lang, 'outcome-must-not-travel'));
  assert.equal(shown.summary, response.summary);
  assert.equal(bare(shown.summary), message(walk.lang, 'tl-summary-asylum-seeker'));
  if (walk.lang === 'en') {
    assert.equal(shown.headline, 'Do not travel');
    assert.match(shown.summary, /^Do not leave Norway: /);
  }
  // No return date is offered anywhere on the page.
  assert.doesNotMatch(shown.summary, /[0-9٠-٩۰-۹]/, 'no date in the summary');
  assert.equal(await page.locator('#main .result-plan').count(), 0);
  // (No day after today, folded criteria included: a return date would be one.)
  const all = bare(await page.locator('#main').textContent());
  for (let i = 1; i <= 800; i += 1) {
    assert.ok(!all.includes(written(walk.lang, addDays(today, i))), `the page names ${iso(addDays(today, i))}`);
  }
  sameCriteria(shown, response);
}

// ------------------------------------------------------------------------------------------
// 4. Ukrainian, assessed individually: may she work?
// ------------------------------------------------------------------------------------------

async function workPermit(page, walk, today) {
  const d = walk.drive;
  await d.choose('q-start', 0);
  await walk.next(step('want'), { name: 'want' });
  await d.choose('q-want', 1);
  await walk.next(step('protection'), { name: 'protection' });
  await d.choose('q-protection', 0);
  await walk.next(step('interview'), { name: 'interview' });
  await d.choose('q-interview', YES);
  await walk.next(step('passport'), { name: 'passport' });
  await d.choose('q-passport', YES);
  await walk.next(step('decision'), { name: 'decision' });
  await d.choose('q-decision', 0);
  await walk.next(step('dublin'), { name: 'dublin' });
  await d.choose('q-dublin', NO);
  await d.continue();
  await seeAnswer(walk);

  const response = engine.answer(
    'work-permit',
    { protection: 'individual', hadAsylumInterview: true, validPassport: true, decision: 'none', dublinCase: false },
    { asOf: today, locale: walk.lang },
  );
  assert.equal(response.outcome, 'eligible');
  const shown = await readResult(page);
  assert.equal(shown.outcome, 'Eligible');
  assert.equal(shown.headline, message(walk.lang, 'outcome-eligible'));
  assert.equal(shown.summary, response.summary);
  assert.equal(bare(shown.summary), message(walk.lang, 'wp-summary-eligible'));
  // The four conditions, each met.
  assert.deepEqual(
    shown.criteria.map((c) => [c.id, c.status]),
    ['wp.interview', 'wp.passport', 'wp.no-decision', 'wp.not-dublin'].map((id) => [id, 'status-met']),
  );
  sameCriteria(shown, response);
  assert.deepEqual(shown.notAnswered, []);
}

// ------------------------------------------------------------------------------------------
// 5. The withdrawal letter
// ------------------------------------------------------------------------------------------

const LETTER_NAME = { en: 'Olena Kovalenko', ar: 'أمل حسن العلي' };
// Typed as the person would: Western digits in groups; Arabic-Indic digits in Arabic.
const LETTER_DUF = { en: '2012 3456 7890', ar: '٢٠١٢٣٤٥٦٧٨٩٠' };

/** The letter's lines in a language (src/rules/guides/letter.rs), dated `day`. */
function letterLines(tag, name, day) {
  const duf = '2012 3456 7890';
  return [
    name,
    message(tag, 'guide-letter-duf-line', { duf }),
    '',
    'Utlendingsdirektoratet',
    'Postboks 2098 Vika',
    '0125 Oslo',
    '',
    message(tag, 'guide-letter-date-line', { date_text: written(tag, day) }),
    '',
    message(tag, 'guide-letter-subject', { duf }),
    '',
    message(tag, 'guide-letter-body'),
    '',
    message(tag, 'guide-letter-closing'),
    '',
    '',
    message(tag, 'guide-letter-signature'),
    name,
  ];
}

async function withdrawal(page, walk, today) {
  const d = walk.drive;
  await d.choose('q-start', 0);
  await walk.next(step('want'), { name: 'want' });
  await d.choose('q-want', 2);
  for (const [id, next] of [
    ['withdrawal-ukraine', 'withdrawal-other-permit'],
    ['withdrawal-other-permit', 'withdrawal-other-application'],
    ['withdrawal-other-application', 'withdrawal-under-90'],
  ]) {
    if (id === 'withdrawal-ukraine') await walk.next(step(id), { name: id });
    await d.choose(`q-${id}`, NO);
    await walk.next(step(next), { name: next });
  }
  await d.choose('q-withdrawal-under-90', NO);
  await d.continue();
  await seeAnswer(walk);

  const shown = await readResult(page);
  assert.equal(bare(shown.summary), message(walk.lang, 'guide-text-withdraw-application-will'));
  assert.equal(
    bare((await page.locator('#main .result-headline').textContent()).trim()),
    message(walk.lang, 'guide-withdrawal-headline'),
  );
  // Not from Ukraine: the letter by post to UDI's address.
  assert.ok(
    bare(await page.locator('#main').innerText()).includes(bare(message(walk.lang, 'guide-text-write-letter-udi', { address: 'Utlendingsdirektoratet, Postboks 2098 Vika, 0125 Oslo' })).split(',')[0]),
  );

  // The letter: name and DUF number, written on the phone.
  const name = LETTER_NAME[walk.lang];
  await d.text('#letter-name', name);
  await d.text('#letter-duf', LETTER_DUF[walk.lang]);
  await d.press('#main .letter-section form button[type="submit"]');
  await page.waitForSelector('#letter-heading');
  await page.waitForFunction(() => document.activeElement?.id === 'letter-heading', null, { timeout: 3000 });

  const norwegian = await page.locator('#main .letter[lang="nb"] .letter-text').textContent();
  assert.deepEqual(bare(norwegian).split('\n'), letterLines('nb', name, today), 'the letter to send, in Norwegian');
  const copyHeading = await page.locator('#main .letter-translation-heading').textContent();
  const copy = await page.locator('#main .letter-translation .letter-text').textContent();
  assert.equal(bare(copyHeading), message(walk.lang, 'guide-letter-translation-heading'));
  assert.deepEqual(bare(copy).split('\n'), letterLines(walk.lang, name, today), `the copy to read, in ${walk.lang}`);
  await walk.checkWidth('the letter');

  // Saved as letter.txt: the letter, a line of dashes, the heading, the copy.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    d.press('#main .letter-output .button-row button.button-secondary'),
  ]);
  assert.equal(download.suggestedFilename(), 'letter.txt');
  const file = await readFile(await download.path(), 'utf8');
  assert.equal(file, `${norwegian}\n\n\n${'-'.repeat(60)}\n${copyHeading}\n\n${copy}\n`);
  assert.ok(file.startsWith(`${name}\nDUF-nummer: 2012 3456 7890\n`), file.slice(0, 80));
}

// ------------------------------------------------------------------------------------------

const PEOPLE = [
  ['a permanent-permit holder planning a two-year trip: latest return date', permanentPermit],
  ['a § 38 permit holder whose permit ends during the trip: return capped at the permit end', humanitarian],
  ['an asylum seeker asking whether she may travel: do not travel, no return date', asylumSeeker],
  ['a Ukrainian assessed individually asking whether she may work: eligible', workPermit],
  ['someone writing the withdrawal letter: letter.txt in Norwegian with a copy', withdrawal],
];

for (const lang of LANGS) {
  for (const mode of MODES) {
    for (const [title, person] of PEOPLE) {
      test(`${title} (${mode}, ${lang})`, (t) =>
        withPage(phone({ mode, locale: lang, acceptDownloads: true }), async (page, opened) => {
          const { walk, history } = await begin(page, { mode, lang, t });
          const today = await pageToday(page);
          await person(page, walk, today);
          await finish(page, walk, history, opened);
        }));
    }
  }
}
