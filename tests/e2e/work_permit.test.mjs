// The "Work permit" tab in a real browser: every outcome reached by keyboard (collective
// protection → the right to work already; all conditions met; a rejection; a Dublin case; not
// known yet), the next steps the engine chooses for each, the passport question's warning about
// internal passports, axe in en/nb/uk, no console error, no request to another host, and no
// sideways scrolling at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, axe, foreignRequests, useBrowser } from './lib.mjs';

const withPage = useBrowser();

async function open(page) {
  await page.goto(`${baseUrl}#work-permit`);
  await page.waitForSelector('#wp-protection');
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page, selector, { back = false, max = 300 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Picks an option of a radio group by keyboard, as a user would: Tab to the group (the focus
 * lands on its checked radio), then arrow keys until `optionId` is checked.
 */
async function choose(page, group, optionId) {
  const inGroup = `input[type="radio"][name="${group}"]`;
  const focused = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, inGroup);
  if (!focused) {
    // Tab forward to the group; if it is behind the focus, start again from the panel.
    try {
      await tabTo(page, `${inGroup}:checked`, { max: 40 });
    } catch {
      await page.focus('#panel-work-permit');
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

const headline = (page) => page.locator('#wp-result .result-headline').innerText();
const steps = (page) => page.locator('.next-steps li').allInnerTexts();
const status = (page, id) => page.locator(`#wp-result [data-criterion="${id}"] .status-label`).innerText();
const explanation = (page, id) => page.locator(`#wp-result [data-criterion="${id}"] .explanation`).innerText();

/** Answers every question by keyboard: `null` leaves "I don't know". */
async function answer(page, { protection, interview, passport, decision, dublin }) {
  const pick = { true: '0', false: '1', null: 'unknown' };
  await choose(page, 'wp-protection', `wp-protection-${{ individual: '0', collective: '1', null: 'unknown' }[protection]}`);
  if (protection === 'collective') return;
  await choose(page, 'wp-interview', `wp-interview-${pick[interview]}`);
  await choose(page, 'wp-passport', `wp-passport-${pick[passport]}`);
  await choose(page, 'wp-decision', `wp-decision-${{ none: '0', rejected: '1', null: 'unknown' }[decision]}`);
  await choose(page, 'wp-dublin', `wp-dublin-${pick[dublin]}`);
}

test('collective protection: you already have the right to work, and the other questions go away', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors, requests }) => {
    await open(page);
    await answer(page, { protection: 'collective' });
    assert.match(await headline(page), /You already have the right to work/);
    assert.equal(await page.locator('.wp-conditions').isHidden(), true);
    assert.equal(await page.locator('.next-steps').count(), 0);
    // The criteria are still there, for information only.
    assert.match(await explanation(page, 'wp.interview'), /collective protection, which already gives you the right to work/);
    // Going back to "individual" brings the questions back.
    await choose(page, 'wp-protection', 'wp-protection-0');
    assert.equal(await page.locator('.wp-conditions').isVisible(), true);
    assert.doesNotMatch(await headline(page), /right to work/);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests(requests, baseUrl), []);
  });
});

test('all four conditions met: you can apply, and how (police by post, passport copy, no fee, appointment)', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page);
    await answer(page, { protection: 'individual', interview: true, passport: true, decision: 'none', dublin: false });
    assert.match(await headline(page), /You can apply for a temporary work permit/);
    for (const id of ['wp.interview', 'wp.passport', 'wp.no-decision', 'wp.not-dublin']) {
      assert.equal(await status(page, id), 'Met', id);
    }
    const list = await steps(page);
    assert.equal(list.length, 6);
    assert.match(list[0], /by post to the police where you live\. Do not send it to UDI/);
    assert.match(list[1], /copy of your passport, unless you have already handed your passport in to the police/);
    assert.match(list[2], /no fee/);
    assert.match(list[3], /The police will contact you .* bring the original passport/);
    assert.match(list[4], /Voluntary work needs no work permit/);
    assert.match(list[5], /if you leave, your application for protection is dismissed/);
    assert.deepEqual(consoleErrors, []);
  });
});

test('a rejection: not eligible, with the note that an appeal awaited in Norway can change it (ask your lawyer)', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page);
    // The question's own hint says it before any answer.
    assert.match(await page.locator('#wp-decision-1-hint').innerText(), /appealed.*wait in Norway.*utl\. § 94 \(3\).*ask your lawyer/s);
    await answer(page, { protection: 'individual', interview: true, passport: true, decision: 'rejected', dublin: false });
    assert.match(await headline(page), /You cannot get a temporary work permit now/);
    assert.equal(await status(page, 'wp.no-decision'), 'Not met');
    assert.match(await explanation(page, 'wp.no-decision'), /If you have appealed and are allowed to wait in Norway .* ask your lawyer/);
    assert.match(await page.locator('#wp-result [data-criterion="wp.no-decision"] .sources').innerText(), /utl\. § 94 \(3\)/);
    const list = await steps(page);
    assert.equal(list.length, 2);
    assert.match(list[0], /Ask your lawyer about the appeal/);
    assert.match(list[1], /Voluntary work/);
    assert.deepEqual(consoleErrors, []);
  });
});

test('a Dublin case, no passport, no interview: not eligible, and no steps for applying', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page);
    await answer(page, { protection: 'individual', interview: false, passport: false, decision: 'none', dublin: true });
    assert.match(await headline(page), /You cannot get a temporary work permit now/);
    assert.equal(await status(page, 'wp.interview'), 'Not met');
    assert.equal(await status(page, 'wp.passport'), 'Not met');
    assert.equal(await status(page, 'wp.not-dublin'), 'Not met');
    const list = await steps(page);
    assert.equal(list.length, 2);
    assert.match(list[0], /Voluntary work/);
    assert.match(list[1], /Do not leave Norway/);
    assert.ok(!list.some((s) => /by post to the police/.test(s)));
    assert.deepEqual(consoleErrors, []);
  });
});

test('nothing answered: not known yet, and the steps for applying are shown anyway', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    await open(page);
    assert.match(await headline(page), /We cannot tell yet/);
    assert.equal(await status(page, 'wp.passport'), 'Not known yet');
    assert.equal((await steps(page)).length, 6);
    // The passport question says plainly that an internal passport is not enough.
    const hint = await page.locator('#wp-passport-hint').innerText();
    assert.match(hint, /internal passport or a passport card, such as the Passport of the Citizen of Ukraine, is not enough/);
  });
});

test('the outcome is announced: the headline sits in a polite live region', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    await open(page);
    const role = await page.locator('#wp-result .result-headline').getAttribute('role');
    assert.equal(role, 'status');
  });
});

const HEADLINES = {
  en: { eligible: /You can apply/, collective: /You already have the right to work/ },
  nb: { eligible: /Du kan søke om midlertidig arbeidstillatelse/, collective: /Du har allerede rett til å arbeide/ },
  uk: { eligible: /Ви можете подати заяву/, collective: /Ви вже маєте право працювати/ },
};

for (const lang of ['en', 'nb', 'uk']) {
  test(`axe finds nothing on the filled-in tab, and the answers are in ${lang}`, async () => {
    await withPage({ locale: lang }, async (page, { consoleErrors, requests }) => {
      await open(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      await answer(page, { protection: 'individual', interview: true, passport: true, decision: 'none', dublin: false });
      assert.match(await headline(page), HEADLINES[lang].eligible);
      let violations = await axe(page);
      assert.equal(violations.length, 0, violations.report);
      await answer(page, { protection: 'individual', interview: true, passport: null, decision: 'rejected', dublin: null });
      violations = await axe(page);
      assert.equal(violations.length, 0, violations.report);
      await answer(page, { protection: 'collective' });
      assert.match(await headline(page), HEADLINES[lang].collective);
      violations = await axe(page);
      assert.equal(violations.length, 0, violations.report);
      assert.deepEqual(consoleErrors, []);
      assert.deepEqual(foreignRequests(requests, baseUrl), []);
    });
  });
}

test('no sideways scrolling at 320 px, in the longest language', async () => {
  for (const lang of ['en', 'uk']) {
    await withPage({ locale: lang, viewport: { width: 320, height: 640 } }, async (page, { consoleErrors }) => {
      await open(page);
      await answer(page, { protection: 'individual', interview: true, passport: true, decision: 'rejected', dublin: false });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${lang}: ${overflow} px too wide`);
      assert.deepEqual(consoleErrors, []);
    });
  }
});
