// web/storage/store.mjs over the memory backend and over backends that fail the ways browsers
// fail (blocked open, quota exceeded, corrupt records). The IndexedDB backend itself is
// exercised in Chromium (tests/browser/offline.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryBackend } from '../../web/storage/backends.mjs';
import { DB_VERSION, MIGRATIONS, migrate } from '../../web/storage/schema.mjs';
import { FeedStore } from '../../web/storage/store.mjs';
import { parseBackup } from '../../web/storage/backup_file.mjs';

const NOW = 1767888000;
const DAY = 86400;
const item = (id, published, extra = {}) => ({ id, title: `T ${id}`, link: `https://e.example/${id}`, published, ...extra });

class QuotaBackend extends MemoryBackend {
  constructor() {
    super();
    this.kind = 'indexeddb';
    this.full = false;
  }
  async putMany(store, records) {
    if (this.full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    return super.putMany(store, records);
  }
}

test('new items are stored; a second fetch keeps read and starred state', async () => {
  const s = new FeedStore(new MemoryBackend());
  await s.putItems('f', [item('a', NOW - 60), item('b', NOW - 120)], NOW);
  assert.equal(await s.setRead('f', 'a'), true);
  assert.equal(await s.setStarred('f', 'b'), true);
  const kept = await s.putItems('f', [item('a', NOW - 60, { title: 'edited' }), item('c', NOW)], NOW + 10);
  const byId = Object.fromEntries(kept.map((i) => [i.id, i]));
  assert.equal(byId.a.read, 1);
  assert.equal(byId.a.title, 'edited');
  assert.equal(byId.b.starred, 1);
  assert.equal(byId.c.read, 0);
  assert.equal((await s.items('f')).length, 3);
});

test('items older than the age bound are dropped, starred ones kept', async () => {
  const s = new FeedStore(new MemoryBackend(), { bounds: { maxAgeDays: 30, maxPerFeed: 100 } });
  // Seen when fresh; starred then; looked at again after they aged.
  await s.putItems('f', [item('old', NOW - 40 * DAY), item('oldstar', NOW - 90 * DAY)], NOW - 90 * DAY);
  await s.setStarred('f', 'oldstar');
  await s.putItems('f', [item('new', NOW - DAY)], NOW);
  await s.putItems('f', [], NOW);
  const ids = (await s.items('f')).map((i) => i.id).sort();
  assert.deepEqual(ids, ['new', 'oldstar']);
});

test('only the newest N items per feed are kept', async () => {
  const s = new FeedStore(new MemoryBackend(), { bounds: { maxAgeDays: 365, maxPerFeed: 3 } });
  const many = Array.from({ length: 6 }, (_, k) => item(`i${k}`, NOW - k * 60));
  const kept = await s.putItems('f', many, NOW);
  assert.deepEqual(kept.map((i) => i.id), ['i0', 'i1', 'i2']);
  assert.equal((await s.items('f')).length, 3);
  assert.equal((await s.items('other')).length, 0);
});

test('items without a date are bounded by when they were first seen', async () => {
  const s = new FeedStore(new MemoryBackend(), { bounds: { maxAgeDays: 1, maxPerFeed: 100 } });
  await s.putItems('f', [item('undated', null)], NOW - 3 * DAY);
  await s.putItems('f', [item('fresh', null)], NOW);
  assert.deepEqual((await s.items('f')).map((i) => i.id), ['fresh']);
});

test('storage that cannot open leaves a working memory store and a notice', async () => {
  const notices = [];
  const s = await FeedStore.open({ indexedDB: null, onNotice: (m) => notices.push(m) });
  assert.equal(s.persistent, false);
  assert.match(s.notice, /unavailable/);
  await s.subscribe({ url: 'https://e.example/feed' }, NOW);
  assert.equal((await s.subscriptions()).length, 1);
});

test('a full disk keeps new writes in memory, shows a notice and loses nothing stored', async () => {
  const backend = new QuotaBackend();
  const s = new FeedStore(backend);
  await s.putItems('f', [item('a', NOW)], NOW);
  backend.full = true;
  await s.putItems('f', [item('b', NOW)], NOW);
  await s.setStarred('f', 'a');
  assert.match(s.notice, /full/);
  const byId = Object.fromEntries((await s.items('f')).map((i) => [i.id, i]));
  assert.ok(byId.a && byId.b, 'both the stored and the unsaved item are listed');
  assert.equal(byId.a.starred, 1);
  // The stored copy is untouched: still there, still unstarred on disk.
  const onDisk = await backend.getAll('items');
  assert.equal(onDisk.length, 1);
  assert.equal(onDisk[0].starred, 0);
  // Once space is back the next write reaches the disk.
  backend.full = false;
  await s.setRead('f', 'b');
  assert.equal((await backend.getAll('items')).length, 2);
});

test('corrupt records are skipped with a notice and left in place', async () => {
  const backend = new MemoryBackend();
  await backend.put('items', { feedId: 'f', id: 'bad', title: 42 });
  await backend.put('items', { feedId: 'f', id: 'good', title: 'ok', link: '', published: NOW, read: 0, starred: 0 });
  const s = new FeedStore(backend);
  assert.deepEqual((await s.items('f')).map((i) => i.id), ['good']);
  assert.match(s.notice, /could not be read/);
  assert.equal((await backend.getAll('items')).length, 2, 'the bad record is not deleted');
});

test('export then import into an empty store restores everything; marks merge', async () => {
  const a = new FeedStore(new MemoryBackend());
  await a.subscribe({ url: 'https://e.example/feed', title: 'E' }, NOW);
  await a.putItems('https://e.example/feed', [item('x', NOW), item('y', NOW)], NOW);
  await a.setStarred('https://e.example/feed', 'x');
  await a.putFetchMeta('https://e.example/feed', { etag: '"1"', nextDue: NOW + 900 });
  await a.putSetting('theme', 'dark');
  const text = JSON.stringify(await a.exportAll(NOW));

  const b = new FeedStore(new MemoryBackend());
  await b.putItems('https://e.example/feed', [item('y', NOW)], NOW);
  await b.setRead('https://e.example/feed', 'y');
  const counts = await b.importAll(parseBackup(text));
  assert.deepEqual(counts, { subscriptions: 1, items: 2, fetchMeta: 1, settings: 1 });
  const byId = Object.fromEntries((await b.items('https://e.example/feed')).map((i) => [i.id, i]));
  assert.equal(byId.x.starred, 1);
  assert.equal(byId.y.read, 1, 'a read mark in the target survives the import');
  assert.equal((await b.fetchMeta('https://e.example/feed')).etag, '"1"');
  assert.equal(await b.setting('theme'), 'dark');
});

test('importing something that is not a backup changes nothing and says why', async () => {
  const s = new FeedStore(new MemoryBackend());
  await assert.rejects(s.importAll({ hello: 1 }), /not a feedview backup/);
  await assert.rejects(s.importAll({ format: 'feedview-backup', version: 9 }), /newer/);
  assert.throws(() => parseBackup('<opml/>'), /not JSON/);
  assert.equal((await s.subscriptions()).length, 0);
});

test('unsubscribing keeps starred items', async () => {
  const s = new FeedStore(new MemoryBackend());
  await s.subscribe({ url: 'u' }, NOW);
  await s.putItems('u', [item('keep', NOW), item('drop', NOW)], NOW);
  await s.setStarred('u', 'keep');
  await s.unsubscribe('u');
  assert.deepEqual((await s.items('u')).map((i) => i.id), ['keep']);
  assert.equal((await s.subscriptions()).length, 0);
});

test('the last good response is stored as a copy of its bytes', async () => {
  const s = new FeedStore(new MemoryBackend());
  const bytes = new TextEncoder().encode('<rss/>');
  await s.putResponse('f', { url: 'https://e.example/f', contentType: 'text/xml', bytes }, NOW);
  bytes[0] = 0;
  const r = await s.response('f');
  assert.equal(new TextDecoder().decode(r.bytes), '<rss/>');
  assert.equal(r.contentType, 'text/xml');
});

test('migrations run in order from any older version up to the current one', () => {
  const calls = [];
  const db = {
    createObjectStore: (name) => {
      calls.push(`store ${name}`);
      return { createIndex: (n) => calls.push(`index ${name}.${n}`) };
    },
  };
  const tx = { objectStore: (name) => ({ createIndex: (n) => calls.push(`index ${name}.${n}`) }) };
  migrate(db, tx, 0);
  assert.ok(calls.includes('store items') && calls.includes('index items.starred'));
  assert.ok(calls.indexOf('store items') < calls.indexOf('index items.starred'));
  calls.length = 0;
  migrate(db, tx, 1);
  assert.deepEqual(calls, ['index items.starred']);
  assert.equal(DB_VERSION, MIGRATIONS.at(-1).version);
});
