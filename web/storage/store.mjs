// feedview's stored state: subscriptions, items with read/starred state, fetch metadata and
// the last good response of each feed — over IndexedDB, or over memory when IndexedDB is
// blocked or broken. Storage trouble never stops the app and never deletes what is stored:
//
//   - cannot open (private mode, disabled, blocked): memory only; `notice` says so;
//   - a write fails (quota exceeded, I/O error): the record is kept in memory for this
//     session and read back from there; `notice` says so; nothing stored is removed;
//   - a record that does not read back as expected (corrupt, from a future version): it is
//     skipped, left where it is, and counted in `notice`.
//
// Items are bounded per feed: kept while newer than maxAgeDays or among the newest
// maxPerFeed; starred items are always kept.
import { MemoryBackend, openIdb } from './backends.mjs';
import { keyOf } from './schema.mjs';
import { validRecord } from './validate.mjs';

export const DEFAULT_BOUNDS = Object.freeze({ maxAgeDays: 30, maxPerFeed: 500 });
const DAY = 86_400;

const keyString = (key) => JSON.stringify(key);

export class FeedStore {
  // open({ indexedDB, name, bounds, now }) → FeedStore; never rejects.
  static async open(options = {}) {
    try {
      const backend = await openIdb(options);
      return new FeedStore(backend, options);
    } catch (err) {
      const store = new FeedStore(new MemoryBackend(), options);
      store.#warn(`Storage is unavailable (${describe(err)}): changes last until this tab closes.`);
      return store;
    }
  }

  constructor(backend, { bounds = DEFAULT_BOUNDS, onNotice = null } = {}) {
    this.backend = backend;
    this.overlay = new MemoryBackend();  // writes that could not be stored
    this.unsaved = new Map();            // store → Set of key strings held only in memory
    this.bounds = { ...DEFAULT_BOUNDS, ...bounds };
    this.notice = '';
    this.skipped = 0;
    this.onNotice = onNotice;
  }

  get persistent() {
    return this.backend.kind === 'indexeddb';
  }

  #warn(message) {
    this.notice = message;
    if (this.onNotice) this.onNotice(message);
  }

  // ---- Low level with fallback -------------------------------------------------------------

  async #putMany(store, records) {
    if (!records.length) return;
    try {
      await this.backend.putMany(store, records);
      const held = this.unsaved.get(store);
      if (held) for (const r of records) held.delete(keyString(keyOf(store, r)));
    } catch (err) {
      const held = this.unsaved.get(store) || new Set();
      this.unsaved.set(store, held);
      for (const r of records) {
        held.add(keyString(keyOf(store, r)));
        await this.overlay.put(store, r);
      }
      this.#warn(isQuota(err)
        ? 'Storage is full: new items are kept until this tab closes. Export a backup or remove feeds.'
        : `Storage failed (${describe(err)}): new changes are kept until this tab closes.`);
    }
  }

  async #readAll(store, feedId) {
    let stored = [];
    try {
      stored = feedId === undefined ? await this.backend.getAll(store)
                                    : await this.backend.getAllFor(store, feedId);
    } catch (err) {
      this.#warn(`Storage could not be read (${describe(err)}): showing what this tab has.`);
    }
    const good = [];
    let bad = 0;
    for (const r of stored) {
      if (validRecord(store, r)) good.push(r);
      else bad += 1;
    }
    if (bad) {
      this.skipped += bad;
      this.#warn(`${this.skipped} stored record${this.skipped === 1 ? '' : 's'} could not be read and ${this.skipped === 1 ? 'was' : 'were'} left untouched.`);
    }
    // Memory-held records win over their stored versions.
    const held = feedId === undefined ? await this.overlay.getAll(store)
                                      : await this.overlay.getAllFor(store, feedId);
    if (!held.length) return good;
    const byKey = new Map(good.map((r) => [keyString(keyOf(store, r)), r]));
    for (const r of held) byKey.set(keyString(keyOf(store, r)), r);
    return [...byKey.values()];
  }

  async #get(store, key) {
    const held = await this.overlay.get(store, key);
    if (held !== undefined) return held;
    try {
      const r = await this.backend.get(store, key);
      return r !== undefined && validRecord(store, r) ? r : undefined;
    } catch (err) {
      this.#warn(`Storage could not be read (${describe(err)}).`);
      return undefined;
    }
  }

  async #delete(store, key) {
    await this.overlay.delete(store, key);
    try {
      await this.backend.delete(store, key);
    } catch (err) {
      this.#warn(`Storage failed (${describe(err)}).`);
    }
  }

  // ---- Subscriptions -----------------------------------------------------------------------

  subscriptions() {
    return this.#readAll('subscriptions');
  }

  async subscribe({ url, title = '', folder = '', order }, now = nowSeconds()) {
    const existing = (await this.subscriptions()).find((s) => s.url === url || s.id === url);
    if (existing) return existing;
    const sub = { id: url, url, title, folder, addedAt: now };
    if (Number.isFinite(order)) sub.order = order;
    await this.#putMany('subscriptions', [sub]);
    return sub;
  }

  async updateSubscription(sub) {
    await this.#putMany('subscriptions', [sub]);
  }

  // Takes the feed off the list but keeps its items and last response, so an undo can bring
  // it back as it was; unsubscribe() later deletes them.
  async dropSubscription(feedId) {
    await this.#delete('subscriptions', feedId);
  }

  // Removes the feed and everything stored for it except starred items.
  async unsubscribe(feedId) {
    await this.#delete('subscriptions', feedId);
    await this.#delete('fetchMeta', feedId);
    await this.#delete('responses', feedId);
    for (const item of await this.#readAll('items', feedId)) {
      if (!item.starred) await this.#delete('items', [feedId, item.id]);
    }
  }

  // Deletes what is stored for every feed not in `keepUrls` (the subscriptions and this
  // visit's feeds), as unsubscribe() does — starred items stay. A removal normally purges its
  // feed when the undo runs out; a tab closed before that leaves the data behind, so the page
  // calls this at start-up. Reads keys only (no bodies). Returns the purged feed ids.
  async purgeUnlisted(keepUrls) {
    const keep = new Set(keepUrls);
    const ids = new Set();
    for (const store of ['fetchMeta', 'responses', 'items']) {
      let keys = [];
      try {
        keys = await this.backend.getAllKeys(store);
      } catch (err) {
        this.#warn(`Storage could not be read (${describe(err)}).`);
        return [];  // unsure what is stored: delete nothing
      }
      keys = keys.concat(await this.overlay.getAllKeys(store));
      for (const k of keys) ids.add(Array.isArray(k) ? k[0] : k);
    }
    const gone = [...ids].filter((id) => typeof id === 'string' && !keep.has(id));
    for (const id of gone) await this.unsubscribe(id);
    return gone;
  }

  // ---- Items -------------------------------------------------------------------------------

  items(feedId) {
    return this.#readAll('items', feedId);
  }

  // Adds a fetch's items to a feed: new ones are added, known ones keep their read/starred
  // state and first-seen time; then the feed's items are bounded. Returns the kept items.
  async putItems(feedId, incoming, now = nowSeconds()) {
    const known = new Map((await this.items(feedId)).map((i) => [i.id, i]));
    const changed = [];
    for (const raw of incoming) {
      if (!raw || typeof raw.id !== 'string' || !raw.id) continue;
      const old = known.get(raw.id);
      const item = {
        feedId,
        id: raw.id,
        title: String(raw.title ?? ''),
        link: String(raw.link ?? ''),
        published: Number.isFinite(raw.published) ? raw.published : (old?.published ?? null),
        source: String(raw.source ?? ''),
        seenAt: old ? old.seenAt : now,
        read: old ? old.read : 0,
        starred: old ? old.starred : 0,
      };
      known.set(item.id, item);
      changed.push(item);
    }
    await this.#putMany('items', changed);
    return this.#bound(feedId, [...known.values()], now);
  }

  async #bound(feedId, items, now) {
    const { maxAgeDays, maxPerFeed } = this.bounds;
    const when = (i) => (Number.isFinite(i.published) ? i.published : i.seenAt);
    const sorted = [...items].sort((a, b) => when(b) - when(a));
    const kept = [];
    for (const [rank, item] of sorted.entries()) {
      const fresh = now - when(item) <= maxAgeDays * DAY && rank < maxPerFeed;
      if (fresh || item.starred) kept.push(item);
      else await this.#delete('items', [feedId, item.id]);
    }
    return kept;
  }

  async #mark(feedId, itemId, field, on) {
    const item = await this.#get('items', [feedId, itemId]);
    if (!item) return false;
    item[field] = on ? 1 : 0;
    await this.#putMany('items', [item]);
    return true;
  }

  // ---- Read and starred marks from the dashboard ------------------------------------------
  //
  // The app keeps read/starred state by (feed URL, item id) and saves it here; the items
  // store holds it, so a backup carries it and putItems keeps it across fetches. An item the
  // store has not seen yet gets a minimal record (title and link follow with putItems).

  // Every item with a mark: [{ feed, id, read, starred }].
  async marks() {
    const out = [];
    for (const i of await this.#readAll('items')) {
      if (i.read || i.starred) out.push({ feed: i.feedId, id: i.id, read: i.read, starred: i.starred });
    }
    return out;
  }

  // Saves [{ feed, id, read, starred }] (read/starred 0|1 or booleans). Calls are applied in
  // order, so a quick read-then-unread never lands the other way round. Returns how many
  // were saved.
  putMarks(marks, now = nowSeconds()) {
    const run = this.#marksQueue.then(() => this.#putMarks(marks, now));
    this.#marksQueue = run.catch(() => {});
    return run;
  }

  #marksQueue = Promise.resolve();

  async #putMarks(marks, now) {
    const byFeed = new Map();
    for (const m of Array.isArray(marks) ? marks : []) {
      if (!m || typeof m.feed !== 'string' || !m.feed || typeof m.id !== 'string' || !m.id) continue;
      if (!byFeed.has(m.feed)) byFeed.set(m.feed, []);
      byFeed.get(m.feed).push(m);
    }
    const records = [];
    for (const [feedId, list] of byFeed) {
      // One read per feed rather than one per mark: "mark all read" may touch thousands.
      const known = new Map((await this.items(feedId)).map((i) => [i.id, i]));
      for (const m of list) {
        const old = known.get(m.id);
        const record = old ? { ...old } : {
          feedId, id: m.id, title: '', link: '', published: null, source: '', seenAt: now,
        };
        record.read = m.read ? 1 : 0;
        record.starred = m.starred ? 1 : 0;
        known.set(m.id, record);
        records.push(record);
      }
    }
    await this.#putMany('items', records);
    return records.length;
  }

  setRead(feedId, itemId, read = true) {
    return this.#mark(feedId, itemId, 'read', read);
  }

  setStarred(feedId, itemId, starred = true) {
    return this.#mark(feedId, itemId, 'starred', starred);
  }

  // ---- Fetch metadata and last good responses ----------------------------------------------

  fetchMeta(feedId) {
    return this.#get('fetchMeta', feedId);
  }

  putFetchMeta(feedId, meta) {
    return this.#putMany('fetchMeta', [{ ...meta, feedId }]);
  }

  response(feedId) {
    return this.#get('responses', feedId);
  }

  putResponse(feedId, { url, contentType = '', bytes }, now = nowSeconds()) {
    const copy = bytes instanceof Uint8Array ? bytes.slice() : new Uint8Array(bytes);
    return this.#putMany('responses', [{ feedId, url, contentType, bytes: copy, storedAt: now }]);
  }

  // ---- Settings ----------------------------------------------------------------------------

  async setting(key, fallback = null) {
    const r = await this.#get('meta', key);
    return r ? r.value : fallback;
  }

  putSetting(key, value) {
    return this.#putMany('meta', [{ key, value }]);
  }

  // ---- Backup ------------------------------------------------------------------------------

  // Everything but the cached responses (they are re-fetched) as one JSON-ready object.
  async exportAll(now = nowSeconds()) {
    return {
      format: 'feedview-backup',
      version: 1,
      exportedAt: now,
      subscriptions: await this.#readAll('subscriptions'),
      items: await this.#readAll('items'),
      fetchMeta: await this.#readAll('fetchMeta'),
      settings: await this.#readAll('meta'),
    };
  }

  // Merges a backup into the store: subscriptions and settings are added or replaced; items
  // are added, and a read or starred mark in either copy is kept. Returns counts; throws a
  // readable Error when the file is not a feedview backup (nothing is changed then).
  async importAll(backup) {
    if (!backup || backup.format !== 'feedview-backup' || typeof backup.version !== 'number') {
      throw new Error('not a feedview backup file');
    }
    if (backup.version > 1) throw new Error(`backup from a newer feedview (version ${backup.version})`);
    const list = (x) => (Array.isArray(x) ? x : []);
    const subs = list(backup.subscriptions).filter((r) => validRecord('subscriptions', r));
    const metas = list(backup.fetchMeta).filter((r) => validRecord('fetchMeta', r));
    const settings = list(backup.settings).filter((r) => validRecord('meta', r));
    const items = list(backup.items).filter((r) => validRecord('items', r));
    const merged = [];
    for (const item of items) {
      const old = await this.#get('items', [item.feedId, item.id]);
      merged.push(old ? { ...item, read: old.read || item.read ? 1 : 0,
                          starred: old.starred || item.starred ? 1 : 0 } : item);
    }
    await this.#putMany('subscriptions', subs);
    await this.#putMany('fetchMeta', metas);
    await this.#putMany('meta', settings);
    await this.#putMany('items', merged);
    return { subscriptions: subs.length, items: merged.length, fetchMeta: metas.length,
             settings: settings.length };
  }

  close() {
    this.backend.close();
  }
}

function nowSeconds() {
  return Math.floor(Date.now() / 1000);
}

function isQuota(err) {
  return !!err && (err.name === 'QuotaExceededError' || err.code === 22);
}

function describe(err) {
  if (!err) return 'unknown error';
  return err.name && err.name !== 'Error' ? err.name : (err.message || String(err));
}
