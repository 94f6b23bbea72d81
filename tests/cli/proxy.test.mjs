// `feedview serve`'s /proxy?url= as a browser app meets it: CORS headers, conditional GET both
// ways, redirects re-checked, size cap, and refusal of private targets unless allowed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startServe } from './lib.mjs';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Upstream</title></channel></rss>';
let upstream, upstreamUrl, site;
const seen = [];

before(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'fv-proxy-site-'));
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html>');
  upstream = http.createServer((req, res) => {
    seen.push({ url: req.url, headers: req.headers });
    if (req.url === '/feed.xml') {
      if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304, { ETag: '"v1"' }); return res.end(); }
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: '"v1"',
                           'Last-Modified': 'Thu, 08 Jan 2026 17:41:12 GMT', 'Cache-Control': 'max-age=600' });
      return res.end(FEED);
    }
    if (req.url === '/moved') { res.writeHead(301, { Location: '/feed.xml' }); return res.end(); }
    if (req.url === '/temp') { res.writeHead(302, { Location: '/moved' }); return res.end(); }
    if (req.url === '/loop') { res.writeHead(302, { Location: '/loop' }); return res.end(); }
    if (req.url === '/big') { res.writeHead(200, { 'Content-Type': 'application/xml' }); return res.end('x'.repeat(200_000)); }
    res.writeHead(404); res.end('no');
  });
  await new Promise((r) => upstream.listen(0, '127.0.0.1', r));
  upstreamUrl = `http://127.0.0.1:${upstream.address().port}`;
  // Stop the upstream by itself too, should the test runner die.
  setTimeout(() => upstream.close(), 120_000).unref();
});
after(() => upstream.close());

const proxied = (server, target, init) => fetch(server.url + 'proxy?url=' + encodeURIComponent(target), init);

test('proxy passes a feed through with CORS and caching headers', async () => {
  const server = await startServe(['--root', site, '--proxy-allow-private', '--proxy-max-bytes', '100000']);
  try {
    const res = await proxied(server, upstreamUrl + '/feed.xml', { headers: { Origin: 'http://example.test' } });
    assert.equal(res.status, 200);
    assert.equal(await res.text(), FEED);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-expose-headers'), /ETag/);
    assert.equal(res.headers.get('etag'), '"v1"');
    assert.equal(res.headers.get('last-modified'), 'Thu, 08 Jan 2026 17:41:12 GMT');
    assert.equal(res.headers.get('content-type'), 'application/rss+xml; charset=utf-8');

    // The second fetch is conditional, and 304 comes back through the proxy.
    const again = await proxied(server, upstreamUrl + '/feed.xml', { headers: { 'If-None-Match': '"v1"' } });
    assert.equal(again.status, 304);
    assert.equal(seen.at(-1).headers['if-none-match'], '"v1"');

    // Redirects are followed hop by hop; a chain with a temporary hop is not "moved permanently".
    const moved = await proxied(server, upstreamUrl + '/moved');
    assert.equal(moved.status, 200);
    assert.equal(moved.headers.get('x-feedview-final-url'), upstreamUrl + '/feed.xml');
    assert.equal(moved.headers.get('x-feedview-moved-permanently'), '1');
    const temp = await proxied(server, upstreamUrl + '/temp');
    assert.equal(temp.status, 200);
    assert.equal(temp.headers.get('x-feedview-moved-permanently'), null);

    const loop = await proxied(server, upstreamUrl + '/loop');
    assert.equal(loop.status, 508);
    assert.match(await loop.text(), /redirects/);

    const big = await proxied(server, upstreamUrl + '/big');
    assert.equal(big.status, 502);
    assert.match(await big.text(), /larger than 100000 bytes/);

    const preflight = await fetch(server.url + 'proxy?url=x', { method: 'OPTIONS' });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers'), /If-None-Match/);
  } finally {
    await server.stop();
  }
});

test('proxy refuses loopback and private targets unless started with --proxy-allow-private', async () => {
  const server = await startServe(['--root', site]);
  try {
    for (const target of [upstreamUrl + '/feed.xml', 'http://10.0.0.1/feed', 'http://169.254.169.254/latest/meta-data',
                          'http://[::1]/feed', 'http://[::ffff:127.0.0.1]/feed', 'http://0.0.0.0/']) {
      const res = await proxied(server, target);
      assert.equal(res.status, 403, target);
      assert.match(await res.text(), /refused: .* resolves to a (loopback|private|cloud metadata|unspecified) address/, target);
    }
    assert.equal(seen.filter((s) => s.url === '/never').length, 0);
  } finally {
    await server.stop();
  }
});

test('proxy takes only GET of http(s) URLs', async () => {
  const server = await startServe(['--root', site, '--proxy-allow-private']);
  try {
    const post = await fetch(server.url + 'proxy?url=' + encodeURIComponent(upstreamUrl + '/feed.xml'), { method: 'POST', body: 'x' });
    assert.equal(post.status, 405);
    for (const [target, why] of [['ftp://example.com/feed', /only http and https/], ['file:///etc/passwd', /only http and https/],
                                 ['javascript:alert(1)', /not an absolute URL/], ['http://user:pw@example.com/', /user names/]]) {
      const res = await proxied(server, target);
      assert.equal(res.status, 400, target);
      assert.match(await res.text(), why);
    }
    const missing = await fetch(server.url + 'proxy');
    assert.equal(missing.status, 400);
  } finally {
    await server.stop();
  }
});
