// web/net/feed_source.mjs reports each feed's fetch starting and ending (the sidebar's
// "fetching" mark), including fetches that end in a 304 or a failure, which deliver nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedSource } from '../../web/net/feed_source.mjs';
import { MemoryBackend } from '../../web/storage/backends.mjs';
import { FeedStore } from '../../web/storage/store.mjs';

const NOW = 1767888000;
const bytes = (s) => new TextEncoder().encode(s);
const policy = {
  record: (state, o) => (o.status >= 400 ? { ...state, nextDue: NOW + 300, error: { kind: 'http', message: `HTTP ${o.status}` } }
                                          : { ...state, nextDue: NOW + 3600, error: {} }),
  manualAllowed: () => true,
  parseCheck: () => '',
};

test('busy is reported around every fetch: first load, a 304 refresh and a failed one', async () => {
  const responses = [{ status: 200, bytes: bytes('<rss/>') }, { status: 304, notModified: true, bytes: null },
                     { status: 500, bytes: bytes('no') }];
  const events = [];
  const source = new FeedSource({
    fetcher: { fetchFeed: async () => ({ error: null, ...responses.shift() }) },
    store: new FeedStore(new MemoryBackend()), policy, now: () => NOW, doc: null, win: null,
    deliver: () => events.push('deliver'), fail: () => events.push('fail'),
    busy: (index, on) => events.push(`${index}:${on ? 'busy' : 'idle'}`),
  });
  await source.load(3, 'https://e.example/f', 'E');
  await source.refreshAll({ manual: true });
  await source.refreshAll({ manual: true });
  assert.deepEqual(events, ['3:busy', 'deliver', '3:idle', '3:busy', '3:idle', '3:busy', '3:idle']);
  source.stop();
});
