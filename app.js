// Starts Permit Check: loads the WebAssembly module and mounts the app. If that fails (an old
// browser, a file missing from the server) or the app stops later, a message in the reader's
// language says so instead of leaving a blank page.
import init, { mount } from './pkg/permit_check.js';

const MESSAGES = {
  en: 'Permit Check could not start or stopped working in this browser. Reload the page to try again, or use an up-to-date browser (Chrome, Firefox, Safari or Edge). Nothing you typed was sent anywhere.',
  nb: 'Permit Check kunne ikke starte eller sluttet å virke i denne nettleseren. Last inn siden på nytt for å prøve igjen, eller bruk en oppdatert nettleser (Chrome, Firefox, Safari eller Edge). Ingenting du skrev, ble sendt noe sted.',
  uk: 'Permit Check не вдалося запустити або він перестав працювати в цьому браузері. Перезавантажте сторінку, щоб спробувати ще раз, або скористайтеся оновленим браузером (Chrome, Firefox, Safari чи Edge). Нічого з того, що ви ввели, нікуди не надіслано.',
};

let mounted = false;

// The app's language once it runs (it sets <html lang>), else the browser's preference.
function language() {
  if (mounted) {
    const lang = document.documentElement.lang;
    if (lang in MESSAGES) return lang;
  }
  for (const tag of navigator.languages || [navigator.language || '']) {
    const primary = String(tag).toLowerCase().split(/[-_]/)[0];
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
    if (primary === 'uk' || primary === 'en') return primary;
  }
  return 'en';
}

function showFailure(error) {
  console.error('Permit Check failed:', error);
  const box = document.getElementById('boot-status');
  if (!box) return;
  const lang = language();
  box.lang = lang;
  box.textContent = MESSAGES[lang];
  box.hidden = false;
  document.body.prepend(box);
}

// A panic inside the app surfaces as an uncaught WebAssembly error.
window.addEventListener('error', (event) => {
  if (event.error instanceof WebAssembly.RuntimeError) showFailure(event.error);
});

// Offline use: the service worker (sw.js, filled in by `cargo xtask dist`) keeps every file of
// the app. When a new version has been installed and is waiting, a bar offers to reload into it.
const UPDATE = {
  en: ['A new version of Permit Check is ready. Reloading clears answers that are not remembered on this device.', 'Reload now', 'Later'],
  nb: ['En ny versjon av Permit Check er klar. Når siden lastes inn på nytt, slettes svar som ikke er lagret på denne enheten.', 'Last inn på nytt', 'Senere'],
  uk: ['Нова версія Permit Check готова. Перезавантаження видалить відповіді, які не збережено на цьому пристрої.', 'Перезавантажити', 'Пізніше'],
};

let reloadRequested = false;

function offerReload(worker) {
  if (document.getElementById('update-bar')) return;
  const lang = language();
  const [text, reload, later] = UPDATE[lang];
  const bar = document.createElement('div');
  bar.id = 'update-bar';
  bar.className = 'update-bar';
  bar.lang = lang;
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-labelledby', 'update-text');
  const message = document.createElement('p');
  message.id = 'update-text';
  message.setAttribute('role', 'status');
  message.textContent = text;
  const reloadButton = document.createElement('button');
  reloadButton.type = 'button';
  reloadButton.className = 'button';
  reloadButton.id = 'update-reload';
  reloadButton.textContent = reload;
  reloadButton.addEventListener('click', () => {
    reloadRequested = true;
    worker.postMessage({ type: 'skip-waiting' });
  });
  const laterButton = document.createElement('button');
  laterButton.type = 'button';
  laterButton.className = 'button button-secondary';
  laterButton.textContent = later;
  laterButton.addEventListener('click', () => bar.remove());
  bar.append(message, reloadButton, laterButton);
  document.body.append(bar);
}

function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  // The new worker took over because the reader asked for it: load the new version.
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
      // Only an update waits behind a page that a worker already controls.
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

try {
  await init();
  mount();
  mounted = true;
} catch (error) {
  showFailure(error);
}

registerServiceWorker();
