// Starts Permit Check. Before the app (WebAssembly) has loaded, the page already works: the
// start question, the language choice and "Exit this page" are plain HTML, kept in the reader's
// language from the strings the build wrote into index.html. Then the app is loaded in the
// background and takes over <main>; an answer chosen meanwhile is handed to it.
//
// Nothing here sends anything anywhere: it reads the page's own files.

const data = JSON.parse(document.getElementById('pc-strings')?.textContent || '{"languages":[],"strings":{}}');
const languages = data.languages;
const strings = data.strings;

// ---------------------------------------------------------------- language

/** The language for a BCP 47 tag: the longest prefix a language lists in its `matches`. */
function negotiate(tag) {
  let prefix = String(tag || '').trim().replace(/_/g, '-').toLowerCase();
  while (prefix) {
    const found = languages.find((l) => l.matches.includes(prefix));
    if (found) return found;
    const cut = prefix.lastIndexOf('-');
    if (cut < 0) return null;
    prefix = prefix.slice(0, cut);
  }
  return null;
}

/** Whether answers are remembered on this phone (then the app starts at once, to show them). */
let keptAnswers = false;

/** The language remembered with the answers (only when the person chose to remember them). */
function rememberedLanguage() {
  try {
    const raw = window.localStorage.getItem(storageKey());
    if (!raw) return null;
    keptAnswers = true;
    const doc = JSON.parse(raw);
    return negotiate(doc && doc.language);
  } catch (_) {
    return null;
  }
}

/** The key of this copy of the app's remembered answers: `notes` and the folder it is served
 * from (src/ui/data.rs computes the same). */
export function storageKey() {
  return 'notes' + new URL('.', window.location.href).pathname;
}

function detectLanguage() {
  const remembered = rememberedLanguage();
  if (remembered) return remembered;
  for (const tag of navigator.languages || [navigator.language || '']) {
    const found = negotiate(tag);
    if (found) return found;
  }
  return languages[0] || { tag: 'en', dir: 'ltr', name: 'English', matches: ['en'] };
}

let current = detectLanguage();
let appReady = false;
/** The language last chosen in the menu before the app was live. */
let asking = null;

function text(id) {
  const own = strings[current.tag] || {};
  return own[id] ?? (strings.en || {})[id];
}

/** Puts the page around the app (and the static first view) into the current language. */
function applyLanguage() {
  const html = document.documentElement;
  if (html.lang !== current.tag) html.lang = current.tag;
  if (html.dir !== current.dir) html.dir = current.dir;
  for (const el of document.querySelectorAll('[data-msg]')) {
    // Once the app runs, <main> is the app's own.
    if (appReady && el.closest('main')) continue;
    const t = text(el.dataset.msg);
    // Unchanged text is left alone (no work for the browser on a page already in English).
    if (t != null && el.textContent !== t) el.textContent = t;
  }
  const name = document.getElementById('lang-current');
  if (name) {
    name.textContent = current.name;
    name.lang = current.tag;
  }
  for (const b of document.querySelectorAll('#lang-list button')) {
    b.setAttribute('aria-current', b.dataset.lang === current.tag ? 'true' : 'false');
  }
}

for (const button of document.querySelectorAll('#lang-list button')) {
  button.addEventListener('click', () => {
    const chosen = negotiate(button.dataset.lang);
    if (!chosen) return;
    document.getElementById('lang-menu')?.removeAttribute('open');
    if (appReady) {
      // The app loads the language's catalog, then tells us (pc-language).
      window.dispatchEvent(new CustomEvent('pc-set-language', { detail: chosen.tag }));
    } else {
      current = chosen;
      asking = chosen.tag;
      applyLanguage();
      if (catalog) catalog = words(chosen.tag);
    }
  });
}

window.addEventListener('pc-language', (event) => {
  const l = negotiate(event.detail);
  if (!l) return;
  current = l;
  applyLanguage();
});

applyLanguage();

// ---------------------------------------------------------------- exit this page

const exitLink = document.getElementById('exit');
const progress = document.getElementById('exit-progress');

/** Leaves at once: the page is emptied and replaced, so the browser's Back does not return to
 * it. With "erase on exit" chosen, remembered answers are deleted first. */
function exitNow() {
  // The app (if it runs) erases what it keeps, and writes nothing after this, when "erase on
  // exit" is on as it is now (src/ui/mod.rs).
  window.dispatchEvent(new CustomEvent('pc-exit'));
  try {
    const raw = window.localStorage.getItem(storageKey());
    if (raw && JSON.parse(raw).eraseOnExit) window.localStorage.removeItem(storageKey());
  } catch (_) {
    // Storage unreadable: nothing to erase.
  }
  const target = exitLink ? exitLink.href : 'https://www.yr.no/';
  document.title = '';
  document.body.textContent = '';
  window.location.replace(target);
}

exitLink?.addEventListener('click', (event) => {
  event.preventDefault();
  exitNow();
});

let shiftCount = 0;
let shiftTimer = 0;
window.addEventListener('keydown', (event) => {
  if (event.key !== 'Shift') {
    shiftCount = 0;
    if (progress) progress.hidden = true;
    return;
  }
  if (event.repeat) return;
  shiftCount += 1;
  window.clearTimeout(shiftTimer);
  shiftTimer = window.setTimeout(() => {
    shiftCount = 0;
    if (progress) progress.hidden = true;
  }, 5000);
  if (shiftCount >= 3) {
    exitNow();
    return;
  }
  if (progress) {
    const t = text('exit-progress') || '';
    progress.textContent = t.replace("%n", String(shiftCount));
    progress.hidden = false;
  }
});

// ---------------------------------------------------------------- the app

const form = document.getElementById('static-start');
const status = document.getElementById('boot-status');
let continued = false;

function chosenStart() {
  const checked = document.querySelector('#static-start input[name="q-start"]:checked');
  return checked ? checked.value : null;
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  continued = true;
  if (status) status.hidden = false;
});

// "Other checks" before the app is ready: it opens that page once it is.
let asked = null;
document.getElementById('static-other-checks')?.addEventListener('click', () => {
  asked = 'other-checks';
  if (status) status.hidden = false;
  wake();
});

function showFailure(error) {
  console.error('Permit Check failed:', error);
  if (!status) return;
  // Said in the language, and kept said when the language is changed.
  status.dataset.msg = 'boot-failed';
  status.textContent = text('boot-failed') || 'Permit Check could not start.';
  status.setAttribute('role', 'alert');
  status.hidden = false;
}

function fetchCatalog(tag) {
  return fetch(`pkg/${tag}.ftl`).then((r) => (r.ok ? r.text() : null)).catch(() => null);
}

/** A language's words on their way, with the language they are in. */
function words(tag) {
  return { tag, text: fetchCatalog(tag) };
}

// The app's code and words are fetched, and the code compiled (off the main thread), while the
// page loads, each in a task of its own. The app is made live (its start page replaces the
// static one) only when the person first does something here: a click, a key, a touch, the
// mouse or the wheel; or at once when there are answers remembered on this phone. So a phone
// that has only just shown the page is not kept busy, and the first tap on an option is the
// browser's own (the option chosen is handed over). ARCHITECTURE.md, "The first view".
// <html data-app> says how far it is: "loaded", then "live".
let catalog = null;
let loaded = null;

function load() {
  catalog = catalog || words(current.tag);
  if (!loaded) {
    loaded = import('./pkg/app.js').then(async (app) => {
      await app.default();
      document.documentElement.dataset.app = 'loaded';
      return app;
    });
    // A load that fails is said at once, not only when the person acts.
    loaded.catch(showFailure);
  }
  return loaded;
}

setTimeout(load, 0);

const WAKE = ['click', 'keyup', 'touchend', 'mousemove', 'wheel'];
let woken = false;

function wake() {
  if (woken) return;
  woken = true;
  for (const type of WAKE) window.removeEventListener(type, wake, true);
  // After the browser has painted what the person did (an option checked), not before.
  requestAnimationFrame(() => setTimeout(start, 0));
}

for (const type of WAKE) window.addEventListener(type, wake, { capture: true, passive: true });
form?.addEventListener('submit', wake);

// A press under way (a finger or the mouse down on an option): the app does not replace the
// page until it has ended, so that the press's click lands on the option pressed.
let pressed = false;
let afterPress = [];

function pressEnded() {
  if (!pressed) return Promise.resolve();
  return new Promise((resolve) => {
    afterPress.push(resolve);
    // A press whose end the browser never reports (a drag, a long press) does not hold the
    // app back for good.
    setTimeout(release, 3000);
  });
}

function release() {
  pressed = false;
  const waiting = afterPress.splice(0);
  // After this press's click.
  if (waiting.length) setTimeout(() => waiting.forEach((resolve) => resolve()), 0);
}

window.addEventListener('pointerdown', () => {
  pressed = true;
}, { capture: true, passive: true });
for (const type of ['pointerup', 'pointercancel', 'dragend', 'keyup']) {
  window.addEventListener(type, release, { capture: true, passive: true });
}

/** Where the focus is in the static <main>, as a selector for the same place in the app's. */
function focusPlace() {
  const el = document.activeElement;
  if (!el || !el.closest('#main')) return null;
  if (el.id === 'static-other-checks') return '#main .other-checks-link button';
  if (el.matches('#static-start button[type="submit"]')) return '#main form.start button[type="submit"]';
  if (el.id && !el.id.startsWith('static-')) return `#${CSS.escape(el.id)}`;
  return '#main';
}

async function start() {
  try {
    const app = await load();
    const wordsNow = catalog;
    const source = await wordsNow.text;
    await pressEnded();
    const place = focusPlace();
    let tag = wordsNow.tag;
    let mounted = await app.mount(tag, source, chosenStart(), continued, asked);
    // The chosen language's file could not be had (offline before a visit in it): English.
    if (!mounted && tag !== 'en') {
      tag = 'en';
      mounted = await app.mount(tag, null, chosenStart(), continued, asked);
    }
    if (!mounted) throw new Error('no catalog could be loaded');
    appReady = true;
    document.documentElement.dataset.app = 'live';
    // A language chosen while the app was starting.
    if (asking && asking !== tag) {
      window.dispatchEvent(new CustomEvent('pc-set-language', { detail: asking }));
    }
    // The focus stays where it was (a keyboard or screen reader user on an option), unless the
    // app has moved on to another page.
    if (place && !continued && !asked) (document.querySelector(place) || document.getElementById('main'))?.focus();
  } catch (error) {
    showFailure(error);
  }
}

window.addEventListener('error', (event) => {
  if (event.error instanceof WebAssembly.RuntimeError) showFailure(event.error);
});

if (keptAnswers) wake();

// ---------------------------------------------------------------- offline use

let reloadRequested = false;

function offerReload(worker) {
  if (document.getElementById('update-bar')) return;
  const bar = document.createElement('div');
  bar.id = 'update-bar';
  bar.className = 'update-bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-labelledby', 'update-text');
  const message = document.createElement('p');
  message.id = 'update-text';
  message.setAttribute('role', 'status');
  message.textContent = text('update-ready') || '';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button';
  reload.id = 'update-reload';
  reload.textContent = text('update-reload') || '';
  reload.addEventListener('click', () => {
    reloadRequested = true;
    worker.postMessage({ type: 'skip-waiting' });
  });
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'button button-secondary';
  later.textContent = text('update-later') || '';
  later.addEventListener('click', () => bar.remove());
  bar.append(message, reload, later);
  document.body.append(bar);
}

/** Once the worker controls the page, the words of the language in use go through it, so that
 * it keeps them for offline use (on a first visit they were fetched before it was there, and
 * the rules' words are otherwise fetched only at the first question). */
const keeping = new Set();
function keepLanguageOffline() {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
  for (const file of [`pkg/${current.tag}.ftl`, `pkg/${current.tag}.rules.ftl`]) {
    if (keeping.has(file)) continue;
    keeping.add(file);
    // Asked once per page, and only if the worker has not kept it yet.
    const kept = self.caches ? caches.match(new URL(file, location.href).href) : Promise.resolve();
    kept.then((hit) => hit || fetch(file)).catch(() => keeping.delete(file));
  }
}

window.addEventListener('pc-language', () => keepLanguageOffline());

if ('serviceWorker' in navigator) {
  const sw = navigator.serviceWorker;
  sw.addEventListener('controllerchange', () => keepLanguageOffline());
  sw.ready.then(() => keepLanguageOffline());
  sw.addEventListener('controllerchange', () => {
    if (reloadRequested) window.location.reload();
  });
  sw.register('./sw.js', { updateViaCache: 'none' })
    .then((registration) => {
      const watch = (worker) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && sw.controller) offerReload(worker);
        });
      };
      if (registration.waiting && sw.controller) offerReload(registration.waiting);
      if (registration.installing) watch(registration.installing);
      registration.addEventListener('updatefound', () => {
        if (registration.installing) watch(registration.installing);
      });
    })
    .catch(() => {
      // No offline copy (a private window, or a server without sw.js): the app works as usual.
    });
}
