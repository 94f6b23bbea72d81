// `feedview parse` as a process, on the bundled sample and on things that are not feeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { runFeedview, repoRoot } from './lib.mjs';

const sample = path.join(repoRoot, 'assets/feeds/google-news-world.xml');

test('parse prints the bundled Google News sample in the CLI schema', () => {
  const r = runFeedview(['parse', sample]);
  assert.equal(r.status, 0, r.stderr);
  const feed = JSON.parse(r.stdout);
  assert.equal(feed.format, 'rss20');
  assert.equal(feed.encoding, 'utf-8');
  assert.equal(feed.bozo, false);
  assert.equal(feed.title, 'World - Latest - Google News');
  assert.equal(feed.updated, '2026-01-08T19:05:00Z');
  assert.equal(feed.items.length, 6);

  const lead = feed.items[0];
  // " - KSL.com" is split off the title because it matches <source>.
  assert.equal(lead.title, "US backs security guarantees for Ukraine at summit of Kyiv's allies in Paris");
  assert.deepEqual(lead.source, { title: 'KSL.com', url: 'https://www.ksl.com' });
  assert.equal(lead.published, '2026-01-08T17:41:12Z');
  assert.match(lead.link, /^https:\/\/news\.google\.com\/rss\/articles\/CBMisgFB.*\?oc=5$/);
  assert.deepEqual(lead.related.map((r) => r.source), ['KSL.com', 'BBC', 'The Guardian', 'The Hill', 'CNN']);
  assert.equal(lead.related[3].title, 'NATO ambassador: ‘We could be on the cusp’ of peace deal between Russia, Ukraine');
  // Sanitized HTML: Google's target="_blank" and <font> do not survive; links get rel.
  assert.doesNotMatch(lead.summary, /target=|<font/);
  assert.match(lead.summary, /rel="noopener noreferrer"/);

  // A single related article (no <ol>) is still a one-entry cluster.
  const single = feed.items.find((i) => i.source.title === 'Al Jazeera English');
  assert.equal(single.related.length, 1);
  assert.equal(single.title, "Brazil's Lula meets Mexican president to discuss Latin American trade bloc");
  // Keys are absent rather than empty.
  assert.equal('author' in lead, false);
  assert.equal('content' in lead, false);
});

test('parse reads standard input with -', () => {
  const r = runFeedview(['parse', '-'], {
    input: '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title><id>x</id></entry></feed>',
  });
  assert.equal(r.status, 0, r.stderr);
  const feed = JSON.parse(r.stdout);
  assert.equal(feed.format, 'atom10');
  assert.equal(feed.items[0].title, 'E');
});

test('parse exits non-zero with a one-line reason for an HTML page', () => {
  const r = runFeedview(['parse', '-'], { input: '<!DOCTYPE html><html><head><title>Hi</title></head><body>x</body></html>' });
  assert.notEqual(r.status, 0);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /HTML page/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('parse reports a missing file by name', () => {
  const r = runFeedview(['parse', '/nonexistent/feed.xml']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /\/nonexistent\/feed\.xml/);
});
