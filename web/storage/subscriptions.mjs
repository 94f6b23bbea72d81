// The subscription list at start-up and its changes, over the FeedStore. The store is the
// truth once it has been seeded: on the very first run (no subscription stored and never
// seeded) the bundled feeds/feeds.json is copied in, so a fresh install shows the sample feeds
// without the network; removing every feed later does not bring them back.
//
// Records: { id: url, url, title, folder, addedAt, order } — `order` keeps the reader's order
// (the store lists by key). Relative URLs of the bundled list are made absolute on seeding,
// so an exported OPML file names real addresses.

const SEEDED = 'subscriptionsSeeded';

const byOrder = (a, b) => (a.order ?? 0) - (b.order ?? 0) || (a.addedAt ?? 0) - (b.addedAt ?? 0);

// feeds.json text → [{ url, title, folder }] (http(s) or relative entries with a url only).
export function feedListEntries(text, base) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  const out = [];
  for (const f of Array.isArray(doc?.feeds) ? doc.feeds : []) {
    if (!f || typeof f.url !== 'string' || !f.url.trim()) continue;
    let url = f.url.trim();
    try {
      const u = new URL(url, base);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
      url = u.href;
    } catch {
      continue;
    }
    out.push({ url, title: String(f.title ?? ''), folder: String(f.folder ?? '') });
  }
  return out;
}

// The stored subscriptions in the reader's order; seeds them from `bundledText()` (a function
// returning the feeds.json text or a promise of it) on the first run.
export async function startingSubscriptions(store, bundledText, base, now = Math.floor(Date.now() / 1000)) {
  let subs = await store.subscriptions();
  if (!subs.length && !(await store.setting(SEEDED, false))) {
    const entries = feedListEntries(await bundledText(), base);
    for (const [order, e] of entries.entries()) await store.subscribe({ ...e, order }, now);
    subs = await store.subscriptions();
  }
  if (!(await store.setting(SEEDED, false))) await store.putSetting(SEEDED, true);
  return subs.sort(byOrder);
}

// The list handed to the app: stored subscriptions, then the feeds named in the page address
// (for this visit only: "visit": true), without duplicates. A visit feed is a URL (listed in
// `folder`) or { url, title, folder } from a ?opml= list (its own folder; `folder` when it
// has none).
export function appFeedList(subs, visitFeeds = [], folder = 'From the link') {
  const known = new Set(subs.map((s) => s.url));
  const feeds = subs.map((s) => ({ url: s.url, title: s.title || '', folder: s.folder || '' }));
  for (const v of visitFeeds) {
    const e = typeof v === 'string' ? { url: v } : (v || {});
    if (!e.url || known.has(e.url)) continue;
    known.add(e.url);
    feeds.push({ url: e.url, title: e.title || '', folder: e.folder || folder, visit: true });
  }
  return JSON.stringify({ feeds });
}

// Adds or updates one subscription (an add, rename, move, undo or "keep" in the app).
export async function saveSubscription(store, { url, title = '', folder = '' }, now = Math.floor(Date.now() / 1000)) {
  const subs = await store.subscriptions();
  const old = subs.find((s) => s.url === url);
  if (old) {
    await store.updateSubscription({ ...old, title, folder });
    return;
  }
  const order = subs.reduce((m, s) => Math.max(m, (s.order ?? 0) + 1), 0);
  await store.subscribe({ url, title, folder, order }, now);
}
