// The form behaviours of the guided flow (issue #13, item 6: forms the GOV.UK way), on the new
// pages, at 360×780 in English:
// - Continue with a bad date: an error summary at the top that takes focus, each error a link that
//   moves focus to the first box at fault, `aria-invalid` on exactly the boxes at fault, the
//   message next to the field, nothing typed lost;
// - "12.03.1975" typed into the day box of a date of birth is 12 March 1975;
// - "I don't know" is offered, and no radio is chosen before the person chooses;
// - "Check your answers" lists what was not answered; Change goes to the question and back;
// - the stays abroad: add two, change one, remove one, undo;
// - the result lists "Questions you did not answer", each a link to its question and back;
// - the app's own Back link steps back through the pages, keeping the answers;
// - collective protection and a planned trip to Ukraine; a permit that has ended;
// - the 2021 temporary regulation: under "Other checks", and closed.
// Expected summaries are the engine's own (pkg/permit_check.js in Node, the same answers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, foreignRequests, useBrowser } from './lib.mjs';
import {
  Faults,
  Walk,
  addDays,
  bare,
  focusedId,
  iso,
  loadEngine,
  message,
  openApp,
  pageToday,
  phone,
  readResult,
  squash,
  utc,
  written,
  writtenEn,
} from './journey-lib.mjs';

const withPage = useBrowser();
const engine = await loadEngine();

const SEE_ANSWER = '#main .button-row button.button:not(.button-secondary)';
const CHECK_ANSWERS = '#main .summary-list';
const RESULT = '#main #result-summary';
const BACK = '#main button.back-link';
const step = (id) => `#main form.step[data-step="${id}"]`;
const YES = 0;
const NO = 1;
const en = (id, args) => message('en', id, args);

/** Opens the app for one of these checks (phone size, English). */
function open(t, body, { mode = 'mouse', ...options } = {}) {
  return withPage(phone({ mode: mode === 'mouse' ? 'keyboard' : mode, locale: 'en', ...options }), async (page, opened) => {
    await openApp(page);
    const walk = new Walk(page, { mode, lang: 'en', t });
    const history = await page.evaluate(() => history.length);
    await body(page, walk, await pageToday(page));
    assert.equal(await page.evaluate(() => history.length), history, 'no browser-history entry was added');
    assert.deepEqual(opened.consoleErrors, []);
    assert.deepEqual(foreignRequests(opened.requests, baseUrl), []);
  });
}

/** From the start page to a check's first page. */
async function begin(walk, { start, want, first }) {
  await walk.drive.choose('q-start', start);
  if (want !== undefined) {
    await walk.next(step('want'), { name: 'want' });
    await walk.drive.choose('q-want', want);
  }
  await walk.next(first, { name: first, kind: first === RESULT ? 'result' : 'step' });
}

/** The rows of "Check your answers": question, answer lines, whether marked not answered. */
function answerRows(page) {
  return page.locator('#main .summary-row').evaluateAll((rows) =>
    rows.map((r) => ({
      step: r.dataset.step,
      question: r.querySelector('.summary-key').textContent.trim(),
      answer: [...r.querySelectorAll('.summary-line')].map((l) => l.textContent.trim()),
      missing: r.classList.contains('summary-missing'),
    })),
  );
}

/** A CSS selector (no Playwright extensions, so that Tab can look for it) for the button of the
 * check called `title` on the "Other checks" page. */
async function otherCheck(page, title) {
  const titles = await page.locator('#main .check-list > li .check-link').allTextContents();
  const at = titles.map((x) => x.trim()).indexOf(title);
  assert.ok(at >= 0, `"${title}" is among the other checks: ${titles}`);
  return `#main .check-list > li:nth-child(${at + 1}) .check-link`;
}

/** Days written in a text, as "D Month YYYY" (English), as Dates. */
function datesIn(text) {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return [...text.matchAll(/(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/g)].map(
    ([, d, m, y]) => utc(Number(y), months.indexOf(m) + 1, Number(d)),
  );
}

// ------------------------------------------------------------------------------------------
// Dates: errors the GOV.UK way, and a whole date typed in the day box
// ------------------------------------------------------------------------------------------

/** To the permit's dates (a temporary permit, § 38): two dates on one page. */
async function toPermitDates(walk) {
  await begin(walk, { start: 1, want: 0, first: step('permit-basis') });
  await walk.drive.choose('q-permit-basis', 1);
  await walk.next(step('permit-dates'), { name: 'permit-dates' });
}

test('Continue with a bad date: error summary at the top, links to the boxes at fault, aria-invalid, message by the field, nothing lost', (t) =>
  open(t, async (page, walk) => {
    const f = new Faults(t);
    await toPermitDates(walk);
    const kb = walk.drive;
    // "Valid from" 31 2 2025 does not exist (day and month at fault); "Valid until" lacks its month.
    await walk.drive.date('q-permit-dates-from', { day: '31', month: '2', year: '2025' });
    await walk.drive.date('q-permit-dates-until', { day: '15', month: '', year: '2027' });
    await walk.drive.continue();
    await page.waitForSelector('#error-summary');
    assert.equal(await page.locator(step('permit-dates')).count(), 1, 'Continue stays on the page');

    // The summary: at the top of the form, before the question, holding the focus.
    const where = await page.evaluate(() => {
      const s = document.getElementById('error-summary');
      const h1 = document.querySelector('#main h1');
      const r = s.getBoundingClientRect();
      return {
        before: Boolean(s.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING),
        top: r.top,
        bottom: r.bottom,
        role: s.getAttribute('role'),
      };
    });
    f.ok(where.before, 'the error summary comes before the question');
    f.ok(where.top >= 0 && where.bottom <= 780, `the error summary is on screen (${Math.round(where.top)}–${Math.round(where.bottom)} px)`);
    f.equal(where.role, 'alert', 'the error summary is announced');
    await page.waitForFunction(() => document.activeElement?.id === 'error-summary', null, { timeout: 3000 }).catch(() => {});
    f.equal(await focusedId(page), 'error-summary', 'focus moves to the error summary');
    f.equal(squash(await page.locator('#error-summary-title').textContent()), en('error-summary-title'), 'its title');
    const links = await page.locator('#error-summary a').evaluateAll((as) => as.map((a) => [a.textContent.trim(), a.getAttribute('href')]));
    // Away from the boxes, each names its date (two dates on this page).
    f.deepEqual(
      links.map(([text]) => text),
      [
        en('error-summary-item', { field: en('q-permit-dates-from'), problem: en('date-does-not-exist') }),
        en('error-summary-item', { field: en('q-permit-dates-until'), problem: en('date-missing-month') }),
      ],
      'one link per error, in the order of the fields, each naming its date',
    );

    // The boxes at fault, and only they, have aria-invalid.
    const invalid = await page.evaluate(() =>
      ['from', 'until'].flatMap((f) => ['day', 'month', 'year'].map((p) => [`${f}-${p}`, document.getElementById(`q-permit-dates-${f}-${p}`).getAttribute('aria-invalid')])),
    );
    f.deepEqual(
      invalid,
      [['from-day', 'true'], ['from-month', 'true'], ['from-year', null], ['until-day', null], ['until-month', 'true'], ['until-year', null]],
      'aria-invalid on the boxes at fault',
    );

    // The message next to each date, inside its group and described by it.
    for (const [field, id] of [['from', 'date-does-not-exist'], ['until', 'date-missing-month']]) {
      const next = await page.evaluate((field) => {
        const group = document.getElementById(`q-permit-dates-${field}`);
        const error = document.getElementById(`q-permit-dates-${field}-error`);
        return {
          inside: Boolean(error && group.contains(error)),
          text: error?.textContent.replace(/\s+/g, ' ').trim() ?? null,
          described: (group.getAttribute('aria-describedby') || '').split(/\s+/).includes(`q-permit-dates-${field}-error`),
        };
      }, field);
      f.ok(next.inside, `the "${field}" message is next to its boxes`);
      f.equal(next.text, `${en('error-prefix')} ${en(id)}`, `the "${field}" message`);
      f.ok(next.described, `the "${field}" group is described by its message`);
    }

    // Nothing typed is lost.
    f.deepEqual(
      await page.evaluate(() => ['from', 'until'].map((f) => ['day', 'month', 'year'].map((p) => document.getElementById(`q-permit-dates-${f}-${p}`).value))),
      [['31', '2', '2025'], ['15', '', '2027']],
      'the boxes keep what was typed',
    );

    // Each link moves focus to the first box at fault of its date (GOV.UK: "link to the first
    // field that contains an error"): the day of "Valid from", the month of "Valid until".
    const want = ['q-permit-dates-from-day', 'q-permit-dates-until-month'];
    for (const [i, target] of want.entries()) {
      await kb.press(`#error-summary li:nth-child(${i + 1}) a`);
      await page.waitForFunction((id) => document.activeElement?.id === id, target, { timeout: 2000 }).catch(() => {});
      f.equal(await focusedId(page), target, `error link ${i + 1} moves focus`);
      f.equal(links[i]?.[1], `#${target}`, `error link ${i + 1} points at the box at fault`);
    }

    // Fixed, Continue goes on.
    await walk.drive.date('q-permit-dates-from', { day: '28', month: '2', year: '2025' });
    await walk.drive.date('q-permit-dates-until', { day: '15', month: '6', year: '2027' });
    await walk.next(step('residence-since'), { name: 'residence-since' });
    f.done();
  }));

test('with two dates on a page, each error names its date (the summary alone must say which)', (t) =>
  open(t, async (page, walk) => {
    await toPermitDates(walk);
    await walk.drive.date('q-permit-dates-from', { day: '31', month: '2', year: '2025' });
    await walk.drive.date('q-permit-dates-until', { day: '15', month: '', year: '2027' });
    await walk.drive.continue();
    await page.waitForSelector('#error-summary');
    const texts = await page.locator('#error-summary a').allTextContents();
    // GOV.UK: "Date of birth must include a month"; fields.rs: "naming the date ("Date of
    // birth: enter the year")".
    assert.match(texts[0] ?? '', new RegExp(en('q-permit-dates-from'), 'i'), `first error: ${texts[0]}`);
    assert.match(texts[1] ?? '', new RegExp(en('q-permit-dates-until'), 'i'), `second error: ${texts[1]}`);
  }));

test('"12.03.1975" typed into the day box of a date of birth is 12 March 1975', (t) =>
  open(
    t,
    async (page, walk) => {
      const kb = walk.drive;
      await kb.press('#main .other-checks-link button');
      await walk.arrive('#main .check-list', { kind: 'page', name: 'other checks' });
      await kb.press(await otherCheck(page, en('check-temporary-regulation')));
      await walk.arrive(step('applied-for-asylum'), { name: 'applied-for-asylum' });
      await walk.next(step('first-application'), { name: 'first-application' });
      await walk.next(step('date-of-birth'), { name: 'date-of-birth' });
      // A date of birth: the boxes say so to the browser's autofill.
      assert.deepEqual(
        await page.evaluate(() => ['day', 'month', 'year'].map((p) => document.getElementById(`q-date-of-birth-date-${p}`).getAttribute('autocomplete'))),
        ['bday-day', 'bday-month', 'bday-year'],
      );
      await kb.tabTo('#q-date-of-birth-date-day');
      await page.keyboard.type('12.03.1975');
      await page.keyboard.press('Tab');
      assert.deepEqual(
        await page.evaluate(() => ['day', 'month', 'year'].map((p) => document.getElementById(`q-date-of-birth-date-${p}`).value)),
        ['12', '03', '1975'],
        'spread over the three boxes',
      );
      await walk.next(step('tr-stays'), { name: 'tr-stays' });
      assert.equal(await page.locator('#error-summary').count(), 0);
      for (const [id, next] of [
        ['tr-stays', 'left-after-rejection'],
        ['left-after-rejection', 'lived-2019'],
        ['lived-2019', 'lives-in-norway'],
        ['lives-in-norway', 'convicted'],
        ['convicted', 'has-permit'],
        ['has-permit', 'identity'],
        ['identity', 'request-date'],
      ]) {
        assert.ok(id);
        await walk.next(step(next), { name: next });
      }
      await walk.next(CHECK_ANSWERS, { kind: 'page', name: 'check answers' });
      let row = (await answerRows(page)).find((r) => r.step === 'date-of-birth');
      assert.deepEqual(row?.answer, ['12 March 1975']);

      // The same with Enter straight after typing (no Tab first): "1/2/1980" is 1 February 1980.
      await kb.press('#main .summary-row[data-step="date-of-birth"] .summary-actions button');
      await walk.arrive(step('date-of-birth'), { name: 'date-of-birth (change)' });
      await kb.date('q-date-of-birth-date', { day: '', month: '', year: '' });
      await kb.tabTo('#q-date-of-birth-date-day');
      await page.keyboard.type('1/2/1980');
      await page.keyboard.press('Enter');
      await walk.arrive(CHECK_ANSWERS, { kind: 'page', name: 'check answers again' });
      row = (await answerRows(page)).find((r) => r.step === 'date-of-birth');
      assert.deepEqual(row?.answer, ['1 February 1980']);
      walk.assertNoProblems();
    },
    { mode: 'keyboard' },
  ));

// ------------------------------------------------------------------------------------------
// Radios: "I don't know" offered, nothing preselected
// ------------------------------------------------------------------------------------------

/** On a radio question: nothing chosen, and "I don't know" offered last. */
async function noneChosen(page, f, name, { unknown = true } = {}) {
  const radios = await page.locator('#main form.step input[type="radio"]').evaluateAll((rs) =>
    rs.map((r) => ({ checked: r.checked, label: document.querySelector(`label[for="${r.id}"]`)?.textContent.trim() })),
  );
  f.ok(radios.length >= 2, `${name}: a radio question`);
  f.deepEqual(radios.filter((r) => r.checked).map((r) => r.label), [], `${name}: nothing is preselected`);
  if (unknown) f.equal(radios.at(-1)?.label, en('answer-unknown'), `${name}: "I don't know" is the last option`);
  else f.ok(!radios.some((r) => r.label === en('answer-unknown')), `${name}: no "I don't know" on the start question`);
}

test('"I don\'t know" is offered on every question, and no radio is chosen before the person chooses', (t) =>
  open(t, async (page, walk) => {
    const f = new Faults(t);
    const d = walk.drive;
    await noneChosen(page, f, 'start', { unknown: false });
    // Travel limits: the permit basis, then (basis "something else") whether after asylum.
    await begin(walk, { start: 1, want: 0, first: step('permit-basis') });
    await noneChosen(page, f, 'permit-basis');
    await d.choose('q-permit-basis', 5);
    await walk.next(step('after-asylum'), { name: 'after-asylum' });
    await noneChosen(page, f, 'after-asylum');
    // The work permit, every question, from the start again.
    await d.press(BACK);
    await walk.arrive(step('permit-basis'));
    await d.press(BACK);
    await walk.arrive(step('want'));
    await d.press(BACK);
    await walk.arrive(step('start'));
    await d.choose('q-start', 0);
    await walk.next(step('want'));
    await noneChosen(page, f, 'want', { unknown: false });
    await d.choose('q-want', 1);
    for (const [id, next] of [
      ['protection', 'interview'],
      ['interview', 'passport'],
      ['passport', 'decision'],
      ['decision', 'dublin'],
    ]) {
      if (id === 'protection') await walk.next(step(id), { name: id });
      await noneChosen(page, f, id);
      await d.choose(`q-${id}`, 0);
      await walk.next(step(next), { name: next });
    }
    await noneChosen(page, f, 'dublin');
    f.done();
  }));

// ------------------------------------------------------------------------------------------
// Check your answers, Change links
// ------------------------------------------------------------------------------------------

/** The work permit with the interview and the decision left unanswered. */
async function workPermitGaps(walk) {
  const d = walk.drive;
  await begin(walk, { start: 0, want: 1, first: step('protection') });
  await d.choose('q-protection', 0);
  await walk.next(step('interview'), { name: 'interview' });
  await walk.next(step('passport'), { name: 'passport' }); // not answered
  await d.choose('q-passport', YES);
  await walk.next(step('decision'), { name: 'decision' });
  await walk.next(step('dublin'), { name: 'dublin' }); // not answered
  await d.choose('q-dublin', NO);
}

test('"Check your answers" lists the questions not answered; Change goes to the question and back', (t) =>
  open(t, async (page, walk) => {
    const d = walk.drive;
    await workPermitGaps(walk);
    await walk.next(CHECK_ANSWERS, { kind: 'page', name: 'check answers' });
    const rows = await answerRows(page);
    assert.deepEqual(
      rows.map((r) => [r.step, r.answer.join(' / '), r.missing]),
      [
        ['protection', en('q-protection-individual'), false],
        ['interview', en('answer-not-given'), true],
        ['passport', en('answer-yes'), false],
        ['decision', en('answer-not-given'), true],
        ['dublin', en('answer-no'), false],
      ],
    );
    assert.equal(
      squash(await page.locator('#main .notice-inline').textContent()),
      '2 questions are not answered. You can still see the answer; it will say what it cannot tell.',
    );
    // Change the interview: to its question, and back here (not on to the next question).
    await d.press('#main .summary-row[data-step="interview"] .summary-actions button');
    await walk.arrive(step('interview'), { name: 'interview (change)' });
    await d.choose('q-interview', YES);
    await walk.next(CHECK_ANSWERS, { kind: 'page', name: 'check answers again' });
    let after = await answerRows(page);
    assert.deepEqual(after.find((r) => r.step === 'interview'), { step: 'interview', question: en('q-interview'), answer: [en('answer-yes')], missing: false });
    assert.equal(
      squash(await page.locator('#main .notice-inline').textContent()),
      'One question is not answered. You can still see the answer; it will say what it cannot tell.',
    );
    // Change an answered question: its answer is there, chosen.
    await d.press('#main .summary-row[data-step="dublin"] .summary-actions button');
    await walk.arrive(step('dublin'), { name: 'dublin (change)' });
    assert.equal(await page.isChecked('#q-dublin-1'), true, 'the answer given is chosen');
    await walk.next(CHECK_ANSWERS, { kind: 'page', name: 'check answers, third time' });
    after = await answerRows(page);
    assert.deepEqual(after.map((r) => r.missing), [false, false, false, true, false]);
    walk.assertNoProblems();
  }));

test('the result lists "Questions you did not answer", each a link to its question and back to the result', (t) =>
  open(t, async (page, walk, today) => {
    const d = walk.drive;
    await workPermitGaps(walk);
    await walk.next(CHECK_ANSWERS, { kind: 'page' });
    await d.press(SEE_ANSWER);
    await walk.arrive(RESULT, { kind: 'result', name: 'result' });
    let shown = await readResult(page);
    const input = { protection: 'individual', hadAsylumInterview: null, validPassport: true, decision: null, dublinCase: false };
    assert.equal(shown.summary, engine.answer('work-permit', input, { asOf: today }).summary);
    assert.equal(squash(await page.locator('#main .not-answered h2').textContent()), en('result-not-answered'));
    assert.deepEqual(shown.notAnswered, [en('q-interview'), en('q-decision')]);
    // The link is a button to the question; answering it comes back to the result.
    await d.press('#main .not-answered li:nth-child(1) button');
    await walk.arrive(step('interview'), { name: 'interview (from the result)' });
    await d.choose('q-interview', YES);
    await walk.next(RESULT, { kind: 'result', name: 'result again' });
    shown = await readResult(page);
    assert.deepEqual(shown.notAnswered, [en('q-decision')]);
    assert.equal(shown.summary, engine.answer('work-permit', { ...input, hadAsylumInterview: true }, { asOf: today }).summary);
    await d.press('#main .not-answered li:nth-child(1) button');
    await walk.arrive(step('decision'), { name: 'decision (from the result)' });
    await d.choose('q-decision', 0);
    await walk.next(RESULT, { kind: 'result', name: 'result, all answered' });
    shown = await readResult(page);
    assert.equal(await page.locator('#main .not-answered').count(), 0, 'nothing left unanswered');
    assert.equal(shown.summary, en('wp-summary-eligible'));
    walk.assertNoProblems();
  }));

// ------------------------------------------------------------------------------------------
// The stays editor
// ------------------------------------------------------------------------------------------

test('stays abroad: add two, change one, remove one and undo; the answers page lists them', (t) =>
  open(
    t,
    async (page, walk) => {
      const f = new Faults(t);
      const d = walk.drive;
      await begin(walk, { start: 3, want: 0, first: step('stays') });
      const lines = () => page.locator('#main .stay-list .stay-dates').allTextContents();
      const add = '#stays .stays > button.button-secondary';
      assert.equal(squash(await page.locator('#main .stays-none').textContent()), en('stays-none-yet'));

      // Stay 1: 1 March – 15 April 2024. Stay 2: 1 – 20 June 2025.
      await d.press(add);
      await page.waitForFunction(() => document.activeElement?.id === 'stay-0-from-day');
      await d.date('stay-0-from', utc(2024, 3, 1));
      await d.date('stay-0-to', utc(2024, 4, 15));
      await d.press('#stay-0 .stay-form button.button-secondary');
      await page.locator('#stay-0 .stay-line').waitFor();
      await d.press(add);
      await page.waitForFunction(() => document.activeElement?.id === 'stay-1-from-day');
      await d.date('stay-1-from', utc(2025, 6, 1));
      await d.date('stay-1-to', utc(2025, 6, 20));
      await d.tick('stay-1-schengen');
      await d.press('#stay-1 .stay-form button.button-secondary');
      await page.locator('#stay-1 .stay-line').waitFor();
      assert.deepEqual(await lines(), ['1 March 2024 – 15 April 2024', '1 June 2025 – 20 June 2025']);
      assert.equal(await page.locator('#main .stays-none').count(), 0);

      // Change stay 1: the form opens with its dates; the return becomes 20 April.
      await d.press('#stay-0 .stay-line .stay-actions button:first-child');
      await page.locator('#stay-0 .stay-form').waitFor();
      f.deepEqual(
        await page.evaluate(() => ['from', 'to'].map((w) => ['day', 'month', 'year'].map((p) => document.getElementById(`stay-0-${w}-${p}`).value))),
        [['1', '3', '2024'], ['15', '4', '2024']],
        'Change opens the stay with its dates',
      );
      await d.date('stay-0-to', utc(2024, 4, 20));
      await d.press('#stay-0 .stay-form button.button-secondary');
      await page.locator('#stay-0 .stay-line').waitFor();
      assert.deepEqual(await lines(), ['1 March 2024 – 20 April 2024', '1 June 2025 – 20 June 2025']);

      // Remove stay 1: stay 2 moves up; "Stay 1 was removed." with Undo.
      await d.press('#stay-0 .stay-line .stay-actions button:last-child');
      await page.locator('#main .stays .status-message').waitFor();
      assert.deepEqual(await lines(), ['1 June 2025 – 20 June 2025']);
      assert.match(squash(await page.locator('#main .stays .status-message').textContent()), new RegExp(`^${en('stay-removed', { n: 1 })} ${en('undo')}$`));
      await d.press('#main .stays .status-message button');
      await page.waitForFunction(() => document.querySelectorAll('#main .stay-list .stay').length === 2);
      assert.deepEqual(await lines(), ['1 March 2024 – 20 April 2024', '1 June 2025 – 20 June 2025'], 'Undo puts it back where it was');
      assert.equal(await page.locator('#main .stays .status-message').count(), 0);

      // On to "Check your answers": both stays in words, the Schengen one marked.
      await walk.next(step('trip'), { name: 'trip' });
      for (const [id, next] of [['trip', 'brexit'], ['brexit', 'gave-incorrect'], ['gave-incorrect', 'withheld'], ['withheld', 'incorrect-identity']]) {
        assert.ok(id);
        await walk.next(step(next), { name: next });
      }
      await walk.next(CHECK_ANSWERS, { kind: 'page', name: 'check answers' });
      const row = (await answerRows(page)).find((r) => r.step === 'stays');
      assert.deepEqual(row?.answer, [
        '1 March 2024 to 20 April 2024',
        `1 June 2025 to 20 June 2025 (${en('stay-mark-schengen')})`,
      ]);
      f.done();
      walk.assertNoProblems();
    },
    { mode: 'keyboard' },
  ));

// ------------------------------------------------------------------------------------------
// Back
// ------------------------------------------------------------------------------------------

test('the app\'s Back link steps back through the pages, keeping every answer, and adds no history', (t) =>
  open(t, async (page, walk, today) => {
    const f = new Faults(t);
    const d = walk.drive;
    assert.equal(await page.locator(BACK).count(), 0, 'no Back on the first page');
    await begin(walk, { start: 1, want: 0, first: step('permit-basis') });
    await d.choose('q-permit-basis', 1);
    await walk.next(step('permit-dates'));
    await d.date('q-permit-dates-from', addDays(today, -100));
    await d.date('q-permit-dates-until', addDays(today, 265));
    await walk.next(step('residence-since'));
    const history = await page.evaluate(() => history.length);

    await d.press(BACK);
    await walk.arrive(step('permit-dates'), { name: 'back to permit-dates' });
    f.equal(await page.inputValue('#q-permit-dates-until-year'), String(addDays(today, 265).getUTCFullYear()), 'the dates are kept');
    await d.press(BACK);
    await walk.arrive(step('permit-basis'), { name: 'back to permit-basis' });
    f.equal(await page.isChecked('#q-permit-basis-1'), true, 'the basis is kept');
    await d.press(BACK);
    await walk.arrive(step('want'), { name: 'back to want' });
    f.equal(await page.isChecked('#q-want-0'), true, '"What do you want to know?" keeps the choice');
    await d.press(BACK);
    await walk.arrive(step('start'), { name: 'back to start' });
    f.equal(await page.isChecked('#q-start-1'), true, 'the situation is kept');
    f.equal(await page.locator(BACK).count(), 0, 'no Back on the first page');
    f.equal(await page.evaluate(() => history.length), history, 'Back uses no browser history');
    // And forward again: everything as it was.
    await d.continue();
    await walk.arrive(step('want'));
    await d.choose('q-want', 0);
    await walk.next(step('permit-basis'));
    f.equal(await page.isChecked('#q-permit-basis-1'), true, 'forward again, the basis is there');
    f.done();
    walk.assertNoProblems();
  }));

// ------------------------------------------------------------------------------------------
// Two answers without a return date
// ------------------------------------------------------------------------------------------

test('collective protection and a planned trip to Ukraine: do not make this trip, no return date', (t) =>
  open(t, async (page, walk, today) => {
    const d = walk.drive;
    const permitStart = addDays(today, -270);
    const permitEnd = addDays(today, 95);
    const leave = addDays(today, 20);
    const back = addDays(today, 35);
    await begin(walk, { start: 2, want: 0, first: step('permit-dates') });
    // Collective protection: no permit basis is asked.
    await d.date('q-permit-dates-from', permitStart);
    await d.date('q-permit-dates-until', permitEnd);
    await walk.next(step('stays'), { name: 'stays' });
    await walk.next(step('trip'), { name: 'trip' });
    await d.date('trip-from', leave);
    await d.date('trip-to', back);
    await d.tick('trip-ukraine');
    assert.equal(await page.isChecked('#trip-ukraine'), true);
    await walk.next(CHECK_ANSWERS, { kind: 'page' });
    await d.press(SEE_ANSWER);
    await walk.arrive(RESULT, { kind: 'result', name: 'result' });

    const response = engine.answer(
      'travel-limits',
      {
        situation: 'collective-protection',
        permitStart: iso(permitStart),
        permitEnd: iso(permitEnd),
        stays: [],
        plannedTrip: { from: iso(leave), to: iso(back), schengen: false, ukraine: true },
      },
      { asOf: today },
    );
    assert.equal(response.figures.latestReturnDate, null);
    assert.equal(response.figures.latestReturnRule, 'tl.no-ukraine-trip');
    const shown = await readResult(page);
    assert.equal(shown.summary, response.summary);
    assert.ok(shown.summary.includes(en('tl-summary-plan-ukraine')), shown.summary);
    assert.deepEqual(datesIn(shown.summary), [], 'no date, so no return date, in the summary');
    assert.equal(await page.locator('#main .result-plan').count(), 0);
    const rule = shown.criteria.find((c) => c.id === 'tl.no-ukraine-trip');
    assert.ok(rule?.open, 'the Ukraine rule is shown among those that decide');
    walk.assertNoProblems();
  }));

test('a permit that has ended: do not travel, and no return date', (t) =>
  open(t, async (page, walk, today) => {
    const d = walk.drive;
    const permitStart = addDays(today, -400);
    const permitEnd = addDays(today, -10);
    const leave = addDays(today, 20);
    await begin(walk, { start: 1, want: 0, first: step('permit-basis') });
    await d.choose('q-permit-basis', 5);
    await walk.next(step('after-asylum'));
    await d.choose('q-after-asylum', NO);
    await walk.next(step('permit-dates'));
    await d.date('q-permit-dates-from', permitStart);
    await d.date('q-permit-dates-until', permitEnd);
    await walk.next(step('residence-since'));
    await walk.next(step('stays'));
    await walk.next(step('trip'));
    await d.date('trip-from', leave);
    await walk.next(CHECK_ANSWERS, { kind: 'page' });
    await d.press(SEE_ANSWER);
    await walk.arrive(RESULT, { kind: 'result', name: 'result' });

    const response = engine.answer(
      'travel-limits',
      {
        situation: 'temporary-permit',
        permitBasis: 'other',
        afterAsylumApplication: false,
        permitStart: iso(permitStart),
        permitEnd: iso(permitEnd),
        stays: [],
        plannedTrip: { from: iso(leave), to: null, schengen: false },
      },
      { asOf: today },
    );
    assert.equal(response.outcome, 'must-not-travel');
    assert.equal(response.figures.latestReturnDate, null);
    const shown = await readResult(page);
    assert.equal(shown.outcome, 'MustNotTravel');
    assert.equal(shown.headline, en('outcome-must-not-travel'));
    assert.equal(shown.summary, response.summary);
    assert.equal(shown.summary, en('tl-summary-permit-ended', { end: writtenEn(permitEnd) }));
    // The only date is the day the permit ended; no day from today on is offered.
    assert.deepEqual(datesIn(shown.summary).map(iso), [iso(permitEnd)]);
    const page_ = bare(await page.locator('#main').textContent());
    for (let i = 1; i <= 400; i += 1) {
      assert.ok(!page_.includes(written('en', addDays(today, i))), `the page names ${iso(addDays(today, i))}`);
    }
    assert.equal(await page.locator('#main .result-plan').count(), 0);
    const valid = shown.criteria.find((c) => c.id === 'tl.permit-valid');
    assert.equal(valid?.status, 'status-not-met');
    assert.ok(valid?.open);
    walk.assertNoProblems();
  }));

// ------------------------------------------------------------------------------------------
// The 2021 temporary regulation
// ------------------------------------------------------------------------------------------

/**
 * Seed 001's first example (kept from the old tab test): born 1 October 1972, first asylum
 * application 1 October 2005, no stays abroad: on 1 October 2021 the person is 49 and has lived
 * in Norway 16 years (5,844 days: 16 × 365 + 4 leap days), 65 together, and the request was
 * made on 1 November 2021, before the deadline. Every other answer favourable: eligible, a full
 * permit (identity documented), and the answer still says that the scheme is closed.
 */
test('the 2021 temporary regulation: not on the way, under "Other checks", seed 001\'s example eligible, and closed', (t) =>
  open(t, async (page, walk, today) => {
    const d = walk.drive;
    const title = en('check-temporary-regulation');
    // Not among "What do you want to know?" for anyone.
    for (const start of [0, 1, 2, 3]) {
      await d.choose('q-start', start);
      await walk.next(step('want'), { name: `want (${start})` });
      const offered = await page.locator('#main label.radio-label').allTextContents();
      assert.ok(!offered.includes(title), `situation ${start}: ${offered}`);
      await d.press(BACK);
      await walk.arrive(step('start'));
    }
    await d.press('#main .other-checks-link button');
    await walk.arrive('#main .check-list', { kind: 'page', name: 'other checks' });
    assert.equal(squash(await page.locator('#main h1').textContent()), en('other-checks-title'));
    const item = page.locator('#main .check-item', { hasText: title });
    assert.equal(await item.count(), 1);
    assert.equal(squash(await item.locator('.hint').textContent()), en('check-temporary-regulation-hint'));
    await d.press(await otherCheck(page, title));
    await walk.arrive(step('applied-for-asylum'), { name: 'applied-for-asylum' });
    await d.choose('q-applied-for-asylum', YES);
    await walk.next(step('first-application'));
    await d.date('q-first-application-date', utc(2005, 10, 1));
    await walk.next(step('date-of-birth'));
    await d.date('q-date-of-birth-date', utc(1972, 10, 1));
    await walk.next(step('tr-stays'));
    await walk.next(step('left-after-rejection'));
    for (const [id, answer, next] of [
      ['left-after-rejection', NO, 'lived-2019'],
      ['lived-2019', YES, 'lives-in-norway'],
      ['lives-in-norway', YES, 'convicted'],
      ['convicted', NO, 'has-permit'],
      ['has-permit', NO, 'identity'],
      ['identity', YES, 'request-date'],
    ]) {
      await d.choose(`q-${id}`, answer);
      await walk.next(step(next), { name: next });
    }
    await d.date('q-request-date-date', utc(2021, 11, 1));
    await walk.next(CHECK_ANSWERS, { kind: 'page' });
    await d.press(SEE_ANSWER);
    await walk.arrive(RESULT, { kind: 'result', name: 'result' });
    const response = engine.answer(
      'temporary-regulation',
      {
        appliedForAsylum: true,
        firstAsylumApplication: '2005-10-01',
        dateOfBirth: '1972-10-01',
        stays: [],
        leftAfterRejectionAndReapplied: false,
        livedInNorwayOn20190101: true,
        livesInNorway: true,
        convicted: false,
        hasResidencePermit: false,
        identityDocumented: true,
        requestDate: '2021-11-01',
      },
      { asOf: today },
    );
    assert.equal(response.outcome, 'eligible');
    assert.equal(response.permitType, 'full');
    assert.equal(response.figures.residenceDays, 16 * 365 + 4);
    assert.equal(response.figures.sixteenYearsReachedOn, '2021-10-01');
    assert.equal(response.figures.ageOnCutoff, 49);
    const shown = await readResult(page);
    assert.equal(shown.outcome, 'Eligible');
    assert.equal(shown.summary, response.summary);
    assert.ok(shown.summary.startsWith(en('tr-summary-eligible-full')), shown.summary);
    assert.ok(shown.summary.includes(en('tr-summary-closed', { deadline: '1 December 2021' })), shown.summary);
    const sixteen = shown.criteria.find((c) => c.id === 'tr.sixteen-years');
    assert.deepEqual(
      sixteen?.figures.find(([label]) => label === en('figure-sixteenYearsReachedOn')),
      [en('figure-sixteenYearsReachedOn'), '1 October 2021'],
    );
    walk.assertNoProblems();
  }));

// ------------------------------------------------------------------------------------------
// Cases kept from the old per-tab tests
// ------------------------------------------------------------------------------------------

/** Permanent permit: the stays, then Continue through every other question to the answer. */
async function permanentPermitWith(walk, { stays = [], trip }) {
  const d = walk.drive;
  const page = walk.page;
  await begin(walk, { start: 3, want: 0, first: step('stays') });
  for (const [i, stay] of stays.entries()) {
    await d.press('#stays .stays > button.button-secondary');
    await page.locator(`#stay-${i}-from-day`).waitFor();
    await d.date(`stay-${i}-from`, stay.from);
    if (stay.to) await d.date(`stay-${i}-to`, stay.to);
    else await d.tick(`stay-${i}-ongoing`);
    await d.press(`#stay-${i} .stay-form .button-row button.button-secondary`);
    await page.locator(`#stay-${i} .stay-line`).waitFor();
  }
  await walk.next(step('trip'));
  if (trip) await d.date('trip-from', trip);
  for (const next of ['brexit', 'gave-incorrect', 'withheld', 'incorrect-identity']) await walk.next(step(next), { name: next });
  await walk.next(CHECK_ANSWERS, { kind: 'page' });
  await d.press(SEE_ANSWER);
  await walk.arrive(RESULT, { kind: 'result', name: 'result' });
}

/**
 * The hand count of the old permanent-permit test (RULES.md §2, C3 and C10). Stay 1: left 1
 * January 2025, back 31 December 2025: 363 days abroad, all in 2025, which counts (60 or more).
 * The trip leaves 1 December 2026 (under 15 months later: the same period); its days abroad
 * start on 2 December 2026. 2026: 30 days, under 60, not counted. 2027: all 365 count. 2028:
 * back on 29 February 2028 gives 59 days (1 January – 28 February), not counted: 363 + 365 = 728
 * within the four years from 2 January 2025; back on 1 March makes 60, which count: 788 >= 730.
 * The trip itself has 454 days abroad, under 730. So: back on 29 February 2028, set by the
 * four-year rule.
 */
test('permanent permit, whole calendar years: 363 days in 2025, leaving 1 December 2026, back by 29 February 2028', (t) =>
  open(t, async (page, walk, today) => {
    await permanentPermitWith(walk, { stays: [{ from: utc(2025, 1, 1), to: utc(2025, 12, 31) }], trip: utc(2026, 12, 1) });
    const response = engine.answer(
      'permanent-permit',
      { stays: [{ from: '2025-01-01', to: '2025-12-31' }], plannedTrip: { from: '2026-12-01', to: null } },
      { asOf: today },
    );
    assert.equal(response.figures.latestReturnDate, '2028-02-29');
    assert.equal(response.figures.latestReturnRule, 'pp.four-year-total');
    const shown = await readResult(page);
    assert.equal(shown.summary, response.summary);
    assert.ok(
      shown.summary.includes(`If you leave on 1 December 2026, come back on 29 February 2028 at the latest: ${en('pp-summary-why-four-year')}`),
      shown.summary,
    );
    walk.assertNoProblems();
  }));

test('permanent permit, a stay still going on (left 100 days ago): come back within two years of leaving', (t) =>
  open(t, async (page, walk, today) => {
    const left = addDays(today, -100);
    await permanentPermitWith(walk, { stays: [{ from: left }] });
    // One stay, so the continuous rule decides: back on R means R - left - 1 days abroad (C3),
    // and 730 is too many, so R = left + 730.
    const latest = addDays(left, 730);
    const response = engine.answer('permanent-permit', { stays: [{ from: iso(left), to: null }], plannedTrip: null }, { asOf: today });
    assert.equal(response.figures.latestReturnDate, iso(latest));
    const shown = await readResult(page);
    assert.equal(shown.summary, response.summary);
    assert.ok(
      shown.summary.includes(`For the stay you are on now (since ${writtenEn(left)}), come back on ${writtenEn(latest)} at the latest: ${en('pp-summary-why-continuous')}`),
      shown.summary,
    );
    walk.assertNoProblems();
  }));

test('work permit: a rejection means not eligible now, and the answer says why', (t) =>
  open(t, async (page, walk, today) => {
    const d = walk.drive;
    await begin(walk, { start: 0, want: 1, first: step('protection') });
    await d.choose('q-protection', 0);
    for (const [id, answer, next] of [
      ['interview', YES, 'passport'],
      ['passport', YES, 'decision'],
      ['decision', 1, 'dublin'],
    ]) {
      await walk.next(step(id), { name: id });
      await d.choose(`q-${id}`, answer);
      if (next === 'dublin') await walk.next(step(next), { name: next });
    }
    await d.choose('q-dublin', NO);
    await walk.next(CHECK_ANSWERS, { kind: 'page' });
    await d.press(SEE_ANSWER);
    await walk.arrive(RESULT, { kind: 'result', name: 'result' });
    const response = engine.answer(
      'work-permit',
      { protection: 'individual', hadAsylumInterview: true, validPassport: true, decision: 'rejected', dublinCase: false },
      { asOf: today },
    );
    const shown = await readResult(page);
    assert.equal(shown.outcome, 'NotEligible');
    assert.equal(shown.summary, response.summary);
    assert.equal(shown.summary, 'You cannot be granted a temporary work permit now: your application has been rejected.');
    const decision = shown.criteria.find((c) => c.id === 'wp.no-decision');
    assert.equal(decision?.status, 'status-not-met');
    assert.ok(decision?.open);
    walk.assertNoProblems();
  }));

/**
 * The residence card (kept from the old guides test): an appointment on Friday 20 March 2026,
 * before Easter. Twenty working days, with Maundy Thursday (2 April), Good Friday (3 April) and
 * Easter Monday (6 April) left out, end on Wednesday 22 April 2026 (not Friday 17 April).
 */
test('residence card: the earliest day the card can come, Easter left out', (t) =>
  open(t, async (page, walk) => {
    const d = walk.drive;
    await begin(walk, { start: 1, want: 1, first: step('card-applied') });
    await d.choose('q-card-applied', 1);
    await walk.next(step('card-kind'));
    await d.choose('q-card-kind', 0);
    await walk.next(step('card-appointment'));
    await d.date('q-card-appointment-date', utc(2026, 3, 20));
    await walk.next(CHECK_ANSWERS, { kind: 'page' });
    await d.press(SEE_ANSWER);
    await walk.arrive(RESULT, { kind: 'result', name: 'result' });
    assert.equal(squash(await page.locator('#result-summary').textContent()), en('guide-text-police-will-contact'));
    assert.equal(squash(await page.locator('#main .result-plan').textContent()), en('guide-card-earliest', { date: '22 April 2026' }));
    walk.assertNoProblems();
  }));

/** To the withdrawal guide's letter form. */
async function toLetter(walk) {
  const d = walk.drive;
  await begin(walk, { start: 0, want: 2, first: step('withdrawal-ukraine') });
  for (const next of ['withdrawal-other-permit', 'withdrawal-other-application', 'withdrawal-under-90']) {
    await d.choose(`q-${(await walk.page.locator('#main form.step').getAttribute('data-step'))}`, NO);
    await walk.next(step(next), { name: next });
  }
  await d.choose('q-withdrawal-under-90', NO);
  await walk.next(CHECK_ANSWERS, { kind: 'page' });
  await d.press(SEE_ANSWER);
  await walk.arrive(RESULT, { kind: 'result', name: 'result' });
  await walk.page.locator('#letter-name').waitFor();
}

test('the withdrawal letter form: errors next to the fields, aria-invalid, described by them, focus on the first', (t) =>
  open(
    t,
    async (page, walk) => {
      const f = new Faults(t);
      const d = walk.drive;
      await toLetter(walk);
      f.equal(await page.locator('#letter-name-error').count(), 0, 'no error before asking for the letter');
      await d.text('#letter-duf', '2012 3456 789');
      await d.press('#main .letter-section form button[type="submit"]');
      await page.locator('#letter-name-error').waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'letter-name', null, { timeout: 3000 }).catch(() => {});
      f.equal(await focusedId(page), 'letter-name', 'focus goes to the first field to fix');
      for (const [id, msg] of [['letter-name', 'guide-letter-name-missing'], ['letter-duf', 'guide-letter-duf-not-12-digits']]) {
        f.equal(squash(await page.locator(`#${id}-error`).textContent()), `${en('error-prefix')} ${en(msg)}`, `#${id}: its message`);
        f.equal(await page.getAttribute(`#${id}`, 'aria-invalid'), 'true', `#${id} has aria-invalid`);
        f.ok((await page.getAttribute(`#${id}`, 'aria-describedby') ?? '').split(/\s+/).includes(`${id}-error`), `#${id} is described by its message`);
      }
      f.equal(await page.locator('#letter-heading').count(), 0, 'no letter');
      f.equal(await page.inputValue('#letter-duf'), '2012 3456 789', 'the number typed is kept');
      // Fixed: the letter, and the errors gone.
      await d.text('#letter-name', 'Olena Kovalenko');
      await d.text('#letter-duf', '2012 3456 7890');
      await d.press('#main .letter-section form button[type="submit"]');
      await page.locator('#letter-heading').waitFor();
      f.equal(await page.locator('#letter-name-error, #letter-duf-error').count(), 0, 'the errors are gone');
      f.equal(await page.getAttribute('#letter-name', 'aria-invalid'), null, 'no aria-invalid once fixed');
      f.done();
    },
    { mode: 'keyboard' },
  ));

/**
 * Kept from the old travel-limits test ("a planned return on the latest day is within the
 * limits; one day later is not"): the person typed a return date, and the answer must say
 * whether that date keeps the limits, not only the latest date. The case: a § 38 permit (500
 * days ago to 600 days ahead), one stay in another Schengen country 100 to 81 days ago (20
 * Schengen days), a Schengen trip leaving in 10 days. Back on leave + k, the 180-day window
 * ending then holds k + 1 trip days and the earlier stay's days from that window's start: 20
 * while k <= 69, then 89 - k (exactly 90 together) until the stay has left the window at k = 89;
 * one day more is 91 (C4). So the latest return is leave + 89, and the person plans leave + 90.
 */
test('a planned return one day later than allowed: the answer says so, naming the date planned', (t) =>
  open(t, async (page, walk, today) => {
    const d = walk.drive;
    const permitStart = addDays(today, -500);
    const permitEnd = addDays(today, 600);
    const stay = { from: addDays(today, -100), to: addDays(today, -81) };
    const leave = addDays(today, 10);
    const latest = addDays(leave, 89);
    const planned = addDays(latest, 1);
    await begin(walk, { start: 1, want: 0, first: step('permit-basis') });
    await d.choose('q-permit-basis', 1);
    await walk.next(step('permit-dates'));
    await d.date('q-permit-dates-from', permitStart);
    await d.date('q-permit-dates-until', permitEnd);
    await walk.next(step('residence-since'));
    await walk.next(step('stays'));
    await d.press('#stays .stays > button.button-secondary');
    await page.locator('#stay-0-from-day').waitFor();
    await d.date('stay-0-from', stay.from);
    await d.date('stay-0-to', stay.to);
    await d.tick('stay-0-schengen');
    await d.press('#stay-0 .stay-form .button-row button.button-secondary');
    await walk.next(step('trip'));
    await d.date('trip-from', leave);
    await d.date('trip-to', planned);
    await d.tick('trip-schengen');
    await walk.next(CHECK_ANSWERS, { kind: 'page' });
    await d.press(SEE_ANSWER);
    await walk.arrive(RESULT, { kind: 'result', name: 'result' });
    const response = engine.answer(
      'travel-limits',
      {
        situation: 'temporary-permit',
        permitBasis: 'humanitarian',
        permitStart: iso(permitStart),
        permitEnd: iso(permitEnd),
        stays: [{ from: iso(stay.from), to: iso(stay.to), schengen: true }],
        plannedTrip: { from: iso(leave), to: iso(planned), schengen: true },
      },
      { asOf: today },
    );
    assert.equal(response.figures.latestReturnDate, iso(latest));
    assert.equal(response.figures.latestReturnRule, 'tl.schengen');
    assert.equal(response.figures.plannedReturnWithinLimits, false);
    const shown = await readResult(page);
    assert.equal(shown.summary, response.summary);
    assert.ok(shown.summary.includes(writtenEn(latest)), shown.summary);
    // The date the person planned is answered, in the panel at the top.
    const panel = squash(await page.locator('#main .result-panel').textContent());
    assert.ok(panel.includes(writtenEn(planned)), `the answer does not mention the planned return on ${writtenEn(planned)}: ${panel}`);
  }));
