// `feedview serve` as a process: content types browsers insist on, loopback only, clean stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runFeedview, startServe } from './lib.mjs';

function makeSite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fv-serve-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(dir, 'app.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  fs.writeFileSync(path.join(dir, 'app.js'), 'export default 1;');
  fs.mkdirSync(path.join(dir, 'feeds'));
  fs.writeFileSync(path.join(dir, 'feeds', 'a.xml'), '<rss version="2.0"/>');
  return dir;
}

test('serve answers / with index.html and Wasm as application/wasm', async () => {
  const site = makeSite();
  const server = await startServe(['--root', site]);
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetch(server.url);
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type'), /^text\/html/);
    assert.match(await index.text(), /<title>t<\/title>/);

    const wasm = await fetch(server.url + 'app.wasm');
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.deepEqual([...new Uint8Array(await wasm.arrayBuffer())].slice(0, 4), [0, 0x61, 0x73, 0x6d]);

    const js = await fetch(server.url + 'app.js');
    assert.match(js.headers.get('content-type'), /^text\/javascript/);
    assert.equal(js.headers.get('x-content-type-options'), 'nosniff');

    const feed = await fetch(server.url + 'feeds/a.xml');
    assert.equal(feed.headers.get('content-type'), 'application/xml');

    const missing = await fetch(server.url + 'nope.txt');
    assert.equal(missing.status, 404);
  } finally {
    assert.equal(await server.stop(), 0);
  }
});

test('serve refuses a root without index.html, saying what to do', () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'fv-empty-'));
  const r = runFeedview(['serve', '--root', empty, '--port', '0']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /has no index\.html/);
});

test('serve rejects a bad port with a one-line reason', () => {
  const r = runFeedview(['serve', '--port', 'eighty']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--port must be a number/);
});

test('feedview with an unknown command prints usage and exits 2', () => {
  const r = runFeedview(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command 'frobnicate'/);
  assert.match(r.stderr, /feedview serve/);
});

test('serve answers a browser offering Brotli with gzip, quickly, for a large feed', async () => {
  const site = makeSite();
  const item = '<item><title>Headline</title><description>' + 'word '.repeat(200) + '</description></item>';
  fs.writeFileSync(path.join(site, 'feeds', 'big.xml'), '<rss version="2.0"><channel>' + item.repeat(5000) + '</channel></rss>');
  const server = await startServe(['--root', site]);
  try {
    const res = await fetch(server.url + 'feeds/big.xml', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.ok((await res.text()).length > 5_000_000);
  } finally {
    await server.stop();
  }
});
