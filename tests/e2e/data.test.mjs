// The user's own data in a real browser: off by default; "Remember my answers on this device"
// keeps answers, stays and language across reloads as one versioned document; "Erase everything"
// removes it all; export → import in a fresh browser gives the identical state; broken files are
// refused with a message that says what is wrong, leaving the answers as they were; an older
// version of the document is migrated; the printable summary shows every checker's result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, axe, useBrowser } from './lib.mjs';
import {
  FORMAT,
  waitForApp,
  importFile,
  exportDocument,
  download,
  fullDocument,
  overlay,
  fillOpenPanel,
  deviceStorage,
} from './pwa-lib.mjs';

const TABS = ['temporary-regulation', 'permanent-permit', 'travel-limits', 'work-permit', 'guides'];
/** The storage key for a site at baseUrl (one per folder of the page). */
const KEY = `permit-check ${new URL(baseUrl).pathname}`;
const UNCHANGED = /Your answers have not been changed\./;

const withPage = useBrowser();

async function open(page) {
  await page.goto(baseUrl);
  await waitForApp(page);
}

const stored = async (page) => {
  const { local } = await deviceStorage(page);
  return local[KEY] === undefined ? undefined : JSON.parse(local[KEY]);
};

test('off by default: answering every tab writes nothing to the device', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page);
    assert.equal(await page.isChecked('#data-remember'), false);
    for (const slug of TABS) {
      await page.click(`#tab-${slug}`);
      await fillOpenPanel(page);
    }
    await importFile(page, fullDocument());
    const device = await deviceStorage(page);
    assert.deepEqual(device.local, {});
    assert.equal(device.session, 0);
    assert.equal(device.cookie, '');
    assert.deepEqual(device.databases, []);
    // No cache but the service worker's own copy of the app's files (the deployed worker, which
    // `cargo xtask test` serves); the repository's template worker keeps none.
    assert.ok(device.caches.length <= 1, `caches: ${device.caches}`);
    for (const name of device.caches) assert.ok(name.startsWith(`permit-check ${baseUrl} `), `cache ${name}`);
    assert.deepEqual(consoleErrors, []);
  });
});

test('remember → reload: answers, stays and language are back; erase → reload: empty, storage empty', async () => {
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page);
    const empty = await exportDocument(page);
    await importFile(page, fullDocument());
    await page.check('#data-remember');
    assert.match(await page.textContent('#data-status'), /now kept on this device/);
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
    let doc = await stored(page);
    assert.equal(doc.format, FORMAT);
    assert.equal(doc.version, 1);
    assert.equal(doc.language, 'en');
    assert.deepEqual(doc.answers, overlay(empty, fullDocument()).answers);

    // Written as they change: an answer and the language.
    const changed = overlay(empty, fullDocument());
    changed.answers.workPermit.validPassport = true;
    changed.answers.stays.push({ from: { day: '1', month: '3', year: '2025' }, to: { day: '', month: '', year: '' }, ongoing: true, schengen: false });
    await importFile(page, changed);
    await page.click('.lang-button[lang="nb"]');
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).language === 'nb', KEY);
    doc = await stored(page);
    assert.deepEqual(doc.answers, changed.answers);

    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'nb', 'the remembered language wins over the browser');
    assert.equal(await page.isChecked('#data-remember'), true);
    assert.deepEqual(await exportDocument(page), changed);

    // Erase everything (asks first, with focus on Cancel).
    await page.click('#data-erase');
    assert.equal(await page.isVisible('#data-erase-question'), true);
    await page.waitForFunction(() => document.activeElement?.id === 'data-erase-cancel');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'data-erase');
    assert.notEqual(await stored(page), undefined, 'Cancel keeps everything');
    await page.click('#data-erase');
    await page.click('#data-erase-confirm');
    assert.match(await page.textContent('#data-status'), /Alt er slettet/);
    assert.deepEqual((await deviceStorage(page)).local, {});
    assert.equal(await page.isChecked('#data-remember'), false);
    assert.deepEqual(await exportDocument(page), empty);

    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the language comes from the browser again');
    assert.equal(await page.isChecked('#data-remember'), false);
    assert.deepEqual(await exportDocument(page), empty);
    const device = await deviceStorage(page);
    assert.deepEqual(device.local, {});
    assert.equal(device.session, 0);
    assert.equal(device.cookie, '');
    assert.deepEqual(consoleErrors, []);
  });
});

test('switching remembering off deletes what was kept, and keeps the answers on screen', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    await open(page);
    const empty = await exportDocument(page);
    await importFile(page, fullDocument());
    await page.check('#data-remember');
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
    await page.uncheck('#data-remember');
    assert.match(await page.textContent('#data-status'), /no longer kept on this device/);
    assert.deepEqual((await deviceStorage(page)).local, {});
    assert.deepEqual(await exportDocument(page), overlay(empty, fullDocument()));
    await page.reload();
    await waitForApp(page);
    assert.deepEqual(await exportDocument(page), empty);
  });
});

test('export → import in a fresh browser gives the identical state; the stays also as CSV', async () => {
  let exported;
  let summary;
  await withPage({ locale: 'en' }, async (page) => {
    await open(page);
    const empty = await exportDocument(page);
    await importFile(page, fullDocument());
    exported = await exportDocument(page);
    assert.deepEqual(exported, overlay(empty, fullDocument()));
    assert.match(await page.textContent('#data-status'), /saved to the file “permit-check-answers-\d{4}-\d{2}-\d{2}\.json”/);
    const csv = await download(page, '#data-export-csv');
    assert.match(csv.name, /^permit-check-stays-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.deepEqual(csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n'), [
      'Stay,Left Norway,Came back to Norway,Still abroad,Another Schengen country',
      '1,2023-07-10,2023-08-02,no,yes',
      '2,2024-12-20,2025-01-05,no,no',
    ]);
    await page.click('#data-print');
    summary = await page.innerText('#summary');
  });
  await withPage({ locale: 'en' }, async (page) => {
    await open(page);
    assert.notDeepEqual(await exportDocument(page), exported, 'a fresh browser starts empty');
    const message = await importFile(page, JSON.stringify(exported, null, 2), 'from-the-caseworker.json');
    assert.match(message, /The answers from “from-the-caseworker\.json” are loaded/);
    assert.deepEqual(await exportDocument(page), exported);
    await page.click('#data-print');
    assert.equal(await page.innerText('#summary'), summary, 'the same summary');
  });
});

test('a broken file is refused with a message that says what is wrong; nothing is lost', async () => {
  const withAnswer = (change) => {
    const doc = fullDocument();
    change(doc.answers);
    return doc;
  };
  const cases = [
    ['not JSON', '{"format": "permit-check-answers", "version": 1,', /damaged .* cannot be read \(line \d+, character \d+\)/],
    ['another file', { hello: 'world' }, /This is not a Permit Check answers file/],
    ['an unknown version', { format: FORMAT, version: 99, answers: {} }, /newer Permit Check \(file version 99; this one reads versions up to 1\)/],
    ['no version', { format: FORMAT, answers: {} }, /no valid version number/],
    ['a day that does not exist', withAnswer((a) => { a.temporaryRegulation.dateOfBirth = { day: '31', month: '2', year: '1990' }; }), /dates that are not valid: Date of birth: This date does not exist/],
    ['a bad month in a stay', withAnswer((a) => { a.stays[1].to.month = '13'; }), /Stay 2, date you came back to Norway: The month must be a number from 1 to 12/],
    ['a value of the wrong kind', withAnswer((a) => { a.workPermit.validPassport = 'maybe'; }), /“answers\.workPermit\.validPassport” has a value Permit Check cannot use: "maybe"/],
    ['a stay that is not a stay', withAnswer((a) => { a.stays[0].from = '2023-07-10'; }), /“answers\.stays\[0\]\.from” has a value Permit Check cannot use: "2023-07-10"/],
    ['a huge file', `{"format":"${FORMAT}","version":1,"answers":{},"x":"${'x'.repeat(1_100_000)}"}`, /too large/],
  ];
  await withPage({ locale: 'en' }, async (page, { consoleErrors }) => {
    await open(page);
    const before = overlay(await exportDocument(page), fullDocument());
    await importFile(page, fullDocument());
    for (const [what, content, expected] of cases) {
      const message = await importFile(page, content, `${what}.json`);
      assert.match(message, expected, what);
      assert.match(message, UNCHANGED, what);
      assert.equal(await page.getAttribute('#data-status p', 'class'), 'data-notice data-notice-error');
      assert.deepEqual(await exportDocument(page), before, `${what}: the answers are as they were`);
    }
    // The message is in the reader's language.
    await importFile(page, cases.at(-1)[1], 'huge.json');
    await page.click('.lang-button[lang="uk"]');
    assert.match(await page.textContent('#data-status'), /Файл не завантажено\. Цей файл завеликий/);
    const violations = await axe(page, { include: '#your-data' });
    assert.equal(violations.length, 0, violations.report);
    assert.deepEqual(consoleErrors, []);
  });
});

test('Undo puts back the answers from before an import', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    await open(page);
    const full = overlay(await exportDocument(page), fullDocument());
    await importFile(page, fullDocument());
    await importFile(page, { format: FORMAT, version: 1, answers: { workPermit: { protection: 'collective' } } });
    await page.click('#data-undo-import');
    assert.match(await page.textContent('#data-status'), /before loading the file are back/);
    assert.deepEqual(await exportDocument(page), full);
  });
});

test('export refuses while a date is not valid, so that every file can be read again', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    await open(page);
    // A document kept on this device may hold a date still being typed.
    const typing = fullDocument();
    typing.answers.stays[0].to = { day: '2', month: '', year: '' };
    await page.evaluate(([key, doc]) => localStorage.setItem(key, JSON.stringify(doc)), [KEY, typing]);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.isChecked('#data-remember'), true);
    await page.click('#data-export');
    assert.match(await page.textContent('#data-status'), /Fix these dates first.*Stay 1, date you came back to Norway: Enter the month\./);
    await page.click('#data-export-csv');
    assert.match(await page.textContent('#data-status'), /Fix these dates first/);
  });
});

/** A version-0 document (the prototype's shape): ISO dates, null for unknown, `trips`. */
function versionZero() {
  return {
    format: FORMAT,
    version: 0,
    answers: {
      temporaryRegulation: {
        dateOfBirth: '1990-02-14',
        firstAsylumApplication: '2004-09-03',
        appliedForAsylum: true,
        convicted: null,
        requestDate: null,
      },
      workPermit: { protection: 'individual', validPassport: false },
      trips: [{ from: '2023-07-10', to: '2023-08-02', schengen: true }],
      plannedTrip: { from: '2027-07-01', to: null, schengen: false },
    },
  };
}

/** What version 0 becomes, over the export of an app that has just started (`empty`). */
function versionZeroMigrated(empty) {
  const doc = structuredClone(empty);
  const a = doc.answers;
  a.temporaryRegulation.dateOfBirth = { day: '14', month: '2', year: '1990' };
  a.temporaryRegulation.firstAsylumApplication = { day: '3', month: '9', year: '2004' };
  a.temporaryRegulation.appliedForAsylum = true;
  a.workPermit.protection = 'individual';
  a.workPermit.validPassport = false;
  a.stays = [{ from: { day: '10', month: '7', year: '2023' }, to: { day: '2', month: '8', year: '2023' }, ongoing: false, schengen: true }];
  a.plannedTrip.from = { day: '1', month: '7', year: '2027' };
  return doc;
}

test('a version-0 document is migrated, never discarded: from a file and from the device', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    await open(page);
    const empty = await exportDocument(page);
    const message = await importFile(page, versionZero(), 'old.json');
    assert.match(message, /are loaded/);
    assert.deepEqual(await exportDocument(page), versionZeroMigrated(empty));

    // Kept on the device by an older version: read, migrated, and written back as version 1.
    await page.evaluate(([key, doc]) => localStorage.setItem(key, JSON.stringify({ ...doc, language: 'uk' })), [KEY, versionZero()]);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'uk');
    assert.deepEqual(await exportDocument(page), versionZeroMigrated(empty));
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).version === 1, KEY);
    const kept = await stored(page);
    assert.deepEqual(kept.answers, versionZeroMigrated(empty).answers);
    assert.equal(kept.language, 'uk');
  });
});

test('something unreadable on the device is left alone and explained, until erased', async () => {
  await withPage({ locale: 'en' }, async (page) => {
    await open(page);
    await page.evaluate(([key, format]) => localStorage.setItem(key, JSON.stringify({ format, version: 7, answers: {} })), [KEY, FORMAT]);
    await page.reload();
    await waitForApp(page);
    assert.match(await page.textContent('#data-status'), /could not be read.*newer Permit Check \(file version 7/);
    assert.equal(await page.isChecked('#data-remember'), false);
    assert.match((await deviceStorage(page)).local[KEY], /"version":7/, 'not overwritten');
    await page.click('#data-erase');
    await page.click('#data-erase-confirm');
    assert.deepEqual((await deviceStorage(page)).local, {});
  });
});

test('the printable summary: answers and every checker\'s result with criteria, figures and sources', async () => {
  for (const lang of ['en', 'nb', 'uk']) {
    await withPage({ locale: lang }, async (page, { consoleErrors }) => {
      await open(page);
      await importFile(page, fullDocument());
      await page.click('#data-print');
      await page.waitForSelector('#summary');
      await page.waitForFunction(() => document.activeElement?.id === 'summary'); // focus moves to it
      const checkers = page.locator('#summary .summary-checker');
      assert.equal(await checkers.count(), 4);
      for (const checker of await checkers.all()) {
        assert.notEqual((await checker.locator('.result-headline').innerText()).trim(), '');
        assert.ok((await checker.locator('.criterion').count()) > 0, 'criteria');
        assert.ok((await checker.locator('.criterion .sources cite').count()) > 0, 'sources');
        assert.ok((await checker.locator('.summary-answers .figure').count()) > 0, 'answers');
      }
      assert.ok((await page.locator('#summary .criterion .figures .figure').count()) > 0, 'figures');
      assert.equal(await page.locator('#summary .summary-stays tbody tr').count(), 2, 'both stays');
      const text = await page.innerText('#summary');
      const birthday = { en: '14 February 1990', nb: '14. februar 1990', uk: '14 лютого 1990' }[lang];
      assert.ok(text.includes(birthday), `${lang}: the date of birth written out`);

      const violations = await axe(page);
      assert.equal(violations.length, 0, `${lang}: ${violations.report}`);

      if (lang === 'en') {
        await page.emulateMedia({ media: 'print' });
        for (const hidden of ['main', '.exit-button', '.lang-switch', '#legal-help', '#your-data', '#summary-print', '#summary-close']) {
          assert.equal(await page.isVisible(hidden), false, `${hidden} is not printed`);
        }
        for (const shown of ['#summary', '.app-name', '#summary .criterion']) {
          assert.equal(await page.locator(shown).first().isVisible(), true, `${shown} is printed`);
        }
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        assert.ok(pdf.length > 10_000, 'an A4 PDF');
        await page.emulateMedia({ media: 'screen' });
        await page.click('#summary-close');
        assert.equal(await page.isVisible('#summary'), false);
        await page.waitForFunction(() => document.activeElement?.id === 'data-print'); // focus goes back
      }
      assert.deepEqual(consoleErrors, []);
    });
  }
});
