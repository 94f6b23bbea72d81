// web/net/find_feed.mjs with a fake fetcher: a feed is taken as it is, a web page gives its
// first announced feed, everything else is an answer with a reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFeed } from '../../web/net/find_feed.mjs';
import { feedLinksFrom } from '../../web/net/discover.mjs';

const enc = (s) => new TextEncoder().encode(s);
const fetcherFor = (result) => ({ fetchFeed: async (url) => ({ url, status: 200, ...result }) });
const parseCheck = (bytes) => (new TextDecoder().decode(bytes).startsWith('<rss') ? '' : 'not a feed: no RSS, Atom or JSON Feed found');
// A DOMParser-free discover: the page's links as [rel|type|href] lines.
const discover = (html, base) => feedLinksFrom(html.split('\n').filter(Boolean).map((l) => {
  const [rel, type, href] = l.split('|');
  return { rel, type, href };
}), base);

test('a feed address is added as typed', async () => {
  const r = await findFeed(fetcherFor({ bytes: enc('<rss version="2.0"/>'), contentType: 'application/rss+xml' }),
                           parseCheck, 'https://a.example/feed', discover);
  assert.deepEqual(r, { url: 'https://a.example/feed', title: '', found: 1 });
});

test("a web page gives the first feed it announces, resolved against the page's final address", async () => {
  const html = '<!doctype html>\nstylesheet|text/css|/s.css\nalternate|application/atom+xml|/atom.xml\nalternate|application/rss+xml|rss.xml';
  const r = await findFeed(fetcherFor({ bytes: enc(html), contentType: 'text/html', finalUrl: 'https://b.example/blog/' }),
                           parseCheck, 'https://b.example/blog', discover);
  assert.deepEqual(r, { url: 'https://b.example/atom.xml', title: '', found: 2 });
});

test('nothing usable is an error that says why', async () => {
  const page = await findFeed(fetcherFor({ bytes: enc('<!doctype html><p>hi'), contentType: 'text/html' }),
                              parseCheck, 'https://c.example/', discover);
  assert.match(page.error, /^No feed found: https:\/\/c\.example\/ is a web page that announces no feed\.$/);
  const text = await findFeed(fetcherFor({ bytes: enc('hello'), contentType: 'text/plain' }), parseCheck, 'https://c.example/x', discover);
  assert.match(text.error, /^No feed found at https:\/\/c\.example\/x: not a feed/);
  const http = await findFeed(fetcherFor({ status: 404, bytes: enc('') }), parseCheck, 'https://c.example/y', discover);
  assert.match(http.error, /HTTP 404/);
  const net = await findFeed({ fetchFeed: async () => ({ error: { kind: 'network', message: 'connection refused' } }) },
                             parseCheck, 'https://c.example/z', discover);
  assert.equal(net.error, 'Could not reach https://c.example/z: connection refused.');
});
