// web/storage/subscriptions.mjs: the first run seeds the store from the bundled list, later
// runs read the store only; edits keep the reader's order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryBackend } from '../../web/storage/backends.mjs';
import { FeedStore } from '../../web/storage/store.mjs';
import { appFeedList, feedListEntries, saveSubscription, startingSubscriptions } from '../../web/storage/subscriptions.mjs';

const BASE = 'https://me.example/app/';
const BUNDLED = JSON.stringify({ feeds: [
  { url: 'feeds/b.xml', title: 'B', folder: 'News' },
  { url: 'feeds/a.xml', title: 'A' },
  { url: 'javascript:alert(1)', title: 'bad' },
  { title: 'no url' },
] });
const NOW = 1767888000;

test('the first run seeds the store from the bundled list, absolute and in its order', async () => {
  const store = new FeedStore(new MemoryBackend());
  let asked = 0;
  const subs = await startingSubscriptions(store, () => { asked += 1; return BUNDLED; }, BASE, NOW);
  assert.equal(asked, 1);
  assert.deepEqual(subs.map((s) => [s.url, s.title, s.folder]), [
    ['https://me.example/app/feeds/b.xml', 'B', 'News'],
    ['https://me.example/app/feeds/a.xml', 'A', ''],
  ]);
  assert.equal((await store.subscriptions()).length, 2);
});

test('after seeding the store is the truth: the bundled list is not read again', async () => {
  const store = new FeedStore(new MemoryBackend());
  await startingSubscriptions(store, () => BUNDLED, BASE, NOW);
  await saveSubscription(store, { url: 'https://x.example/feed', title: 'X', folder: 'Tech' }, NOW + 5);
  await store.dropSubscription('https://me.example/app/feeds/b.xml');
  const subs = await startingSubscriptions(store, () => { throw new Error('read again'); }, BASE, NOW + 9);
  assert.deepEqual(subs.map((s) => s.url), ['https://me.example/app/feeds/a.xml', 'https://x.example/feed']);
});

test('removing every feed does not bring the bundled ones back', async () => {
  const store = new FeedStore(new MemoryBackend());
  for (const s of await startingSubscriptions(store, () => BUNDLED, BASE, NOW)) await store.unsubscribe(s.id);
  assert.deepEqual(await startingSubscriptions(store, () => BUNDLED, BASE, NOW), []);
});

test('a store with subscriptions from before seeding existed (a restored backup) is kept as it is', async () => {
  const store = new FeedStore(new MemoryBackend());
  await store.subscribe({ url: 'https://old.example/rss', title: 'Old' }, NOW);
  const subs = await startingSubscriptions(store, () => BUNDLED, BASE, NOW);
  assert.deepEqual(subs.map((s) => s.url), ['https://old.example/rss']);
});

test('a rename or move updates the record in place; an add goes last', async () => {
  const store = new FeedStore(new MemoryBackend());
  await startingSubscriptions(store, () => BUNDLED, BASE, NOW);
  await saveSubscription(store, { url: 'https://me.example/app/feeds/b.xml', title: 'Bee', folder: 'World' });
  await saveSubscription(store, { url: 'https://z.example/', title: '', folder: '' });
  const subs = await startingSubscriptions(store, () => BUNDLED, BASE, NOW);
  assert.deepEqual(subs.map((s) => [s.title, s.folder]), [['Bee', 'World'], ['A', ''], ['', '']]);
  assert.equal(subs[0].addedAt, NOW, 'the first-added time is kept');
});

test('dropping a subscription keeps its items for an undo; unsubscribing deletes them', async () => {
  const store = new FeedStore(new MemoryBackend());
  await store.subscribe({ url: 'u' }, NOW);
  await store.putItems('u', [{ id: 'i', title: 't', link: '', published: NOW }], NOW);
  await store.dropSubscription('u');
  assert.equal((await store.subscriptions()).length, 0);
  assert.equal((await store.items('u')).length, 1);
  await store.unsubscribe('u');
  assert.equal((await store.items('u')).length, 0);
});

test('page-address feeds join the app list for the visit, once, after the stored ones', () => {
  const list = JSON.parse(appFeedList([{ url: 'https://a.example/', title: 'A', folder: '' }],
                                      ['https://a.example/', 'https://b.example/', 'https://b.example/']));
  assert.deepEqual(list.feeds, [
    { url: 'https://a.example/', title: 'A', folder: '' },
    { url: 'https://b.example/', title: '', folder: 'From the link', visit: true },
  ]);
  assert.deepEqual(feedListEntries('not json', BASE), []);
});
