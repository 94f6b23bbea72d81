// The IndexedDB schema of feedview's store, as a list of migrations. A migration only ever
// adds (stores, indexes, fields with defaults); opening an older database runs every step
// above its version inside the upgrade transaction, so nothing stored is lost.
//
// Stores (all keyed by strings the page controls):
//   subscriptions  { id, url, title, folder, addedAt, order? }    key id (the first URL)
//   items          { feedId, id, title, link, published, source,
//                    seenAt, read: 0|1, starred: 0|1 }            key [feedId, id]
//   fetchMeta      { feedId, ...FetchState JSON (src/core/refresh/fetch_state_json.h) }
//   responses      { feedId, url, contentType, bytes, storedAt }  last good body, for offline start
//   meta           { key, value }                                 settings, schema notes
export const DB_NAME = 'feedview';

export const MIGRATIONS = [
  {
    version: 1,
    up(db) {
      db.createObjectStore('subscriptions', { keyPath: 'id' });
      const items = db.createObjectStore('items', { keyPath: ['feedId', 'id'] });
      items.createIndex('feedId', 'feedId');
      db.createObjectStore('fetchMeta', { keyPath: 'feedId' });
      db.createObjectStore('responses', { keyPath: 'feedId' });
      db.createObjectStore('meta', { keyPath: 'key' });
    },
  },
  {
    // Starred items are kept whatever their age: an index finds them without a full scan.
    version: 2,
    up(db, tx) {
      tx.objectStore('items').createIndex('starred', 'starred');
    },
  },
];

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export const STORES = ['subscriptions', 'items', 'fetchMeta', 'responses', 'meta'];

// The key of a record in its store (same rule as the keyPaths above).
export function keyOf(store, record) {
  switch (store) {
    case 'items': return [record.feedId, record.id];
    case 'fetchMeta':
    case 'responses': return record.feedId;
    case 'meta': return record.key;
    default: return record.id;
  }
}

// Runs the migrations between oldVersion and newVersion (from onupgradeneeded).
export function migrate(db, tx, oldVersion, newVersion = DB_VERSION) {
  for (const m of MIGRATIONS) {
    if (m.version > oldVersion && m.version <= newVersion) m.up(db, tx);
  }
}
