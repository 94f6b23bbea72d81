// `feedview opml` as a process: the outline as JSON, and --export writing OPML 2.0 from a
// feeds.json, a plain list of addresses, or an OPML file — read back by `feedview opml`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runFeedview, repoRoot } from './lib.mjs';

const nested = path.join(repoRoot, 'tests/fixtures/opml/opml20-nested-folders.opml');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fv-cli-opml-'));

// OPML text → [[folder path, text, xmlUrl]] through `feedview opml` itself.
function feedsOf(opmlText) {
  const r = runFeedview(['opml', '-'], { input: opmlText });
  assert.equal(r.status, 0, r.stderr);
  const out = [];
  const walk = (outlines, folder) => {
    for (const o of outlines) {
      if (o.xmlUrl) out.push([folder.join(' / '), o.text, o.xmlUrl]);
      if (o.children) walk(o.children, o.xmlUrl ? folder : [...folder, o.text]);
    }
  };
  walk(JSON.parse(r.stdout).outlines, []);
  return out;
}

test('opml prints the outline of a nested OPML file as JSON', () => {
  const r = runFeedview(['opml', nested]);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.feedCount, 5);
  assert.equal(doc.outlines[0].children[0].text, 'World');
});

test('opml --export writes a feeds.json as OPML with its folders nested', () => {
  const list = path.join(tmp, 'feeds.json');
  fs.writeFileSync(list, JSON.stringify({ feeds: [
    { url: 'https://a.example/feed', title: 'A & B', folder: 'News / World' },
    { url: 'https://b.example/rss', title: 'B', folder: 'News' },
    { url: 'http://www.a.example/feed/', title: 'A again' },
    { url: 'https://c.example/atom', title: '' },
  ] }));
  const r = runFeedview(['opml', '--export', list, '--title', 'My list']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
  assert.match(r.stdout, /<title>My list<\/title>/);
  assert.deepEqual(feedsOf(r.stdout), [
    ['News / World', 'A & B', 'https://a.example/feed'],
    ['News', 'B', 'https://b.example/rss'],
    ['', 'https://c.example/atom', 'https://c.example/atom'],
  ]);
});

test('opml --export reads a list of addresses from standard input; lines that are no address are reported', () => {
  const r = runFeedview(['opml', '--export', '-'], {
    input: '# my feeds\nhttps://a.example/feed\nexample.org/rss.xml\n\nnot an address\n' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /1 line is not a web address, skipped/);
  assert.deepEqual(feedsOf(r.stdout).map((f) => f[2]), ['https://a.example/feed', 'https://example.org/rss.xml']);
});

test('opml --export of an OPML file keeps the same feeds in the same folders', () => {
  const r = runFeedview(['opml', '--export', nested]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(feedsOf(r.stdout), feedsOf(fs.readFileSync(nested, 'utf8')));
});

test('opml --export fails clearly on input without feeds', () => {
  let r = runFeedview(['opml', '--export', '-'], { input: '{"feeds": []}' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no feeds to export/);
  r = runFeedview(['opml', '--export', '-'], { input: '{"nope": 1}' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /not a feed list/);
  r = runFeedview(['opml', '--export']);
  assert.equal(r.status, 2);
});
