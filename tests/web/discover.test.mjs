// Feed discovery's pure part: which <link> attributes announce a feed, resolved how.
// (The DOMParser part runs in Chromium: tests/browser/network.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedLinksFrom, looksLikeHtml } from '../../web/net/discover.mjs';

test('RSS, Atom and JSON Feed alternates are found and resolved against the page', () => {
  const feeds = feedLinksFrom([
    { rel: 'alternate', type: 'application/rss+xml', href: '/feed.xml', title: 'RSS' },
    { rel: 'Alternate', type: 'application/atom+xml; charset=utf-8', href: 'atom.xml' },
    { rel: 'alternate', type: 'application/feed+json', href: 'https://cdn.example/f.json' },
    { rel: 'stylesheet', type: 'text/css', href: 'a.css' },
    { rel: 'alternate', type: 'text/html', href: '/fr/' },
    { rel: 'alternate stylesheet', type: 'application/rss+xml', href: '/nope' },
  ], 'https://site.example/blog/');
  assert.deepEqual(feeds, [
    { url: 'https://site.example/feed.xml', type: 'rss', title: 'RSS' },
    { url: 'https://site.example/blog/atom.xml', type: 'atom', title: '' },
    { url: 'https://cdn.example/f.json', type: 'json', title: '' },
  ]);
});

test('javascript: and data: feed links are ignored, duplicates listed once', () => {
  const feeds = feedLinksFrom([
    { rel: 'alternate', type: 'application/rss+xml', href: 'javascript:alert(1)' },
    { rel: 'alternate', type: 'application/rss+xml', href: 'data:text/xml,<rss/>' },
    { rel: 'alternate', type: 'application/rss+xml', href: '/f' },
    { rel: 'alternate', type: 'application/rss+xml', href: 'https://site.example/f' },
  ], 'https://site.example/');
  assert.deepEqual(feeds.map((f) => f.url), ['https://site.example/f']);
});

test('an HTML page is recognised by its Content-Type or its first bytes', () => {
  const enc = (s) => new TextEncoder().encode(s);
  assert.equal(looksLikeHtml('text/html; charset=utf-8', enc('x')), true);
  assert.equal(looksLikeHtml('', enc('  <!DOCTYPE html><html>')), true);
  assert.equal(looksLikeHtml('application/xml', enc('<?xml version="1.0"?><rss/>')), false);
});
