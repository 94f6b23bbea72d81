import assert from 'node:assert/strict';
import test from 'node:test';

import { FallbackFontLoader } from '../../web/fonts.mjs';

function fakeFetch(files, log) {
  return async (url) => {
    log.push(url);
    const name = url.split('/').pop();
    if (!(name in files)) return { ok: false, status: 404 };
    return { ok: true, status: 200, arrayBuffer: async () => new TextEncoder().encode(files[name]).buffer };
  };
}

test('files asked for in one task are fetched and delivered together, each once', async () => {
  const log = [];
  const delivered = [];
  const loader = new FallbackFontLoader({
    fetchImpl: fakeFetch({ 'manifest.txt': 'm', 'cjk-01-ab.otf': 'c' }, log),
    deliver: (name, bytes) => delivered.push([name, new TextDecoder().decode(bytes)]),
    fail: (name) => assert.fail(`unexpected failure for ${name}`),
  });
  loader.fetch('manifest.txt');
  loader.fetch('cjk-01-ab.otf');
  loader.fetch('manifest.txt');  // already asked: no second request
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(log, ['fonts/fallback/manifest.txt', 'fonts/fallback/cjk-01-ab.otf']);
  assert.deepEqual(delivered, [['manifest.txt', 'm'], ['cjk-01-ab.otf', 'c']]);
  loader.fetch('cjk-01-ab.otf');
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(log.length, 2);
});

test('a missing file is reported as failed and the others still arrive', async () => {
  const log = [];
  const delivered = [];
  const failed = [];
  const loader = new FallbackFontLoader({
    fetchImpl: fakeFetch({ 'a.ttf': 'a' }, log),
    deliver: (name) => delivered.push(name),
    fail: (name, message) => failed.push([name, message]),
  });
  loader.fetch('a.ttf');
  loader.fetch('gone.ttf');
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(delivered, ['a.ttf']);
  assert.deepEqual(failed, [['gone.ttf', 'HTTP 404']]);
});

test('names that could leave fonts/fallback/ are refused without a request', async () => {
  const log = [];
  const failed = [];
  const loader = new FallbackFontLoader({
    fetchImpl: fakeFetch({}, log), deliver: () => assert.fail('nothing to deliver'),
    fail: (name) => failed.push(name),
  });
  for (const name of ['../feeds/feeds.json', '/etc/passwd', 'https://evil.example/x.ttf', '.hidden', 'a/b.ttf']) {
    loader.fetch(name);
  }
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(log.length, 0);
  assert.equal(failed.length, 5);
});
