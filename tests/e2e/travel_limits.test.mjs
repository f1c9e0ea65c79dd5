// The "Travel limits" tab in a real browser: a planned Schengen trip entered by keyboard, its
// "come back by" date checked against a hand count, the asylum-seeker answer that hides the
// form, axe in all three languages on the filled-in tab, and no sideways overflow at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, axe, foreignRequests, useBrowser } from './lib.mjs';

const LANGS = ['en', 'nb', 'uk'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

const withPage = useBrowser();

/** A calendar date as UTC midnight, `n` days from `day`. */
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

async function expectFocus(page, id) {
  assert.equal(await focused(page), id, `focus should be on #${id}`);
}

/** Presses Tab and checks where focus lands. */
async function tabTo(page, id) {
  await page.keyboard.press('Tab');
  await expectFocus(page, id);
}

/** Types a date into a DateField whose day box has focus: day, Tab, month, Tab, year. */
async function typeDate(page, base, date) {
  await expectFocus(page, `${base}-day`);
  await page.keyboard.type(String(date.getUTCDate()));
  await tabTo(page, `${base}-month`);
  await page.keyboard.type(String(date.getUTCMonth() + 1));
  await tabTo(page, `${base}-year`);
  await page.keyboard.type(String(date.getUTCFullYear()));
}

/**
 * Fills the tab by keyboard only (focus is placed once, on the first question, as a Tab from
 * the tab list would) and returns the dates used:
 * - situation: temporary permit; basis: § 38; permit from a year ago to two years ahead
 *   (a multi-year permit: the rolling 365-day rule);
 * - one earlier stay in another Schengen country, 60 to 41 days ago;
 * - a planned Schengen trip leaving in 30 days.
 */
async function fillByKeyboard(page) {
  await page.goto(`${baseUrl}#travel-limits`);
  await page.waitForSelector('#tl-situation');
  const t = await today(page);
  const dates = {
    today: t,
    permitStart: addDays(t, -365),
    permitEnd: addDays(t, 730),
    stayFrom: addDays(t, -60),
    stayTo: addDays(t, -41),
    leave: addDays(t, 30),
  };

  // "I don't know" is selected at first; ArrowDown wraps round to the first option.
  await page.locator('#tl-situation-unknown').focus();
  await page.keyboard.press('ArrowDown');
  await expectFocus(page, 'tl-situation-0');
  assert.equal(await page.isChecked('#tl-situation-0'), true);

  await tabTo(page, 'tl-basis-unknown');
  await page.keyboard.press('ArrowDown');
  await expectFocus(page, 'tl-basis-0');
  assert.equal(await page.isChecked('#tl-basis-0'), true);

  // The note on the law change is a <details>: one Tab stop, left closed.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SUMMARY');

  await tabTo(page, 'tl-permit-start-day');
  await typeDate(page, 'tl-permit-start', dates.permitStart);
  await tabTo(page, 'tl-permit-end-day');
  await typeDate(page, 'tl-permit-end', dates.permitEnd);

  // "Add a stay abroad" (the list is empty), then the new row's first box gets focus.
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Add a stay abroad/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /^tl-stays-\d+-from-day$/.test(document.activeElement?.id ?? ''));
  const row = (await focused(page)).replace(/-from-day$/, '');
  await typeDate(page, `${row}-from`, dates.stayFrom);
  await tabTo(page, `${row}-ongoing`);
  await tabTo(page, `${row}-to-day`);
  await typeDate(page, `${row}-to`, dates.stayTo);
  await tabTo(page, `${row}-schengen`);
  await page.keyboard.press('Space');
  assert.equal(await page.isChecked(`#${row}-schengen`), true);

  // Remove stay 1, Add a stay abroad, the counting setting, then the planned trip.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await tabTo(page, 'tl-strict');
  await tabTo(page, 'tl-trip-from-day');
  await typeDate(page, 'tl-trip-from', dates.leave);
  await tabTo(page, 'tl-trip-schengen');
  await page.keyboard.press('Space');
  assert.equal(await page.isChecked('#tl-trip-schengen'), true);
  await tabTo(page, 'tl-trip-to-day');
  return dates;
}

test('a planned Schengen trip entered by keyboard: come back by the hand-counted date', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors, requests }) => {
    const d = await fillByKeyboard(page);

    // Hand count (RULES.md C4: the day of entry and the day of exit are Schengen days).
    // The earlier stay covers stayFrom..=stayTo: 20 days. The trip covers leave..=R. Every
    // 180-day window ending on R (from R - 179) holds all of the earlier stay as long as
    // R <= stayFrom + 179, so 20 + (R - leave + 1) <= 90 gives R = leave + 69 (today + 99),
    // and today + 99 <= stayFrom + 179 = today + 119 holds. Half-time (C3) is far away:
    // 18 + 68 = 86 days abroad in 365.
    const earlier = (d.stayTo - d.stayFrom) / 86_400_000 + 1;
    assert.equal(earlier, 20);
    const latest = addDays(d.leave, 90 - earlier - 1);
    assert.equal(latest.getTime(), addDays(d.today, 99).getTime());

    const answer = page.locator('#tl-return');
    await assert.doesNotReject(answer.waitFor());
    assert.equal((await answer.textContent()).trim(), `Come back to Norway by ${written(latest)}`);
    // The rule that sets it is named.
    assert.match(await page.textContent('.tl-plan-answer'), /This date is set by the Schengen rule/);
    // The date for a later permanent permit is given too.
    assert.match(await page.textContent('.tl-plan-answer'), /permanent residence permit later, come back by \d+ \w+ \d{4}/);
    // Days left in the windows ending today: 182 - 18 (C3) and 90 - 20 (C4).
    assert.equal(await page.textContent('#tl-days-left'), '164 days (limit 182 days)');
    assert.equal(await page.textContent('#tl-schengen-left'), '70 days (limit 90 days)');
    assert.match(await page.textContent('#tl-result .result-headline'), /within the travel limits/);

    // A planned return on the latest day is within the limits; one day later is not.
    await typeDate(page, 'tl-trip-to', latest);
    await page.keyboard.press('Tab');
    assert.match(await page.textContent('.tl-plan-answer'), new RegExp(`return on ${written(latest)} is within the travel limits`));
    const late = addDays(latest, 1);
    await page.locator('#tl-trip-to-day').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(String(late.getUTCDate()));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(String(late.getUTCMonth() + 1));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(String(late.getUTCFullYear()));
    assert.match(await page.textContent('.tl-plan-answer'), new RegExp(`return on ${written(late)} is too late`));

    // The timeline shows the stay and both windows at their maximum.
    const timeline = await page.textContent('#tl-timeline');
    assert.match(timeline, /Stay 1 \(Schengen\)/);
    assert.match(timeline, /The 365 days with the most days abroad/);
    assert.match(timeline, /The 180 days with the most days in Schengen/);
    // The planned trip up to the latest return date in the result: told and drawn (dashed,
    // dotted), named in the key; the Schengen stay has its own stripes and key entry.
    const alt = await page.textContent('#tl-timeline .visually-hidden');
    assert.match(alt, new RegExp(`Planned: leave ${written(d.leave)}, come back by ${written(latest)} at the latest`));
    const svg = page.locator('#tl-timeline svg.timeline-svg');
    assert.ok(await svg.locator('rect.timeline-planned').count() >= 1, 'the planned bar is drawn');
    assert.ok(await svg.locator('rect.timeline-stay-schengen').count() >= 1, 'the Schengen stay is striped');
    const key = await page.textContent('#tl-timeline .timeline-key');
    assert.match(key, /Time in another Schengen country/);
    assert.match(key, /Planned time abroad, up to the latest return date/);

    // Waiting for an answer on an application for protection: "Do not leave Norway", no form.
    await page.locator('#tl-situation-0').focus();
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, 'tl-situation-1');
    const stop = page.locator('.tl-stop');
    await stop.waitFor();
    assert.match(await stop.textContent(), /Do not leave Norway/);
    assert.match(await stop.textContent(), /your application will be dismissed if you leave Norway/);
    for (const gone of ['#tl-basis', '#tl-permit-start', '#tl-stays', '#tl-trip-from', '#tl-result', '#tl-timeline', '.tl-plan-answer']) {
      assert.equal(await page.locator(gone).count(), 0, `${gone} is hidden for an asylum seeker`);
    }
    // Back to the permit: everything typed is still there.
    await page.keyboard.press('ArrowUp');
    await page.locator('#tl-result').waitFor();
    assert.equal(await page.inputValue('#tl-permit-start-year'), String(d.permitStart.getUTCFullYear()));
    assert.equal(await page.locator('.tl-stop').count(), 0);

    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests(requests, baseUrl), []);
  });
});

test('axe finds no WCAG 2.2 A/AA violation on the filled-in tab in en, nb and uk', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await fillByKeyboard(page);
    await page.locator('#tl-return').waitFor();
    for (const lang of LANGS) {
      await page.click(`.lang-button[lang="${lang}"]`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      const violations = await axe(page);
      assert.equal(violations.length, 0, `${lang}: ${violations.report}`);
    }
    // The asylum-seeker answer too.
    await page.check('#tl-situation-1');
    await page.locator('.tl-stop').waitFor();
    const violations = await axe(page);
    assert.equal(violations.length, 0, `asylum seeker: ${violations.report}`);
    assert.deepEqual(consoleErrors, []);
  });
});

test('at 320 px wide the filled-in tab does not overflow sideways, in any language', async () => {
  await withPage({ locale: 'en', viewport: { width: 320, height: 640 } }, async (page, { consoleErrors }) => {
    await fillByKeyboard(page);
    await page.locator('#tl-timeline').waitFor();
    for (const lang of LANGS) {
      await page.click(`.lang-button[lang="${lang}"]`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
      assert.ok(width <= 320, `${lang}: the page is ${width} px wide`);
    }
    assert.deepEqual(consoleErrors, []);
  });
});
