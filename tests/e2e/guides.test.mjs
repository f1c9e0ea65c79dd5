// The "Guides" tab in a real browser. Every guide is opened and answered by keyboard, and every
// one of its answers is reached; the help lines are tel: links; the withdrawal letter shows its
// errors next to the fields, is written in the browser, downloads as a text file with the
// letter's exact text, and prints alone on one A4 page. axe in en/nb/uk with every guide open,
// no console error, no request to another host, no sideways scrolling at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { baseUrl, axe, foreignRequests, useBrowser } from './lib.mjs';

const withPage = useBrowser();

async function open(page) {
  await page.goto(`${baseUrl}#guides`);
  await page.waitForSelector('#guide-permit-holder-button');
}

const isFocused = (page, selector) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page, selector, { max = 300 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Tabs to a guide's button and opens the guide with Enter (unless it is open already). */
async function openGuide(page, slug) {
  const button = `#guide-${slug}-button`;
  await page.focus('#panel-guides');
  await tabTo(page, button);
  if ((await page.getAttribute(button, 'aria-expanded')) !== 'true') {
    await page.keyboard.press('Enter');
  }
  assert.equal(await page.getAttribute(button, 'aria-expanded'), 'true');
  assert.equal(await page.locator(`#guide-${slug}`).isVisible(), true);
}

/**
 * Picks an option of a radio group by keyboard: Tab to the group (focus lands on its checked
 * radio), then arrow keys until `optionId` is checked. Starts from the guide's button when the
 * group is behind the focus.
 */
async function choose(page, group, optionId, guideButton) {
  const inGroup = `input[type="radio"][name="${group}"]`;
  if (!(await isFocused(page, inGroup))) {
    try {
      await tabTo(page, `${inGroup}:checked`, { max: 40 });
    } catch {
      await page.focus(guideButton);
      await tabTo(page, `${inGroup}:checked`);
    }
  }
  const count = await page.locator(inGroup).count();
  for (let i = 0; i <= count; i++) {
    if (await page.locator(`#${optionId}`).isChecked()) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not reach ${optionId} with the arrow keys`);
}

/** Tabs to a text box and types into it. */
async function typeInto(page, selector, text, from) {
  if (!(await isFocused(page, selector))) {
    try {
      await tabTo(page, selector, { max: 40 });
    } catch {
      await page.focus(from);
      await tabTo(page, selector);
    }
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.type(text);
}

const YES = '0';
const NO = '1';
const UNKNOWN = 'unknown';
const text = (page, selector) => page.locator(selector).innerText();

// ------------------------------------------------------------------------------------------
// Asylum while holding a permit
// ------------------------------------------------------------------------------------------

test('asylum while holding a permit: every answer by keyboard, help lines as tel: links', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors, requests }) => {
    await open(page);
    await openGuide(page, 'permit-holder');
    const button = '#guide-permit-holder-button';
    const result = () => text(page, '#gp-answer .guide-result');
    const notes = () => text(page, '#gp-answer .guide-notes');

    // Not answered: it depends on the permit.
    assert.match(await result(), /^It depends on your permit/);

    for (const option of ['0', '1']) {
      await choose(page, 'gp-permit', `gp-permit-${option}`, button);
      assert.match(await result(), /you cannot be granted protection \(asylum\) in Norway\. But because you have a residence permit, you can go on living in Norway/);
      const n = await notes();
      assert.match(n, /you will not be called to an interview/);
      assert.match(n, /put your name on your mailbox/);
      assert.match(n, /you will not be given a lawyer/);
      assert.match(n, /apply to renew it as soon as possible/);
      assert.match(n, /If your permit becomes invalid/);
      assert.match(n, /signed letter by post/);
    }
    // A permit far from expiring: no reminder to renew.
    await choose(page, 'gp-expiring', `gp-expiring-${NO}`, button);
    assert.doesNotMatch(await notes(), /renew/);

    await choose(page, 'gp-permit', 'gp-permit-2', button);
    assert.match(await result(), /^Your permit does not stop you from being granted protection/);
    await choose(page, 'gp-permit', 'gp-permit-3', button);
    assert.match(await result(), /^Your permit does not stop you from being granted protection/);
    // No permit: the expiry question is not asked.
    assert.equal(await page.locator('#gp-expiring').isHidden(), true);
    await choose(page, 'gp-permit', `gp-permit-${UNKNOWN}`, button);
    assert.match(await result(), /^It depends on your permit/);

    // Violence or coercion: the five help lines, each a tel: link.
    const links = page.locator('#gp-answer .help-lines a');
    assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), [
      'tel:112',
      'tel:113',
      'tel:02800',
      'tel:116006',
      'tel:116111',
    ]);
    assert.match(await text(page, '#gp-answer .help-lines'), /116 006[\s\S]*VO line/);

    // "How to withdraw" opens the withdrawal guide and moves focus to it.
    await tabTo(page, '#gp-answer .guide-note .button');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('#guide-withdrawal-button', 'aria-expanded'), 'true');
    assert.equal(await isFocused(page, '#guide-withdrawal-button'), true);

    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests(requests, baseUrl), []);
  });
});

// ------------------------------------------------------------------------------------------
// Residence card
// ------------------------------------------------------------------------------------------

/** Easter Sunday (UTC midnight) by Gauss's algorithm: independent of the engine's computus. */
function easterSunday(year) {
  const mod = (a, b) => ((a % b) + b) % b;
  const a = mod(year, 19);
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const m = mod(15 - p + k - q, 30);
  const n = mod(4 + k - q, 7);
  const d = mod(19 * a + m, 30);
  const e = mod(2 * mod(year, 4) + 4 * mod(year, 7) + 6 * d + n, 7);
  let marchDay = 22 + d + e;
  if (d === 29 && e === 6) marchDay = 50;
  else if (d === 28 && e === 6 && mod(11 * m + 11, 30) < 19) marchDay = 49;
  return new Date(Date.UTC(year, 2, marchDay));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Monday to Friday, and not a Norwegian public holiday (1 Jan, Maundy Thursday, Good Friday,
 * Easter Monday, 1 May, 17 May, Ascension, Whit Monday, 25 and 26 Dec; the Sundays among them
 * are weekend days anyway). */
function isWorkingDay(date) {
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const monthDay = `${date.getUTCMonth() + 1}-${date.getUTCDate()}`;
  if (['1-1', '5-1', '5-17', '12-25', '12-26'].includes(monthDay)) return false;
  const fromEaster = Math.round((date - easterSunday(date.getUTCFullYear())) / DAY_MS);
  return ![-3, -2, 1, 39, 50].includes(fromEaster);
}

/** The `n`-th working day after `date`, counted one day at a time. */
function addWorkingDays(date, n) {
  let day = date;
  for (let left = n; left > 0; ) {
    day = new Date(day.getTime() + DAY_MS);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const longDate = (date) =>
  `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

test('residence card: every answer by keyboard, and the earliest day the card can come', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page);
    await openGuide(page, 'residence-card');
    const button = '#guide-residence-card-button';
    const result = () => text(page, '#gc-answer .guide-result');
    const notes = () => text(page, '#gc-answer .guide-notes');

    assert.match(await result(), /^From your answers we cannot tell/);

    // Before 16 April 2021: book an appointment, by phone with the police.
    assert.match(await text(page, 'label[for="gc-applied-0"]'), /Before 16 April 2021/);
    await choose(page, 'gc-applied', 'gc-applied-0', button);
    assert.match(await result(), /^You must book an appointment with the police/);
    assert.match(await notes(), /Call your local police district/);
    // Under 18 or not known: with a parent or guardian.
    assert.match(await notes(), /parent or guardian must come with you/);
    await choose(page, 'gc-under-18', `gc-under-18-${NO}`, button);
    assert.doesNotMatch(await notes(), /parent or guardian/);
    await choose(page, 'gc-under-18', `gc-under-18-${YES}`, button);
    assert.match(await notes(), /parent or guardian must come with you/);

    // On or after: first-time asylum → the police contact you.
    await choose(page, 'gc-applied', 'gc-applied-1', button);
    await choose(page, 'gc-kind', 'gc-kind-0', button);
    assert.match(await result(), /^The police will contact you and give you an appointment/);
    // From abroad → book (in the portal or by phone).
    await choose(page, 'gc-kind', 'gc-kind-1', button);
    assert.match(await result(), /^You must book an appointment/);
    assert.match(await notes(), /Application Portal/);
    // Renewal: the old travel document decides.
    assert.equal(await page.locator('#gc-old-document').isHidden(), true);
    await choose(page, 'gc-kind', 'gc-kind-2', button);
    assert.equal(await page.locator('#gc-old-document').isVisible(), true);
    assert.match(await result(), /^From your answers we cannot tell/);
    await choose(page, 'gc-old-document', `gc-old-document-${YES}`, button);
    assert.match(await result(), /^You must book an appointment/);
    await choose(page, 'gc-old-document', `gc-old-document-${NO}`, button);
    assert.match(await result(), /^Do not book an appointment: the police will send your residence card by post/);
    // By post: no police appointment, so no date to enter; the post and travel notes stay.
    assert.equal(await page.locator('.card-date').isHidden(), true);
    const post = await notes();
    assert.match(post, /your name is on your mailbox/);
    assert.match(post, /another 10 working days/);
    assert.match(post, /Do not book trips abroad until you have received your residence card/);
    // Something else → not known.
    await choose(page, 'gc-kind', 'gc-kind-3', button);
    assert.match(await result(), /^From your answers we cannot tell/);

    // At least 20 working days: enter the appointment date, get the earliest day.
    await choose(page, 'gc-kind', 'gc-kind-0', button);
    assert.match(await notes(), /at the earliest 20 working days after your appointment/);
    assert.equal(await page.locator('.card-date').isVisible(), true);
    await typeInto(page, '#gc-appointment-day', '3', button);
    await typeInto(page, '#gc-appointment-month', '3', button);
    await typeInto(page, '#gc-appointment-year', '2025', button);
    // Monday 3 March 2025 + 20 working days = Monday 31 March 2025 (no holiday in the way).
    const march = longDate(addWorkingDays(new Date(Date.UTC(2025, 2, 3)), 20));
    assert.equal(march, '31 March 2025');
    const earliest = await text(page, '.card-earliest');
    assert.match(earliest, new RegExp(`If your appointment is on 3 March 2025, the card can come on ${march} at the earliest\\.`));
    assert.match(earliest, /Norwegian public holidays .* are left out of this count\. The card can still come later/);
    assert.equal(await page.getAttribute('.card-earliest', 'role'), 'status');
    // Friday 20 March 2026, before Easter: Maundy Thursday, Good Friday and Easter Monday are
    // left out, so Wednesday 22 April 2026 instead of Friday 17 April.
    const easter = longDate(addWorkingDays(new Date(Date.UTC(2026, 2, 20)), 20));
    assert.equal(easter, '22 April 2026');
    await typeInto(page, '#gc-appointment-day', '20', button);
    await typeInto(page, '#gc-appointment-year', '2026', button);
    assert.match(
      await text(page, '.card-earliest'),
      new RegExp(`If your appointment is on 20 March 2026, the card can come on ${easter} at the earliest\\.`),
    );

    assert.deepEqual(consoleErrors, []);
  });
});

// ------------------------------------------------------------------------------------------
// Withdrawal
// ------------------------------------------------------------------------------------------

test('withdrawal: every answer by keyboard (need not leave / must leave / not known) and both routes', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page);
    await openGuide(page, 'withdrawal');
    const button = '#guide-withdrawal-button';
    const result = () => text(page, '#gw-answer .guide-result');
    const how = () => text(page, '#gw-answer');

    assert.match(await result(), /^If you withdraw your application, you will have to leave Norway, unless/);
    // Not known whether from Ukraine: both routes, and the letter form.
    assert.match(await how(), /send it by post to Utlendingsdirektoratet, Postboks 2098 Vika, 0125 Oslo/);
    assert.match(await how(), /pu@politiet\.no/);
    assert.equal(await page.locator('.letter-writer').isVisible(), true);

    await choose(page, 'gw-ukraine', `gw-ukraine-${YES}`, button);
    assert.match(await how(), /pu@politiet\.no/);
    assert.doesNotMatch(await how(), /Postboks 2098/);
    assert.equal(await page.locator('.letter-writer').isHidden(), true);
    await choose(page, 'gw-ukraine', `gw-ukraine-${NO}`, button);
    assert.doesNotMatch(await how(), /pu@politiet\.no/);
    assert.equal(await page.locator('.letter-writer').isVisible(), true);

    await choose(page, 'gw-other-permit', `gw-other-permit-${NO}`, button);
    await choose(page, 'gw-other-application', `gw-other-application-${NO}`, button);
    await choose(page, 'gw-under-90', `gw-under-90-${NO}`, button);
    assert.equal(await result(), 'If you withdraw your application, you will have to leave Norway.');
    assert.doesNotMatch(await how(), /apply for protection again later/);

    for (const [group, ground] of [
      ['gw-other-permit', /You have another residence permit for Norway/],
      ['gw-other-application', /waiting for a decision on another application/],
      ['gw-under-90', /in the Schengen area for less than 90 days/],
    ]) {
      await choose(page, group, `${group}-${YES}`, button);
      assert.match(await result(), /^You do not have to leave Norway after withdrawing/);
      assert.match(await text(page, '#gw-answer .guide-grounds'), ground);
      await choose(page, group, `${group}-${NO}`, button);
    }
    await choose(page, 'gw-under-90', `gw-under-90-${UNKNOWN}`, button);
    assert.match(await result(), /unless you have another residence permit/);
    assert.deepEqual(consoleErrors, []);
  });
});

/** Fills the letter form by keyboard and submits it with Enter. */
async function writeLetter(page, { name, duf, date }) {
  const button = '#guide-withdrawal-button';
  await typeInto(page, '#gw-name', name, button);
  await typeInto(page, '#gw-duf', duf, button);
  if (date) {
    await typeInto(page, '#gw-date-day', date[0], button);
    await typeInto(page, '#gw-date-month', date[1], button);
    await typeInto(page, '#gw-date-year', date[2], button);
  }
  await tabTo(page, '.letter-form button[type="submit"]');
  await page.keyboard.press('Enter');
}

test('the letter: errors next to the fields, then the letter on the page, focused', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page);
    await openGuide(page, 'withdrawal');
    // Nothing yet: no error is shown before the user asks for the letter.
    assert.equal(await page.locator('#gw-name-error').count(), 0);
    await writeLetter(page, { name: '', duf: '2012 3456 789' });
    assert.match(await text(page, '#gw-name-error'), /Write your full name/);
    assert.match(await text(page, '#gw-duf-error'), /A DUF number has 12 digits/);
    assert.equal(await page.getAttribute('#gw-name', 'aria-invalid'), 'true');
    assert.equal(await page.getAttribute('#gw-duf', 'aria-invalid'), 'true');
    assert.match(await page.getAttribute('#gw-name', 'aria-describedby'), /gw-name-error/);
    // The focus goes to the first field to fix.
    await page.waitForFunction(() => document.activeElement?.id === 'gw-name');
    assert.equal(await page.locator('#gw-letter').count(), 0);

    // A date that does not exist: its own message, and no letter.
    await writeLetter(page, { name: 'Olena Kovalenko', duf: '201234567890', date: ['31', '2', '2025'] });
    assert.equal(await page.locator('#gw-name-error').count(), 0);
    assert.match(await text(page, '#gw-date'), /real date|does not exist|exist/i);
    assert.equal(await page.locator('#gw-letter').count(), 0);
    await page.waitForFunction(() => document.activeElement?.id === 'gw-date-day');

    await writeLetter(page, { name: '  Olena   Kovalenko ', duf: '2012 3456 7890', date: ['5', '3', '2025'] });
    await page.waitForFunction(() => document.activeElement?.id === 'gw-letter-heading');
    const letter = await text(page, '#gw-letter');
    assert.match(letter, /^Olena Kovalenko\nDUF-nummer: 2012 3456 7890/);
    assert.match(letter, /Utlendingsdirektoratet\nPostboks 2098 Vika\n0125 Oslo/);
    assert.match(letter, /Dato: 5\. mars 2025/);
    assert.match(letter, /Jeg trekker med dette tilbake min søknad om beskyttelse \(asyl\) i Norge\./);
    assert.match(letter, /Underskrift: _+\nOlena Kovalenko$/);
    assert.equal(await page.getAttribute('#gw-letter', 'lang'), 'nb');
    // The translation to read, in English, marked as not to be sent.
    assert.match(await text(page, '.letter-translation-heading'), /Do not send this part/);
    assert.match(await text(page, '.letter-translation'), /I hereby withdraw my application for protection/);

    // An empty date means today.
    await writeLetter(page, { name: 'Olena Kovalenko', duf: '2012 3456 7890', date: ['', '', ''] });
    const today = await page.evaluate(() => new Date().toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' }));
    assert.match(await text(page, '#gw-letter'), new RegExp(`Dato: ${today.replace('.', '\\.')}`));
    assert.deepEqual(consoleErrors, []);
  });
});

test('the letter downloads as a text file made in the browser, with the letter and its translation', async () => {
  await withPage({ locale: 'uk', acceptDownloads: true }, async (page, { consoleErrors, requests }) => {
    await open(page);
    await openGuide(page, 'withdrawal');
    await writeLetter(page, { name: 'Олена Коваленко', duf: '201234567890', date: ['5', '3', '2025'] });
    await page.waitForSelector('#gw-letter');
    // What the file must hold (Letter::to_text): the letter, a line of 60 dashes, the heading,
    // the translation.
    const expected = await page.evaluate(() => {
      const letter = document.querySelector('#gw-letter .letter-text').textContent;
      const heading = document.querySelector('.letter-translation-heading').textContent;
      const translation = document.querySelector('.letter-translation .letter-text').textContent;
      return `${letter}\n\n\n${'-'.repeat(60)}\n${heading}\n\n${translation}\n`;
    });
    await tabTo(page, '.letter-actions .button-secondary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename(), 'withdrawal-letter-201234567890.txt');
    assert.match(download.url(), /^blob:/);
    const content = await readFile(await download.path(), 'utf8');
    assert.equal(content, expected);
    assert.match(content, /^Олена Коваленко\nDUF-nummer: 2012 3456 7890\n/);
    assert.match(content, /Jeg trekker med dette tilbake/);
    assert.match(content, /Цим я відкликаю свою заяву про захист/);
    // The link was made and removed again; nothing went to another host.
    assert.equal(await page.locator('body > a[download]').count(), 0);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests(requests, baseUrl), []);
  });
});

/** The number of pages in a PDF (its /Type /Page objects, not /Pages). */
function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

for (const lang of ['en', 'uk']) {
  test(`"Print the letter" prints the letter alone, on one A4 page (${lang})`, async () => {
    await withPage({ locale: lang }, async (page, { consoleErrors }) => {
      await open(page);
      await openGuide(page, 'withdrawal');
      // Every guide open and answered: the page itself is many pages long.
      for (const slug of ['permit-holder', 'residence-card', 'help-lines']) await openGuide(page, slug);
      await page.focus('#guide-withdrawal-button');
      await writeLetter(page, {
        name: 'Anna-Maria Olena Kovalenko-Shevchenko Petrenko',
        duf: '2012 3456 7890',
        date: ['5', '3', '2025'],
      });
      await page.waitForSelector('#gw-letter');
      const whole = await page.pdf({ format: 'A4' });
      assert.ok(pdfPages(whole) > 1, `the page alone prints on ${pdfPages(whole)} page(s)`);

      // The browser's print dialog is replaced by a stub that records what it would print.
      await page.evaluate(() => {
        window.printed = [];
        window.print = () => window.printed.push(document.body.className);
      });
      await tabTo(page, '.letter-actions .button:not(.button-secondary)');
      await page.keyboard.press('Enter');
      assert.deepEqual(await page.evaluate(() => window.printed), ['print-letter']);
      assert.equal(await page.locator('body > .letter-print-root').count(), 1);
      // On screen nothing changes: the copy for printing is not shown.
      assert.equal(await page.locator('body > .letter-print-root').isHidden(), true);

      // In print, only the letter to send is shown, and it fits on the page.
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() =>
        [...document.body.children]
          .filter((el) => getComputedStyle(el).display !== 'none')
          .map((el) => el.className),
      );
      assert.deepEqual(shown, ['letter-print-root']);
      const text = await page.locator('body > .letter-print-root').innerText();
      assert.match(text, /Jeg trekker med dette tilbake/);
      assert.doesNotMatch(text, /I hereby withdraw|Цим я відкликаю/);
      const height = await page.locator('body > .letter-print-root').evaluate((el) => el.getBoundingClientRect().height);
      // A4 is 297 mm = 1123 CSS px; the letter must leave room for the printer's margins.
      assert.ok(height < 1000, `the letter is ${height} px high`);
      // Back to no emulation (page.pdf would otherwise print with screen styles).
      await page.emulateMedia({ media: null });

      // Printed (to PDF, as the print dialog would): one A4 page.
      const pdf = await page.pdf({ format: 'A4' });
      assert.equal(pdfPages(pdf), 1);
      // The browser says when printing is over (afterprint), and the page is as it was.
      await page.waitForFunction(() => document.body.className === '');
      assert.equal(await page.locator('.letter-print-root').count(), 0);
      assert.ok(pdfPages(await page.pdf({ format: 'A4' })) > 1);
      assert.deepEqual(consoleErrors, []);
    });
  });
}

// ------------------------------------------------------------------------------------------
// Every guide at once: accessibility, narrow screens, keyboard-only accordion
// ------------------------------------------------------------------------------------------

/** Opens every guide, answers enough to show every part (help lines, card date, letter). */
async function fillEverything(page) {
  for (const slug of ['permit-holder', 'residence-card', 'withdrawal', 'help-lines']) await openGuide(page, slug);
  await choose(page, 'gp-permit', 'gp-permit-0', '#guide-permit-holder-button');
  await choose(page, 'gc-applied', 'gc-applied-1', '#guide-residence-card-button');
  await choose(page, 'gc-kind', 'gc-kind-2', '#guide-residence-card-button');
  await choose(page, 'gc-old-document', `gc-old-document-${YES}`, '#guide-residence-card-button');
  await typeInto(page, '#gc-appointment-day', '12', '#guide-residence-card-button');
  await typeInto(page, '#gc-appointment-month', '12', '#guide-residence-card-button');
  await typeInto(page, '#gc-appointment-year', '2025', '#guide-residence-card-button');
  await choose(page, 'gw-ukraine', `gw-ukraine-${NO}`, '#guide-withdrawal-button');
  await choose(page, 'gw-other-permit', `gw-other-permit-${YES}`, '#guide-withdrawal-button');
  await writeLetter(page, { name: 'Olena Kovalenko', duf: '2012 3456 7890', date: ['5', '3', '2025'] });
  await page.waitForSelector('#gw-letter');
}

const TITLES = {
  en: 'Withdrawing your application for protection',
  nb: 'Trekke søknaden om beskyttelse',
  uk: 'Відкликання заяви про захист',
};

for (const lang of ['en', 'nb', 'uk']) {
  test(`axe finds nothing with every guide open and answered (${lang})`, async () => {
    await withPage({ locale: lang }, async (page, { consoleErrors, requests }) => {
      await open(page);
      assert.equal(await text(page, '#guide-withdrawal-button'), TITLES[lang]);
      let violations = await axe(page);
      assert.equal(violations.length, 0, violations.report);
      await fillEverything(page);
      violations = await axe(page);
      assert.equal(violations.length, 0, violations.report);
      // The letter errors too.
      await writeLetter(page, { name: '', duf: 'abc' });
      await page.waitForSelector('#gw-duf-error');
      violations = await axe(page);
      assert.equal(violations.length, 0, violations.report);
      assert.deepEqual(consoleErrors, []);
      assert.deepEqual(foreignRequests(requests, baseUrl), []);
    });
  });
}

test('no sideways scrolling at 320 px with every guide open, letter shown', async () => {
  for (const lang of ['en', 'uk']) {
    await withPage({ locale: lang, viewport: { width: 320, height: 640 } }, async (page, { consoleErrors }) => {
      await open(page);
      await fillEverything(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${lang}: ${overflow} px too wide`);
      assert.deepEqual(consoleErrors, []);
    });
  }
});

test('the accordion: Enter and Space open and close a guide; closed guides keep their answers', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    await open(page);
    const button = '#guide-residence-card-button';
    assert.equal(await page.getAttribute(button, 'aria-expanded'), 'false');
    assert.equal(await page.locator('#guide-residence-card').isHidden(), true);
    assert.equal(await page.getAttribute(button, 'aria-controls'), 'guide-residence-card');
    await openGuide(page, 'residence-card');
    await choose(page, 'gc-applied', 'gc-applied-0', button);
    await page.focus(button);
    await page.keyboard.press('Space');
    assert.equal(await page.getAttribute(button, 'aria-expanded'), 'false');
    assert.equal(await page.locator('#guide-residence-card').isHidden(), true);
    await page.keyboard.press('Space');
    assert.equal(await page.locator('#gc-applied-0').isChecked(), true);
    assert.match(await text(page, '#gc-answer .guide-result'), /^You must book an appointment/);
  });
});
