// The widget's URL options, host commands and headline merging (web/embed/*.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCommand, readOptions } from '../../web/embed/options.mjs';
import { mergeHeadlines, relativeTime } from '../../web/embed/headlines.mjs';

const BASE = 'https://widget.example/fv/embed.html';

test('options: feeds resolved and http(s) only, theme/layout checked, max bounded, origins exact', () => {
  const o = readOptions('?feed=https://a.example/f.xml&feed=javascript:alert(1)&feed=rel.xml&theme=neon' +
                        '&layout=cards&max=5000&origin=https://host.example/page&origin=*&proxy=p?u={url}', BASE);
  assert.deepEqual(o.feeds, ['https://a.example/f.xml', 'https://widget.example/fv/rel.xml']);
  assert.equal(o.theme, 'auto');
  assert.equal(o.layout, 'cards');
  assert.equal(o.max, 100);
  assert.deepEqual(o.origins, ['https://host.example']);
  assert.deepEqual(o.proxies, ['p?u={url}']);
});

test('options: defaults are a list of 10 through the bundled proxy, with no trusted origin', () => {
  const o = readOptions('?feed=', BASE);
  assert.deepEqual([o.feeds, o.layout, o.max, o.proxies, o.origins], [[], 'list', 10, ['proxy?url={url}'], []]);
});

test('host commands are checked field by field; unknown ones are refused', () => {
  assert.deepEqual(readCommand({ type: 'set-theme', theme: 'dark' }, BASE), { type: 'set-theme', theme: 'dark' });
  assert.equal(readCommand({ type: 'set-theme', theme: 'url(evil)' }, BASE), null);
  assert.deepEqual(readCommand({ type: 'set-feeds', feeds: ['https://b.example/', 'data:x'] }, BASE),
                   { type: 'set-feeds', feeds: ['https://b.example/'] });
  assert.equal(readCommand({ type: 'eval', code: '1' }, BASE), null);
  assert.equal(readCommand('set-theme', BASE), null);
});

test('headlines are merged newest first, deduplicated, filtered and bounded; links http(s) only', () => {
  const feeds = [
    { feed: { title: 'A', items: [
      { title: 'Old', link: 'https://a.example/1', published: '2026-01-01T00:00:00Z' },
      { title: 'Evil', link: 'javascript:alert(1)', published: '2026-01-03T00:00:00Z' },
    ] } },
    { feed: { title: 'B', items: [
      { title: 'New', link: 'https://b.example/2', published: '2026-01-05T00:00:00Z', source: { title: 'Wire' } },
      { title: 'Old again', link: 'https://a.example/1', published: '2026-01-02T00:00:00Z' },
    ] } },
    { error: 'HTTP 500' },
  ];
  const rows = mergeHeadlines(feeds, { max: 10 });
  assert.deepEqual(rows.map((r) => r.title), ['New', 'Evil', 'Old']);
  assert.equal(rows[0].source, 'Wire');
  assert.equal(rows[1].link, '');
  assert.deepEqual(mergeHeadlines(feeds, { max: 1 }).map((r) => r.title), ['New']);
  assert.deepEqual(mergeHeadlines(feeds, { filter: 'old' }).map((r) => r.title), ['Old']);
});

test('relative times read like the app', () => {
  const now = Date.UTC(2026, 0, 8, 12);
  assert.equal(relativeTime(now - 30_000, now), 'just now');
  assert.equal(relativeTime(now - 5 * 60_000, now), '5 min ago');
  assert.equal(relativeTime(now - 3 * 3600_000, now), '3 h ago');
  assert.equal(relativeTime(now - 86400_000, now), 'yesterday');
  assert.equal(relativeTime(now - 30 * 86400_000, now), '2025-12-09');
  assert.equal(relativeTime(null, now), '');
});
