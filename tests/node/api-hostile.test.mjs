// `evaluate` must not throw even for values no JSON can hold: a cyclic object, or one nested
// deeper than any request (API.md: "evaluate never throws for bad input"). A WebAssembly trap here
// (a stack overflow) would also leave the module unusable for every later call, so each case
// gets a fresh instance, and the last check shows the instance still works afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const js = join(root, 'pkg', 'permit_check.js');
if (!existsSync(js)) {
  throw new Error('pkg/permit_check.js is missing: run `cargo xtask build` first');
}
const wasm = readFileSync(join(root, 'pkg', 'permit_check_bg.wasm'));

/** A fresh instance of the package (a new module record, so a new wasm instance). */
async function fresh(tag) {
  const module = await import(`${pathToFileURL(js).href}?${tag}`);
  module.initSync({ module: wasm });
  return module;
}

function nested(depth) {
  let value = {};
  for (let i = 0; i < depth; i++) value = { input: value };
  return value;
}

const cases = {
  'a cyclic object': () => {
    const request = { checker: 'travel-limits', asOf: '2026-11-21' };
    request.input = request;
    return request;
  },
  'an input nested 100 000 levels deep': () => ({
    checker: 'travel-limits',
    asOf: '2026-11-21',
    input: nested(100_000),
  }),
};

for (const [name, make] of Object.entries(cases)) {
  test(`evaluate answers ${name} with errors, without throwing, and keeps working`, async () => {
    const { evaluate } = await fresh(name.replace(/\W+/g, '-'));
    let response;
    assert.doesNotThrow(() => {
      response = evaluate(make());
    }, `evaluate(${name}) does not throw`);
    assert.strictEqual(response.outcome, null);
    assert.ok(response.errors.length > 0, 'answered with errors');
    const after = evaluate({ checker: 'citizenship', input: {} });
    assert.deepEqual(after.errors.map((e) => e.field), ['checker'], 'the instance still works');
  });
}
