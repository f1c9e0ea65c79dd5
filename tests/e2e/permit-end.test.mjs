// The two answers RULES.md revision 2 adds for a permit's last day (issue #10), in every
// language, in a real browser: a permit that has ended ("do not travel", no return date), and a
// return date capped at the permit's last day ("apply for renewal from Norway in good time").
// And, in English, travel limits opened before the situation is known: no verdict at all.
// Each is walked through the guided flow as a person would; the answer on the page must be the
// engine's, rendered in that language (the embedding API's `evaluate` with the same locale), name
// the permit's last day in that language's words, and give no return date after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './lib.mjs';
import { LANGS, addDays, continueOn, fillDate, openApp, today, toResult, waitForPage } from './lang-lib.mjs';
import { bare, iso, loadEngine, message, squash, written } from './journey-lib.mjs';

const withPage = useBrowser();
const options = (locale) => ({ locale, viewport: { width: 360, height: 780 }, serviceWorkers: 'block' });
const plain = (s) => squash(bare(s ?? ''));
/** Arabic-Indic and Persian digits as 0-9 (dates are named in the catalog's own digits). */
const latin = (s) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
const names = (tag, text, d) => latin(text).includes(latin(plain(written(tag, d))));

/** Temporary permit (humanitarian, § 38), no stays, the given permit dates and planned trip. */
async function walk(page, { permitStart, permitEnd, trip }) {
  const step = async (kind, fill) => {
    await waitForPage(page, kind);
    await fill();
    await continueOn(page);
  };
  await step('start', () => page.check('#q-start-1'));
  await step('want', () => page.check('#q-want-0'));
  // Option 1 of the permit basis: a humanitarian permit (§ 38), which settles the track.
  await step('permit-basis', () => page.check('#q-permit-basis-1'));
  await step('permit-dates', async () => {
    await fillDate(page, 'q-permit-dates-from', permitStart);
    await fillDate(page, 'q-permit-dates-until', permitEnd);
  });
  await step('residence-since', async () => {});
  await step('stays', async () => {});
  await step('trip', async () => {
    await fillDate(page, 'trip-from', trip.from);
    if (trip.to) await fillDate(page, 'trip-to', trip.to);
  });
  await waitForPage(page, 'check-answers');
  await toResult(page);
  await page.waitForSelector('#result-summary');
  return plain(await page.textContent('#result-summary'));
}

const input = ({ permitStart, permitEnd, trip }) => ({
  situation: 'temporary-permit',
  permitBasis: 'humanitarian',
  permitStart: iso(permitStart),
  permitEnd: iso(permitEnd),
  residenceSince: null,
  stays: [],
  plannedTrip: { from: iso(trip.from), to: trip.to ? iso(trip.to) : null, schengen: false },
});

/** Every date written in a text, as the catalog of `tag` writes dates, among `candidates`. */
const datesNamed = (tag, text, candidates) => candidates.filter((d) => names(tag, text, d));

for (const lang of LANGS) {
  test(`${lang}: a permit that has ended: do not travel, no return date; a trip past the permit's last day: back by that day, renew in good time`, async () => {
    const engine = await loadEngine();
    await withPage(options(lang), async (page, { consoleErrors }) => {
      await openApp(page);
      const t = await today(page);

      // The permit ended ten days ago.
      const ended = { permitStart: addDays(t, -400), permitEnd: addDays(t, -10), trip: { from: addDays(t, 5), to: addDays(t, 20) } };
      const shown = await walk(page, ended);
      const response = engine.answer('travel-limits', input(ended), { asOf: t, locale: lang });
      assert.equal(response.outcome, 'must-not-travel');
      assert.equal(response.figures.latestReturnDate, null, 'no return date');
      assert.equal(shown, plain(response.summary), `${lang}: the engine's answer, in ${lang}`);
      assert.ok(names(lang, shown, ended.permitEnd), `${lang}: the permit's end is named: ${shown}`);
      assert.deepEqual(datesNamed(lang, shown, [ended.trip.from, ended.trip.to]), [], `${lang}: no trip date offered: ${shown}`);
      assert.equal(await page.getAttribute('#main .result-panel', 'data-outcome'), 'MustNotTravel');

      // A new person (the page reloaded, nothing kept): the permit ends during the trip.
      await page.reload();
      await openApp(page);
      const capped = { permitStart: addDays(t, -300), permitEnd: addDays(t, 40), trip: { from: addDays(t, 10), to: addDays(t, 70) } };
      const summary = await walk(page, capped);
      const answer = engine.answer('travel-limits', input(capped), { asOf: t, locale: lang });
      assert.equal(answer.figures.latestReturnDate, iso(capped.permitEnd), 'back by the permit\'s last day');
      assert.equal(answer.figures.latestReturnRule, 'tl.permit-valid');
      assert.equal(summary, plain(answer.summary), `${lang}: the engine's answer, in ${lang}`);
      assert.ok(names(lang, summary, capped.permitEnd), `${lang}: the last day is named: ${summary}`);
      // The planned return (after the permit ends) is answered without writing its date.
      assert.deepEqual(datesNamed(lang, summary, [capped.trip.to]), [], `${lang}: no date after the permit ends: ${summary}`);
      assert.deepEqual(consoleErrors, []);
    });
  });
}

test('travel limits before the situation is known (from "All checks"): no verdict and no return date, only the question to answer first', async () => {
  await withPage(options('en'), async (page, { consoleErrors }) => {
    await openApp(page);
    await page.locator('#main').getByText('Other checks', { exact: false }).first().click();
    await waitForPage(page, 'other');
    await page.locator('#main button', { hasText: 'May I travel' }).first().click();
    await page.waitForSelector('#result-summary');
    assert.equal(await page.getAttribute('#main .result-panel', 'data-outcome'), 'Unknown');
    const summary = plain(await page.textContent('#result-summary'));
    assert.equal(summary, plain(message('en', 'tl-summary-situation-unknown')));
    const panel = plain(await page.textContent('#main .result-panel'));
    assert.doesNotMatch(panel, /\b(19|20)\d\d\b/, `no date in the answer: ${panel}`);
    assert.equal(await page.locator('#main .next-steps').count(), 0, 'no travel advice');
    assert.deepEqual(consoleErrors, []);
  });
});
