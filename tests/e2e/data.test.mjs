// "Your answers on this phone" (src/ui/data.rs) in a real browser: nothing is kept unless the
// person asks; "Remember my answers on this phone" keeps them, with the language, as one
// version-2 document under `notes/` and brings them back after a reload; "Erase them when I use
// Exit this page" makes Exit remove them; Erase asks first; Save writes `notes-<date>.json`,
// which opens in a fresh browser to the same answers (and Undo puts back those it replaced);
// broken, foreign and newer files are refused, the first app's files are migrated; something
// unreadable kept on the device is left alone; the printed summary holds only the checks with
// answers; in Arabic too, and axe finds nothing on the data page or the summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, axe, foreignRequests, useBrowser } from './lib.mjs';
import {
  FORMAT,
  VERSION,
  KEY,
  START,
  WORK_PERMIT,
  msg,
  plain,
  ready,
  openApp,
  next,
  choose,
  walkWorkPermit,
  openData,
  openPrint,
  printSections,
  statusText,
  waitForStatus,
  openFile,
  save,
  today,
  kept,
  waitForKept,
  deviceStorage,
  answerExitLocally,
  waitForExit,
  switchLanguage,
  isChecked,
  versionOne,
  versionZero,
} from './data-lib.mjs';

const withPage = useBrowser();

/** A fresh browser in English without the service worker (it has nothing to do with the answers
 * and its install fetches every file of the app; the first test keeps it). */
const NO_WORKER = { locale: 'en', serviceWorkers: 'block' };

/** What the walk of `walkWorkPermit` answers, as the document holds it. */
const WORK_PERMIT_ANSWERS = {
  start: { reply: 'is', value: 'asylum-seeker' },
  protection: { reply: 'is', value: 'individual' },
  hadAsylumInterview: { reply: 'is', value: true },
  validPassport: { reply: 'is', value: false },
  decision: { reply: 'is', value: 'none' },
  dublinCase: { reply: 'is', value: false },
};

/** The answers of `walkWorkPermit` as the summary lists them, in a language. */
const workPermitRows = (tag) => [
  [msg(tag, 'q-protection'), [msg(tag, 'q-protection-individual')]],
  [msg(tag, 'q-interview'), [msg(tag, 'answer-yes')]],
  [msg(tag, 'q-passport'), [msg(tag, 'answer-no')]],
  [msg(tag, 'q-decision'), [msg(tag, 'q-decision-none')]],
  [msg(tag, 'q-dublin'), [msg(tag, 'answer-no')]],
].map(([q, a]) => [plain(q), a.map(plain)]);

/** The kept document's explanation when it cannot be read (data.rs shows this message for it). */
const UNREADABLE = 'data-kept-unreadable';

/** Asserts that every member of `expected` is in `answers` as given. */
function assertAnswers(answers, expected, what) {
  for (const [key, value] of Object.entries(expected)) {
    assert.deepEqual(answers?.[key], value, `${what}: answers.${key}`);
  }
}

/** Waits for a radio to be checked (the kept answers are read after the app has mounted). */
async function waitChecked(page, selector, what) {
  await page
    .waitForFunction((s) => document.querySelector(s)?.checked === true, selector, { timeout: 15_000 })
    .catch(() => assert.fail(`${what}: ${selector} is not checked`));
}

/** From the start page (answers given), walks the work-permit questions and checks each answer is there. */
async function expectWorkPermitAnswersOnScreen(page, what) {
  await waitChecked(page, `#q-start-${START.asylumSeeker}`, `${what}: the start question`);
  await next(page);
  await choose(page, 'want', 1);
  for (const [step, index] of WORK_PERMIT) {
    await page.waitForSelector(`main form.step[data-step="${step}"]`);
    assert.equal(await isChecked(page, `#q-${step}-${index}`), true, `${what}: the answer to ${step}`);
    await next(page);
  }
  await page.waitForSelector('main .summary-list');
}

test('off by default: a whole check, the data page and the summary leave nothing on the device', () =>
  withPage({ locale: 'en' }, async (page, { consoleErrors, requests }) => {
    await openApp(page);
    await walkWorkPermit(page);
    await openData(page);
    assert.equal(await page.isChecked('#data-remember'), false, 'remembering is off by default');
    assert.equal(await page.locator('#data-erase-on-exit').count(), 0, 'the Exit choice is only offered while remembering');
    assert.equal(await statusText(page), '');
    await openPrint(page);
    await page.click('main .back-link');
    await page.waitForSelector('#data-remember');

    const device = await deviceStorage(page);
    assert.deepEqual(device.local, {}, 'localStorage');
    assert.equal(device.session, 0, 'sessionStorage');
    assert.equal(device.cookie, '', 'cookies');
    assert.deepEqual(device.databases, [], 'IndexedDB');
    // The service worker keeps the app's own files, and nothing else.
    for (const { cache, url } of device.cached) {
      assert.ok(cache.startsWith('permit-check '), `cache ${cache}`);
      assert.ok(url.startsWith(baseUrl) && !url.includes('?') && !url.includes('#'), `cached ${url}`);
    }
    assert.deepEqual(foreignRequests(requests), []);

    // Closing and opening the page again (a reload) starts empty.
    await page.reload();
    await ready(page);
    assert.equal(await isChecked(page, `#q-start-${START.asylumSeeker}`), false, 'nothing comes back after a reload');
    assert.deepEqual((await deviceStorage(page)).local, {});
    assert.deepEqual(consoleErrors, []);
  }));

test('remember → a version-2 document with the language → reload: the answers and the language are back; off: removed, the answers stay on screen', () =>
  withPage(NO_WORKER, async (page, { consoleErrors }) => {
    await openApp(page);
    await walkWorkPermit(page);
    await openData(page);
    assert.equal(await kept(page), undefined);
    await page.check('#data-remember');
    await waitForStatus(page, msg('en', 'data-remembered'));
    let doc = await waitForKept(page, (d) => d?.version === VERSION, 'remembering on');
    assert.equal(doc.format, FORMAT);
    assert.equal(doc.language, 'en');
    assert.ok(!doc.eraseOnExit, 'Exit does not erase unless chosen');
    assertAnswers(doc.answers, WORK_PERMIT_ANSWERS, 'kept');
    assert.equal(await page.isVisible('#data-erase-on-exit'), true, 'the Exit choice is offered');
    assert.equal(await page.isChecked('#data-erase-on-exit'), false);

    // The language is kept too, as it changes; after a reload it wins over the browser's.
    await switchLanguage(page, 'nb');
    doc = await waitForKept(page, (d) => d?.language === 'nb', 'the language is kept');
    assertAnswers(doc.answers, WORK_PERMIT_ANSWERS, 'kept after the language changed');
    await page.reload();
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'nb', 'the kept language is back');
    assert.equal(plain(await page.textContent('main h1')), plain(msg('nb', 'q-start')));
    await expectWorkPermitAnswersOnScreen(page, 'after a reload');
    // Still written as they change.
    await page.click('main .summary-row[data-step="dublin"] .summary-actions button');
    await choose(page, 'dublin', 0);
    await page.waitForSelector('main .summary-list');
    await waitForKept(page, (d) => d?.answers?.dublinCase?.value === true, 'a changed answer is kept');
    await openData(page);
    assert.equal(await page.isChecked('#data-remember'), true, 'still remembering');

    // Switching it off removes what was kept; the answers stay in the page.
    await page.uncheck('#data-remember');
    await waitForStatus(page, msg('nb', 'data-not-remembered'));
    assert.deepEqual((await deviceStorage(page)).local, {}, 'the kept answers are removed');
    assert.equal(await page.locator('#data-erase-on-exit').count(), 0);
    await page.click('main .back-link');
    await page.waitForSelector('main .summary-list');
    const passport = plain(await page.textContent('main .summary-row[data-step="passport"] .summary-value'));
    assert.equal(passport, plain(msg('nb', 'answer-no')), 'the answers are still on screen');
    assert.deepEqual((await deviceStorage(page)).local, {}, 'nothing is written again');

    await page.reload();
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the language comes from the browser again');
    assert.equal(await isChecked(page, `#q-start-${START.asylumSeeker}`), false, 'nothing comes back');
    assert.deepEqual(consoleErrors, []);
  }));

test('"Erase them when I use Exit this page": Exit (the link, and Shift three times) removes the kept answers; without it they survive Exit', () =>
  withPage(NO_WORKER, async (page, { context }) => {
    await answerExitLocally(context);

    /** From the start page: the start question answered, remembered, with or without erasing on Exit. */
    const remember = async (eraseOnExit) => {
      await choose(page, 'start', START.asylumSeeker);
      await page.waitForSelector('main form.step[data-step="want"]');
      await openData(page);
      if (!(await page.isChecked('#data-remember'))) await page.check('#data-remember');
      if (eraseOnExit) await page.check('#data-erase-on-exit');
      assert.equal(await page.isChecked('#data-erase-on-exit'), eraseOnExit);
      await waitForKept(
        page,
        (d) => d?.answers?.start?.value === 'asylum-seeker' && Boolean(d.eraseOnExit) === eraseOnExit,
        `remembered, eraseOnExit ${eraseOnExit}`,
      );
    };

    // With it on: the Exit link.
    await openApp(page);
    await remember(true);
    await page.click('#exit');
    await waitForExit(page);
    await openApp(page);
    assert.equal(await kept(page), undefined, 'Exit (the link) erased the kept answers');
    assert.equal(await isChecked(page, `#q-start-${START.asylumSeeker}`), false);

    // With it on: Shift three times.
    await remember(true);
    await page.locator('main h1').first().click();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await waitForExit(page);
    await openApp(page);
    assert.equal(await kept(page), undefined, 'Exit (Shift three times) erased the kept answers');

    // With it off: the answers survive Exit, by the link and by Shift.
    await remember(false);
    await page.click('#exit');
    await waitForExit(page);
    await openApp(page);
    assert.equal((await kept(page))?.answers?.start?.value, 'asylum-seeker', 'kept after Exit (the link)');
    await waitChecked(page, `#q-start-${START.asylumSeeker}`, 'back after Exit');
    await page.locator('main h1').first().click();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await waitForExit(page);
    await openApp(page);
    assert.equal((await kept(page))?.answers?.start?.value, 'asylum-seeker', 'kept after Exit (Shift)');

    // Switching remembering off also turns the Exit choice off.
    await remember(true);
    assert.equal(await page.isChecked('#data-erase-on-exit'), true);
    await page.uncheck('#data-remember');
    await page.check('#data-remember');
    assert.equal(await page.isChecked('#data-erase-on-exit'), false);
    await waitForKept(page, (d) => d && !d.eraseOnExit, 'remembered again, without the Exit choice');
  }));

test('Exit at once after "erase on exit" is switched on, or after a change: nothing kept survives, and nothing is written back after Exit', () =>
  withPage(NO_WORKER, async (page, { context }) => {
    await answerExitLocally(context);
    await openApp(page);
    await choose(page, 'start', START.asylumSeeker);
    await page.waitForSelector('main form.step[data-step="want"]');
    await openData(page);
    await page.check('#data-remember');
    await waitForKept(page, (d) => d?.answers?.start?.value === 'asylum-seeker' && !d.eraseOnExit, 'remembered, without the Exit choice');
    // Switched on, and Exit pressed before the kept copy says so (it is written a moment after
    // the last change).
    await page.check('#data-erase-on-exit');
    await page.click('#exit');
    await waitForExit(page);
    // Longer than the moment after which a change is written.
    await page.waitForTimeout(1000);
    await openApp(page);
    assert.equal(await kept(page), undefined, 'erased by Exit, though the kept copy did not say so yet');
  }));

test('Erase asks first: No changes nothing; Yes empties the page and the device and stops remembering', () =>
  withPage(NO_WORKER, async (page, { consoleErrors }) => {
    await openApp(page);
    await openData(page);
    await openFile(page, versionOne(), msg('en', 'data-opened'));
    await page.check('#data-remember');
    await page.check('#data-erase-on-exit');
    const before = await waitForKept(page, (d) => d?.eraseOnExit === true, 'remembered');

    await page.click('#data-erase');
    await page.waitForSelector('#data-erase-yes');
    assert.equal(plain(await page.textContent('#data-erase-confirm')), plain(msg('en', 'data-erase-confirm')));
    assert.equal(await page.isVisible('#data-erase-no'), true);
    assert.equal(await page.evaluate(() => Boolean(document.activeElement?.closest('.confirm'))), true, 'focus moves to the question');
    await page.click('#data-erase-no');
    await page.waitForSelector('#data-erase');
    assert.deepEqual(await kept(page), before, 'No keeps everything');
    assert.equal(await page.isChecked('#data-remember'), true);
    assert.equal(await page.isChecked('#data-erase-on-exit'), true);
    // Checked at the end, so that the rest is tested too.
    const focusAfterNo = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

    await page.click('#data-erase');
    await page.click('#data-erase-yes');
    await waitForStatus(page, msg('en', 'data-erased'));
    const device = await deviceStorage(page);
    assert.deepEqual(device.local, {}, 'nothing is kept');
    assert.equal(device.session, 0);
    assert.equal(await page.isChecked('#data-remember'), false, 'remembering is off');
    assert.equal(await page.locator('#data-erase-on-exit').count(), 0);

    // The page's answers are gone too: the summary has no check, the start question no answer.
    await openPrint(page);
    assert.deepEqual(await printSections(page), []);
    await page.click('main .back-link');
    await page.waitForSelector('#data-remember');
    await page.click('main .back-link');
    await page.waitForSelector('main form.step[data-step="start"]');
    assert.equal(await page.locator('main input[name="q-start"]:checked').count(), 0, 'no answer on screen');

    await page.reload();
    await ready(page);
    assert.equal(await page.locator('main input[name="q-start"]:checked').count(), 0, 'nothing after a reload');
    assert.deepEqual((await deviceStorage(page)).local, {});
    assert.deepEqual(consoleErrors, []);
    assert.equal(focusAfterNo, 'data-erase', 'after “No, keep them”, focus is back on Erase (not lost to the page)');
  }));

test('Save → notes-<date>.json, version 2 without language; opened in a fresh browser: the same answers; Undo puts back those from before', async () => {
  let saved;
  let printed;
  await withPage(NO_WORKER, async (page, { consoleErrors }) => {
    await openApp(page);
    await walkWorkPermit(page);
    await openData(page);
    saved = await save(page);
    assert.equal(saved.name, `notes-${await today(page)}.json`, 'a neutral name with the date');
    assert.ok(plain(await page.textContent('#data-save-hint')).includes(saved.name), 'the hint names the file');
    assert.equal(saved.doc.format, FORMAT);
    assert.equal(saved.doc.version, VERSION);
    assert.ok(!('language' in saved.doc), 'a file has no language');
    assert.ok(!('eraseOnExit' in saved.doc), 'a file has no Exit setting');
    assertAnswers(saved.doc.answers, WORK_PERMIT_ANSWERS, 'saved');
    assert.deepEqual((await deviceStorage(page)).local, {}, 'saving keeps nothing on the device');
    await openPrint(page);
    printed = await printSections(page);
    assert.deepEqual(printed.map((s) => s.check), ['work-permit']);
    assert.deepEqual(consoleErrors, []);
  });

  await withPage(NO_WORKER, async (page, { consoleErrors }) => {
    await openApp(page);
    // Other answers first: a temporary permit.
    await choose(page, 'start', START.temporaryPermit);
    await page.waitForSelector('main form.step[data-step="want"]');
    await openData(page);
    const before = await save(page);
    assert.deepEqual(before.doc.answers.start, { reply: 'is', value: 'temporary-permit' });
    assert.equal(await page.locator('#data-undo').count(), 0, 'no Undo before a file is opened');

    await openFile(page, saved.text, msg('en', 'data-opened'), saved.name);
    assert.deepEqual((await save(page)).doc, saved.doc, 'the next save is the same document');
    assert.deepEqual((await deviceStorage(page)).local, {}, 'opening a file keeps nothing on the device');

    // Undo: the answers from before the file.
    await page.click('#data-undo');
    await page.waitForSelector('#data-undo', { state: 'detached' });
    assert.deepEqual((await save(page)).doc, before.doc, 'Undo puts back the answers from before');
    await page.click('main .back-link');
    await page.waitForSelector('main form.step[data-step="want"]');
    await page.click('main .back-link');
    await waitChecked(page, `#q-start-${START.temporaryPermit}`, 'the start answer from before');

    // Opened again: the same summary as in the first browser.
    await openData(page);
    await openFile(page, saved.text, msg('en', 'data-opened'), saved.name);
    await openPrint(page);
    assert.deepEqual(await printSections(page), printed, 'the same summary');
    await page.click('main .back-link');
    await page.click('main .back-link');
    await waitChecked(page, `#q-start-${START.asylumSeeker}`, 'the start answer from the file');
    assert.deepEqual(consoleErrors, []);
  });
});

test('a broken file, a file of another format and one of a newer version are refused with their messages; nothing is lost', () =>
  withPage(NO_WORKER, async (page, { consoleErrors }) => {
    await openApp(page);
    await openData(page);
    await openFile(page, versionOne(), msg('en', 'data-opened'));
    const good = await save(page);
    assert.equal(good.doc.answers.start.value, 'temporary-permit');
    await openFile(page, '{', msg('en', 'data-open-bad'));
    const bad = msg('en', 'data-open-bad');
    const newer = msg('en', 'data-open-newer');
    const cases = [
      ['not JSON', `{"format": "${FORMAT}", "version": 2,`, bad],
      ['an empty file', '', bad],
      ['a file of another kind', { hello: 'world' }, bad],
      ['another format', { format: 'other-answers', version: 2, answers: {} }, bad],
      ['no version', { format: FORMAT, answers: {} }, bad],
      ['a damaged answer', { format: FORMAT, version: 2, answers: { stays: 3 } }, bad],
      ['a huge file', `{"format":"${FORMAT}","version":2,"answers":{},"x":"${'x'.repeat(1_100_000)}"}`, bad],
      ['the next version', { format: FORMAT, version: VERSION + 1, answers: {} }, newer],
      ['a much newer version', { format: FORMAT, version: 99, answers: { start: { reply: 'is', value: 'helper' } } }, newer],
    ];
    for (const [what, content, expected] of cases) {
      // The saved file first, so that the status line changes each time.
      await openFile(page, good.text, msg('en', 'data-opened'), good.name);
      await openFile(page, content, expected, `${what}.json`);
      assert.deepEqual((await save(page)).doc, good.doc, `${what}: the answers are as they were`);
      assert.equal(await kept(page), undefined, `${what}: nothing kept`);
    }
    // The message follows the language.
    await switchLanguage(page, 'ar');
    await waitForStatus(page, msg('ar', 'data-open-newer'));
    assert.deepEqual(consoleErrors, []);
  }));

test('a version-1 file of the first app (and a version-0 one) is migrated, and its answers show', () =>
  withPage(NO_WORKER, async (page, { consoleErrors }) => {
    await openApp(page);
    await openData(page);
    await openFile(page, versionOne(), msg('en', 'data-opened'), 'permit-check-answers-2026-01-10.json');
    const doc = (await save(page)).doc;
    assert.equal(doc.version, VERSION);
    assertAnswers(
      doc.answers,
      {
        start: { reply: 'is', value: 'temporary-permit' },
        permitBasis: { reply: 'is', value: 'humanitarian' },
        permitEnd: { day: '31', month: '5', year: '2027' },
        dateOfBirth: { day: '14', month: '2', year: '1990' },
        appliedForAsylum: { reply: 'is', value: true },
        identityDocumented: { reply: 'unknown' },
        gaveIncorrectInformation: { reply: 'is', value: false },
        familyImmigrationPermit: { reply: 'is', value: false },
        victimOfAbuse: { reply: 'unknown' },
        protection: { reply: 'is', value: 'individual' },
        decision: { reply: 'is', value: 'none' },
        validPassport: { reply: 'is', value: false },
        strictCounting: true,
      },
      'version 1 migrated',
    );
    assert.equal(doc.answers.stays.length, 1);
    assert.deepEqual(doc.answers.stays[0].from, { day: '10', month: '7', year: '2023' });
    assert.equal(doc.answers.stays[0].schengen, true);
    assert.deepEqual(doc.answers.trip.from, { day: '1', month: '7', year: '2027' });

    // Its answers show: in the summary, and on the start page.
    await openPrint(page);
    const sections = await printSections(page);
    assert.deepEqual(
      sections.map((s) => s.check),
      ['travel-limits', 'permanent-permit', 'work-permit', 'temporary-regulation'],
      'the checks the file has answers for',
    );
    const row = (check, step) => {
      const s = sections.find((x) => x.check === check);
      return s?.answers.find(([q]) => q === plain(msg('en', `q-${step}`)))?.[1];
    };
    assert.deepEqual(row('travel-limits', 'permit-basis'), [plain(msg('en', 'q-permit-basis-humanitarian'))]);
    assert.deepEqual(row('permanent-permit', 'gave-incorrect'), [msg('en', 'answer-no')]);
    assert.deepEqual(row('work-permit', 'passport'), [msg('en', 'answer-no')]);
    assert.deepEqual(row('temporary-regulation', 'date-of-birth'), ['14 February 1990']);
    assert.deepEqual(row('temporary-regulation', 'identity'), [msg('en', 'answer-unknown')]);
    await page.click('main .back-link');
    await page.waitForSelector('#data-remember');
    await page.click('main .back-link');
    await waitChecked(page, `#q-start-${START.temporaryPermit}`, 'the start answer from the file');

    // Version 0 (the prototype): ISO dates, `trips`.
    await openData(page);
    await openFile(page, '{', msg('en', 'data-open-bad'));
    await openFile(page, versionZero(), msg('en', 'data-opened'), 'old.json');
    const zero = (await save(page)).doc;
    assertAnswers(
      zero.answers,
      { start: { reply: 'is', value: 'collective-protection' }, permitEnd: { day: '31', month: '5', year: '2027' } },
      'version 0 migrated',
    );
    assert.deepEqual(zero.answers.stays.map((s) => [s.from, s.ongoing]), [[{ day: '10', month: '7', year: '2023' }, true]]);
    assert.deepEqual(consoleErrors, []);
  }));

test('something unreadable kept on the device is left alone and explained, until erased', () =>
  withPage(NO_WORKER, async (page, { consoleErrors }) => {
    await openApp(page);
    for (const raw of [
      JSON.stringify({ format: FORMAT, version: 7, language: 'nb', answers: { start: { reply: 'is', value: 'helper' } } }),
      '{"format": "permit-check-answers", "version": 2, "answers": {"stays": 3}}',
      'not a document {',
    ]) {
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, raw]);
      await page.reload();
      await ready(page);
      await openData(page);
      await page.waitForSelector('main p.warning');
      // (boot.js may take the language from it: a newer version's document still names one.)
      const lang = await page.getAttribute('html', 'lang');
      assert.equal(plain(await page.textContent('main p.warning')), plain(msg(lang, UNREADABLE)), `${raw}: explained`);
      assert.equal(await page.isChecked('#data-remember'), false, `${raw}: not remembering`);

      // Answering does not overwrite it.
      await page.click('main .back-link');
      await choose(page, 'start', START.asylumSeeker);
      await page.waitForSelector('main form.step[data-step="want"]');
      await openData(page);
      assert.equal(await kept(page, { raw: true }), raw, `${raw}: left alone`);
      assert.equal(await page.isVisible('main p.warning'), true, `${raw}: still explained`);

      await page.click('#data-erase');
      await page.click('#data-erase-yes');
      await waitForStatus(page, msg(lang, 'data-erased'));
      assert.equal(await kept(page), undefined, `${raw}: erased`);
      assert.equal(await page.locator('main p.warning').count(), 0, `${raw}: the explanation goes with it`);
    }
    assert.deepEqual(consoleErrors, []);
  }));

test('the printed summary: only the checks with answers, each with its result and the answers; printing shows only the summary', () =>
  withPage(NO_WORKER, async (page, { consoleErrors }) => {
    await openApp(page);
    await walkWorkPermit(page);
    const result = {
      outcome: plain(await page.textContent('main .result-headline')),
      summary: plain(await page.textContent('main .result-summary')),
      criteria: (await page.locator('main .criterion-title').allTextContents()).map(plain),
    };
    assert.equal(result.outcome, msg('en', 'outcome-not-eligible'));
    await openData(page);
    await openPrint(page);
    const sections = await printSections(page);
    // Travel limits was offered (an asylum seeker) but never opened; only the work permit was answered.
    assert.deepEqual(sections.map((s) => s.check), ['work-permit']);
    const [wp] = sections;
    assert.equal(wp.title, plain(msg('en', 'check-work-permit')));
    assert.equal(wp.outcome, result.outcome);
    assert.equal(wp.summary, result.summary);
    assert.deepEqual(wp.criteria, result.criteria, 'every criterion title, as on the result page');
    assert.equal(wp.criteria.length, 4);
    assert.deepEqual(wp.answers, workPermitRows('en'));
    const day = new Date(`${await today(page)}T12:00:00Z`);
    const written = day.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    assert.ok(plain(await page.textContent('main .print-made-on')).includes(written), `printed on ${written}`);

    // "Print a summary" opens the browser's printing.
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => {
        window.printed += 1;
      };
    });
    await page.click('#print-now');
    assert.equal(await page.evaluate(() => window.printed), 1, 'window.print() was called');

    // Printing: the summary alone. (Every problem is listed, not only the first.)
    await page.emulateMedia({ media: 'print' });
    const problems = [];
    for (const hidden of ['.exit-bar', '#exit', 'header.site-header', '#lang-menu', 'footer.site-footer', '#print-now', 'main .back-link']) {
      if (await page.locator(hidden).first().isVisible()) problems.push(`${hidden} is printed`);
    }
    for (const text of await page.locator('button:visible').allTextContents()) problems.push(`the button “${plain(text)}” is printed`);
    for (const shown of ['main h1', 'main .print-made-on', 'section.print-check h2', 'section.print-check .result-summary', 'section.print-check .summary-list']) {
      if (!(await page.locator(shown).first().isVisible())) problems.push(`${shown} is not printed`);
    }
    const titles = await page.locator('section.print-check .criterion-title').evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent.replace(/\s+/g, ' ').trim(), shown: el.checkVisibility() })),
    );
    for (const { text } of titles.filter((c) => !c.shown)) problems.push(`the criterion “${text}” is not printed (folded away)`);
    assert.deepEqual(problems, [], 'printing shows the summary and only it');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(consoleErrors, []);
  }));

test('in Arabic: remembered and back after a reload, in Arabic; the summary in Arabic; axe finds nothing', () =>
  withPage(NO_WORKER, async (page, { consoleErrors }) => {
    await openApp(page);
    await switchLanguage(page, 'ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await walkWorkPermit(page);
    await openData(page);
    assert.equal(plain(await page.textContent('main h1')), plain(msg('ar', 'data-title')));
    await page.check('#data-remember');
    await waitForStatus(page, msg('ar', 'data-remembered'));
    const doc = await waitForKept(page, (d) => d?.language === 'ar', 'kept with the language');
    assertAnswers(doc.answers, WORK_PERMIT_ANSWERS, 'kept in Arabic');
    let violations = await axe(page);
    assert.equal(violations.length, 0, `the data page in Arabic: ${violations.report}`);

    await page.reload();
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'ar', 'the kept language wins over the browser');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await expectWorkPermitAnswersOnScreen(page, 'Arabic, after a reload');

    await openData(page);
    assert.equal(await page.isChecked('#data-remember'), true);
    await openPrint(page);
    const sections = await printSections(page);
    assert.deepEqual(sections.map((s) => s.check), ['work-permit']);
    assert.equal(sections[0].title, plain(msg('ar', 'check-work-permit')));
    assert.equal(sections[0].outcome, plain(msg('ar', 'outcome-not-eligible')));
    assert.deepEqual(sections[0].answers, workPermitRows('ar'));
    // The paper is headed with the app's name (what the page is, printed), then the date.
    assert.equal(plain(await page.textContent('main h1')), plain(msg('ar', 'app-name')));
    // (The note on the unreviewed translation offers English and Norwegian once their words are here.)
    await page
      .waitForFunction(() => [...document.querySelectorAll('.translation-note button')].every((b) => b.textContent.trim() !== ''), null, { timeout: 5000 })
      .catch(() => {});
    violations = await axe(page);
    assert.equal(violations.length, 0, `the summary in Arabic: ${violations.report}`);
    assert.deepEqual(consoleErrors, []);
  }));

test('axe finds nothing on the data page (remembering, asking to erase, after a file is opened) or on a summary of four checks', () =>
  withPage(NO_WORKER, async (page, { consoleErrors }) => {
    await openApp(page);
    await openData(page);
    let violations = await axe(page);
    assert.equal(violations.length, 0, `the data page: ${violations.report}`);
    await page.check('#data-remember');
    await page.check('#data-erase-on-exit');
    await page.click('#data-erase');
    await page.waitForSelector('#data-erase-yes');
    violations = await axe(page);
    assert.equal(violations.length, 0, `remembering, asking to erase: ${violations.report}`);
    await page.click('#data-erase-no');
    await page.uncheck('#data-remember');
    await openFile(page, versionOne(), msg('en', 'data-opened'));
    await page.waitForSelector('#data-undo');
    violations = await axe(page);
    assert.equal(violations.length, 0, `a file opened: ${violations.report}`);

    await openPrint(page);
    assert.equal((await printSections(page)).length, 4);
    violations = await axe(page);
    assert.equal(violations.length, 0, `the summary: ${violations.report}`);
    const duplicates = await page.evaluate(() => {
      const seen = new Map();
      for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `#${id} ×${n}`);
    });
    assert.deepEqual(duplicates, [], 'every id on the summary page is unique');
    assert.deepEqual(consoleErrors, []);
  }));
