// Keystroke latency of the caseworker page (every question of the travel check on one page, the
// answer under them, updating as one types), at 4x CPU throttling, with 20 stays abroad: from a
// key press in a date box to the frame after the answer has changed. A benchmark to run by hand
// (`node tests/perf/keystrokes.mjs`, against `cargo xtask serve` on :8080 or PERMIT_CHECK_URL);
// it prints figures and never fails a build.
import { chromium } from 'playwright-core';

const base = (process.env.PERMIT_CHECK_URL || 'http://127.0.0.1:8080/').replace(/\/?$/, '/');
const throttle = Number(process.env.THROTTLE || 4);
const presses = Number(process.env.PRESSES || 30);

const box = (day, month, year) => ({ day: String(day), month: String(month), year: String(year) });
const stays = [];
for (let i = 0; i < 20; i += 1) {
  // Twenty short stays, one a month from January 2025: 5 days each.
  const month = (i % 12) + 1;
  const year = 2025 + Math.floor(i / 12);
  stays.push({ from: box(3, month, year), to: box(9, month, year), schengen: i % 3 === 0 });
}
const is = (value) => ({ reply: 'is', value });
const doc = {
  format: 'permit-check-answers',
  version: 2,
  language: 'en',
  answers: {
    start: is('helper'),
    clientSituation: is('temporary-permit'),
    allOnOnePage: true,
    permitBasis: is('humanitarian'),
    afterAsylumApplication: is(false),
    permitStart: box(1, 1, 2025),
    permitEnd: box(31, 12, 2028),
    stays,
    trip: { from: box(1, 3, 2027), to: box('', '', '') },
  },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, serviceWorkers: 'block' });
  await context.addInitScript(({ key, text }) => {
    if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, text);
  }, { key: 'notes' + new URL('./', base).pathname, text: JSON.stringify(doc) });
  const page = await context.newPage();
  await page.goto(base);
  // The app starts at once: answers are remembered (the init script above).
  await page.waitForSelector('#footer-links:not([hidden])');
  // The kept answers are read back; then on through the start to the travel check.
  await page.waitForFunction(() => document.querySelector('#q-start-4')?.checked);
  await page.click('form.start button[type=submit]');
  await page.waitForSelector('form.start[data-step="client-situation"]');
  await page.click('form.start button[type=submit]');
  await page.waitForSelector('[data-step="want"]');
  await page.check('#q-want-0');
  await page.click('button[type=submit]');
  await page.waitForSelector('form.all-on-one #trip-from-day');
  await page.waitForSelector('.result-summary');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.evaluate(() => {
    window.__latencies = [];
    const summary = () => document.querySelector('.result-summary')?.textContent;
    let press = 0;
    document.addEventListener('keydown', (e) => {
      if (!/^[0-9]$/.test(e.key)) return;
      // A press that changed nothing must not be timed by the next one's change.
      const mine = ++press;
      const t0 = performance.now();
      const before = summary();
      const check = () => {
        if (mine !== press) return;
        if (summary() !== before) {
          requestAnimationFrame(() => window.__latencies.push(performance.now() - t0));
        } else if (performance.now() - t0 < 5000) {
          requestAnimationFrame(check);
        }
      };
      requestAnimationFrame(check);
    }, true);
  });
  await page.focus('#trip-from-day');
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press('Control+A');
    // Days 2..9 in turn (the case leaves on the 1st): each press gives another departure
    // day than the one before, so the answer changes every time.
    await page.keyboard.press(String((i % 8) + 2));
    await page.waitForTimeout(150);
  }
  const samples = await page.evaluate(() => window.__latencies);
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  const round = (x) => Math.round(x * 10) / 10;
  console.log(`keystroke to updated answer, ${stays.length} stays, ${throttle}x CPU throttling, ${samples.length} of ${presses} key presses measured`);
  console.log(`median ${round(at(0.5))} ms, p90 ${round(at(0.9))} ms, max ${round(samples[samples.length - 1])} ms`);
} finally {
  await browser.close();
}
