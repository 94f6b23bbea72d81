// web/net/feed_source.mjs with a response that ends early: it is shown (the app keeps the
// items it lacks) but never replaces a stored whole response, and its validators are not
// kept, so the next fetch asks for the whole feed instead of a 304 for the cut copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedSource } from '../../web/net/feed_source.mjs';
import { MemoryBackend } from '../../web/storage/backends.mjs';
import { FeedStore } from '../../web/storage/store.mjs';

const NOW = 1767888000;
const enc = (s) => new TextEncoder().encode(s);
const dec = (b) => new TextDecoder().decode(b);

// Like the real policy: a full answer defines the validators (none when it has none).
const policy = {
  record(state, o, url) {
    if (o.parseError) return { ...state, url, nextDue: NOW + 300, error: { kind: 'parse', message: o.parseError } };
    return { ...state, url, etag: o.etag, lastModified: o.lastModified, nextDue: NOW + 3600, error: {} };
  },
  manualAllowed: () => true,
  // A body without its closing tag parses, but ends early.
  parseCheck: (b) => ({ error: '', hints: '', truncated: !dec(b).endsWith('</rss>') }),
};

function harness(responses) {
  const calls = [], delivered = [];
  const store = new FeedStore(new MemoryBackend());
  const source = new FeedSource({
    fetcher: { async fetchFeed(url, opts) { calls.push(opts); return { status: 200, error: null, ...responses.shift() }; } },
    store, policy, now: () => NOW, doc: null, win: null,
    deliver: (i, b) => delivered.push(dec(b)),
    fail: () => assert.fail('no failure expected'),
  });
  return { source, store, calls, delivered };
}

test('a truncated refresh is shown but the stored whole response stays', async () => {
  const whole = '<rss><item>1</item><item>2</item></rss>';
  const cut = '<rss><item>0</item><item>1</it';
  const h = harness([{ bytes: enc(whole), etag: '"v1"' }, { bytes: enc(cut), etag: '"v2"' },
                     { bytes: enc(whole), etag: '"v3"' }]);
  await h.source.load(0, 'https://e.example/f', 'E');
  await h.source.refreshAll({ manual: true });
  assert.deepEqual(h.delivered, [whole, cut], 'the cut copy is handed to the app (which merges)');
  assert.equal(dec((await h.store.response('https://e.example/f')).bytes), whole, 'the stored copy is still whole');
  assert.equal((await h.store.fetchMeta('https://e.example/f')).etag, '', 'the cut copy\'s ETag is not kept');
  await h.source.refreshAll({ manual: true });
  assert.equal(h.calls[2].etag, '', 'the next fetch is unconditional');
  h.source.stop();
});

test('a truncated first response is stored when nothing better is', async () => {
  const cut = '<rss><item>1</item><item>2</it';
  const h = harness([{ bytes: enc(cut), etag: '"v1"' }]);
  await h.source.load(0, 'https://e.example/g', 'G');
  assert.deepEqual(h.delivered, [cut]);
  assert.equal(dec((await h.store.response('https://e.example/g')).bytes), cut);
  h.source.stop();
});
