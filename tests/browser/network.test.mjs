// The network layer in Chromium: feeds from another origin (no CORS headers) come through
// the proxy; the second refresh is conditional and a 304 keeps everything; a failing feed
// keeps its items and shows its error; charsets from the header count; oversized bodies are
// refused; the proxy refuses private targets unless allowed; discovery reads feed links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, openApp, readMirror, useApp } from './lib/harness.mjs';
import { ITEMS, startFeedServer } from './lib/feed_server.mjs';
import { notWired, noticeText, withNetworkSite } from './lib/network_site.mjs';

let feeds;
beforeAll(async () => { feeds = await startFeedServer(); });
afterAll(async () => { await feeds?.stop(); });
const app = useApp({ serve: false });  // each test serves its own feed list

test('a cross-origin feed without CORS loads through the proxy; the second refresh sends If-None-Match and handles 304', { skip: notWired }, async () => {
  await withNetworkSite([{ url: `${feeds.url}/etag.xml`, title: 'ETag feed' }], async (server) => {
    const { context, page } = await openApp(app.browser, server.url, { minHeadlines: ITEMS.length });
    try {
      const titles = (await readMirror(page)).map((r) => r.title);
      assert.deepEqual(titles, ITEMS);
      const before = feeds.requests('/etag.xml').length;
      await page.evaluate(() => window.feedview.refresh());
      const after = feeds.requests('/etag.xml');
      assert.equal(after.length, before + 1, 'one more request, through the proxy');
      assert.equal(after.at(-1).headers['if-none-match'], '"v1"');
      assert.deepEqual((await readMirror(page)).map((r) => r.title), ITEMS, '304: the same headlines');
      assert.equal(await noticeText(page), '');
    } finally {
      await context.close();
    }
  });
});

test('a feed that starts failing keeps its items and shows its error', { skip: notWired }, async () => {
  feeds.setFailing(false);
  await withNetworkSite([{ url: `${feeds.url}/flaky.xml`, title: 'Flaky' }], async (server) => {
    const { context, page } = await openApp(app.browser, server.url, { minHeadlines: 2 });
    try {
      feeds.setFailing(true);
      await page.evaluate(() => window.feedview.refresh());
      await page.waitForFunction(() => /500/.test(document.getElementById('fv-notice')?.textContent || ''));
      assert.match(await noticeText(page), /Flaky: The server answered 500/);
      assert.deepEqual((await readMirror(page)).map((r) => r.title), ['Flaky first story', 'Flaky second story']);
    } finally {
      feeds.setFailing(false);
      await context.close();
    }
  });
});

test('a Latin-1 feed is decoded by the charset in its Content-Type', { skip: notWired }, async () => {
  await withNetworkSite([{ url: `${feeds.url}/latin1.xml?cors=1`, title: 'Latin' }], async (server) => {
    const { context, page } = await openApp(app.browser, server.url, { minHeadlines: 1 });
    try {
      assert.equal((await readMirror(page))[0].title, 'Café déjà vu');
    } finally {
      await context.close();
    }
  });
});

test('a very large response is refused and the rest of the feeds still load', { skip: notWired }, async () => {
  await withNetworkSite([{ url: `${feeds.url}/large.xml?cors=1`, title: 'Huge' },
                 { url: `${feeds.url}/etag.xml?cors=1`, title: 'Fine' }], async (server) => {
    const { context, page } = await openApp(app.browser, server.url, { minHeadlines: ITEMS.length });
    try {
      await page.waitForFunction(() => window.feedview.feedErrors?.length > 0, null, { timeout: 30_000 });
      const errors = await page.evaluate(() => window.feedview.feedErrors);
      assert.match(errors.join('\n'), /larger than feedview's size limit/);
    } finally {
      await context.close();
    }
  });
});

test('the proxy refuses a private-address target unless started with the allow option', { skip: notWired }, async () => {
  await withNetworkSite([], async (server) => {
    const res = await fetch(`${server.url}proxy?url=${encodeURIComponent(`${feeds.url}/etag.xml`)}`);
    assert.equal(res.status, 403);
  }, { allowPrivate: false });
});

test("feed discovery lists an HTML page's RSS and Atom links (DOMParser, nothing inserted)", { skip: notWired }, async () => {
  await withNetworkSite([{ url: `${feeds.url}/etag.xml?cors=1`, title: 'ETag feed' }], async (server) => {
    const { context, page } = await openApp(app.browser, server.url, { minHeadlines: 1 });
    try {
      const found = await page.evaluate(async (pageUrl) => {
        const { discoverFeeds } = await import('./net/discover.mjs');
        const html = await (await fetch(pageUrl)).text();
        const before = document.querySelectorAll('link').length;
        const list = discoverFeeds(html, pageUrl);
        return { list, added: document.querySelectorAll('link').length - before };
      }, `${feeds.url}/page.html?cors=1`);
      assert.deepEqual(found.list.map((f) => [f.url, f.type]),
                       [[`${feeds.url}/etag.xml`, 'rss'], [`${feeds.url}/atom.xml`, 'atom']]);
      assert.equal(found.added, 0);
    } finally {
      await context.close();
    }
  });
});

test("an RSS <ttl> sets the feed's next refresh, kept in IndexedDB", { skip: notWired }, async () => {
  await withNetworkSite([{ url: `${feeds.url}/ttl.xml?cors=1`, title: 'TTL' }], async (server) => {
    const { context, page } = await openApp(app.browser, server.url, { minHeadlines: 1 });
    try {
      const meta = await page.waitForFunction(async (url) => {
        const { FeedStore } = await import('./storage/store.mjs');
        const store = await FeedStore.open();
        const m = await store.fetchMeta(url);
        store.close();
        return m && m.hints ? m : null;
      }, `${feeds.url}/ttl.xml?cors=1`, { timeout: 15_000 }).then((h) => h.jsonValue());
      assert.deepEqual(JSON.parse(meta.hints), { ttlMinutes: 240 });
      assert.ok(meta.nextDue - meta.lastSuccess >= 240 * 60, `due after the ttl, got ${meta.nextDue - meta.lastSuccess} s`);
    } finally {
      await context.close();
    }
  });
});

test('?feed= on the page URL adds that feed for the visit', { skip: notWired }, async () => {
  await withNetworkSite([], async (server) => {
    const { context, page } = await openApp(app.browser,
      `${server.url}?feed=${encodeURIComponent(`${feeds.url}/latin1.xml?cors=1`)}`, { minHeadlines: 1 });
    try {
      assert.equal((await readMirror(page))[0].title, 'Café déjà vu');
    } finally {
      await context.close();
    }
  });
});
