// Two storage backends with one small async interface — get, getAll, getAllKeys, getAllFor
// (items of one feed), put, delete — so the store's logic is the same over IndexedDB and over memory (tests,
// private windows, broken storage).
import { DB_NAME, DB_VERSION, STORES, keyOf, migrate } from './schema.mjs';

const keyString = (key) => JSON.stringify(key);

export class MemoryBackend {
  constructor() {
    this.kind = 'memory';
    this.data = new Map(STORES.map((s) => [s, new Map()]));
  }

  async get(store, key) {
    const v = this.data.get(store).get(keyString(key));
    return v === undefined ? undefined : structuredClone(v);
  }

  async getAll(store) {
    return [...this.data.get(store).values()].map((v) => structuredClone(v));
  }

  async getAllKeys(store) {
    return [...this.data.get(store).values()].map((r) => keyOf(store, r));
  }

  async getAllFor(store, feedId) {
    return (await this.getAll(store)).filter((r) => r.feedId === feedId);
  }

  async put(store, record) {
    this.data.get(store).set(keyString(keyOf(store, record)), structuredClone(record));
  }

  async putMany(store, records) {
    for (const r of records) await this.put(store, r);
  }

  async delete(store, key) {
    this.data.get(store).delete(keyString(key));
  }

  close() {}
}

function promised(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new DOMException('transaction aborted', 'AbortError'));
  });
}

// Opens (creating or migrating) the database; rejects when storage is blocked (private mode
// in some browsers, disabled by policy) or when another tab holds an older version open for
// longer than `blockedMs`.
export function openIdb({ indexedDB = globalThis.indexedDB, name = DB_NAME, version = DB_VERSION,
                          blockedMs = 3000 } = {}) {
  return new Promise((resolve, reject) => {
    if (!indexedDB) return reject(new Error('IndexedDB is not available'));
    let request;
    try {
      request = indexedDB.open(name, version);
    } catch (err) {
      return reject(err);
    }
    const timer = setTimeout(() => reject(new Error('storage is blocked by another feedview tab')), blockedMs);
    request.onupgradeneeded = (e) => migrate(request.result, request.transaction, e.oldVersion, version);
    request.onsuccess = () => {
      clearTimeout(timer);
      const db = request.result;
      // A newer feedview in another tab wants to upgrade: let it (this tab then reloads).
      db.onversionchange = () => db.close();
      resolve(new IdbBackend(db));
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error);
    };
  });
}

export class IdbBackend {
  constructor(db) {
    this.kind = 'indexeddb';
    this.db = db;
  }

  async get(store, key) {
    const tx = this.db.transaction(store, 'readonly');
    return promised(tx.objectStore(store).get(key));
  }

  async getAll(store) {
    const tx = this.db.transaction(store, 'readonly');
    return promised(tx.objectStore(store).getAll());
  }

  async getAllKeys(store) {
    const tx = this.db.transaction(store, 'readonly');
    return promised(tx.objectStore(store).getAllKeys());
  }

  async getAllFor(store, feedId) {
    const tx = this.db.transaction(store, 'readonly');
    return promised(tx.objectStore(store).index('feedId').getAll(feedId));
  }

  async put(store, record) {
    return this.putMany(store, [record]);
  }

  async putMany(store, records) {
    const tx = this.db.transaction(store, 'readwrite');
    const os = tx.objectStore(store);
    for (const r of records) os.put(r);
    await done(tx);
  }

  async delete(store, key) {
    const tx = this.db.transaction(store, 'readwrite');
    tx.objectStore(store).delete(key);
    await done(tx);
  }

  close() {
    this.db.close();
  }
}
