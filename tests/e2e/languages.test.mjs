// The thirteen languages (issue #15 "Done when", and #11), in a real browser at 320 px wide:
// - each language detected from the phone, its start page and one whole travel-limits check
//   (a temporary permit, one stay abroad, a planned trip): `<html lang dir>` right on every
//   page, no sentence left in English, no sideways scrolling, axe clean on the result, and a
//   screenshot of the start page and of the result (target/screenshots/<tag>-start.png,
//   <tag>-result.png) to look at;
// - only that language's catalog is fetched (pkg/<tag>.ftl, pkg/<tag>.rules.ftl); English and
//   Norwegian only where the result offers them, and English's rules once the reader asks;
// - the unreviewed-translation note and "Show this in English" on every result but English's,
//   and the switch works;
// - digits: dates typed in Arabic-Indic or Persian digits are read in Arabic, Persian and Dari;
//   numbers are written in Persian digits in fa and fa-AF, Arabic-Indic in ckb, Western in ar;
//   a date inside a sentence reads day, month, year in the language's direction;
// - which language a phone's language setting gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { axe, useBrowser } from './lib.mjs';
import {
  LANGS,
  RTL,
  addDays,
  continueOn,
  datePositions,
  digitSystems,
  englishMessages,
  ensureScreenshotDir,
  fillDate,
  htmlLangDir,
  openApp,
  scrollWidth,
  settleResult,
  sentences,
  today,
  untranslated,
  waitForPage,
  walkTravelLimits,
} from './lang-lib.mjs';

const withPage = useBrowser();
const PHONE = { width: 320, height: 640 };
// Service workers are blocked: the worker keeps a copy of the app (with the English and
// Norwegian catalogs) in the background, which is not what the page itself asks for.
const options = (locale, extra = {}) => ({ locale, viewport: PHONE, serviceWorkers: 'block', ...extra });

/** The catalog files (`pkg/*.ftl`) requested so far, by file name, in order, without repeats. */
const catalogs = (requests) => [
  ...new Set(
    requests
      .map(({ url }) => new URL(url).pathname)
      .filter((path) => path.endsWith('.ftl'))
      .map((path) => path.slice(path.lastIndexOf('/') + 1)),
  ),
];

const sorted = (list) => [...list].sort();

/** The English text of every page of the walk (the reference for "nothing left in English"). */
let english;

async function walkEnglish() {
  const messages = await englishMessages();
  return withPage(options('en'), async (page) => {
    await openApp(page);
    const seen = [];
    await walkTravelLimits(page, {
      visit: async () => { seen.push(...await sentences(page)); },
      filled: async () => { seen.push(...await sentences(page)); },
    });
    return {
      all: [...seen, ...messages],
      summary: (await page.textContent('#result-summary')).trim(),
      headline: (await page.textContent('#main .result-headline')).trim(),
    };
  });
}

const englishText = () => (english ??= walkEnglish());

for (const lang of LANGS) {
  test(`${lang}: detected, the start page and a whole travel-limits check at 320 px: lang/dir, no English left, no overflow, axe on the result, only its own catalog, the note and the switch to English, screenshots`, async () => {
    const shots = ensureScreenshotDir();
    const reference = lang === 'en' ? null : await englishText();
    await withPage(options(lang), async (page, { consoleErrors, requests }) => {
      const problems = [];
      const own = [`${lang}.ftl`, `${lang}.rules.ftl`];
      const englishSeen = [];
      await openApp(page);

      const dates = await walkTravelLimits(page, {
        visit: async (kind) => {
          const { lang: l, dir } = await htmlLangDir(page);
          if (l !== lang || dir !== (RTL.has(lang) ? 'rtl' : 'ltr')) {
            problems.push(`${kind}: <html lang="${l}" dir="${dir}">, expected lang="${lang}" dir="${RTL.has(lang) ? 'rtl' : 'ltr'}"`);
          }
          const width = await scrollWidth(page);
          if (width > PHONE.width) problems.push(`${kind}: the page is ${width} px wide at ${PHONE.width} px (sideways scrolling)`);
          const text = await sentences(page);
          assert.ok(text.length >= 10, `${kind}: the page's text was read (${text.length} sentences)`);
          if (lang === 'en') englishSeen.push(...text);
          else {
            for (const s of untranslated(text, reference.all)) problems.push(`${kind}: left in English: "${s}"`);
          }
          // Up to the answer, only this language's own files.
          const fetched = catalogs(requests);
          if (kind !== 'result' && fetched.some((f) => !own.includes(f))) {
            problems.push(`${kind}: catalogs fetched ${fetched.join(', ')}; expected only ${own.join(', ')}`);
          }
          if (kind === 'start') {
            await page.screenshot({ path: join(shots, `${lang}-start.png`), fullPage: true });
          }
        },
        filled: async (kind) => {
          const width = await scrollWidth(page);
          if (width > PHONE.width) problems.push(`${kind} (filled in): the page is ${width} px wide at ${PHONE.width} px`);
          const text = await sentences(page);
          if (lang === 'en') englishSeen.push(...text);
          else {
            for (const s of untranslated(text, reference.all)) problems.push(`${kind} (filled in): left in English: "${s}"`);
          }
        },
      });

      // The result, once English's words (offered in the note) have come.
      await settleResult(page);
      assert.deepEqual(sorted(catalogs(requests).filter((f) => own.includes(f))), sorted(own), 'both parts of its own catalog were fetched');
      const violations = await axe(page);
      if (violations.length > 0) problems.push(`result: ${violations.report}`);
      await page.screenshot({ path: join(shots, `${lang}-result.png`), fullPage: true });
      const summary = (await page.textContent('#result-summary')).trim();
      assert.ok(summary.length > 0, 'the result has its summary sentence');
      // The date in the summary ("If you leave on <date>") reads day first in the language's
      // direction: its day right of its year in a right-to-left language, left of it otherwise.
      const at = await datePositions(page, '#result-summary', dates.tripFrom);
      if (!at) problems.push(`result: the trip's date (${dates.tripFrom.toISOString().slice(0, 10)}) is not in #result-summary: "${summary}"`);
      else if (RTL.has(lang) ? at.day <= at.year : at.day >= at.year) {
        problems.push(`result: in #result-summary the date "${at.text}" is drawn ${at.day < at.year ? 'day left of year' : 'day right of year'}, so a ${RTL.has(lang) ? 'right-to-left' : 'left-to-right'} reader meets the year first`);
      }

      if (lang === 'en') {
        assert.equal(await page.locator('.translation-note').count(), 0, 'English has no unreviewed-translation note');
        assert.deepEqual(sorted(catalogs(requests)), sorted(own));
        const messages = await englishMessages();
        english ??= Promise.resolve({
          all: [...englishSeen, ...messages],
          summary,
          headline: (await page.textContent('#main .result-headline')).trim(),
        });
      } else {
        // Where the result offers English (and Norwegian), their words may come; their rules not.
        const offered = lang === 'nb' ? ['nb.ftl', 'nb.rules.ftl', 'en.ftl'] : [...own, 'en.ftl', 'nb.ftl'];
        const before = catalogs(requests);
        const extra = before.filter((f) => !offered.includes(f));
        if (extra.length > 0) problems.push(`result: catalogs fetched ${before.join(', ')}; not expected: ${extra.join(', ')}`);

        // The note, in this language, with the switch to English (and to Norwegian but in nb).
        const note = page.locator('#main .translation-note');
        await note.waitFor({ timeout: 5_000 }).catch(() => assert.fail('no unreviewed-translation note (.translation-note) on the result'));
        const toEnglish = note.locator('button[lang="en"]');
        assert.equal(await toEnglish.count(), 1, 'the note offers "Show this in English"');
        assert.equal(await note.locator('button[lang="nb"]').count(), lang === 'nb' ? 0 : 1,
          lang === 'nb' ? 'Norwegian offers only English' : 'the note offers "Show this in Norwegian"');
        // Once English's words are here (settleResult) the switch reads in English, and the one
        // to Norwegian in Norwegian.
        const label = (await toEnglish.textContent()).trim();
        if (label !== 'Show this in English') problems.push(`result: .translation-note button[lang="en"] reads "${label}", expected "Show this in English"`);
        if (lang !== 'nb') {
          const nbLabel = (await note.locator('button[lang="nb"]').textContent()).trim();
          if (!/norsk/i.test(nbLabel)) problems.push(`result: .translation-note button[lang="nb"] reads "${nbLabel}", expected it in Norwegian ("Vis dette på norsk" or similar)`);
        }

        // Numbers in the summary and the figures, in the language's digits.
        const numbers = `${summary} ${(await page.locator('#main dl.figures dd').allTextContents()).join(' ')}`;
        const expected = { fa: 'arabext', 'fa-AF': 'arabext', ckb: 'arab', ar: 'latn' }[lang];
        if (expected) {
          const found = [...digitSystems(numbers)];
          if (found.length !== 1 || found[0] !== expected) {
            problems.push(`result: digits in #result-summary and dl.figures are ${found.join(' + ') || 'none'}, expected only ${expected}: "${numbers}"`);
          }
        }

        // One tap: the page in English. (An empty switch cannot be tapped: reported above, and
        // then clicked from script to check what it does.)
        if (await toEnglish.isVisible()) await toEnglish.click();
        else await toEnglish.dispatchEvent('click');
        const switched = await page.waitForFunction(() => document.documentElement.lang === 'en' && document.documentElement.dir === 'ltr', null, { timeout: 10_000 })
          .then(() => true, () => false);
        if (!switched) {
          problems.push('result: "Show this in English" did not switch the page to English');
        } else {
          await page.waitForFunction((s) => document.querySelector('#result-summary')?.textContent.trim() === s, reference.summary, { timeout: 5_000 })
            .catch(() => {});
          const inEnglish = (await page.textContent('#result-summary')).trim();
          if (inEnglish !== reference.summary) problems.push(`after "Show this in English": #result-summary is "${inEnglish}", expected "${reference.summary}"`);
          const headline = (await page.textContent('#main .result-headline')).trim();
          if (headline !== reference.headline) problems.push(`after "Show this in English": the headline is "${headline}", expected "${reference.headline}"`);
          if (await page.locator('.translation-note').count() !== 0) problems.push('after "Show this in English": the unreviewed-translation note is still there');
          // English's rules came only now, and nothing else did.
          const after = catalogs(requests);
          if (!after.includes('en.rules.ftl')) problems.push(`after "Show this in English": en.rules.ftl was not fetched (${after.join(', ')})`);
          if (before.includes('en.rules.ftl')) problems.push(`result: en.rules.ftl was fetched before the switch to English (${before.join(', ')})`);
          const unexpected = after.filter((f) => ![...offered, 'en.rules.ftl'].includes(f));
          if (unexpected.length > 0) problems.push(`after "Show this in English": catalogs fetched ${after.join(', ')}; not expected: ${unexpected.join(', ')}`);
        }
      }

      assert.deepEqual(consoleErrors, []);
      assert.equal(problems.length, 0, `${problems.length} problem(s) in ${lang}:\n${problems.join('\n')}`);
    });
  });
}

// ------------------------------------------------------------------------------------------
// Digits
// ------------------------------------------------------------------------------------------

/** The words of a check-answers row. */
const row = (page, step) => page.locator(`#main .summary-row[data-step="${step}"] .summary-value`).innerText();

/** Follows a row's Change link and waits for its question. */
async function change(page, step) {
  await page.click(`#main .summary-row[data-step="${step}"] .summary-actions button`);
  await waitForPage(page, step);
}

for (const lang of ['ar', 'fa', 'fa-AF']) {
  test(`${lang}: dates typed in Arabic-Indic (٠-٩) or Persian (۰-۹) digits are read like 0-9`, async () => {
    await withPage(options(lang), async (page, { consoleErrors }) => {
      await openApp(page);
      const t = await today(page);
      const from = addDays(t, -365);
      const until = addDays(t, 730);
      const since = addDays(t, -300);
      await page.check('#q-start-1');
      await continueOn(page);
      await waitForPage(page, 'want');
      await page.check('#q-want-0');
      await continueOn(page);
      await waitForPage(page, 'permit-basis');
      await page.check('#q-permit-basis-0');
      await continueOn(page);
      // First in Western digits: what the check-answers page says for these dates.
      await waitForPage(page, 'permit-dates');
      await fillDate(page, 'q-permit-dates-from', from);
      await fillDate(page, 'q-permit-dates-until', until);
      await continueOn(page);
      await waitForPage(page, 'residence-since');
      await fillDate(page, 'q-residence-since-date', since);
      await continueOn(page);
      for (const kind of ['stays', 'trip']) {
        await waitForPage(page, kind);
        await continueOn(page);
      }
      await waitForPage(page, 'check-answers');
      const western = { dates: await row(page, 'permit-dates'), since: await row(page, 'residence-since') };
      const typed = `${from.getUTCDate()}.${from.getUTCMonth() + 1}.${from.getUTCFullYear()}`;
      assert.ok(!western.dates.includes(typed), `the dates are written as dates: ${western.dates}`);

      // The same dates in Arabic-Indic ("from") and Persian ("until") digits.
      await change(page, 'permit-dates');
      await fillDate(page, 'q-permit-dates-from', from, 'arab');
      await fillDate(page, 'q-permit-dates-until', until, 'arabext');
      assert.match(await page.inputValue('#q-permit-dates-from-year'), /^[\u0660-\u0669]{4}$/);
      await continueOn(page);
      await waitForPage(page, 'check-answers').catch(async (e) => {
        const errors = await page.locator('#main .error-message').allTextContents();
        assert.fail(`the dates in ${lang} digits were not accepted: ${errors.join(' | ') || e.message}`);
      });
      assert.equal(await page.locator('#main .error-summary').count(), 0);
      assert.equal(await row(page, 'permit-dates'), western.dates);

      await change(page, 'residence-since');
      await fillDate(page, 'q-residence-since-date', since, 'arabext');
      await continueOn(page);
      await waitForPage(page, 'check-answers');
      assert.equal(await row(page, 'residence-since'), western.since);
      assert.deepEqual(consoleErrors, []);
    });
  });
}

// ------------------------------------------------------------------------------------------
// Which language a phone gets
// ------------------------------------------------------------------------------------------

const DETECTED = {
  prs: 'fa-AF',
  'fa-IR': 'fa',
  'fa-AF': 'fa-AF',
  ku: 'kmr',
  ckb: 'ckb',
  'ti-ER': 'ti',
  'so-SO': 'so',
  'tr-TR': 'tr',
  'nb-NO': 'nb',
  nn: 'nb',
};

test('language detection: prs, fa-IR, fa-AF, ku, ckb, ti-ER, so-SO, tr-TR, nb-NO and nn get their language', async () => {
  const got = {};
  for (const [setting, tag] of Object.entries(DETECTED)) {
    await withPage(options(setting), async (page, { requests }) => {
      await openApp(page);
      const { lang, dir } = await htmlLangDir(page);
      const h1 = (await page.textContent('#main h1')).trim();
      const strings = await page.evaluate(() => JSON.parse(document.getElementById('pc-strings').textContent).strings);
      got[setting] = {
        lang,
        dir,
        heading: h1 === strings[tag]['q-start'] ? tag : h1,
        catalogs: catalogs(requests),
      };
    });
  }
  const want = Object.fromEntries(Object.entries(DETECTED).map(([setting, tag]) => [setting, {
    lang: tag,
    dir: RTL.has(tag) ? 'rtl' : 'ltr',
    heading: tag,
    catalogs: [`${tag}.ftl`],
  }]));
  assert.deepEqual(got, want);
});
