// The "Temporary regulation" tab in a real browser: seed 001's worked example (49 years of age +
// 16 years in Norway) filled in with the keyboard alone, the result following every answer, a
// stay abroad from the shared list, the next steps, axe in en/nb/uk, and a 320 px screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, axe, foreignRequests, useBrowser } from './lib.mjs';

const TAB = 'temporary-regulation';
const HEADLINE = '#tr-result .result-headline';

const withPage = useBrowser();

async function open(page) {
  await page.goto(`${baseUrl}#${TAB}`);
  await page.waitForSelector('#tr-applied-unknown');
}

const focused = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab (Shift+Tab with `back`) until `#id` has the focus; fails after `max` presses. */
async function tabTo(page, id, { back = false, max = 30 } = {}) {
  for (let i = 0; i < max && (await focused(page)) !== id; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  assert.equal(await focused(page), id, `${back ? 'Shift+Tab' : 'Tab'} never reached #${id}`);
}

/**
 * Answers a yes / no / I don't know question from the keyboard: Tab enters the radio group on
 * its checked option, the arrow keys move the choice (order: Yes, No, I don't know).
 */
async function answer(page, group, value, { from = 'unknown', back = false } = {}) {
  const order = ['yes', 'no', 'unknown'];
  const id = (v) => (v === 'unknown' ? `${group}-unknown` : `${group}-${order.indexOf(v)}`);
  await tabTo(page, id(from), { back });
  const steps = order.indexOf(value) - order.indexOf(from);
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps < 0 ? 'ArrowUp' : 'ArrowDown');
  assert.equal(await focused(page), id(value));
  assert.equal(await page.isChecked(`#${id(value)}`), true, `#${id(value)} is chosen`);
}

/** Types a date into the day, month and year boxes of a DateField, moving with Tab. */
async function typeDate(page, base, [day, month, year]) {
  await tabTo(page, `${base}-day`);
  await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
  assert.equal(await focused(page), `${base}-year`);
}

/** Empties the three boxes of a DateField from the keyboard. */
async function clearDate(page, base) {
  await tabTo(page, `${base}-day`);
  for (const part of ['day', 'month', 'year']) {
    assert.equal(await focused(page), `${base}-${part}`);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    if (part !== 'year') await page.keyboard.press('Tab');
  }
}

/**
 * Seed 001's first example: born 1 October 1972, first asylum application 1 October 2005
 * (49 + 16 = 65 years exactly on 1 October 2021), no stays abroad, every other answer
 * favourable, request sent on 1 November 2021. Keyboard only, from the top of the page.
 */
async function fillExample(page) {
  await tabTo(page, `tab-${TAB}`);
  await answer(page, 'tr-applied', 'yes');
  await answer(page, 'tr-left', 'no');
  await typeDate(page, 'tr-birth', ['1', '10', '1972']);
  await typeDate(page, 'tr-first', ['1', '10', '2005']);
  // On the way: the (empty) list of stays abroad and its "Add a stay abroad" button.
  await answer(page, 'tr-lived-2019', 'yes');
  await answer(page, 'tr-lives', 'yes');
  await answer(page, 'tr-convicted', 'no');
  await answer(page, 'tr-permit', 'no');
  await answer(page, 'tr-identity', 'yes');
  await typeDate(page, 'tr-request', ['1', '11', '2021']);
  await page.keyboard.press('Tab');
}

/** Waits (briefly) until the text of `selector` matches, then asserts it. */
async function expectText(page, selector, pattern) {
  await page
    .waitForFunction(
      ([s, source, flags]) => new RegExp(source, flags).test(document.querySelector(s)?.textContent ?? ''),
      [selector, pattern.source, pattern.flags],
      { timeout: 5000 },
    )
    .catch(() => {});
  assert.match((await page.textContent(selector)) ?? '', pattern);
}

/** A criterion as shown: its status class, mark, status label and whole text. */
function criterion(page, id) {
  return page.$eval(`#tr-result [data-criterion="${id}"]`, (li) => ({
    status: [...li.classList].find((c) => c.startsWith('status-')),
    mark: li.querySelector('.mark').textContent.trim(),
    label: li.querySelector('.status-label').textContent.trim(),
    text: li.textContent,
  }));
}

const IDS = [
  'tr.applied-for-asylum',
  'tr.no-return-after-rejection',
  'tr.sixteen-years',
  'tr.combined-65',
  'tr.lived-in-norway-2019',
  'tr.lives-in-norway',
  'tr.no-conviction',
  'tr.no-residence-permit',
  'tr.deadline',
];

test('the 49 + 16 example by keyboard: eligible; a conviction, then no request date, make it not eligible', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors, requests }) => {
    await open(page);
    // Before any answer: the deadline is stated before the first question, and nothing is known.
    assert.match(await page.textContent('.tr-deadline'), /had to be sent by 1 December 2021\. The deadline has passed/);
    // Today is long after the deadline: with no request date, the result is "not eligible" at once.
    await expectText(page, HEADLINE, /^Not eligible: .*The request is after the deadline of 1 December 2021/);
    assert.equal((await criterion(page, 'tr.applied-for-asylum')).status, 'status-unknown');

    await fillExample(page);

    await expectText(page, HEADLINE, /^Eligible: you meet every criterion/);
    assert.match(await page.textContent(HEADLINE), /residence permit on humanitarian grounds/);
    for (const id of IDS) {
      const c = await criterion(page, id);
      assert.deepEqual([c.status, c.mark, c.label], ['status-met', '✓', 'Met'], id);
    }
    // Both limits are reached exactly on the cut-off: the criteria say so and warn (C7).
    const sixteen = await criterion(page, 'tr.sixteen-years');
    assert.match(sixteen.text, /By 1 October 2021 you had 16 years of residence in Norway/);
    assert.match(sixteen.text, /Close to the limit/);
    assert.match(sixteen.text, /First asylum application\s*1 October 2005/);
    assert.match(sixteen.text, /Sources: UDI: Temporary regulation .*utf\. § 8-14 \(1\)/);
    // The figures, written out.
    const figures = await page.textContent('.tr-figures');
    assert.match(figures, /Time in Norway by 1 October 2021\s*16 years \(5844 days\)/);
    assert.match(figures, /Days abroad deducted\s*0 days/);
    assert.match(figures, /16 years in Norway reached on\s*1 October 2021/);
    assert.match(figures, /Your age on 1 October 2021\s*49 years/);
    assert.match(figures, /together reach 65 years on\s*1 October 2021/);

    // Convicted → Yes (back up to the question, then one arrow key).
    await answer(page, 'tr-convicted', 'yes', { from: 'no', back: true });
    await expectText(page, HEADLINE, /^Not eligible/);
    const convicted = await criterion(page, 'tr.no-conviction');
    assert.deepEqual([convicted.status, convicted.mark, convicted.label], ['status-not-met', '✗', 'Not met']);
    assert.match(convicted.text, /Your answer\s*Yes/);
    assert.equal((await criterion(page, 'tr.deadline')).status, 'status-met');

    // No request date: today is used, long after 1 December 2021.
    await clearDate(page, 'tr-request');
    await page.waitForFunction(() =>
      document.querySelector('#tr-result [data-criterion="tr.deadline"]')?.classList.contains('status-not-met'),
    );
    const deadline = await criterion(page, 'tr.deadline');
    assert.deepEqual([deadline.mark, deadline.label], ['✗', 'Not met']);
    assert.match(deadline.text, /No request date was given, so today .* is used\. The deadline to ask for an assessment was 1 December 2021/);
    await expectText(page, HEADLINE, /^Not eligible/);

    // Convicted → No again: only the deadline fails, and the headline says just that.
    await answer(page, 'tr-convicted', 'no', { from: 'yes', back: true });
    await expectText(page, HEADLINE, /You meet every other criterion, but the request is after the deadline of 1 December 2021/);

    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests(requests, baseUrl), []);
  });
});

test('identity not documented: a limited permit, which does not lead to permanent residence', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page);
    await fillExample(page);
    await expectText(page, HEADLINE, /^Eligible/);
    await answer(page, 'tr-identity', 'no', { from: 'yes', back: true });
    await expectText(page, HEADLINE, /limited permit.*does not lead to permanent residence/);
    await answer(page, 'tr-identity', 'unknown', { from: 'no' });
    await expectText(page, HEADLINE, /depends on whether your identity is documented/);
    assert.deepEqual(consoleErrors, []);
  });
});

test('a stay abroad from the shared list is deducted, and the figures follow', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page);
    await fillExample(page);
    // Add a stay: the button puts the focus in the new row's first box.
    await tabTo(page, 'tr-lived-2019-0', { back: true });
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^tr-stays-\d+-from-day$/.test(document.activeElement?.id ?? ''));
    const row = (await focused(page)).replace(/-from-day$/, '');
    await typeDate(page, `${row}-from`, ['1', '6', '2010']);
    await typeDate(page, `${row}-to`, ['16', '6', '2010']);
    await page.keyboard.press('Tab');

    // 14 days abroad (the travel days count as days in Norway): 16 years come 14 days late.
    const figures = '.tr-figures';
    await expectText(page, figures, /Days abroad deducted\s*14 days/);
    assert.match(await page.textContent(figures), /16 years in Norway would be reached only on\s*15 October 2021/);
    assert.match(await page.textContent(figures), /Time in Norway by 1 October 2021\s*15 years, 11 months and 16 days \(5830 days\)/);
    assert.equal((await criterion(page, 'tr.sixteen-years')).status, 'status-not-met');
    await expectText(page, HEADLINE, /^Not eligible/);

    assert.deepEqual(consoleErrors, []);
  });
});

test('date problems: an impossible date next to its question, the engine\'s error with its field', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page);
    await page.fill('#tr-birth-day', '31');
    await page.fill('#tr-birth-month', '2');
    await page.fill('#tr-birth-year', '1972');
    await page.focus('#tr-first-day');
    await expectText(page, '#tr-birth .error-message', /Error:/);
    assert.equal(await page.getAttribute('#tr-birth-day', 'aria-invalid'), 'true');
    // A date that does not exist is sent as unknown, not as an error of the result.
    await expectText(page, HEADLINE, /^Not eligible/);
    assert.equal((await criterion(page, 'tr.combined-65')).status, 'status-unknown');

    // Born after the first application: the engine's error, by the field and in the result.
    await page.fill('#tr-birth-day', '1');
    await page.fill('#tr-birth-month', '10');
    await page.fill('#tr-first-day', '1');
    await page.fill('#tr-first-month', '1');
    await page.fill('#tr-first-year', '1970');
    await expectText(page, HEADLINE, /Fix these answers/);
    const message = /Your date of birth \(1 October 1972\) is after your first asylum application \(1 January 1970\)/;
    assert.match(await page.textContent('#tr-result .error-list'), new RegExp(`Date of birth: ${message.source}`));
    await expectText(page, '#tr-birth .error-message', message);
    assert.deepEqual(consoleErrors, []);
  });
});

test('next steps: the deadline, UNE and UDI with their addresses, the phone as a link, the evidence', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    await open(page);
    const next = await page.textContent('.tr-next');
    assert.match(next, /New requests can no longer be made: the deadline was 1 December 2021/);
    assert.match(next, /Utlendingsnemnda\s*Postboks 2108 Vika\s*0125 Oslo/);
    assert.match(next, /Utlendingsdirektoratet\s*Postboks 2098 Vika\s*0125 Oslo/);
    assert.match(next, /Monday to Friday, 08\.30–15\.00/);
    assert.match(next, /DUF number/);
    assert.match(next, /reception centre .* you do not need to send anything/);
    assert.match(next, /rental contracts/);
    assert.match(next, /limited permit/);
    assert.equal(await page.getAttribute('.tr-next a.tr-phone', 'href'), 'tel:+4721085000');
    assert.equal((await page.textContent('.tr-next a.tr-phone')).trim(), '(+47) 21 08 50 00');
  });
});

test('axe finds no WCAG 2.2 A/AA violation on the filled-in tab in en, nb and uk', async () => {
  const HEADLINES = { en: /^Eligible/, nb: /^Oppfyller vilkårene/, uk: /^Відповідаєте умовам/ };
  await withPage({ locale: 'en' }, async (page, { consoleErrors, requests }) => {
    await open(page);
    await fillExample(page);
    for (const lang of ['en', 'nb', 'uk']) {
      await page.click(`.lang-button[lang="${lang}"]`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await expectText(page, HEADLINE, HEADLINES[lang]);
      const violations = await axe(page);
      assert.equal(violations.length, 0, `${lang}: ${violations.report}`);
    }
    // And with a stay abroad in the list and an error showing.
    await page.click('.lang-button[lang="en"]');
    await page.click('#panel-temporary-regulation .trip-editor > button');
    await page.keyboard.type('5');
    await expectText(page, HEADLINE, /Fix these answers/);
    const violations = await axe(page);
    assert.equal(violations.length, 0, `en with a stay: ${violations.report}`);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests(requests, baseUrl), []);
  });
});

test('at 320 px nothing overflows sideways, filled in, in every language', async () => {
  await withPage({ locale: 'uk', viewport: { width: 320, height: 640 } }, async (page) => {
    await open(page);
    await fillExample(page);
    await page.click('#panel-temporary-regulation .trip-editor > button');
    for (const lang of ['uk', 'nb', 'en']) {
      await page.click(`.lang-button[lang="${lang}"]`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
      assert.ok(width <= 320, `${lang}: the page is ${width} px wide`);
    }
  });
});
