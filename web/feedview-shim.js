// feedview's JS shim: everything the Wasm app needs from the DOM that Emscripten's html5.h does
// not give it. Loads the module, fetches fonts and feeds and hands their bytes to C++, reports
// canvas size and devicePixelRatio, forwards pointer, text, paste and focus events, and carries
// out the app's requests (open a link, write the clipboard, set the cursor, place the text
// input, update the accessible headline mirror, read/write settings).
//
// Called from C++ through `Module.fvShim` (src/platform/web/shim_calls.cpp); calls C++ through
// the exported fv_* functions (src/platform/web/main.cpp).
import createFeedview from './feedview.js';
import { DEFAULT_OPTIONS, FeedFetcher } from './net/fetcher.mjs';
import { FeedSource } from './net/feed_source.mjs';
import { findFeed } from './net/find_feed.mjs';
import { httpLink } from './net/http_link.mjs';
import { articleExportButtons, createFeedsMirror } from './feeds_mirror.mjs';
import { acceptDroppedFiles, downloadText, readFileBytes } from './files.mjs';
import { opmlFeeds, pageParams } from './net/page_params.mjs';
import { ParseClient, parsingPolicy, workerDelivery } from './net/parse_client.mjs';
import { parseProxyList } from './net/proxy_url.mjs';
import { loadThumbnail } from './net/thumbnail_loader.mjs';
import { wasmPolicy } from './net/wasm_policy.mjs';
import { FallbackFontLoader } from './fonts.mjs';
import { HeadlineMirror } from './headline_mirror.mjs';
import { publishDialog, publishTrends, publishUndo } from './mirror_panels.mjs';
import { setNotice } from './pwa.mjs';
import { renderSidebar } from './sidebar_mirror.mjs';
import { publishToolbar } from './toolbar_mirror.mjs';
import { downloadBackup, parseBackup } from './storage/backup_file.mjs';
import { FeedStore } from './storage/store.mjs';
import { appFeedList, saveSubscription as storeSubscription, startingSubscriptions } from './storage/subscriptions.mjs';

const FONT_FILES = ['fonts/NotoSans-Regular.ttf', 'fonts/NotoSans-Bold.ttf'];  // face 0, 1
const FEED_LIST = 'feeds/feeds.json';

const canvas = document.getElementById('fv-canvas');
const ime = document.getElementById('fv-ime');
const mirrorList = document.getElementById('fv-headlines');
const mirrorStatus = document.getElementById('fv-status');
const mirrorSidebar = document.getElementById('fv-sidebar-list');
const errorBox = document.getElementById('fv-error');

const encoder = new TextEncoder();
let M = null;  // the Emscripten module once instantiated
let feedSource = null;  // web/net/feed_source.mjs, created once M exists
const feedTitles = new Map();  // feed URL → title from the feed list, for notices
let store = null;  // web/storage/store.mjs
let fetcher = null;
let policy = null;
let renderFeeds = null;  // web/feeds_mirror.mjs
let storeQueue = Promise.resolve();  // subscription writes, in the order the app made them

function queueStore(op) {
  storeQueue = storeQueue.then(op).catch((err) => console.warn('feedview: storing subscriptions:', err));
  return storeQueue;
}

// ---- Passing data into Wasm memory ---------------------------------------------------------

// Copies bytes into a fresh _malloc block; the C++ side frees it.
function copyIn(bytes) {
  const p = M._malloc(Math.max(1, bytes.length));
  M.HEAPU8.set(bytes, p);  // read HEAPU8 after _malloc: memory may have grown
  return p;
}

// Calls fn with a NUL-terminated UTF-8 copy of str, freed afterwards.
function withCString(str, fn) {
  const bytes = encoder.encode(String(str));
  const p = M._malloc(bytes.length + 1);
  M.HEAPU8.set(bytes, p);
  M.HEAPU8[p + bytes.length] = 0;
  try {
    return fn(p);
  } finally {
    M._free(p);
  }
}

const isHttpUrl = (url) => httpLink(url, document.baseURI);

function showError(message) {
  errorBox.textContent = message;
  errorBox.hidden = false;
  canvas.hidden = true;
}

// One row of the accessible headline mirror (web/headline_mirror.mjs keeps the list).
function mirrorRow(row) {
  const li = document.createElement('li');
  // Read state as text before the title: "Unread." / "Starred." (read items say nothing).
  const state = [row.read === false ? 'Unread.' : '', row.starred ? 'Starred.' : ''].filter(Boolean).join(' ');
  if (state) {
    const mark = document.createElement('span');
    mark.className = 'fv-state';
    mark.textContent = `${state} `;
    li.append(mark);
  }
  const href = isHttpUrl(row.url);
  const title = document.createElement(href ? 'a' : 'span');
  title.className = 'fv-title';
  title.textContent = row.title;
  if (href) {
    title.href = href;
    title.target = '_blank';
    title.rel = 'noopener noreferrer';
  }
  li.append(title);
  if (row.source) {
    const source = document.createElement('span');
    source.className = 'fv-source';
    source.textContent = row.source;
    li.append(document.createTextNode(' — '), source);
  }
  if (row.time) {
    const time = document.createElement('span');
    time.className = 'fv-time';
    time.textContent = row.time;
    li.append(document.createTextNode(', '), time);
  }
  // Grouped by story: how many outlets cover it, and whether its other articles are shown.
  if (row.sources > 1) {
    const count = document.createElement('span');
    count.className = 'fv-sources';
    count.textContent = `${row.sources} sources`;
    li.append(document.createTextNode(' · '), count);
  }
  if (row.members > 1) {
    li.dataset.members = String(row.members);
    li.setAttribute('aria-expanded', row.expanded ? 'true' : 'false');
  }
  if (row.child) li.className = 'fv-member';
  return li;
}

const headlineMirror = new HeadlineMirror({
  list: mirrorList,
  onTotal: (total) => {
    mirrorCount = total;
    updateStatus();
  },
  earlier: document.getElementById('fv-mirror-earlier'),
  later: document.getElementById('fv-mirror-later'),
  makeRow: mirrorRow,
  show: (index) => M._fv_mirror_show(index),
});

// ---- Requests from C++ ----------------------------------------------------------------------

let lastMirrorJson = '';
let lastSidebarJson = '';
let pendingCopy = null;
let pendingMarks = [];  // marks made before the store opened
let mirrorCount = 0;    // headlines listed
let mirrorStories = 0;  // stories listed when grouped by story (0: not grouped)
let sidebarRows = [];   // the sidebar mirror's entries (src/app/sidebar.cpp mirror_json)

// The status line: the view (and feed or folder) being listed, its headlines, the counts.
function updateStatus() {
  const n = mirrorStories
    ? `${mirrorStories === 1 ? '1 story' : `${mirrorStories} stories`}, grouped by story`
    : (mirrorCount === 1 ? '1 headline' : `${mirrorCount} headlines`);
  const views = Object.fromEntries(sidebarRows.filter((r) => r.kind === 'view').map((r) => [r.id, r]));
  const scope = sidebarRows.find((r) => r.kind !== 'view' && r.selected);
  const view = sidebarRows.find((r) => r.kind === 'view' && r.selected);
  if (!views.All) {
    mirrorStatus.textContent = n;
    return;
  }
  const where = scope ? scope.label : view ? view.label : 'All';
  mirrorStatus.textContent = `${where}: ${n}. ${views.All.count} items, ${views.Unread.count} unread, ` +
                             `${views.Starred.count} starred.`;
}
let imageProxies = DEFAULT_OPTIONS.proxies;  // the feed fetcher's proxy templates, once known

// Fonts for other scripts, symbols and emoji, fetched when the app's text needs them.
const fallbackFonts = new FallbackFontLoader({
  deliver: (name, bytes) => {
    const p = copyIn(bytes);
    withCString(name, (n) => M._fv_fallback_font_loaded(n, p, bytes.length));
  },
  fail: (name, message) => {
    console.warn(`feedview: fallback font ${name}: ${message}`);
    withCString(name, (n) => M._fv_fallback_font_failed(n));
  },
});

const fvShim = {
  fetchFallbackFont(name) {
    fallbackFonts.fetch(name);
  },

  // Feeds come from web/net/feed_source.mjs: the stored copy first, then the network on the
  // refresh policy's schedule (conditional GET, proxy fallback, failures keep items).
  fetchFeed(index, url) {
    feedSource.load(index, url, feedTitles.get(url) || '');
  },

  // Thumbnails (web/net/thumbnail_loader.mjs): C++ asks only for visible rows and bounds how
  // many are in flight; the answer is RGBA pixels or a failure, never an exception.
  requestImage(url, maxW, maxH) {
    loadThumbnail(url, maxW, maxH, { baseUrl: document.baseURI, proxies: imageProxies })
      .then(({ width, height, rgba }) => {
        const p = copyIn(rgba);
        withCString(url, (u) => M._fv_image_loaded(u, p, width, height));
      })
      .catch(() => withCString(url, (u) => M._fv_image_failed(u)));
  },

  // Only http(s), only in a new tab, never with a reference back to this page. C++ calls this
  // while handling the user's click or key event, so popup blockers let it through.
  openUrl(url) {
    const href = isHttpUrl(url);
    if (href) window.open(href, '_blank', 'noopener,noreferrer');
  },

  // The accessible mirror: text nodes only (textContent), never feed HTML.
  publishHeadlines(json) {
    if (json === lastMirrorJson) return;
    lastMirrorJson = json;
    let doc;
    try {
      doc = JSON.parse(json);
    } catch {
      return;
    }
    mirrorStories = Number.isInteger(doc.stories) ? doc.stories : 0;
    headlineMirror.publish(doc);
    window.feedview.headlines = headlineMirror.total;
  },

  // The sidebar as buttons (web/sidebar_mirror.mjs): views, folders and feeds with their counts
  // and status, folders open or closed. Each calls back into the app (fv_select).
  publishSidebar(json) {
    if (json === lastSidebarJson) return;
    lastSidebarJson = json;
    try {
      sidebarRows = JSON.parse(json);
    } catch {
      return;
    }
    const select = (kind, id) => withCString(kind, (k) => withCString(id, (i) => M._fv_select(k, i)));
    renderSidebar(mirrorSidebar, sidebarRows, { select, toggleFolder: (name) => select('folder-toggle', name) });
    updateStatus();
  },

  // Read/starred marks to IndexedDB (web/storage/store.mjs), in the order they were made.
  saveMarks(json) {
    let marks;
    try {
      marks = JSON.parse(json);
    } catch {
      return;
    }
    if (!store) {
      pendingMarks.push(...marks);
      return;
    }
    store.putMarks(marks).catch((err) => console.warn('feedview: marks not saved', err));
  },

  // "r": every feed now (the server's Retry-After still holds).
  refreshFeeds() {
    if (feedSource) feedSource.refreshAll({ manual: true });
  },

  // The reading pane's mirror: the open story as text and links, or nothing.
  publishArticle(json) {
    let doc = null;
    try {
      doc = JSON.parse(json);
    } catch {
      doc = null;
    }
    const article = document.getElementById('fv-article');
    if (!doc) {
      article.replaceChildren();
      article.hidden = true;
      return;
    }
    const el = (tag, text, cls) => {
      const e = document.createElement(tag);
      if (text) e.textContent = text;
      if (cls) e.className = cls;
      return e;
    };
    const link = (text, url) => {
      const href = isHttpUrl(url);
      if (!href) return el('span', text);
      const a = el('a', text);
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      return a;
    };
    const h2 = el('h2');
    h2.append(link(doc.title, doc.url));
    const parts = [h2, el('p', [doc.source, doc.author && `by ${doc.author}`, doc.time].filter(Boolean).join(' · '), 'fv-meta')];
    // Star and read state of the open story, as buttons the reader can use.
    const actions = el('p', null, 'fv-actions');
    const star = el('button', doc.starred ? 'Unstar' : 'Star');
    star.type = 'button';
    star.setAttribute('aria-pressed', doc.starred ? 'true' : 'false');
    star.addEventListener('click', () => M._fv_toggle_open_star());
    const read = el('button', doc.read ? 'Mark unread' : 'Mark read');
    read.type = 'button';
    read.addEventListener('click', () => M._fv_toggle_open_read());
    actions.append(star, document.createTextNode(' '), read);
    parts.push(actions);
    for (const para of doc.paragraphs || []) parts.push(el('p', para));
    if (doc.related && doc.related.length) {
      parts.push(el('h3', 'Full coverage'));
      const ul = el('ul', null, 'fv-related');
      for (const r of doc.related) {
        const li = el('li');
        li.append(link(r.title, r.url));
        if (r.source) li.append(document.createTextNode(' — '), el('span', r.source, 'fv-source'));
        if (r.time) li.append(document.createTextNode(', '), el('span', r.time, 'fv-time'));
        if (r.why) li.title = r.why;
        ul.append(li);
      }
      parts.push(ul);
    }
    parts.push(articleExportButtons({ copy: () => M._fv_copy_markdown(), download: () => M._fv_download_markdown() }));
    article.replaceChildren(...parts);
    article.hidden = false;
  },

  publishTrends: (json) => publishTrends(json, { undoMute: () => M._fv_undo_mute() }),
  publishDialog,
  publishToolbar: (json) => publishToolbar(json, (name) => withCString(name, (p) => M._fv_toolbar(p))),
  publishUndo: (json) => publishUndo(json, () => M._fv_undo()),

  // Called inside the copy keystroke: the copy event that follows puts the text on the
  // clipboard synchronously; the async Clipboard API covers copies from menus.
  setClipboard(text) {
    pendingCopy = text;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(() => {});
    }
  },

  // ---- Subscriptions and files (the feeds panel) ----

  saveSubscription(url, title, folder) {
    feedTitles.set(url, title || url);
    queueStore(() => storeSubscription(store, { url, title, folder }));
  },

  // Off the list at once; `purge` (the undo has run out) also deletes its stored data.
  removeSubscription(url, purge) {
    if (feedSource) feedSource.forget(url);
    queueStore(() => (purge ? store.unsubscribe(url) : store.dropSubscription(url)));
  },

  findFeed(request, address) {
    findFeed(fetcher, (b, u, ct) => policy.parseCheck(b, u, ct), address)
      .catch((err) => ({ error: `Could not look up ${address}: ${err && err.message ? err.message : err}.` }))
      .then((r) => withCString(r.url || '', (u) => withCString(r.error || '', (e) => M._fv_feed_found(request, u, e))));
  },

  chooseOpmlFile() {
    document.getElementById('fv-opml-file').click();
  },

  downloadFile(name, mime, text) {
    downloadText(name, mime, text);
  },

  publishSubscriptions(json) {
    if (renderFeeds) renderFeeds(json);
  },

  setCursor(cursor) {
    canvas.style.cursor = cursor;
  },

  // Places the hidden input at the active field's caret (CSS px) so IME candidate windows
  // and phone keyboards appear in the right place.
  textInput(active, x, y, h) {
    if (active) {
      ime.style.left = `${Math.round(x)}px`;
      ime.style.top = `${Math.round(y)}px`;
      ime.style.height = `${Math.max(1, Math.round(h))}px`;
      if (document.activeElement !== ime) ime.focus({ preventScroll: true });
    } else if (document.activeElement === ime) {
      ime.value = '';
      canvas.focus({ preventScroll: true });
    }
  },

  storageGet(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;  // storage disabled: settings last for the session
    }
  },

  storageSet(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      /* quota or disabled storage */
    }
  },
};

// ---- Size and pixel density -------------------------------------------------------------------

let lastCss = null;
let lastRatio = 0;

// The browser's exact device-pixel size is used when it agrees with CSS size x ratio (it is
// pixel-snapped, so it may differ by one); emulated ratios (DevTools, tests) are not reflected
// in it, and then CSS size x ratio wins.
function devicePixels(css, dpr, exact) {
  const estimate = Math.round(css * dpr);
  return exact !== undefined && Math.abs(exact - css * dpr) <= 1 ? exact : estimate;
}

function reportViewport(cssW, cssH, deviceW, deviceH) {
  const dpr = window.devicePixelRatio || 1;
  const bw = Math.max(1, devicePixels(cssW, dpr, deviceW));
  const bh = Math.max(1, devicePixels(cssH, dpr, deviceH));
  lastCss = { cssW, cssH };
  lastRatio = dpr;
  M._fv_set_viewport(cssW, cssH, dpr, bw, bh);
}

// The media query below catches ratio changes as they happen; input re-checks as a backstop
// (emulated ratio changes in DevTools and headless browsers fire no media-query event).
function recheckRatio() {
  if (lastCss && window.devicePixelRatio !== lastRatio) reportViewport(lastCss.cssW, lastCss.cssH);
}

function watchSize() {
  const observer = new ResizeObserver((entries) => {
    const e = entries[entries.length - 1];
    const box = e.contentBoxSize && e.contentBoxSize[0];
    const cssW = box ? box.inlineSize : e.contentRect.width;
    const cssH = box ? box.blockSize : e.contentRect.height;
    // Exact device pixels where the browser tells them (no rounding guesswork).
    const dev = e.devicePixelContentBoxSize && e.devicePixelContentBoxSize[0];
    reportViewport(cssW, cssH, dev ? dev.inlineSize : undefined, dev ? dev.blockSize : undefined);
  });
  try {
    observer.observe(canvas, { box: 'device-pixel-content-box' });
  } catch {
    observer.observe(canvas);
  }

  // devicePixelRatio changes (zoom, moving to another screen) without a size change in CSS px.
  const watchRatio = () => {
    const mq = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    mq.addEventListener('change', () => {
      if (lastCss) reportViewport(lastCss.cssW, lastCss.cssH);
      watchRatio();
    }, { once: true });
  };
  watchRatio();
}

// ---- Input the C++ side cannot get from html5.h ---------------------------------------------

const POINTER_TYPES = { mouse: 0, touch: 1, pen: 2 };
const MOVE = 0, DOWN = 1, UP = 2, LEAVE = 3, CANCEL = 4;

function forwardPointer(kind, e) {
  recheckRatio();
  const r = canvas.getBoundingClientRect();
  M._fv_pointer(kind, e.button, e.clientX - r.left, e.clientY - r.top,
                POINTER_TYPES[e.pointerType] ?? 0, e.timeStamp);
}

function watchInput() {
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Tab') canvas.classList.add('fv-keyboard-focus');
  }, true);
  canvas.addEventListener('pointerdown', (e) => {
    canvas.classList.remove('fv-keyboard-focus');
    // Keep the hidden input focused while a text field is active; otherwise the canvas takes
    // keyboard focus on click (and only then).
    if (document.activeElement !== ime) canvas.focus({ preventScroll: true });
    try {
      canvas.setPointerCapture(e.pointerId);  // drags continue outside the canvas
    } catch { /* pointer already gone */ }
    forwardPointer(DOWN, e);
    e.preventDefault();
  });
  canvas.addEventListener('pointermove', (e) => forwardPointer(MOVE, e));
  canvas.addEventListener('pointerup', (e) => forwardPointer(UP, e));
  canvas.addEventListener('pointercancel', (e) => forwardPointer(CANCEL, e));
  canvas.addEventListener('pointerleave', (e) => {
    if (e.pointerType === 'mouse') forwardPointer(LEAVE, e);
  });
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());

  // Typed and IME-committed text; compositions are sent once committed.
  const flushText = () => {
    const text = ime.value;
    if (!text) return;
    ime.value = '';
    withCString(text, (p) => M._fv_text(p));
  };
  ime.addEventListener('input', (e) => {
    if (!e.isComposing) flushText();
  });
  ime.addEventListener('compositionend', flushText);

  const ours = (el) => el === canvas || el === ime;
  document.addEventListener('paste', (e) => {
    if (!ours(document.activeElement)) return;
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    e.preventDefault();
    if (text) withCString(text, (p) => M._fv_paste(p));
  });
  const onCopy = (e) => {
    if (!ours(document.activeElement) || pendingCopy === null) return;
    e.clipboardData.setData('text/plain', pendingCopy);
    pendingCopy = null;
    e.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCopy);

  for (const el of [canvas, ime]) {
    el.addEventListener('focus', () => M._fv_focus(1));
    el.addEventListener('blur', (e) => {
      if (!ours(e.relatedTarget)) M._fv_focus(0);
    });
  }

  const scheme = window.matchMedia('(prefers-color-scheme: dark)');
  M._fv_set_color_scheme(scheme.matches ? 1 : 0);
  scheme.addEventListener('change', () => M._fv_set_color_scheme(scheme.matches ? 1 : 0));

  const platform = navigator.userAgentData?.platform || navigator.platform || '';
  M._fv_set_platform(/mac|iphone|ipad/i.test(platform) ? 1 : 0);
}

// ---- Start-up -------------------------------------------------------------------------------

// Exposed for tests and debugging: frames drawn, headlines listed.
window.feedview = {
  get frames() {
    return M ? M._fv_frame_count() : 0;
  },
  get listScroll() {
    return M ? M._fv_list_scroll() : 0;
  },
  get dark() {
    return M ? !!M._fv_is_dark() : false;
  },
  // The glyph atlas: texture size and fallback glyphs kept (bounded by `cap`).
  get atlas() {
    if (!M) return null;
    const f = (i) => M._fv_font_atlas_info(i);
    return { width: f(0), height: f(1), fallbackCodepoints: f(2), fallbackGlyphs: f(3), fallbackFiles: f(4), cap: f(5) };
  },
  get listed() {
    return M ? M._fv_listed() : 0;
  },
  // Where a named control was drawn in the last frame ({x, y} in CSS px), or null.
  target(name, index = 0) {
    if (!M) return null;
    const at = (axis) => withCString(name, (p) => M._fv_target(p, index, axis));
    const x = at(0), y = at(1);
    return x < 0 ? null : { x, y };
  },
  get thumbnails() {  // thumbnails held as textures
    return M ? M._fv_thumbnail_textures() : 0;
  },
  get shownRows() {  // rows on the canvas (one per story when grouped)
    return M ? M._fv_shown_rows() : 0;
  },
  get columns() {  // card-grid columns (1 in list mode)
    return M ? M._fv_list_columns() : 0;
  },
  headlines: 0,
  ready: false,
};

async function fetchBytes(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

// The feeds panel's page side: its accessible mirror, the OPML file input and drops onto the
// page, the mirror's buttons (each calls the same C++ as the canvas panel).
async function importOpmlFile(file) {
  let bytes;
  try {
    bytes = await readFileBytes(file);
  } catch (err) {
    document.getElementById('fv-feeds-status').textContent = String(err.message || err);
    return;
  }
  M._fv_import_opml(copyIn(bytes), bytes.length);
}

function watchFeedsPanel() {
  const root = document.getElementById('fv-feeds');
  const str = (v, fn) => withCString(String(v ?? ''), fn);
  renderFeeds = createFeedsMirror(root, {
    rename: (i, v) => str(v, (p) => M._fv_subs_rename(i, p)),
    move: (i, v) => str(v, (p) => M._fv_subs_move(i, p)),
    remove: (i) => M._fv_subs_remove(i),
    keep: (i) => M._fv_subs_keep(i),
    undo: () => M._fv_subs_undo(),
    renameFolder: (from, to) => str(from, (f) => str(to, (t) => M._fv_subs_rename_folder(f, t))),
  });
  const address = document.getElementById('fv-feed-address');
  const add = () => str(address.value, (p) => M._fv_subs_add(p));
  document.getElementById('fv-feed-add').addEventListener('click', add);
  address.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  });
  document.getElementById('fv-feeds-open').addEventListener('click', () => M._fv_subs_open());
  document.getElementById('fv-opml-export').addEventListener('click', () => M._fv_export_opml());
  document.getElementById('fv-view-json').addEventListener('click', () => M._fv_view_json());
  const file = document.getElementById('fv-opml-file');
  file.addEventListener('change', () => {
    if (file.files && file.files[0]) importOpmlFile(file.files[0]);
    file.value = '';
  });
  acceptDroppedFiles(document, document.getElementById('fv-drop'), importOpmlFile);
  Object.defineProperty(window.feedview, 'feedsPanelOpen', { get: () => !!M._fv_subs_is_open() });
  // Resolves once every subscription change so far is in the store (tests reload after it).
  window.feedview.subscriptionsSaved = () => storeQueue.then(() => true);
}

async function start() {
  // Start every download at once; the module compiles while fonts and the feed list arrive.
  const fonts = Promise.all(FONT_FILES.map(fetchBytes));
  // The parse worker loads and compiles its own Wasm meanwhile, not after the app has started:
  // the first feed is parsed the moment it arrives (net/parse_client.mjs).
  const parser = new ParseClient();
  M = await createFeedview({
    fvShim,
    print: (s) => console.log(s),
    printErr: (s) => console.warn(s),
  });
  if (!M._fv_graphics_ok()) {
    showError('feedview needs WebGL 2, which this browser has turned off or does not support.');
    return;
  }
  watchInput();
  watchSize();
  const [regular, bold] = await fonts;
  M._fv_set_font(0, copyIn(regular), regular.length);
  M._fv_set_font(1, copyIn(bold), bold.length);
  // Proxy templates for feeds without CORS headers: the "proxies" setting ("a|b"), else
  // feedview serve's own /proxy next to the page.
  const proxies = parseProxyList(fvShim.storageGet('proxies') || '');
  fetcher = new FeedFetcher({ proxies: proxies.length ? proxies : DEFAULT_OPTIONS.proxies });
  imageProxies = fetcher.proxies;
  store = await FeedStore.open({ onNotice: (m) => setNotice('storage', m) });
  policy = wasmPolicy(M);  // main-thread checks (findFeed); feeds themselves parse in the worker
  // Read and starred marks first, so the feeds arrive already marked.
  withCString(JSON.stringify(await store.marks()), (p) => M._fv_restore_marks(p));
  if (pendingMarks.length) store.putMarks(pendingMarks.splice(0));
  const fail = (index, message) => withCString(message, (m) => M._fv_feed_failed(index, m));
  // Feeds are parsed in a worker (net/parse_client.mjs); on the main thread only without one.
  const deliver = workerDelivery({
    M, client: parser, fail,
    onMainThread: (index, bytes, url, contentType) => {
      const p = copyIn(bytes);
      withCString(url, (u) => withCString(contentType, (ct) => M._fv_feed_loaded(index, u, ct, p, bytes.length)));
    },
  });
  // For tests: where feeds are parsed, and how many parses or hand-overs are under way.
  Object.defineProperty(window.feedview, 'parser', { get: () => parser.mode });
  Object.defineProperty(window.feedview, 'parsing', { get: () => parser.busy + deliver.busy });
  feedSource = new FeedSource({
    fetcher, store, policy: parsingPolicy(policy, parser), notify: setNotice, fail, deliver,
    busy: (index, on) => M._fv_feed_busy(index, on ? 1 : 0),
    stale: (index, message) => withCString(message, (m) => M._fv_feed_refresh_failed(index, m)),
  });
  // The stored subscriptions (seeded from the bundled feeds/feeds.json on the first run), then
  // ?feed=URL (repeatable) and ?opml=URL: feeds for this visit, which the panel can keep.
  const subs = await startingSubscriptions(store, async () => {
    const r = await fetch(FEED_LIST);
    if (!r.ok) throw new Error(`${FEED_LIST}: HTTP ${r.status}`);
    return r.text();
  }, document.baseURI);
  const params = pageParams(window.location.search, document.baseURI);
  if (params.opml) params.feeds.push(...await opmlFeeds(fetcher, params.opml));
  const list = appFeedList(subs, params.feeds);
  const listed = [];
  try {
    for (const f of JSON.parse(list).feeds || []) {
      if (!f || !f.url) continue;
      feedTitles.set(f.url, f.title || f.url);
      listed.push(f.url);
    }
  } catch { /* the app reports a broken list */ }
  // Data of feeds removed in a tab closed before their undo ran out (keys only: quick).
  await store.purgeUnlisted([...listed, ...subs.map((s) => s.id)])
    .catch((err) => console.warn('feedview: purging removed feeds:', err));
  window.feedview.refresh = () => feedSource.refreshAll({ manual: true });
  // Backup of subscriptions, items, read/starred state and fetch metadata as one JSON file.
  window.feedview.exportBackup = async () => downloadBackup(await store.exportAll());
  window.feedview.importBackup = async (text) => store.importAll(parseBackup(text));
  Object.defineProperty(window.feedview, 'feedErrors', { get: () => feedSource.errors() });
  watchFeedsPanel();
  withCString(list, (p) => M._fv_load_subscriptions(p));
  window.feedview.ready = true;
}

start().catch((err) => {
  console.error(err);
  showError(`feedview could not start: ${err && err.message ? err.message : err}`);
});
