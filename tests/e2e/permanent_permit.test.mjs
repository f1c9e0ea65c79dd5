// The "Permanent permit" tab in a real browser: stays entered by keyboard through the shared
// TripEditor, the latest return date for a planned departure checked against a hand count and
// followed as the departure changes, the latest return for a stay still going on, the timeline
// and its text alternative, the abuse exemption with its help lines, axe in all three languages
// on the filled-in tab, no console error, no request to another host, no sideways overflow at
// 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, axe, foreignRequests, useBrowser } from './lib.mjs';

const LANGS = ['en', 'nb', 'uk'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

const withPage = useBrowser();

const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const addDays = (day, n) => new Date(day.getTime() + n * 86_400_000);
/** "1 March 2027", as the app writes dates in English. */
const written = (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** The page's own today (the engine's `asOf` is the device's date). */
async function today(page) {
  const [y, m, d] = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth(), now.getDate()];
  });
  return new Date(Date.UTC(y, m, d));
}

const focused = (page) => page.evaluate(() => document.activeElement?.id ?? '');

async function expectFocus(page, pattern) {
  const id = await focused(page);
  assert.match(id, pattern, `focus is on #${id}`);
  return id;
}

/** Types a date into a DateField whose day box has focus: day, Tab, month, Tab, year. */
async function typeDate(page, date) {
  const dayId = await expectFocus(page, /-day$/);
  const base = dayId.replace(/-day$/, '');
  await page.keyboard.type(String(date.getUTCDate()));
  await page.keyboard.press('Tab');
  await expectFocus(page, new RegExp(`^${base}-month$`));
  await page.keyboard.type(String(date.getUTCMonth() + 1));
  await page.keyboard.press('Tab');
  await expectFocus(page, new RegExp(`^${base}-year$`));
  await page.keyboard.type(String(date.getUTCFullYear()));
}

async function openTab(page) {
  await page.goto(`${baseUrl}#permanent-permit`);
  await page.waitForSelector('#panel-permanent-permit:not([hidden]) #pp-stays');
}

/**
 * Adds a stay with the keyboard only: Enter on "Add a stay abroad" (focus moves to the new row's
 * first box), the departure, Tab to "I am still abroad" (Space ticks it), or Tab on to the return.
 */
async function addStay(page, from, to) {
  const add = page.locator('#pp-stays > button');
  await add.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /^pp-stays-\d+-from-day$/.test(document.activeElement?.id ?? ''));
  await typeDate(page, from);
  await page.keyboard.press('Tab');
  await expectFocus(page, /^pp-stays-\d+-ongoing$/);
  if (to === null) {
    await page.keyboard.press('Space');
    return;
  }
  await page.keyboard.press('Tab');
  await typeDate(page, to);
  await page.keyboard.press('Tab'); // leave the field: its own check runs
}

/** Types the planned departure (replacing what is there) with the keyboard. */
async function planDeparture(page, date) {
  await page.locator('#pp-plan-from-day').focus();
  for (const part of ['day', 'month', 'year']) {
    const box = page.locator(`#pp-plan-from-${part}`);
    await box.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  await page.locator('#pp-plan-from-day').focus();
  await typeDate(page, date);
  await page.keyboard.press('Tab');
}

const planText = (page) => page.locator('#panel-permanent-permit .pp-plan-result').innerText();

/**
 * The hand count (RULES.md §2, default counting: the travel days are days in Norway).
 *
 * Stay 1: left 1 January 2025, back 31 December 2025: 363 days abroad (2 January – 30 December),
 * all in 2025, which counts (60 or more). The planned trip leaves 1 December 2026, nine months
 * later (under 15 months: same period), so its days abroad start on 2 December 2026.
 * - 2026: 30 days (2–31 December): under 60, not counted.
 * - 2027: every day counts once the trip lasts through it (365).
 * - 2028: Coming back on 29 February 2028 gives 59 days in 2028 (1 January – 28 February), not
 *   counted: 363 + 365 = 728 days within the four years from 2 January 2025. Coming back on
 *   1 March 2028 makes it 60 days, which count: 363 + 365 + 60 = 788 ≥ 730.
 * - The planned stay itself, back on 29 February 2028, has 454 days abroad (2 December 2026 –
 *   28 February 2028): under 730, so the continuous rule is kept.
 * So the latest return is 29 February 2028, set by the four-year rule.
 *
 * Leaving 1 October 2026 instead: 2026 has 91 days (2 October – 31 December), which count.
 * 363 + 91 = 454; 2027 adds its days once they reach 60: 454 + d ≤ 729 gives d ≤ 275, the
 * days 1 January – 2 October 2027, so the latest return is 3 October 2027 (the four-year rule).
 */
const STAY_FROM = utc(2025, 1, 1);
const STAY_TO = utc(2025, 12, 31);
const DEPART_1 = utc(2026, 12, 1);
const LATEST_1 = utc(2028, 2, 29);
const DEPART_2 = utc(2026, 10, 1);
const LATEST_2 = utc(2027, 10, 3);

test('stays by keyboard; latest return for a planned departure, updating as the date changes', async () => {
  await withPage({ locale: 'en-GB' }, async (page, { consoleErrors, requests }) => {
    await openTab(page);
    await assert.doesNotReject(page.locator('#pp-plan-result, .pp-plan-result').first().waitFor());
    assert.match(await planText(page), /Enter the day you plan to leave/);

    await addStay(page, STAY_FROM, STAY_TO);
    const panel = page.locator('#panel-permanent-permit');
    await assert.doesNotReject(panel.locator('.result-headline').getByText('within the limits').waitFor());

    await planDeparture(page, DEPART_1);
    let text = await planText(page);
    assert.match(text, new RegExp(`Come back by ${written(LATEST_1)} at the latest\\.`), text);
    assert.match(text, /two years abroad in total within four years/, text);
    assert.match(text, /Keep a margin/);

    // The answer follows the date.
    await planDeparture(page, DEPART_2);
    await page.waitForFunction(
      (want) => document.querySelector('#panel-permanent-permit .pp-plan-result')?.innerText.includes(want),
      `Come back by ${written(LATEST_2)} at the latest.`,
    );
    text = await planText(page);
    assert.ok(!text.includes(written(LATEST_1)), text);

    // The engine's explanation of the rule that sets the date says the same.
    const fourYear = panel.locator('[data-criterion="pp.four-year-total"]');
    assert.match(await fourYear.innerText(), new RegExp(`come back on ${written(LATEST_2)} at the latest`));
    // The pending repeal is visible next to the result.
    assert.match(await panel.locator('.pp-callout').innerText(), /2026 amendment repeals the four-year rule/);
    assert.match(await fourYear.innerText(), /will repeal this rule/);

    // The timeline: the year 2025 drawn and told in words, the four-year window named.
    const timeline = panel.locator('#pp-timeline');
    await timeline.waitFor();
    const alt = await timeline.locator('.visually-hidden').textContent();
    assert.match(alt, /2025\s*363 days\s*counted/);
    assert.match(alt, /Stay 1: 1 January 2025 – 31 December 2025/);
    assert.match(alt, /The four years with the most days that count \(363 days\): 2 January 2025 – 1 January 2029/);
    assert.match(alt, new RegExp(`Planned: leave 1 October 2026, come back by ${written(LATEST_2)} at the latest`));
    assert.equal(await timeline.locator('svg.timeline-svg[aria-hidden="true"]').count(), 1);
    // The planned stay is drawn (2026 and 2027) and named in the key; no Schengen entry here.
    assert.equal(await timeline.locator('svg.timeline-svg rect.timeline-planned').count(), 2);
    assert.match(await timeline.locator('.timeline-key').textContent(), /Planned time abroad, up to the latest return date/);
    assert.doesNotMatch(await timeline.locator('.timeline-key').textContent(), /Schengen/);

    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests(requests, baseUrl), []);
  });
});

test('a stay still going on: the latest return for it, and no planned trip is sent', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await openTab(page);
    const now = await today(page);
    // A planned departure typed before (it stays saved, but is not checked while abroad).
    await planDeparture(page, addDays(now, 30));
    const left = addDays(now, -100);
    await addStay(page, left, null);
    const panel = page.locator('#panel-permanent-permit');
    // One stay, so the continuous rule decides: 730 days abroad (the days strictly between
    // leaving and coming back) are reached by coming back on left + 731 days.
    const latest = addDays(left, 730);
    await page.waitForFunction(
      (want) => document.querySelector('#panel-permanent-permit .pp-plan-result')?.innerText.includes(want),
      `Come back by ${written(latest)} at the latest.`,
    );
    const text = await planText(page);
    assert.match(text, new RegExp(`You are abroad now \\(since ${written(left)}\\)`));
    assert.match(text, /one stay abroad of two years or more/);
    assert.match(await panel.locator('.pp-section', { hasText: 'Planning a trip' }).innerText(), /You are still abroad on stay 1/);
    // The timeline tells the latest return for the stay going on, and draws it.
    const alt = await panel.locator('#pp-timeline .visually-hidden').textContent();
    assert.match(alt, new RegExp(`Still abroad since ${written(left)}: come back by ${written(latest)} at the latest`));
    assert.ok(await panel.locator('#pp-timeline svg.timeline-svg rect.timeline-planned').count() >= 1);
    // No planned-trip field while abroad, and no engine error about the planned trip.
    assert.equal(await page.locator('#pp-plan-from-day').count(), 0);
    assert.equal(await panel.locator('.result .error-list').count(), 0);
    assert.deepEqual(consoleErrors, []);
  });
});

test('no return date keeps the limits: said plainly', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await openTab(page);
    // 800 days abroad in one stay: the continuous limit is already reached.
    await addStay(page, utc(2020, 1, 1), utc(2022, 3, 15));
    await planDeparture(page, utc(2030, 6, 1));
    const panel = page.locator('#panel-permanent-permit');
    await assert.doesNotReject(panel.locator('.result-headline').getByText('reach a limit').waitFor());
    assert.match(await planText(page), /no return date keeps you within the limits/);
    assert.deepEqual(consoleErrors, []);
  });
});

test('the abuse exemption: four questions, the answer, whom it does not cover, help lines', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await openTab(page);
    const panel = page.locator('#panel-permanent-permit');
    const result = panel.locator('.pp-ex-result');
    await assert.doesNotReject(result.getByText('not all four are').waitFor());
    for (const id of ['pp-ex-family', 'pp-ex-prevented', 'pp-ex-abuse']) {
      await page.locator(`#${id}-0`).check();
      assert.match(await result.innerText(), /not all four are/);
    }
    await page.locator('#pp-ex-ended-0').check();
    await assert.doesNotReject(result.getByText('the exemption may apply to you').waitFor());
    const section = panel.locator('.pp-section', { hasText: 'Kept abroad by violence' });
    const words = await section.innerText();
    assert.match(words, /children who have been kept from coming back against their will/);
    assert.match(words, /unmarried people over 18/);
    assert.match(words, /as soon as it is practically possible/);
    const tel = await section.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(tel, ['tel:112', 'tel:113', 'tel:02800', 'tel:116006', 'tel:116111']);
    assert.deepEqual(consoleErrors, []);
  });
});

// The filled-in tab, in each language: axe, the answer in that language, no overflow at 320 px.
const WRITTEN = {
  en: '29 February 2028',
  nb: '29. februar 2028',
  uk: '29 лютого 2028',
};

for (const lang of LANGS) {
  test(`filled in, in ${lang}: axe finds nothing; nothing overflows at 320 px`, async () => {
    await withPage({ locale: lang, viewport: { width: 320, height: 800 } }, async (page, { consoleErrors, requests }) => {
      await openTab(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      await addStay(page, STAY_FROM, STAY_TO);
      // A second period (more than 15 months later) and a short trip in a year that is not counted.
      await addStay(page, utc(2018, 3, 1), utc(2018, 7, 1));
      await addStay(page, utc(2019, 12, 20), utc(2020, 1, 10));
      await planDeparture(page, DEPART_1);
      await page.locator('#pp-gave-incorrect-1').check();
      await page.locator('#pp-withheld-1').check();
      await page.locator('#pp-identity-1').check();
      await page.locator('#pp-ex-family-0').check();
      await page.waitForFunction(
        (want) => document.querySelector('#panel-permanent-permit .pp-plan-result')?.innerText.includes(want),
        WRITTEN[lang],
      );
      await page.locator('#pp-timeline').waitFor();
      // Three periods (15 months in Norway after 1 July 2018, and after 10 January 2020): two
      // resets, drawn and told.
      assert.equal(await page.locator('#pp-timeline svg.timeline-svg line.timeline-reset').count(), 2);
      const told = await page.locator('#pp-timeline .visually-hidden li').allTextContents();
      assert.equal(told.filter((t) => /: (20\.? (December|desember|грудня) 2019|1\.? (January|januar|січня) 2025)$/.test(t) && !/^(Stay|Opphold|Перебування)/.test(t)).length, 2, told.join('\n'));
      const violations = await axe(page);
      assert.equal(violations.length, 0, violations.report);
      const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
      assert.ok(width <= 320, `the page is ${width} px wide`);
      assert.deepEqual(consoleErrors, []);
      assert.deepEqual(foreignRequests(requests, baseUrl), []);
    });
  });
}
