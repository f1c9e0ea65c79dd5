// Helpers for the guided-flow tests (journeys.test.mjs, checks.test.mjs, caseworker.test.mjs):
// a phone-sized context, a driver that answers questions by keyboard only or by touch only, the
// checks made on every page a person arrives at (question heading in the first viewport, page
// height, focus on the heading), calendar arithmetic for expected figures, the engine itself in
// Node (pkg/permit_check.js) for the exact summary sentence, and the catalogs for exact words.
//
// Everything here reads the page the way a person would meet it; nothing reaches into the app's
// state.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { baseUrl, wake } from './lib.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// ------------------------------------------------------------------------------------ devices

/** A small Android phone, as in issue #13. */
export const PHONE = { width: 360, height: 780 };
/** Three phone screens: the tallest a question page may be (issue #13, English). */
export const MAX_STEP_HEIGHT = 3 * PHONE.height;

/**
 * Context options for a person using the app by `mode` ('keyboard' or 'touch') in `locale`.
 * Touch is a real touch phone: `hasTouch` and `isMobile` (the viewport meta is honoured).
 */
export function phone({ mode = 'keyboard', locale = 'en', ...rest } = {}) {
  const options = { locale, viewport: PHONE, ...rest };
  return mode === 'touch' ? { ...options, hasTouch: true, isMobile: true } : options;
}

// -------------------------------------------------------------------------------------- dates

export const DAY_MS = 86_400_000;
/** A calendar date as a Date at UTC midnight (months from 1). */
export const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
export const addDays = (d, n) => new Date(d.getTime() + n * DAY_MS);
/** Days from `a` to `b` (b - a). */
export const daysBetween = (a, b) => Math.round((b.getTime() - a.getTime()) / DAY_MS);
/** RULES.md C5: the same day N months later, clamped to the month's end. */
export function addMonths(d, n) {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}
/** RULES.md C5: the same month and day N years later (29 February becomes 28 February). */
export const addYears = (d, n) => addMonths(d, 12 * n);
export const iso = (d) => d.toISOString().slice(0, 10);
/** A date as the three boxes take it. */
export const boxes = (d) => ({
  day: String(d.getUTCDate()),
  month: String(d.getUTCMonth() + 1),
  year: String(d.getUTCFullYear()),
});
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
/** "9 January 2029", as the English catalog writes a date. */
export const writtenEn = (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** The page's own today (the app's `asOf` is the device's date), as UTC midnight. */
export async function pageToday(page) {
  const [y, m, d] = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  });
  return utc(y, m, d);
}

// ------------------------------------------------------------------------------------- engine

let engine;

/**
 * The engine as an NGO would embed it (pkg/permit_check.js, the same Rust as the app), with
 * every catalog loaded. `answer(checker, input, { asOf, locale })` returns its response.
 */
export async function loadEngine() {
  if (engine) return engine;
  const pkg = join(repoRoot, 'pkg');
  if (!existsSync(join(pkg, 'permit_check.js'))) {
    throw new Error('pkg/permit_check.js is missing: run `cargo xtask build` first');
  }
  const mod = await import(join(pkg, 'permit_check.js'));
  mod.initSync({ module: readFileSync(join(pkg, 'permit_check_bg.wasm')) });
  for (const tag of mod.locales()) {
    if (tag === 'en') continue;
    const text = ['ftl', 'rules.ftl']
      .map((ext) => join(pkg, `${tag}.${ext}`))
      .filter(existsSync)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const loaded = await mod.loadLocale(tag, text);
    assert.equal(loaded.loaded, true, `the engine loads the ${tag} catalog: ${JSON.stringify(loaded)}`);
  }
  engine = {
    answer(checker, input, { asOf, locale = 'en' } = {}) {
      const response = mod.evaluate({ checker, asOf: iso(asOf), locale, input });
      assert.deepEqual(response.errors, [], `the engine answers ${checker} ${JSON.stringify(input)}`);
      return response;
    },
  };
  return engine;
}

// ----------------------------------------------------------------------------------- catalogs

const catalogs = new Map();

/** The single-line messages of a language's catalog (locales/<tag>/*.ftl), by id. */
export function catalog(tag) {
  if (catalogs.has(tag)) return catalogs.get(tag);
  const dir = join(repoRoot, 'locales', tag);
  const messages = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const m = /^([a-zA-Z][\w-]*) = (.+)$/.exec(line);
      if (m) messages.set(m[1], m[2]);
    }
  }
  catalogs.set(tag, messages);
  return messages;
}

/** A message of a catalog with its `{ $name }` arguments put in (single-line messages only). */
export function message(tag, id, args = {}) {
  const text = catalog(tag).get(id);
  assert.ok(text !== undefined, `locales/${tag} has a one-line message ${id}`);
  return text.replace(/\{\s*\$([\w-]+)\s*\}/g, (_, name) => {
    assert.ok(name in args, `${id} needs ${name}`);
    return String(args[name]);
  });
}

/** A date as a catalog writes it (`date`, `month-N`), without isolation marks. */
export const written = (tag, d) =>
  message(tag, 'date', {
    day: d.getUTCDate(),
    month: message(tag, `month-${d.getUTCMonth() + 1}`),
    year: d.getUTCFullYear(),
  });

/** Text without the Unicode isolation and direction marks Fluent puts around arguments. */
export const bare = (s) => String(s).replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '');

/** Text with runs of white space made one space, trimmed (for innerText comparisons). */
export const squash = (s) => String(s).replace(/\s+/g, ' ').trim();

// ----------------------------------------------------------------------------------- the app

/** Opens the app and waits until the app itself (not the static first view) runs. */
export async function openApp(page, url = baseUrl) {
  await page.goto(url);
  try {
    await wake(page);
    await page.waitForSelector('#main form.step.start:not(#static-start)');
  } catch (error) {
    const status = await page
      .evaluate(() => document.getElementById('boot-status')?.textContent?.trim() || null)
      .catch(() => null);
    throw new Error(`the app did not start at ${url} (boot status: ${status}): ${error.message}`);
  }
  await page.waitForSelector('#footer-links:not([hidden])');
}

/** Elements sticking out of the viewport sideways (a page wider than the phone), for messages. */
export async function overflowing(page, vw = PHONE.width) {
  // Against the phone's width in page coordinates (a right-to-left page overflows to negative
  // x): on a touch phone (isMobile) a page too wide widens the layout viewport itself, so the
  // viewport cannot be the measure.
  return page.evaluate((vw) => {
    const out = [];
    const sticksOut = (el) => {
      const r = el.getBoundingClientRect();
      const left = r.left + window.scrollX;
      const right = r.right + window.scrollX;
      return r.width > 0 && (right > vw + 1 || left < -1) ? [left, right] : null;
    };
    for (const el of document.querySelectorAll('body *')) {
      const at = sticksOut(el);
      // Only the outermost: skip an element whose parent already sticks out.
      if (!at || (el.parentElement && sticksOut(el.parentElement))) continue;
      out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} (${Math.round(at[0])}–${Math.round(at[1])} px)`);
    }
    return { width: document.documentElement.scrollWidth, elements: out.slice(0, 8) };
  }, vw);
}

/** What the person sees of the page right now (the viewport is the first screen at scroll 0). */
export async function layout(page, summary = false) {
  return page.evaluate((summary) => {
    const h1 = document.querySelector('#main h1');
    const out = {
      scrollY: window.scrollY,
      viewport: window.innerHeight,
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
      focus: document.activeElement === h1,
      focused: document.activeElement
        ? `${document.activeElement.tagName.toLowerCase()}${document.activeElement.id ? `#${document.activeElement.id}` : ''}`
        : null,
      heading: null,
      summary: null,
    };
    if (h1) {
      const r = h1.getBoundingClientRect();
      const x = r.left + Math.min(r.width / 2, 40);
      const y = r.top + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      out.heading = {
        text: h1.textContent.trim(),
        top: r.top + window.scrollY,
        bottom: r.bottom + window.scrollY,
        covered: !(hit && (hit === h1 || h1.contains(hit))),
        coveredBy: hit && !(hit === h1 || h1.contains(hit)) ? hit.outerHTML.slice(0, 80) : null,
      };
    }
    const p = summary && document.getElementById('result-summary');
    if (p) {
      // The first sentence: up to the first full stop (or question mark) followed by a space or
      // the end, in any script.
      const text = p.textContent;
      const m = /[.!?؟۔](?=\s|$)/u.exec(text);
      const end = m ? m.index + 1 : text.length;
      const range = document.createRange();
      let left = end;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      const first = node;
      while (node && left > node.length) {
        left -= node.length;
        node = walker.nextNode();
      }
      range.setStart(first, 0);
      range.setEnd(node ?? first, node ? left : 0);
      const r = range.getBoundingClientRect();
      out.summary = {
        text,
        first: text.slice(0, end),
        top: r.top + window.scrollY,
        bottom: r.bottom + window.scrollY,
      };
    }
    return out;
  }, summary);
}

/**
 * A person's walk through the app: the pages arrived at and what was wrong on them. `problems`
 * collects layout faults on the way (all of them, so that one test reports every page); the test
 * asserts it is empty at the end.
 */
export class Walk {
  constructor(page, { mode = 'keyboard', lang = 'en', t } = {}) {
    this.page = page;
    this.mode = mode;
    this.lang = lang;
    this.t = t;
    this.problems = [];
    this.pages = [];
    this.drive = driver(page, mode);
  }

  problem(text) {
    const line = `${this.lang}/${this.mode}: ${text}`;
    this.problems.push(line);
    this.t?.diagnostic(line);
  }

  /**
   * Waits for the page `selector` identifies, then checks it as issue #13 asks: focus on its
   * heading, the heading inside the first viewport and not under the Exit bar, and (for a
   * question page in English) no taller than three phone screens. `kind`: 'step' (a question),
   * 'page' (check answers and others), 'result' (also: the summary's first sentence is in the
   * first viewport).
   */
  async arrive(selector, { kind = 'step', name = /data-step="([^"]+)"/.exec(selector)?.[1] ?? selector, focus = true } = {}) {
    const page = this.page;
    await page.waitForSelector(selector);
    // The app moves focus to the new page's heading (and scrolls to the top) on the next frame.
    await page
      .waitForFunction(() => document.activeElement?.matches('#main h1'), null, { timeout: 3000 })
      .catch(() => {});
    const l = await layout(page, kind === 'result');
    this.pages.push({ name, height: l.height, heading: l.heading && Math.round(l.heading.bottom), summary: l.summary && Math.round(l.summary.bottom) });
    if (!l.heading) {
      this.problem(`${name}: no <h1> in #main`);
      return l;
    }
    if (focus && !l.focus) this.problem(`${name}: focus is on ${l.focused}, not on the heading "${l.heading.text}"`);
    if (l.scrollY !== 0) this.problem(`${name}: the page opens scrolled to ${l.scrollY} px, not at the top`);
    if (l.heading.top < 0 || l.heading.bottom > l.viewport) {
      this.problem(`${name}: the heading "${l.heading.text}" spans ${Math.round(l.heading.top)}–${Math.round(l.heading.bottom)} px, outside the first ${l.viewport} px`);
    }
    if (l.heading.covered) this.problem(`${name}: the heading is covered by ${l.heading.coveredBy}`);
    if (kind === 'step' && this.lang === 'en' && l.height > MAX_STEP_HEIGHT) {
      this.problem(`${name}: the page is ${l.height} px tall, more than ${MAX_STEP_HEIGHT} px`);
    }
    if (l.width > PHONE.width) await this.checkWidth(name);
    if (kind === 'result') {
      if (!l.summary) {
        this.problem(`${name}: no #result-summary`);
      } else if (l.summary.top < 0 || l.summary.bottom > l.viewport) {
        this.problem(`${name}: the summary's first sentence spans ${Math.round(l.summary.top)}–${Math.round(l.summary.bottom)} px, outside the first ${l.viewport} px ("${l.summary.first}")`);
      }
    }
    return l;
  }

  /** Records a problem when the page is wider than the phone, naming what sticks out. */
  async checkWidth(name) {
    const o = await overflowing(this.page);
    if (o.width > PHONE.width) {
      this.problem(`${name}: the page is ${o.width} px wide at ${PHONE.width} px; sticking out: ${o.elements.join(', ')}`);
    }
  }

  /** Continue on a question page, then arrive at the next page. */
  async next(selector, options) {
    await this.drive.continue();
    return this.arrive(selector, options);
  }

  /** The pages walked, each with its height and where its heading (or summary) ends, in px. */
  report() {
    return this.pages
      .map((p) => `${p.name} ${p.height}px (h1 to ${p.heading}${p.summary != null ? `, first sentence to ${p.summary}` : ''})`)
      .join('; ');
  }

  assertNoProblems() {
    this.t?.diagnostic(this.report());
    assert.deepEqual(this.problems, [], `problems on the way:\n${this.problems.join('\n')}`);
  }
}

// ------------------------------------------------------------------------------------- driver

const isFocused = (page, selector) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/**
 * Answers questions by one input method only.
 * - 'keyboard': Tab moves (never Shift+Tab, which would count towards the three-Shift Exit),
 *   arrow keys move within a radio group, Space ticks, Enter presses, typing types.
 * - 'touch': `tap()` on labels, boxes and buttons, then typing on the (virtual) keyboard.
 * - 'mouse': clicks and `fill()`, the quick way for tests about something else.
 */
export function driver(page, mode) {
  const keyboard = mode === 'keyboard';
  const mouse = mode === 'mouse';

  /** Tab until the focused element matches `selector`; returns the number of presses. */
  async function tabTo(selector, max = 80) {
    const trail = [];
    for (let i = 0; ; i++) {
      const now = await page.evaluate((s) => {
        const a = document.activeElement;
        if (a?.matches(s)) return null;
        if (!a || a === document.body) return 'body';
        const words = (a.getAttribute('aria-label') || a.textContent || a.value || '').trim().slice(0, 30);
        return `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}${words ? ` "${words}"` : ''}`;
      }, selector);
      if (now === null) return i;
      if (i > 0 && trail.length < 40) trail.push(now);
      if (i === max) throw new Error(`Tab never reached ${selector}; focus went ${trail.join(' → ')}`);
      await page.keyboard.press('Tab');
    }
  }

  /** Empties the focused text box (keyboard: select all, delete). */
  async function clearFocused() {
    const value = await page.evaluate(() => document.activeElement?.value ?? '');
    if (value) {
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
    }
  }

  return {
    mode,
    tabTo,

    /** Picks option `index` of the radio group `group` (the ids are `<group>-<index>`). */
    async choose(group, index) {
      const target = `#${group}-${index}`;
      if (keyboard) {
        const inGroup = `input[type="radio"][name="${group}"]`;
        if (!(await isFocused(page, inGroup))) await tabTo(inGroup);
        const at = await page.evaluate(
          (g) => [...document.querySelectorAll(`input[type="radio"][name="${g}"]`)].indexOf(document.activeElement),
          group,
        );
        if (at === index) {
          await page.keyboard.press('Space');
        } else {
          const key = index > at ? 'ArrowDown' : 'ArrowUp';
          for (let i = 0; i < Math.abs(index - at); i++) await page.keyboard.press(key);
        }
        assert.equal(await isFocused(page, target), true, `focus on ${target}`);
      } else if (mouse) {
        await page.locator(`label[for="${group}-${index}"]`).click();
      } else {
        await page.locator(`label[for="${group}-${index}"]`).tap();
      }
      await page.waitForFunction((s) => document.querySelector(s)?.checked === true, target, { timeout: 3000 });
    },

    /**
     * Types a date into the three boxes `<base>-day|month|year`. `date`: a Date, `{ day, month,
     * year }` (an empty part is left empty), or a string typed into the day box alone.
     */
    async date(base, date) {
      const parts = typeof date === 'string' ? { day: date, month: '', year: '' } : date instanceof Date ? boxes(date) : date;
      const order = [['day', parts.day], ['month', parts.month], ['year', parts.year]];
      for (const [i, [part, text]] of order.entries()) {
        const box = `#${base}-${part}`;
        if (mouse) {
          await page.locator(box).fill(String(text ?? ''));
          continue;
        }
        if (keyboard) {
          if (i === 0) await tabTo(box);
          else {
            await page.keyboard.press('Tab');
            assert.equal(await isFocused(page, box), true, `Tab from the ${order[i - 1][0]} box goes to ${box}`);
          }
          await clearFocused();
        } else {
          await page.locator(box).tap();
          assert.equal(await isFocused(page, box), true, `a tap on ${box} focuses it`);
          if (await page.inputValue(box)) await page.locator(box).fill('');
        }
        if (text) await page.keyboard.type(String(text));
      }
    },

    /** Types into a text box (replacing what is there). */
    async text(selector, value) {
      if (mouse) return page.locator(selector).fill(value);
      if (keyboard) {
        await tabTo(selector);
        await clearFocused();
      } else {
        await page.locator(selector).tap();
        if (await page.inputValue(selector)) await page.locator(selector).fill('');
      }
      if (value) await page.keyboard.type(value);
    },

    /** Ticks or unticks a checkbox. */
    async tick(id) {
      if (keyboard) {
        await tabTo(`#${id}`);
        await page.keyboard.press('Space');
      } else if (mouse) {
        await page.locator(`label[for="${id}"]`).click();
      } else {
        await page.locator(`label[for="${id}"]`).tap();
      }
    },

    /** Presses a button or link. */
    async press(selector) {
      if (keyboard) {
        await tabTo(selector);
        await page.keyboard.press('Enter');
      } else if (mouse) {
        await page.locator(selector).click();
      } else {
        await page.locator(selector).tap();
      }
    },

    /** Continue on a question page. */
    async continue() {
      return this.press('#main form.step button[type="submit"]');
    },
  };
}

// ------------------------------------------------------------------------------ page readers

/** The result as shown: outcome, summary, and every criterion with its status and figures. */
export async function readResult(page, root = '#main') {
  return page.evaluate((root) => {
    const r = document.querySelector(root);
    const panel = r.querySelector('.result-panel');
    return {
      outcome: panel?.dataset.outcome ?? null,
      headline: panel?.querySelector('.result-headline')?.textContent.trim() ?? null,
      summary: r.querySelector('#result-summary')?.textContent ?? null,
      criteria: [...r.querySelectorAll('[data-criterion]')].map((li) => ({
        id: li.dataset.criterion,
        status: [...li.classList].find((c) => c.startsWith('status-')),
        open: !li.closest('details'),
        title: li.querySelector('.criterion-title')?.textContent.trim(),
        explanation: li.querySelector('.explanation')?.textContent.trim(),
        figures: [...li.querySelectorAll('.figure')].map((f) => [
          f.querySelector('dt').textContent.trim(),
          f.querySelector('dd').textContent.trim(),
        ]),
      })),
      notAnswered: [...r.querySelectorAll('.not-answered li')].map((li) => li.textContent.trim()),
    };
  }, root);
}

// ------------------------------------------------------------------------------------ faults

/**
 * Checks that do not stop the test at the first fault, so that one run lists every problem of
 * a page for the lead to fix; `done()` fails the test if there was any.
 */
export class Faults {
  constructor(t) {
    this.t = t;
    this.list = [];
  }

  ok(condition, text) {
    if (!condition) {
      this.list.push(text);
      this.t?.diagnostic(`fault: ${text}`);
    }
    return Boolean(condition);
  }

  equal(actual, expected, text) {
    return this.ok(Object.is(actual, expected), `${text}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }

  deepEqual(actual, expected, text) {
    try {
      assert.deepEqual(actual, expected);
      return true;
    } catch {
      return this.ok(false, `${text}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  }

  done() {
    assert.deepEqual(this.list, [], `faults:\n${this.list.join('\n')}`);
  }
}

/** The id of the focused element ('' for none, 'body' for the body). */
export const focusedId = (page) =>
  page.evaluate(() => (document.activeElement === document.body ? 'body' : document.activeElement?.id ?? ''));
