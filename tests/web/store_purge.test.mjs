// FeedStore.purgeUnlisted: at start-up the page deletes what is stored for feeds that are no
// longer listed (a removal whose 8 s undo never ran out because the tab closed), keeping
// starred items as unsubscribe() does, and never touching a listed feed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryBackend } from '../../web/storage/backends.mjs';
import { FeedStore } from '../../web/storage/store.mjs';

const NOW = 1767888000;
const item = (id) => ({ id, title: `T ${id}`, link: `https://e.example/${id}`, published: NOW - 60 });

async function storeWithTwoFeeds() {
  const s = new FeedStore(new MemoryBackend());
  for (const url of ['https://kept.example/f', 'https://gone.example/f']) {
    await s.subscribe({ url }, NOW);
    await s.putItems(url, [item('a'), item('b')], NOW);
    await s.putFetchMeta(url, { url, nextDue: NOW });
    await s.putResponse(url, { url, bytes: new Uint8Array([60, 114]) }, NOW);
  }
  await s.putMarks([{ feed: 'https://gone.example/f', id: 'a', read: 1, starred: 1 },
                    { feed: 'https://gone.example/f', id: 'b', read: 1, starred: 0 }], NOW);
  await s.dropSubscription('https://gone.example/f');  // removed; the tab closed within the undo
  return s;
}

test('data of a feed no longer listed is purged, its starred items kept', async () => {
  const s = await storeWithTwoFeeds();
  const gone = await s.purgeUnlisted(['https://kept.example/f']);
  assert.deepEqual(gone, ['https://gone.example/f']);
  assert.equal(await s.response('https://gone.example/f'), undefined);
  assert.equal(await s.fetchMeta('https://gone.example/f'), undefined);
  assert.deepEqual((await s.items('https://gone.example/f')).map((i) => i.id), ['a'], 'the starred item stays');
  assert.equal((await s.items('https://kept.example/f')).length, 2, 'a listed feed keeps everything');
  assert.ok(await s.response('https://kept.example/f'));
  assert.ok(await s.fetchMeta('https://kept.example/f'));
});

test('a second purge finds nothing more to delete', async () => {
  const s = await storeWithTwoFeeds();
  await s.purgeUnlisted(['https://kept.example/f']);
  const marks = await s.marks();
  await s.purgeUnlisted(['https://kept.example/f']);
  assert.deepEqual(await s.marks(), marks);
});

test('when the stored keys cannot be read nothing is deleted', async () => {
  const backend = new MemoryBackend();
  const s = new FeedStore(backend);
  await s.putResponse('https://x.example/f', { url: 'https://x.example/f', bytes: new Uint8Array([1]) }, NOW);
  backend.getAllKeys = async () => { throw new Error('broken'); };
  assert.deepEqual(await s.purgeUnlisted([]), []);
  assert.ok(await s.response('https://x.example/f'));
});
