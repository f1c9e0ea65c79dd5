// Helpers for data.test.mjs ("Your answers on this phone"): walking a check the way a person
// does, the page's controls (`#data-*`), the kept document (`localStorage`, key `notes/`), saved
// files, the device's storage, and the catalogs' words, so that the tests compare with what the
// app is meant to say. (Some of these started as copies from pwa-lib.mjs, which is not shared.)

import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import assert from 'node:assert/strict';
import { baseUrl, wake } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');

/** `format` of every answers document (src/flow/document.rs). */
export const FORMAT = 'permit-check-answers';
/** The current version of its shape. */
export const VERSION = 2;
/** The `localStorage` key of the kept document: `notes` and the page's folder (data.rs, boot.js). */
export const KEY = `notes${new URL(baseUrl).pathname}`;
/** Where "Exit this page" goes (index.html `#exit`); answered locally, never fetched. */
export const EXIT_URL = 'https://www.yr.no/';

// ------------------------------------------------------------------------------ the catalogs

const catalogs = new Map();

/**
 * The messages of a catalog (locales/<tag>/*.ftl) as plain text: `id = value`, with indented
 * continuation lines joined by a newline. Enough for the simple messages these tests compare
 * (no selectors); placeables are left as written.
 */
export function messages(tag) {
  if (catalogs.has(tag)) return catalogs.get(tag);
  const out = {};
  const dir = join(repoRoot, 'locales', tag);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    let current = null;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const start = line.match(/^([a-zA-Z][\w-]*)\s*=\s?(.*)$/);
      if (start) {
        current = start[1];
        out[current] = start[2].trim();
      } else if (current && /^\s+\S/.test(line) && !/^\s*[[*.]/.test(line)) {
        out[current] = out[current] ? `${out[current]}\n${line.trim()}` : line.trim();
      } else if (!/^\s*$/.test(line)) {
        current = null;
      }
    }
  }
  catalogs.set(tag, out);
  return out;
}

/** One message of a catalog; fails the test when the catalog does not have it. */
export function msg(tag, id) {
  const text = messages(tag)[id];
  assert.ok(text, `locales/${tag} has no message ${id}`);
  return text;
}

/** Text as the page shows it, for comparing: Unicode isolation marks dropped, spaces collapsed. */
export const plain = (s) => String(s ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();

// ------------------------------------------------------------------------------ the app

/** Waits until the app has mounted (the footer's links are shown and the app's start form is in <main>). */
export async function ready(page) {
  await wake(page);
  await page.waitForSelector('#footer-links:not([hidden])');
  await page.waitForSelector('main form.step:not(#static-start)');
}

/** Opens the site in `page` and waits for the app. */
export async function openApp(page) {
  await page.goto(baseUrl);
  await ready(page);
}

/** Presses the page's Continue. */
export async function next(page) {
  await page.click('main form.step button[type=submit]');
}

/** On the page of step `step`, chooses option `index` (`#q-<step>-<index>`) and continues. */
export async function choose(page, step, index) {
  await page.waitForSelector(`main form.step[data-step="${step}"]`);
  await page.check(`#q-${step}-${index}`);
  await next(page);
}

/**
 * The work-permit check of an asylum seeker, every question answered: assessed individually,
 * had the interview, no valid passport, no answer yet, not a Dublin case. Its answer is
 * "Not eligible" (no valid passport).
 */
export const WORK_PERMIT = [
  ['protection', 0],
  ['interview', 0],
  ['passport', 1],
  ['decision', 0],
  ['dublin', 1],
];

/** The start page's options (src/flow/answers.rs `Situation::ALL`). */
export const START = { asylumSeeker: 0, temporaryPermit: 1, collectiveProtection: 2, permanentPermit: 3, helper: 4 };

/**
 * From the start page: an asylum seeker asks "May I work while I wait?" (the second check offered)
 * and answers every question (`WORK_PERMIT`), then "Check your answers", then the answer.
 * Ends on the result page.
 */
export async function walkWorkPermit(page) {
  await choose(page, 'start', START.asylumSeeker);
  await choose(page, 'want', 1);
  for (const [step, index] of WORK_PERMIT) await choose(page, step, index);
  await page.waitForSelector('main .summary-list');
  await page.click('main > .button-row button.button');
  await page.waitForSelector('main .result-panel');
}

/** Opens "Your answers on this phone" from the footer. */
export async function openData(page) {
  await page.click('[data-page=data]');
  await page.waitForSelector('#data-remember');
}

/** The status line's text (may be empty). */
export const statusText = async (page) => plain(await page.textContent('#data-status'));

/** Waits until the status line says `text` exactly (its words, without the Undo button's). */
export async function waitForStatus(page, text) {
  await page
    .waitForFunction(
      ([expected]) => {
        const el = document.getElementById('data-status');
        if (!el) return false;
        const copy = el.cloneNode(true);
        copy.querySelectorAll('button').forEach((b) => b.remove());
        const now = copy.textContent.replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();
        return now === expected;
      },
      [plain(text)],
      { timeout: 15_000 },
    )
    .catch(async () => {
      assert.fail(`#data-status should say “${plain(text)}”, it says “${await statusText(page)}”`);
    });
}

/**
 * Opens a file through "Open answers from a file" (`#data-open`). `content`: an object (written
 * as JSON) or a string (as it is). Waits for the status line to say `expected` (a message).
 */
export async function openFile(page, content, expected, name = 'notes.json') {
  const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  await page.setInputFiles('#data-open', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await waitForStatus(page, expected);
}

/** Presses "Save my answers to a file"; returns `{ name, text, doc }` (doc: the JSON parsed). */
export async function save(page) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.click('#data-save')]);
  const path = await file.path();
  assert.ok(path, `the download ${file.suggestedFilename()} failed: ${await file.failure()}`);
  const text = await readFile(path, 'utf8');
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    assert.fail(`the saved file is not JSON (${error.message}): ${text.slice(0, 200)}`);
  }
  return { name: file.suggestedFilename(), text, doc };
}

/** The page's own date (the app names files after the device's day), as YYYY-MM-DD. */
export async function today(page) {
  return page.evaluate(() => {
    const d = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  });
}

/** The kept document (parsed), or `undefined` when nothing is kept; `raw` for the text. */
export async function kept(page, { raw = false } = {}) {
  const text = await page.evaluate((key) => localStorage.getItem(key), KEY);
  if (text === null) return undefined;
  return raw ? text : JSON.parse(text);
}

/** Waits until the kept document satisfies `test` (a function of the parsed document or undefined). */
export async function waitForKept(page, test, what) {
  const started = Date.now();
  let last;
  while (Date.now() - started < 15_000) {
    last = await kept(page, { raw: true });
    let doc;
    try {
      doc = last === undefined ? undefined : JSON.parse(last);
    } catch {
      doc = null;
    }
    if (test(doc)) return doc;
    await page.waitForTimeout(50);
  }
  assert.fail(`${what}: localStorage["${KEY}"] is ${last === undefined ? 'not there' : last.slice(0, 300)}`);
}

/** Everything the page could have left on the device. */
export async function deviceStorage(page) {
  return page.evaluate(async () => {
    const local = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      local[key] = localStorage.getItem(key);
    }
    const databases = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
    const cached = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) cached.push({ cache: name, url: request.url });
    }
    return { local, session: sessionStorage.length, cookie: document.cookie, databases, cached };
  });
}

/** "Exit this page" goes to a neutral site: answered here with a blank page, never fetched. */
export async function answerExitLocally(context) {
  await context.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' }),
  );
}

/** Waits until the tab shows the neutral site. */
export async function waitForExit(page) {
  await page.waitForURL((url) => url.href.startsWith(EXIT_URL), { timeout: 15_000 });
}

/** Switches the language with the header's menu and waits until the page is in it. */
export async function switchLanguage(page, tag) {
  await page.click('#lang-menu > summary');
  await page.click(`#lang-list button[data-lang="${tag}"]`);
  await page.waitForFunction((t) => document.documentElement.lang === t, tag);
}

/** Whether the element at `selector` (a radio, a checkbox) is there and checked, now. */
export async function isChecked(page, selector) {
  return page.evaluate((s) => document.querySelector(s)?.checked === true, selector);
}

/**
 * The printed summary (`PrintPage`) as data: one entry per `section.print-check`, in order, with
 * its check, title, outcome headline, summary sentence, criteria titles and the answers
 * (question → answer lines).
 */
export async function printSections(page) {
  return page.$$eval('main section.print-check', (sections) =>
    sections.map((s) => {
      const text = (el) => (el?.textContent || '').replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();
      return {
        check: s.dataset.check,
        title: text(s.querySelector('h2')),
        outcome: text(s.querySelector('.result-headline')),
        summary: text(s.querySelector('.result-summary')),
        criteria: [...s.querySelectorAll('.criterion-title')].map(text),
        answers: [...s.querySelectorAll('.summary-row')].map((row) => [
          text(row.querySelector('.summary-key')),
          [...row.querySelectorAll('.summary-line')].map(text),
        ]),
      };
    }),
  );
}

/** "Print a summary" from the data page; waits for the summary. */
export async function openPrint(page) {
  await page.click('#data-print');
  await page.waitForSelector('#print-now');
}

/** A version-1 file of the first app (src/flow/document.rs `version_1`, written by the old tests). */
export function versionOne() {
  return {
    format: FORMAT,
    version: 1,
    language: 'nb',
    answers: {
      temporaryRegulation: {
        dateOfBirth: { day: '14', month: '2', year: '1990' },
        appliedForAsylum: true,
        identityDocumented: null,
        livedInNorwayOn20190101: true,
      },
      permanentPermit: {
        gaveIncorrectInformation: false,
        abuseExemption: { familyImmigrationPermit: false, victimOfAbuse: null },
      },
      travelLimits: {
        situation: 'temporary-permit',
        permitBasis: 'humanitarian',
        permitEnd: { day: '31', month: '5', year: '2027' },
      },
      workPermit: { protection: 'individual', decision: 'none', validPassport: false },
      stays: [
        { from: { day: '10', month: '7', year: '2023' }, to: { day: '2', month: '8', year: '2023' }, ongoing: false, schengen: true },
      ],
      plannedTrip: { from: { day: '1', month: '7', year: '2027' }, to: { day: '', month: '', year: '' }, schengen: false },
      strictCounting: true,
    },
  };
}

/** A version-0 document of the first app's prototype (document.rs `a_version_0_document_is_migrated_too`). */
export function versionZero() {
  return {
    format: FORMAT,
    version: 0,
    answers: {
      travelLimits: { situation: 'collective-protection', permitEnd: '2027-05-31' },
      trips: [{ from: '2023-07-10', to: null, ongoing: true }],
    },
  };
}
