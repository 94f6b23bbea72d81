// web/net/feed_source.mjs: stored bytes first, conditional refresh, failures keep what is
// shown. The fetcher and the policy are stand-ins (the real policy is C++, tested in
// tests/core/refresh and in Chromium); the store is the real one over memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedSource } from '../../web/net/feed_source.mjs';
import { pageParams, withExtraFeeds } from '../../web/net/page_params.mjs';
import { MemoryBackend } from '../../web/storage/backends.mjs';
import { FeedStore } from '../../web/storage/store.mjs';

const NOW = 1767888000;
const bytes = (s) => new TextEncoder().encode(s);

// Success: due in an hour, validators kept; failure: error with a message, due in 5 min.
const policy = {
  record(state, o, url) {
    const failed = o.error || o.parseError || o.status >= 400;
    if (failed) {
      const kind = o.error ? o.error.kind : o.parseError ? 'parse' : 'http';
      return { ...state, url: state.url || url, nextDue: NOW + 300,
               error: { kind, message: o.parseError || (o.error ? o.error.message : `HTTP ${o.status}`) } };
    }
    return { ...state, url: state.url || url, etag: o.etag || state.etag || '', nextDue: NOW + 3600, error: {} };
  },
  manualAllowed: () => true,
  parseCheck: (b) => (new TextDecoder().decode(b).startsWith('<rss') ? '' : 'not a feed: HTML page'),
};

function harness(responses) {
  const calls = [];
  const delivered = [], failed = [], stale = [], notices = new Map();
  const fetcher = {
    async fetchFeed(url, opts) {
      calls.push({ url, opts });
      return { status: 200, error: null, ...responses.shift() };
    },
  };
  const store = new FeedStore(new MemoryBackend());
  const source = new FeedSource({
    fetcher, store, policy, now: () => NOW, doc: null, win: null,
    deliver: (i, b, u) => delivered.push({ i, text: new TextDecoder().decode(b), u }),
    fail: (i, m) => failed.push({ i, m }),
    stale: (i, m) => stale.push({ i, m }),
    notify: (k, t) => (t ? notices.set(k, t) : notices.delete(k)),
  });
  return { source, store, calls, delivered, failed, stale, notices };
}

test('first load fetches, delivers and stores; the next visit shows the stored copy without fetching', async () => {
  const h = harness([{ bytes: bytes('<rss>1</rss>'), etag: '"v1"', contentType: 'text/xml' }]);
  await h.source.load(0, 'https://e.example/f', 'E');
  assert.deepEqual(h.delivered.map((d) => d.text), ['<rss>1</rss>']);
  assert.equal(h.calls[0].opts.etag, '', 'no validators without a stored body');

  const again = new FeedSource({ fetcher: { fetchFeed: () => assert.fail('not due') }, store: h.store, policy,
                                 now: () => NOW + 60, doc: null, win: null,
                                 deliver: (i, b) => h.delivered.push({ text: new TextDecoder().decode(b) }),
                                 fail: () => assert.fail('no failure') });
  await again.load(0, 'https://e.example/f');
  assert.deepEqual(h.delivered.map((d) => d.text), ['<rss>1</rss>', '<rss>1</rss>']);
  again.stop();
  h.source.stop();
});

test('a manual refresh sends the stored ETag and a 304 changes nothing on screen', async () => {
  const h = harness([{ bytes: bytes('<rss>1</rss>'), etag: '"v1"' }, { status: 304, notModified: true, bytes: null }]);
  await h.source.load(0, 'u', 'U');
  await h.source.refreshAll({ manual: true });
  assert.equal(h.calls[1].opts.etag, '"v1"');
  assert.equal(h.delivered.length, 1);
  assert.equal(h.failed.length, 0);
  h.source.stop();
});

test('a failed refresh keeps the shown items and shows the error as a notice', async () => {
  const h = harness([{ bytes: bytes('<rss>1</rss>') }, { status: 500, bytes: bytes('oops') }]);
  await h.source.load(3, 'u', 'Example');
  await h.source.refreshAll({ manual: true });
  assert.equal(h.failed.length, 0);
  assert.equal(h.notices.get('feed:u'), 'Example: HTTP 500');
  assert.equal(new TextDecoder().decode((await h.store.response('u')).bytes), '<rss>1</rss>');
  h.source.stop();
});

test('a failed refresh marks the shown feed stale with the message; a later 304 clears it', async () => {
  const h = harness([{ bytes: bytes('<rss>1</rss>'), etag: '"v1"' }, { bytes: bytes('<html>') },
                     { status: 304, notModified: true, bytes: null }]);
  await h.source.load(2, 'u', 'Example');
  assert.deepEqual(h.stale, [], 'the first load has nothing to mark');
  await h.source.refreshAll({ manual: true });
  assert.deepEqual(h.stale, [{ i: 2, m: 'not a feed: HTML page' }]);
  assert.equal(h.failed.length, 0, 'the shown items are not dropped');
  await h.source.refreshAll({ manual: true });
  assert.deepEqual(h.stale.at(-1), { i: 2, m: '' });
  h.source.stop();
});

test('a feed with nothing stored that fails is reported to the app', async () => {
  const h = harness([{ status: 0, error: { kind: 'timeout', message: 'Timed out' } }]);
  await h.source.load(1, 'u');
  assert.deepEqual(h.failed, [{ i: 1, m: 'Timed out' }]);
  h.source.stop();
});

test('a changed response that does not parse never replaces the stored one', async () => {
  const h = harness([{ bytes: bytes('<rss>good</rss>') }, { bytes: bytes('<html>') }]);
  await h.source.load(0, 'u', 'U');
  await h.source.refreshAll({ manual: true });
  assert.equal(h.delivered.length, 1);
  assert.match(h.notices.get('feed:u'), /HTML page/);
  assert.equal(new TextDecoder().decode((await h.store.response('u')).bytes), '<rss>good</rss>');
  h.source.stop();
});

test("a feed's own schedule hints reach the policy and are kept with the fetch metadata", async () => {
  const seen = [];
  const h = harness([{ bytes: bytes('<rss>1</rss>') }, { status: 304, notModified: true }]);
  h.source.policy = { ...policy,
    parseCheck: () => ({ error: '', hints: '{"ttlMinutes":120}' }),
    record: (state, o, url, now, hints) => { seen.push(hints); return policy.record(state, o, url); } };
  await h.source.load(0, 'u', 'U');
  await h.source.refreshAll({ manual: true });
  assert.deepEqual(seen, ['{"ttlMinutes":120}', '{"ttlMinutes":120}']);
  assert.equal((await h.store.fetchMeta('u')).hints, '{"ttlMinutes":120}');
  h.source.stop();
});

test('?feed= parameters are added to the feed list once, http(s) only', () => {
  const p = pageParams('?feed=https://a.example/f&feed=javascript:x&feed=https://a.example/f&opml=lists/o.xml',
                       'https://me.example/app/');
  assert.deepEqual(p, { feeds: ['https://a.example/f'], opml: 'https://me.example/app/lists/o.xml' });
  const list = JSON.parse(withExtraFeeds('{"feeds":[{"url":"feeds/x.xml","title":"X"}]}', p.feeds));
  assert.deepEqual(list.feeds.map((f) => f.url), ['https://a.example/f', 'feeds/x.xml']);
  assert.deepEqual(JSON.parse(withExtraFeeds('broken', ['https://b.example/'])).feeds.length, 1);
  assert.deepEqual(pageParams('?feed=&opml=', 'https://me.example/'), { feeds: [], opml: '' });
  assert.deepEqual(pageParams('', 'https://me.example/'), { feeds: [], opml: '' });
});
