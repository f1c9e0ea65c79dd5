// The built JavaScript package (pkg/, made by `cargo xtask build`) in Node: `evaluate` answers
// every request with a plain object and never throws (API.md). These checks do not depend on the
// checkers' answers, only on the contract for requests that cannot be evaluated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = join(root, 'pkg');
if (!existsSync(join(pkg, 'permit_check.js'))) {
  throw new Error('pkg/permit_check.js is missing: run `cargo xtask build` first');
}
const { initSync, evaluate, loadLocale, locales } = await import(join(pkg, 'permit_check.js'));
initSync({ module: readFileSync(join(pkg, 'permit_check_bg.wasm')) });

/** Asserts an answer with errors and `outcome: null`; returns the errors' fields. */
function assertFailed(response, what) {
  assert.equal(typeof response, 'object', `${what}: the response is an object`);
  assert.notEqual(response, null, `${what}: the response is not null`);
  assert.equal(Object.getPrototypeOf(response), Object.prototype, `${what}: a plain object`);
  assert.ok('outcome' in response, `${what}: outcome is present`);
  assert.strictEqual(response.outcome, null, `${what}: outcome is a real null`);
  assert.ok(Array.isArray(response.criteria), `${what}: criteria is an array`);
  assert.equal(Object.getPrototypeOf(response.figures), Object.prototype, `${what}: figures`);
  assert.equal(typeof response.checker, 'string', `${what}: checker is text`);
  assert.ok(Array.isArray(response.errors), `${what}: errors is an array`);
  assert.ok(response.errors.length > 0, `${what}: at least one error`);
  for (const e of response.errors) {
    assert.equal(typeof e.field, 'string', `${what}: error.field is text`);
    assert.equal(typeof e.message, 'string', `${what}: error.message is text`);
    assert.ok(e.message.trim().length > 0, `${what}: error ${e.field} has a message`);
  }
  // JSON-compatible: a round trip through JSON changes nothing.
  assert.deepEqual(JSON.parse(JSON.stringify(response)), response, `${what}: JSON-compatible`);
  return response.errors.map((e) => e.field);
}

test('an unknown checker is an error on "checker"', () => {
  const response = evaluate({ checker: 'citizenship', asOf: '2026-11-21', input: {} });
  assert.deepEqual(assertFailed(response, 'unknown checker'), ['checker']);
  assert.equal(response.checker, 'citizenship');
});

test('an impossible asOf date (1970-02-30) is an error on "asOf"', () => {
  const response = evaluate({ checker: 'travel-limits', asOf: '1970-02-30', input: {} });
  assert.deepEqual(assertFailed(response, '1970-02-30'), ['asOf']);
});

test('an asOf that is not a date ("yesterday") is an error on "asOf"', () => {
  const response = evaluate({ checker: 'work-permit', asOf: 'yesterday', input: {} });
  assert.deepEqual(assertFailed(response, 'yesterday'), ['asOf']);
});

test('English needs no extra step; another language is loaded from its text, then used', async () => {
  const ask = (locale) => evaluate({ checker: 'citizenship', locale, input: {} }).errors[0].message;
  const english = ask('en');
  // Not loaded yet: English (API.md: another language's texts are loaded first).
  assert.equal(ask('ar'), english);
  const text = (tag) =>
    readFileSync(join(pkg, `${tag}.ftl`), 'utf8') + readFileSync(join(pkg, `${tag}.rules.ftl`), 'utf8');
  for (const tag of ['nb', 'uk', 'ar']) {
    const loaded = await loadLocale(tag, text(tag));
    assert.deepEqual(loaded, { loaded: true, locale: tag }, tag);
  }
  const [nb, uk, ar] = ['nb', 'uk', 'ar'].map(ask);
  assert.notEqual(nb, english);
  assert.match(uk, /[\u0400-\u04FF]/, 'Ukrainian in Cyrillic');
  assert.match(ar, /[\u0600-\u06FF]/, 'Arabic in Arabic script');
  // An Arabic answer: the summary and the criteria in Arabic, statuses and figures unchanged.
  const request = { checker: 'travel-limits', asOf: '2026-12-01', input: { situation: 'asylum-seeker' } };
  const inArabic = evaluate({ ...request, locale: 'ar' });
  const inEnglish = evaluate(request);
  assert.equal(inArabic.outcome, inEnglish.outcome);
  assert.deepEqual(inArabic.figures, inEnglish.figures);
  assert.match(inArabic.summary, /[\u0600-\u06FF]/);
  assert.equal(inArabic.locale, 'ar');
});

test('locales() lists every language, English first; loadLocale never rejects', async () => {
  const tags = locales();
  assert.equal(tags[0], 'en');
  for (const tag of ['nb', 'uk', 'ar', 'ru', 'ti', 'fa-AF', 'fa', 'so', 'ps', 'ckb', 'kmr', 'tr']) {
    assert.ok(tags.includes(tag), `${tag} in ${tags}`);
  }
  const unknown = await loadLocale('xx', 'language-name = X');
  assert.equal(unknown.loaded, false);
  assert.equal(typeof unknown.error, 'string');
  const empty = await loadLocale('ru', '');
  assert.equal(empty.loaded, false);
  // Fetched next to pkg/: in Node there is no server, so it cannot be had, and says so.
  const fetched = await loadLocale('tr');
  assert.equal(fetched.loaded, false);
});

test('stays given as text are an error naming the stays (permanent-permit)', () => {
  const response = evaluate({
    checker: 'permanent-permit',
    asOf: '2026-11-21',
    input: { stays: '2019-03-01 to 2019-04-15' },
  });
  const fields = assertFailed(response, 'stays as text');
  assert.ok(fields.some((f) => f.includes('stays')), `an error names the stays: ${fields}`);
});

test('a number is not a request', () => {
  assert.deepEqual(assertFailed(evaluate(42), 'a number'), ['request']);
});

test('a checker that is not text is an error', () => {
  assert.deepEqual(assertFailed(evaluate({ checker: 7, input: {} }), 'checker 7'), ['request']);
});

test('evaluate never throws, whatever it is given', () => {
  const odd = [
    undefined,
    null,
    'travel-limits',
    true,
    [],
    [1, 2, 3],
    () => 1,
    Symbol('permit'),
    7n,
    new Map([['checker', 'travel-limits']]),
    new Date(0),
    { checker: 'travel-limits', asOf: 20261121, input: {} },
    { checker: 'travel-limits', asOf: '2026-11-21', input: 'nothing' },
    { checker: 'permanent-permit', asOf: '2026-11-21', input: { stays: [{ from: 5 }] } },
    { checker: 'a'.repeat(100000), input: {} },
    { checker: 'travel-limits', asOf: '2026-11-21', input: JSON.parse('['.repeat(100) + ']'.repeat(100)) },
  ];
  for (const value of odd) {
    let response;
    assert.doesNotThrow(() => {
      response = evaluate(value);
    }, `evaluate(${typeof value === 'symbol' ? 'a symbol' : typeof value}) does not throw`);
    assert.equal(typeof response, 'object');
    assert.notEqual(response, null);
    assert.ok(Array.isArray(response.errors));
  }
});

test('every checker answers a well-formed request without throwing', () => {
  for (const checker of ['temporary-regulation', 'permanent-permit', 'travel-limits', 'work-permit']) {
    const response = evaluate({ checker, asOf: '2026-11-21', input: {} });
    assert.equal(response.checker, checker);
    assert.ok(Array.isArray(response.errors), checker);
    assert.ok(Array.isArray(response.criteria), checker);
    if (response.errors.length > 0) {
      assert.strictEqual(response.outcome, null, `${checker}: errors go with outcome null`);
    } else {
      assert.equal(typeof response.outcome, 'string', `${checker}: an outcome without errors`);
    }
  }
});
