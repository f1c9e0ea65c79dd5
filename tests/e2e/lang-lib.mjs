// Helpers for the accessibility and language end-to-end tests (a11y.test.mjs,
// languages.test.mjs): the thirteen languages, walking the guided flow one page at a time,
// dates typed in any digits, the visible text of a page as sentences, and the checks every
// page gets (one h1, focus on it, no sideways overflow).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import assert from 'node:assert/strict';
import { baseUrl, wake } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Every language of the app, by tag, in the order of issue #15's list. */
export const LANGS = ['en', 'nb', 'uk', 'ar', 'ru', 'ti', 'fa-AF', 'fa', 'so', 'ps', 'ckb', 'kmr', 'tr'];

/** The right-to-left languages. */
export const RTL = new Set(['ar', 'fa-AF', 'fa', 'ps', 'ckb']);

/** Where the screenshots go (target/screenshots in the repository). */
export const screenshotDir = join(here, '..', '..', 'target', 'screenshots');

export function ensureScreenshotDir() {
  mkdirSync(screenshotDir, { recursive: true });
  return screenshotDir;
}

// ------------------------------------------------------------------------------- dates, digits

const DAY = 86_400_000;

/** A calendar date as UTC midnight, `n` days from `day`. */
export const addDays = (day, n) => new Date(day.getTime() + n * DAY);

/** The page's own today (the engine's "as of" is the device's date). */
export async function today(page) {
  const [y, m, d] = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth(), now.getDate()];
  });
  return new Date(Date.UTC(y, m, d));
}

const ZERO = { latn: 0x30, arab: 0x660, arabext: 0x6f0 };

/** Writes the Western digits of `text` in another digit system: `arab` (٠-٩), `arabext` (۰-۹). */
export function digits(text, system = 'latn') {
  const zero = ZERO[system];
  return String(text).replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
}

/** Which digit systems occur in a text. */
export function digitSystems(text) {
  const found = new Set();
  if (/[0-9]/.test(text)) found.add('latn');
  if (/[\u0660-\u0669]/.test(text)) found.add('arab');
  if (/[\u06f0-\u06f9]/.test(text)) found.add('arabext');
  return found;
}

/** Types a date into the three boxes `<base>-day|month|year` (replacing what is there). */
export async function fillDate(page, base, date, system = 'latn') {
  const parts = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
  for (const [i, part] of ['day', 'month', 'year'].entries()) {
    await page.fill(`#${base}-${part}`, digits(parts[i], system));
  }
}

// ------------------------------------------------------------------------------- the flow

/** Opens the app and waits until it has taken over the static first view. */
export async function openApp(page, url = baseUrl) {
  await page.goto(url);
  await wake(page);
  await page.waitForFunction(
    () => !document.getElementById('static-start') && document.querySelector('main form.start[data-step="start"]'),
  );
}

/** Which page is showing: a question's step id, "check-answers", "result", or a heading's class. */
export async function pageKind(page) {
  return page.evaluate(() => {
    const main = document.querySelector('#main');
    if (!main || main.querySelector('.loading')) return 'loading';
    const form = main.querySelector('form.step[data-step]');
    if (form) return form.dataset.step;
    if (main.querySelector('.result-panel')) return 'result';
    if (main.querySelector('dl.summary-list')) return 'check-answers';
    return main.querySelector('h1') ? 'other' : 'loading';
  });
}

/** Waits until the page `kind` (see `pageKind`) is showing. */
export async function waitForPage(page, kind, timeout = 15_000) {
  try {
    await page.waitForFunction(
      (k) => {
        const main = document.querySelector('#main');
        if (!main || main.querySelector('.loading')) return false;
        const form = main.querySelector('form.step[data-step]');
        const now = form ? form.dataset.step
          : main.querySelector('.result-panel') ? 'result'
            : main.querySelector('dl.summary-list') ? 'check-answers'
              : main.querySelector('h1') ? 'other' : 'loading';
        return now === k;
      },
      kind,
      { timeout },
    );
  } catch (error) {
    throw new Error(`page "${kind}" never showed (showing: ${await pageKind(page)}): ${error.message}`);
  }
}

/** Presses Continue (the form's submit button in <main>). */
export async function continueOn(page) {
  await page.click('#main form.step button[type="submit"]');
}

/** The page's Continue on the check-answers page ("Continue to the answer"). */
export async function toResult(page) {
  await page.click('#main .button-row button.button:not(.button-secondary)');
  await waitForPage(page, 'result');
}

/** The app's own Back link. */
export async function back(page) {
  await page.click('#main button.back-link');
}

/**
 * The case of languages.test.mjs and a11y.test.mjs: a temporary permit as a refugee (§ 28),
 * valid from a year ago for three years, one Schengen stay abroad 60 to 41 days ago, and a
 * Schengen trip in 30 to 39 days. `t` is the page's today.
 */
export function travelCase(t) {
  return {
    permitStart: addDays(t, -365),
    permitEnd: addDays(t, 730),
    residenceSince: addDays(t, -365),
    stayFrom: addDays(t, -60),
    stayTo: addDays(t, -41),
    tripFrom: addDays(t, 30),
    tripTo: addDays(t, 39),
  };
}

/**
 * Walks the travel-limits check from the start page to the result with a temporary permit:
 * start, want, permit-basis, [after-asylum,] permit-dates, residence-since, stays, trip,
 * check-answers, result. On every page, once it shows: `visit(kind)`, then the page is filled
 * in, then `filled(kind)`, then Continue. `basis` is the index of the permit-basis option
 * (0: refugee § 28; 2: a particular connection, § 38, which asks after-asylum too); `system`
 * the digits the dates are typed in. Returns the case's dates.
 */
export async function walkTravelLimits(page, { visit = async () => {}, filled = async () => {}, basis = 0, system = 'latn' } = {}) {
  const t = await today(page);
  const c = travelCase(t);
  const step = async (kind, fill, advance = () => continueOn(page)) => {
    await waitForPage(page, kind);
    await visit(kind);
    await fill();
    await filled(kind);
    await advance();
  };
  await step('start', () => page.check('#q-start-1'));
  await step('want', () => page.check('#q-want-0'));
  await step('permit-basis', () => page.check(`#q-permit-basis-${basis}`));
  if (![0, 1, 3].includes(basis)) {
    // Refugee, humanitarian and resettlement permits settle the track: no after-asylum.
    await step('after-asylum', () => page.check('#q-after-asylum-0'));
  }
  await step('permit-dates', async () => {
    await fillDate(page, 'q-permit-dates-from', c.permitStart, system);
    await fillDate(page, 'q-permit-dates-until', c.permitEnd, system);
  });
  await step('residence-since', () => fillDate(page, 'q-residence-since-date', c.residenceSince, system));
  await step('stays', async () => {
    await page.click('#main .stays > button.button-secondary');
    await page.waitForSelector('#stay-0-from-day');
    await fillDate(page, 'stay-0-from', c.stayFrom, system);
    await fillDate(page, 'stay-0-to', c.stayTo, system);
    await page.check('#stay-0-schengen');
  });
  await step('trip', async () => {
    await fillDate(page, 'trip-from', c.tripFrom, system);
    await fillDate(page, 'trip-to', c.tripTo, system);
    await page.check('#trip-schengen');
  });
  await step('check-answers', async () => {}, () => toResult(page));
  await visit('result');
  return c;
}

/**
 * From the start page on: chooses the situation (`start`, an index of "What is your
 * situation?") and the check (`want`, an index of "What do you want to know?"), then answers
 * every question as it comes (`answers[stepId]`: the index of a radio to choose; a yes/no
 * question not listed is answered No; other questions are left as they are) until the result.
 * `visit(kind)` runs on every page once it shows. Returns the kinds of the pages seen.
 */
export async function walkCheck(page, { start, want, answers = {}, visit = async () => {} }) {
  const seen = [];
  let kind = 'start';
  await waitForPage(page, kind);
  for (let guard = 0; guard < 30; guard++) {
    seen.push(kind);
    await visit(kind);
    if (kind === 'result') return seen;
    if (kind === 'check-answers') {
      await toResult(page);
      kind = 'result';
      continue;
    }
    const choice = kind === 'start' ? start : kind === 'want' ? want : answers[kind];
    const radios = page.locator(`#main input[type="radio"][name="q-${kind}"]`);
    if (choice !== undefined) {
      await page.check(`#q-${kind}-${choice}`);
    } else if ((await radios.count()) === 3 && (await page.locator('#main .radios-inline').count()) === 1) {
      await page.check(`#q-${kind}-1`);
    }
    await continueOn(page);
    await page.waitForFunction(
      (was) => {
        const main = document.querySelector('#main');
        if (!main || main.querySelector('.loading')) return false;
        const form = main.querySelector('form.step[data-step]');
        if (form) return form.dataset.step !== was;
        return Boolean(main.querySelector('.result-panel, dl.summary-list'));
      },
      kind,
      { timeout: 15_000 },
    ).catch(async (error) => {
      throw new Error(`Continue on "${kind}" led nowhere (showing: ${await pageKind(page)}): ${error.message}`);
    });
    kind = await pageKind(page);
  }
  throw new Error(`no result after 30 pages: ${seen.join(', ')}`);
}

/**
 * Whether focus is on the page's h1 (the app moves it there on every new page): waits a little
 * for it, and returns `null` when it is, else where focus is.
 */
export async function focusNotOnH1(page, timeout = 3_000) {
  try {
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.closest('#main'), null, { timeout });
    return null;
  } catch {
    return page.evaluate(() => {
      const a = document.activeElement;
      if (!a) return 'nothing';
      const text = (a.textContent || '').trim().slice(0, 40);
      return `<${a.tagName.toLowerCase()}${a.id ? ` id="${a.id}"` : ''}${a.className ? ` class="${a.className}"` : ''}> "${text}"`;
    });
  }
}

// ------------------------------------------------------------------------------- page checks

/** The number of h1 elements on the page (one per page). */
export const h1Count = (page) => page.evaluate(() => document.querySelectorAll('h1').length);

/** How wide the page is (no sideways scrolling: at most the viewport's width). */
export const scrollWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);

/** `<html lang dir>`. */
export const htmlLangDir = (page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/**
 * The visible text of the page, as sentences: each block element's own text (its inline
 * content), split into sentences, without the isolation marks around placeables. Text in an
 * element whose `lang` differs from the page's (a language's own name, the Norwegian letter,
 * "Show this in English") is left out: it is meant to be in that language.
 */
export async function sentences(page, root = 'body') {
  return page.evaluate((rootSelector) => {
    const pageLang = document.documentElement.lang;
    const root = document.querySelector(rootSelector);
    const blocks = new Map();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const inline = (el) => {
      const d = getComputedStyle(el).display;
      return d === 'inline' || d === 'inline-block' || d === 'contents';
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(parent.tagName)) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      const langEl = parent.closest('[lang]');
      if (langEl && langEl !== document.documentElement && langEl.lang !== pageLang) continue;
      let block = parent;
      while (block !== root && inline(block)) block = block.parentElement;
      blocks.set(block, (blocks.get(block) ?? []).concat(node));
    }
    const out = [];
    for (const [, nodes] of blocks) {
      const text = nodes.map((n) => n.textContent).join('').replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();
      // A sentence ends at . ! ? ؟ ። before a capital or a letter without case (not "art. 21").
      for (const s of text.split(/(?<=[.!?؟።])\s+(?=[^\p{Ll}\d§(])/u)) {
        const t = s.trim();
        if (t) out.push(t);
      }
    }
    return out;
  }, root);
}

/**
 * Names, numbers and citations that stay the same in every language: a sentence made only of
 * these (and punctuation) may equal the English one.
 */
const SAME_IN_EVERY_LANGUAGE = [
  /\bPermit Check\b/g,
  /\bUDI\b/g,
  /\bUNE\b/g,
  /\bNAV\b/g,
  /\bDUF\b/g,
  /\bSchengen\b/g,
  /\bEU\b/g,
  /\bEØS\b/g,
  /\bNOAS\b/g,
  /\bSEIF\b/g,
  /\bJURK\b/g,
  /\bJussbuss\b/g,
  /\bCISA\b/g,
  /\b[a-z]+\.no\b/g,
  /\butlendings(loven|forskriften)\b/gi,
  /\b(utl|utf|art)\./g,
  /§+\s*[\d-]+(\s*[a-z]\b)?/g,
];

/** Whether a sentence may be the same as in English (only names, numbers, citations). */
export function sameEverywhere(sentence) {
  let rest = sentence;
  for (const re of SAME_IN_EVERY_LANGUAGE) rest = rest.replace(re, ' ');
  return !/\p{L}{2,}/u.test(rest);
}

/** The sentences of `ours` that are also in `english`, except names and numbers. */
export function untranslated(ours, english) {
  const en = new Set(english);
  return [...new Set(ours.filter((s) => en.has(s) && !sameEverywhere(s)))];
}

/** Splits a text into sentences as `sentences` does. */
export const splitSentences = (text) =>
  text.replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim()
    .split(/(?<=[.!?؟።])\s+(?=[^\p{Ll}\d§(])/u)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The sentences of the English catalog's messages that have no placeables (as served, both
 * parts): what a message left untranslated, or fallen back to English, would show.
 */
export async function englishMessages(base = baseUrl) {
  const out = [];
  for (const file of ['en.ftl', 'en.rules.ftl']) {
    const response = await fetch(new URL(`pkg/${file}`, base));
    assert.ok(response.ok, `pkg/${file}: HTTP ${response.status}`);
    const lines = (await response.text()).split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = /^([a-zA-Z][\w-]*)\s*=\s*(.*)$/.exec(lines[i]);
      if (!m || m[1].startsWith('language-')) continue;
      let value = m[2];
      while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]) && !/^\s*[.*[]/.test(lines[i + 1])) {
        value += ` ${lines[++i].trim()}`;
      }
      if (value.includes('{') || !value.trim()) continue;
      out.push(...splitSentences(value));
    }
  }
  return out;
}

/**
 * On a result in a language other than English: waits (up to `timeout`) until the note's
 * "Show this in English" reads in English, i.e. English's words have arrived and the page is in
 * its final state, so that what is checked next does not depend on how fast that file came.
 * Returns whether it did.
 */
export async function settleResult(page, timeout = 5_000) {
  const offered = await page.evaluate(() => document.documentElement.lang !== 'en' && Boolean(document.querySelector('#main .translation-note')));
  if (!offered) return true;
  return page.waitForFunction(
    () => document.querySelector('#main .translation-note button[lang="en"]')?.textContent.trim() === 'Show this in English',
    null,
    { timeout },
  ).then(() => true, () => false);
}

/**
 * Where a date's day and year are drawn in an element's text (the first time the date occurs
 * there, in any digits), with the text kept on one line:
 * `{ day, year }` are the horizontal centres of the two, or `null` when the date is not found.
 * In reading order the day comes first: left of the year in a left-to-right language, right of
 * it in a right-to-left one.
 */
export async function datePositions(page, selector, date) {
  return page.evaluate(
    ({ selector, day, year, zeros }) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      const write = (n, zero) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
      const was = el.style.whiteSpace;
      el.style.whiteSpace = 'nowrap';
      try {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const nodes = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
        const text = nodes.map((n) => n.textContent).join('');
        // A number as a whole token (no digit of the same system right before or after it).
        const find = (token, zero, before = Infinity) => {
          const digit = new RegExp(`[${String.fromCharCode(zero)}-${String.fromCharCode(zero + 9)}]`);
          let found = -1;
          for (let at = text.indexOf(token); at >= 0 && at < before; at = text.indexOf(token, at + 1)) {
            if (!digit.test(text[at - 1] ?? '') && !digit.test(text[at + token.length] ?? '')) {
              found = at;
              if (before === Infinity) break;
            }
          }
          return found;
        };
        for (const zero of zeros) {
          const y = write(year, zero);
          const d = write(day, zero);
          const yearAt = find(y, zero);
          if (yearAt < 0) continue;
          // The day nearest before the year (within the date's own words).
          const dayAt = find(d, zero, yearAt);
          if (dayAt < 0 || yearAt - dayAt > 40) continue;
          const centre = (offset, length) => {
            let at = offset;
            for (const n of nodes) {
              if (at < n.textContent.length) {
                const range = document.createRange();
                range.setStart(n, at);
                range.setEnd(n, Math.min(at + length, n.textContent.length));
                const r = range.getBoundingClientRect();
                return r.x + r.width / 2;
              }
              at -= n.textContent.length;
            }
            return null;
          };
          return { day: centre(dayAt, d.length), year: centre(yearAt, y.length), text: text.slice(dayAt, yearAt + y.length).replace(/[\u2066-\u2069]/g, '') };
        }
        return null;
      } finally {
        el.style.whiteSpace = was;
      }
    },
    { selector, day: date.getUTCDate(), year: date.getUTCFullYear(), zeros: [0x30, 0x660, 0x6f0] },
  );
}
