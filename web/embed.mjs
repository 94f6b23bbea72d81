// The headline widget (embed.html): fetches the feeds named in its URL, parses them with the
// Wasm parsing core (feedview-parse.js — same formats, encodings and sanitising as the app),
// and lists the newest headlines as plain links sized by the frame.
//
// Why not the full app in a headlines-only mode: the dashboard needs WebGL 2, two fonts and
// ~2 MB more to download, draws on a canvas (a frame's height could not follow its content)
// and shares the app's settings and IndexedDB by origin. The widget keeps nothing: no
// localStorage, no IndexedDB, no cookies (fetches omit credentials).
//
// postMessage API (only with origins listed by ?origin=, matched exactly; others are ignored):
//   host → widget  { type: 'set-feeds', feeds: [url…] } | { type: 'set-theme', theme }
//                  | { type: 'set-layout', layout } | { type: 'set-filter', filter }
//                  | { type: 'set-max', max } | { type: 'get-state' }
//   widget → host  { type: 'ready', headlines } after the first listing,
//                  { type: 'size', width, height } whenever the content size changes,
//                  { type: 'headline-open', url, title } when a headline is opened,
//                  { type: 'state', feeds, theme, layout, filter, max, headlines, errors }.
// Every message carries source: 'feedview-embed' so a host can tell it apart.
import createFeedviewParser from './feedview-parse.js';
import { FeedFetcher } from './net/fetcher.mjs';
import { httpLink } from './net/http_link.mjs';
import { mergeHeadlines, relativeTime } from './embed/headlines.mjs';
import { readCommand, readOptions } from './embed/options.mjs';

const base = document.baseURI;
const opts = readOptions(location.search, base);
const list = document.getElementById('fv-embed-list');
const status = document.getElementById('fv-embed-status');
const root = document.documentElement;

// Plain requests: the browser cache and the service worker may answer stale-while-revalidate.
const fetcher = new FeedFetcher({ baseUrl: base, proxies: opts.proxies, concurrency: 3, timeoutMs: 15_000,
                                  maxBytes: 8 * 1024 * 1024, revalidate: false });
const parsed = new Map();  // feed url → { feed } | { error }
let parserPromise = null;
let rows = [];
let announcedReady = false;

function post(message) {
  if (window.parent === window) return;
  for (const origin of opts.origins) window.parent.postMessage({ source: 'feedview-embed', ...message }, origin);
}

function applyLook() {
  if (opts.theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = opts.theme;
  root.dataset.layout = opts.layout;
}

function parser() {
  parserPromise ||= createFeedviewParser();
  return parserPromise;
}

async function parse(bytes, url, contentType) {
  const M = await parser();
  const enc = new TextEncoder();
  const alloc = (s) => {
    const b = enc.encode(s);
    const p = M._malloc(b.length + 1);
    M.HEAPU8.set(b, p);
    M.HEAPU8[p + b.length] = 0;
    return p;
  };
  const data = M._malloc(Math.max(1, bytes.length));
  M.HEAPU8.set(bytes, data);
  const u = alloc(url), ct = alloc(contentType);
  try {
    const out = M._fv_parse(data, bytes.length, u, ct);
    const text = M.UTF8ToString(out);
    M._free(out);
    return JSON.parse(text);
  } finally {
    M._free(data);
    M._free(u);
    M._free(ct);
  }
}

async function load(url) {
  const r = await fetcher.fetchFeed(url);
  if (r.error) return { error: r.error.kind === 'cors' ? 'the site does not allow it (CORS)' : r.error.message };
  if (r.status >= 400) return { error: `HTTP ${r.status}` };
  const result = await parse(r.bytes, r.finalUrl || url, r.contentType);
  return result.ok ? { feed: result.feed } : { error: result.error };
}

function render() {
  rows = mergeHeadlines(opts.feeds.map((url) => parsed.get(url) || {}), { max: opts.max, filter: opts.filter });
  const frag = document.createDocumentFragment();
  const now = Date.now();
  for (const row of rows) {
    const li = document.createElement('li');
    const link = httpLink(row.link, document.baseURI);
    const a = document.createElement(link ? 'a' : 'span');
    a.className = 'fv-title';
    a.textContent = row.title;
    if (link) {
      a.href = link;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.addEventListener('click', () => post({ type: 'headline-open', url: link, title: row.title }));
    }
    li.append(a);
    const meta = [row.source, relativeTime(row.time, now)].filter(Boolean).join(' · ');
    if (meta) {
      const m = document.createElement('span');
      m.className = 'fv-meta';
      m.textContent = meta;
      li.append(m);
    }
    frag.append(li);
  }
  list.replaceChildren(frag);
  const errors = opts.feeds.filter((u) => parsed.get(u)?.error);
  const pending = opts.feeds.filter((u) => !parsed.has(u)).length;
  status.classList.toggle('fv-error', !rows.length && errors.length > 0);
  if (!opts.feeds.length) status.textContent = 'No feed given.';
  else if (pending && !rows.length) status.textContent = 'Loading headlines…';
  else if (!rows.length && errors.length) status.textContent = `Could not load the feed: ${parsed.get(errors[0]).error}`;
  else if (!rows.length) status.textContent = opts.filter ? 'No headlines match.' : 'No headlines.';
  else status.textContent = '';
  if (!pending && !announcedReady) {
    announcedReady = true;
    post({ type: 'ready', headlines: rows.length });
  }
}

async function loadAll() {
  announcedReady = false;
  render();
  await Promise.all(opts.feeds.map(async (url) => {
    if (!parsed.has(url)) {
      try {
        parsed.set(url, await load(url));
      } catch (err) {
        parsed.set(url, { error: (err && err.message) || String(err) });
      }
    }
    render();
  }));
  render();
}

function state() {
  return {
    type: 'state', feeds: opts.feeds, theme: opts.theme, layout: opts.layout, filter: opts.filter,
    max: opts.max, headlines: rows.length,
    errors: opts.feeds.filter((u) => parsed.get(u)?.error).map((u) => ({ feed: u, error: parsed.get(u).error })),
  };
}

window.addEventListener('message', (event) => {
  // Only the embedding page, and only from an origin it was told to trust.
  if (event.source !== window.parent || !opts.origins.includes(event.origin)) return;
  const cmd = readCommand(event.data, base);
  if (!cmd) return;
  switch (cmd.type) {
    case 'set-feeds':
      opts.feeds = cmd.feeds;
      loadAll();
      return;
    case 'set-theme': opts.theme = cmd.theme; applyLook(); break;
    case 'set-layout': opts.layout = cmd.layout; applyLook(); break;
    case 'set-filter': opts.filter = cmd.filter; render(); break;
    case 'set-max': opts.max = cmd.max; render(); break;
    default: break;
  }
  post(state());
});

let lastSize = '';
const content = document.getElementById('fv-embed');
new ResizeObserver(() => {
  // The content's own height (the document's is never less than the frame's).
  const box = content.getBoundingClientRect();
  const width = Math.ceil(root.clientWidth), height = Math.ceil(box.height);
  const key = `${width}x${height}`;
  if (key === lastSize) return;
  lastSize = key;
  post({ type: 'size', width, height });
}).observe(content);

applyLook();
window.feedviewEmbed = { get headlines() { return rows.length; }, get ready() { return announcedReady; } };
loadAll();
