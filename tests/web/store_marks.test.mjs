// The dashboard's read/starred marks in web/storage/store.mjs: saved by (feed URL, item id)
// whether or not the item was stored before, read back for restoring, kept by putItems and
// carried by a backup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryBackend } from '../../web/storage/backends.mjs';
import { FeedStore } from '../../web/storage/store.mjs';

const NOW = 1767888000;
const FEED = 'https://a.example/feed';
const sorted = (marks) => [...marks].sort((x, y) => (x.feed + x.id).localeCompare(y.feed + y.id));

test('marks for items never stored are saved and read back', async () => {
  const s = new FeedStore(new MemoryBackend());
  assert.equal(await s.putMarks([{ feed: FEED, id: 'a1', read: 1, starred: 0 },
                                 { feed: FEED, id: 'a2', read: false, starred: true },
                                 { feed: 'https://b.example/', id: 'b1', read: 1, starred: 1 }], NOW), 3);
  assert.deepEqual(sorted(await s.marks()), [
    { feed: FEED, id: 'a1', read: 1, starred: 0 },
    { feed: FEED, id: 'a2', read: 0, starred: 1 },
    { feed: 'https://b.example/', id: 'b1', read: 1, starred: 1 },
  ]);
});

test('marking unread again is stored, and unmarked items are not listed as marks', async () => {
  const s = new FeedStore(new MemoryBackend());
  await s.putMarks([{ feed: FEED, id: 'a1', read: 1, starred: 0 }], NOW);
  await s.putMarks([{ feed: FEED, id: 'a1', read: 0, starred: 0 }], NOW);
  assert.deepEqual(await s.marks(), []);
  const [record] = await s.items(FEED);
  assert.equal(record.read, 0);
});

test('marks keep what putItems stored, and putItems keeps the marks', async () => {
  const s = new FeedStore(new MemoryBackend());
  await s.putItems(FEED, [{ id: 'a1', title: 'Title', link: 'https://a.example/1', published: NOW - 60 }], NOW);
  await s.putMarks([{ feed: FEED, id: 'a1', read: 1, starred: 1 }], NOW);
  const kept = await s.putItems(FEED, [{ id: 'a1', title: 'Edited', link: 'https://a.example/1', published: NOW - 60 }], NOW);
  assert.equal(kept[0].title, 'Edited');
  assert.equal(kept[0].read, 1);
  assert.equal(kept[0].starred, 1);
});

test('quick successive saves land in the order they were made', async () => {
  const s = new FeedStore(new MemoryBackend());
  const runs = [];
  for (let i = 0; i < 6; i += 1) runs.push(s.putMarks([{ feed: FEED, id: 'a1', read: i % 2, starred: 0 }], NOW));
  await Promise.all(runs);
  assert.equal((await s.items(FEED))[0].read, 1);
});

test('malformed marks are skipped without failing the others', async () => {
  const s = new FeedStore(new MemoryBackend());
  const n = await s.putMarks([null, 3, { feed: '', id: 'x', read: 1 }, { feed: FEED, id: 7, read: 1 },
                              { feed: FEED, id: 'ok', read: 1 }], NOW);
  assert.equal(n, 1);
  assert.equal(await s.putMarks('not a list', NOW), 0);
  assert.deepEqual(await s.marks(), [{ feed: FEED, id: 'ok', read: 1, starred: 0 }]);
});

test('a backup carries the marks into another store', async () => {
  const a = new FeedStore(new MemoryBackend());
  await a.putMarks([{ feed: FEED, id: 'a1', read: 1, starred: 1 }], NOW);
  const b = new FeedStore(new MemoryBackend());
  await b.importAll(JSON.parse(JSON.stringify(await a.exportAll(NOW))));
  assert.deepEqual(await b.marks(), [{ feed: FEED, id: 'a1', read: 1, starred: 1 }]);
});
