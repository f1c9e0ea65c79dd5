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

/** The language remembered with the answers (only when the person chose to remember them). */
function rememberedLanguage() {
  try {
    const raw = window.localStorage.getItem(storageKey());
    if (!raw) return null;
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

function text(id) {
  const own = strings[current.tag] || {};
  return own[id] ?? (strings.en || {})[id];
}

/** Puts the page around the app (and the static first view) into the current language. */
function applyLanguage() {
  document.documentElement.lang = current.tag;
  document.documentElement.dir = current.dir;
  for (const el of document.querySelectorAll('[data-msg]')) {
    // Once the app runs, <main> is the app's own.
    if (appReady && el.closest('main')) continue;
    const t = text(el.dataset.msg);
    if (t != null) el.textContent = t;
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
      applyLanguage();
      catalog = fetchCatalog(chosen.tag);
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

function showFailure(error) {
  console.error('Permit Check failed:', error);
  if (!status) return;
  status.textContent = text('boot-failed') || 'Permit Check could not start.';
  status.setAttribute('role', 'alert');
  status.hidden = false;
}

function fetchCatalog(tag) {
  return fetch(`pkg/${tag}.ftl`).then((r) => (r.ok ? r.text() : null)).catch(() => null);
}

// The catalog comes in parallel with the app.
let catalog = fetchCatalog(current.tag);

async function start() {
  try {
    const app = await import('./pkg/app.js');
    await app.default();
    const source = await catalog;
    let mounted = await app.mount(current.tag, source, chosenStart(), continued);
    // The chosen language's file could not be had (offline before a visit in it): English.
    if (!mounted && current.tag !== 'en') {
      mounted = await app.mount('en', null, chosenStart(), continued);
    }
    if (!mounted) throw new Error('no catalog could be loaded');
    appReady = true;
  } catch (error) {
    showFailure(error);
  }
}

window.addEventListener('error', (event) => {
  if (event.error instanceof WebAssembly.RuntimeError) showFailure(event.error);
});

start();

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
