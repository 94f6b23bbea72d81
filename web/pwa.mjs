// The page side of the offline app: registers the service worker (sw.js), offers a reload
// when a new version has been installed (never switches versions under a running page),
// and shows a notice line for offline state and storage trouble. Text only, built with DOM
// calls (CSP: no inline script or style attributes in markup; element.style is CSSOM).
//
// Wire-in: <script type="module" src="pwa.mjs"></script> in index.html.
let bar = null;
const notices = new Map();  // key → { text, action }

function ensureBar() {
  if (bar) return bar;
  bar = document.createElement('div');
  bar.id = 'fv-notice';
  bar.setAttribute('role', 'status');
  bar.setAttribute('aria-live', 'polite');
  Object.assign(bar.style, {
    position: 'fixed', left: '50%', bottom: '16px', transform: 'translateX(-50%)',
    maxWidth: 'min(90vw, 640px)', padding: '8px 14px', borderRadius: '8px', zIndex: '10',
    font: '14px/1.4 "Noto Sans", system-ui, sans-serif', background: '#1c1c1e', color: '#f7f7f5',
    boxShadow: '0 2px 12px rgba(0,0,0,.25)', display: 'none', gap: '12px', alignItems: 'center',
  });
  document.body.append(bar);
  return bar;
}

function render() {
  const b = ensureBar();
  b.replaceChildren();
  for (const [key, { text, action }] of notices) {
    const line = document.createElement('span');
    line.dataset.notice = key;
    line.textContent = text;
    b.append(line);
    if (action) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.label;
      Object.assign(button.style, { font: 'inherit', marginLeft: '8px', cursor: 'pointer' });
      button.addEventListener('click', action.run);
      b.append(button);
    }
  }
  b.style.display = notices.size ? 'flex' : 'none';
}

// Shows (or with text '' removes) the notice `key`; `action` = { label, run } adds a button.
export function setNotice(key, text, action = null) {
  if (text) notices.set(key, { text, action });
  else notices.delete(key);
  if (document.body) render();
}

function watchOnline() {
  const update = () => setNotice('offline', navigator.onLine ? ''
    : 'Offline: showing stored headlines. feedview refreshes when the network is back.');
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}

let updateAccepted = false;

function offerReload(worker) {
  setNotice('update', 'A new version of feedview is ready.', {
    label: 'Reload',
    run: () => {
      updateAccepted = true;
      worker.postMessage({ type: 'skip-waiting' });
    },
  });
}

async function registerWorker() {
  if (!('serviceWorker' in navigator)) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only after the person chose to update (a first install takes control silently).
    if (!updateAccepted || reloading) return;
    reloading = true;
    window.location.reload();
  });
  try {
    const reg = await navigator.serviceWorker.register('sw.js', { scope: './' });
    if (reg.waiting && navigator.serviceWorker.controller) offerReload(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const next = reg.installing;
      if (!next) return;
      next.addEventListener('statechange', () => {
        if (next.state === 'installed' && navigator.serviceWorker.controller) offerReload(next);
      });
    });
    // Check for a new version when the tab comes back after a while.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') reg.update().catch(() => {});
    });
  } catch (err) {
    console.warn('feedview: offline support unavailable:', err && err.message ? err.message : err);
  }
}

window.feedviewNotice = setNotice;
watchOnline();
registerWorker();
