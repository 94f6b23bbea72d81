import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  acceptableImageType, fitWithin, imageRequestPlan, loadThumbnail,
} from '../../web/net/thumbnail_loader.mjs';

const PAGE = 'http://127.0.0.1:8080/app/';

test('a thumbnail fits inside the box keeping its aspect ratio and never grows', () => {
  assert.deepEqual(fitWithin(1600, 900, 480, 300), { width: 480, height: 270 });
  assert.deepEqual(fitWithin(600, 1200, 480, 300), { width: 150, height: 300 });
  assert.deepEqual(fitWithin(100, 50, 480, 300), { width: 100, height: 50 });
  assert.deepEqual(fitWithin(0, 50, 480, 300), { width: 0, height: 0 });
  assert.deepEqual(fitWithin(NaN, 50, 480, 300), { width: 0, height: 0 });
});

test('a cross-origin image is tried directly, then through each proxy', () => {
  assert.deepEqual(imageRequestPlan('https://img.example/a.jpg?x=1', PAGE, ['proxy?url={url}']), [
    'https://img.example/a.jpg?x=1',
    'http://127.0.0.1:8080/app/proxy?url=https%3A%2F%2Fimg.example%2Fa.jpg%3Fx%3D1',
  ]);
});

test('a same-origin image is fetched directly only', () => {
  assert.deepEqual(imageRequestPlan('/img/a.png', PAGE, ['proxy?url={url}']),
                   ['http://127.0.0.1:8080/img/a.png']);
});

test('only http(s) image URLs are requested', () => {
  for (const url of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'file:///etc/passwd',
                     'ftp://x/a.png', 'http://[bad']) {
    assert.deepEqual(imageRequestPlan(url, PAGE, ['proxy?url={url}']), [], url);
  }
});

test('only image content types are decoded, never SVG', () => {
  assert.ok(acceptableImageType('image/jpeg'));
  assert.ok(acceptableImageType('image/webp; q=1'));
  assert.ok(acceptableImageType(''));
  assert.ok(!acceptableImageType('text/html'));
  assert.ok(!acceptableImageType('image/svg+xml'));
});

test('a refused URL rejects without fetching anything', async () => {
  let calls = 0;
  await assert.rejects(loadThumbnail('javascript:1', 10, 10, {
    baseUrl: PAGE, fetchFn: async () => { calls += 1; },
  }));
  assert.equal(calls, 0);
});

test('an HTTP error from the image server is not retried through the proxy', async () => {
  const asked = [];
  const fetchFn = async (url) => {
    asked.push(url);
    return new Response('nope', { status: 404 });
  };
  await assert.rejects(loadThumbnail('https://img.example/gone.jpg', 10, 10, {
    baseUrl: PAGE, proxies: ['proxy?url={url}'], fetchFn,
  }), /HTTP 404/);
  assert.deepEqual(asked, ['https://img.example/gone.jpg']);
});

test('a CORS refusal falls back to the proxy; a non-image body is refused', async () => {
  const asked = [];
  const fetchFn = async (url) => {
    asked.push(url);
    if (!url.includes('/proxy?')) throw new TypeError('Failed to fetch');
    return new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } });
  };
  await assert.rejects(loadThumbnail('https://img.example/a.jpg', 10, 10, {
    baseUrl: PAGE, proxies: ['proxy?url={url}'], fetchFn,
  }), /not an image/);
  assert.equal(asked.length, 2);
});

test('an image larger than the byte cap is refused', async () => {
  const fetchFn = async () => new Response(new Uint8Array(2048), {
    status: 200, headers: { 'content-type': 'image/png', 'content-length': '2048' },
  });
  await assert.rejects(loadThumbnail('https://img.example/big.png', 10, 10, {
    baseUrl: PAGE, fetchFn, limits: { maxBytes: 1024, timeoutMs: 1000, maxSourcePixels: 1e6 },
  }), /larger than/);
});
