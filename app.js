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

try {
  await init();
  mount();
  mounted = true;
} catch (error) {
  showFailure(error);
}
