// web/net/fetcher.mjs against a real HTTP server on 127.0.0.1 (node's fetch). CORS refusals,
// which node does not enforce, are simulated by a fetch wrapper that rejects direct requests
// to a "foreign" origin the way a browser does (TypeError, no response).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { FeedFetcher } from '../../web/net/fetcher.mjs';
import { Limiter } from '../../web/net/limiter.mjs';
import { parseProxyList, proxiedUrl } from '../../web/net/proxy_url.mjs';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';
let server, base;
const seen = [];
let active = 0, maxActive = 0;

before(async () => {
  server = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://x');
    seen.push({ path: u.pathname + u.search, headers: req.headers });
    if (u.pathname === '/feed.xml') {
      if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304, { ETag: '"v1"' }); return res.end(); }
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: '"v1"',
                           'Cache-Control': 'max-age=900', 'Last-Modified': 'Thu, 08 Jan 2026 12:00:00 GMT' });
      return res.end(FEED);
    }
    if (u.pathname === '/slow') { setTimeout(() => { res.writeHead(200); res.end(FEED); }, 1500); return; }
    if (u.pathname === '/big') {
      res.writeHead(200, { 'Content-Type': 'application/xml' });  // chunked: no Content-Length
      let sent = 0;
      const push = () => {
        while (sent < 400_000) {
          sent += 10_000;
          if (!res.write('x'.repeat(10_000))) return res.once('drain', push);
        }
        res.end();
      };
      return push();
    }
    if (u.pathname === '/declared-big') {
      res.writeHead(200, { 'Content-Length': '5000000' });
      return res.end();  // lies; the cap refuses on the header alone
    }
    if (u.pathname === '/hold') {
      active += 1;
      maxActive = Math.max(maxActive, active);
      setTimeout(() => { active -= 1; res.writeHead(200); res.end(FEED); }, 80);
      return;
    }
    if (u.pathname === '/fail') { res.writeHead(500, { 'Retry-After': '60' }); return res.end('down'); }
    if (u.pathname === '/proxy') {
      const target = u.searchParams.get('url') || '';
      if (target.endsWith('/moved')) {
        res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'X-Feedview-Final-Url': `${base}/feed.xml`,
                             'X-Feedview-Moved-Permanently': '1' });
        return res.end(FEED);
      }
      res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: '"p1"' });
      return res.end(FEED);
    }
    res.writeHead(404);
    res.end('no');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  setTimeout(() => server.close(), 60_000).unref();  // stops by itself
});
after(() => server.close());

// Direct requests to http://feeds.example/ fail like a CORS refusal; everything else is real.
function corsWorld(calls = []) {
  return (url, init) => {
    calls.push({ url: String(url), init });
    if (String(url).startsWith('http://feeds.example/')) return Promise.reject(new TypeError('Failed to fetch'));
    return fetch(url, init);
  };
}

test('a second fetch with the stored ETag sends If-None-Match and reports 304 as not modified', async () => {
  const f = new FeedFetcher({ baseUrl: `${base}/`, proxies: [] });
  const first = await f.fetchFeed('feed.xml');
  assert.equal(first.error, null);
  assert.equal(first.status, 200);
  assert.equal(new TextDecoder().decode(first.bytes), FEED);
  assert.equal(first.etag, '"v1"');
  assert.equal(first.cacheControl, 'max-age=900');
  assert.match(first.contentType, /charset=utf-8/);

  const second = await f.fetchFeed('feed.xml', { etag: first.etag, lastModified: first.lastModified });
  assert.equal(second.status, 304);
  assert.equal(second.notModified, true);
  assert.equal(second.bytes, null);
  const req = seen.at(-1);
  assert.equal(req.headers['if-none-match'], '"v1"');
  assert.equal(req.headers['if-modified-since'], 'Thu, 08 Jan 2026 12:00:00 GMT');
});

test('a request that takes longer than the time limit ends as a timeout', async () => {
  const f = new FeedFetcher({ baseUrl: `${base}/`, timeoutMs: 200, proxies: [] });
  const r = await f.fetchFeed('slow');
  assert.equal(r.error.kind, 'timeout');
});

test('a streamed body larger than the cap is cut off as too large', async () => {
  const f = new FeedFetcher({ baseUrl: `${base}/`, maxBytes: 50_000, proxies: [] });
  const r = await f.fetchFeed('big');
  assert.equal(r.error.kind, 'too-large');
  assert.match(r.error.message, /50000/);
});

test('a Content-Length above the cap is refused before reading', async () => {
  const f = new FeedFetcher({ baseUrl: `${base}/`, maxBytes: 1000, proxies: [] });
  const r = await f.fetchFeed('declared-big');
  assert.equal(r.error.kind, 'too-large');
});

test('no more than `concurrency` requests run at once', async () => {
  maxActive = 0;
  const f = new FeedFetcher({ baseUrl: `${base}/`, concurrency: 2, proxies: [] });
  const results = await Promise.all(Array.from({ length: 7 }, () => f.fetchFeed('hold')));
  assert.ok(results.every((r) => r.status === 200));
  assert.equal(maxActive, 2);
});

test('an HTTP error is a result with its status and Retry-After, not a thrown error', async () => {
  const f = new FeedFetcher({ baseUrl: `${base}/`, proxies: [] });
  const r = await f.fetchFeed('fail');
  assert.equal(r.error, null);
  assert.equal(r.status, 500);
  assert.equal(r.retryAfter, '60');
});

test('a CORS failure falls back to the proxy, which is then tried first for that feed', async () => {
  const calls = [];
  const f = new FeedFetcher({ baseUrl: `${base}/app/`, fetchImpl: corsWorld(calls),
                              proxies: ['../proxy?url={url}'] });
  const r = await f.fetchFeed('http://feeds.example/a.xml');
  assert.equal(r.error, null);
  assert.equal(r.status, 200);
  assert.equal(r.viaProxy, '../proxy?url={url}');
  assert.equal(calls.length, 2);
  assert.equal(calls[0].url, 'http://feeds.example/a.xml');
  assert.equal(calls[1].url, `${base}/proxy?url=${encodeURIComponent('http://feeds.example/a.xml')}`);

  calls.length = 0;
  const again = await f.fetchFeed('http://feeds.example/a.xml', { viaProxy: r.viaProxy, etag: '"p1"' });
  assert.equal(calls.length, 1, 'the remembered proxy goes first');
  assert.match(calls[0].url, /\/proxy\?url=/);
  assert.equal(calls[0].init.headers['If-None-Match'], '"p1"');
  assert.equal(again.status, 200);
});

test('other feeds of an origin that failed direct go to the proxy first in the same session', async () => {
  const calls = [];
  const f = new FeedFetcher({ baseUrl: `${base}/`, fetchImpl: corsWorld(calls), proxies: ['proxy?url={url}'] });
  await f.fetchFeed('http://feeds.example/a.xml');
  calls.length = 0;
  await f.fetchFeed('http://feeds.example/b.xml');
  assert.equal(calls.length, 1);
  assert.match(calls[0].url, /\/proxy\?url=/);
});

test('cross-origin direct requests carry no conditional headers (no CORS preflight)', async () => {
  const calls = [];
  const f = new FeedFetcher({ baseUrl: 'http://app.example/', fetchImpl: corsWorld(calls), proxies: [] });
  const r = await f.fetchFeed(`${base}/feed.xml`, { etag: '"v1"' });
  assert.equal(calls[0].init.headers['If-None-Match'], undefined);
  assert.equal(calls[0].init.cache, 'no-cache');
  // The browser cache revalidated and handed back the same ETag: unchanged.
  assert.equal(r.status, 200);
  assert.equal(r.notModified, true);
});

test('the Accept header stays CORS-safelisted (at most 128 bytes)', async () => {
  const calls = [];
  const f = new FeedFetcher({ baseUrl: 'http://app.example/', fetchImpl: corsWorld(calls), proxies: [] });
  await f.fetchFeed(`${base}/feed.xml`);
  assert.ok(calls[0].init.headers.Accept.length <= 128);
});

test('revalidate: false sends plain requests the caches may answer', async () => {
  const calls = [];
  const f = new FeedFetcher({ baseUrl: `${base}/`, fetchImpl: corsWorld(calls), proxies: [], revalidate: false });
  await f.fetchFeed('feed.xml', { etag: '"v1"' });
  assert.equal(calls[0].init.cache, 'default');
  assert.equal(calls[0].init.headers['If-None-Match'], undefined);
});

test('without a proxy a CORS-like failure is reported as cors', async () => {
  const f = new FeedFetcher({ baseUrl: `${base}/`, fetchImpl: corsWorld(), proxies: [] });
  const r = await f.fetchFeed('http://feeds.example/a.xml');
  assert.equal(r.error.kind, 'cors');
});

test('when the proxy cannot be reached either, it is a network error; offline when the browser says so', async () => {
  const f = new FeedFetcher({ baseUrl: 'http://127.0.0.1:1/', fetchImpl: corsWorld(), proxies: ['proxy?url={url}'] });
  const r = await f.fetchFeed('http://feeds.example/a.xml');
  assert.equal(r.error.kind, 'network');
  const off = new FeedFetcher({ baseUrl: 'http://127.0.0.1:1/', fetchImpl: corsWorld(), proxies: ['proxy?url={url}'],
                                isOnline: () => false });
  assert.equal((await off.fetchFeed('http://feeds.example/a.xml')).error.kind, 'offline');
});

test("the proxy's permanent-redirect headers come back as finalUrl and movedPermanently", async () => {
  const f = new FeedFetcher({ baseUrl: `${base}/`, fetchImpl: corsWorld(), proxies: ['proxy?url={url}'] });
  const r = await f.fetchFeed('http://feeds.example/moved');
  assert.equal(r.finalUrl, `${base}/feed.xml`);
  assert.equal(r.movedPermanently, true);
});

test('a cancelled fetch reports aborted', async () => {
  const f = new FeedFetcher({ baseUrl: `${base}/`, proxies: [] });
  const c = new AbortController();
  const p = f.fetchFeed('slow', { signal: c.signal });
  setTimeout(() => c.abort(), 50);
  assert.equal((await p).error.kind, 'aborted');
});

test('only http(s) feed URLs are fetched', async () => {
  const f = new FeedFetcher({ baseUrl: `${base}/`, proxies: [] });
  const r = await f.fetchFeed('javascript:alert(1)');
  assert.equal(r.error.kind, 'network');
  assert.match(r.error.message, /http/);
});

test('proxy templates: {url} encoded, resolved against the page, junk dropped', () => {
  assert.equal(proxiedUrl('proxy?url={url}', 'https://a.example/f?x=1&y=2', 'https://me.example/sub/'),
               'https://me.example/sub/proxy?url=https%3A%2F%2Fa.example%2Ff%3Fx%3D1%26y%3D2');
  assert.equal(proxiedUrl('proxy', 'https://a.example/', 'https://me.example/'), null);
  assert.equal(proxiedUrl('javascript:{url}', 'https://a.example/', 'https://me.example/'), null);
  assert.deepEqual(parseProxyList('proxy?url={url}| https://p.example/?u={url} |nothing|proxy?url={url}'),
                   ['proxy?url={url}', 'https://p.example/?u={url}']);
});

test('the limiter runs queued tasks in order and survives a failing task', async () => {
  const l = new Limiter(1);
  const order = [];
  const a = l.run(async () => { order.push('a'); throw new Error('boom'); });
  const b = l.run(async () => { order.push('b'); return 2; });
  await assert.rejects(a, /boom/);
  assert.equal(await b, 2);
  assert.deepEqual(order, ['a', 'b']);
  assert.equal(l.pending, 0);
});
