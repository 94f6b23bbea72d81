// Offline PWA in Chromium: after one visit the service worker has the app shell and the
// page has the feed in IndexedDB; with the network off a reload still shows the stored
// headlines and says it is offline. A new build is offered as a reload, never mixed in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  afterAll, beforeAll, openApp, readMirror, repoRoot, useApp, webRoot,
} from './lib/harness.mjs';
import { ITEMS, startFeedServer } from './lib/feed_server.mjs';
import { notWired, noticeText, withNetworkSite } from './lib/network_site.mjs';

let feeds;
beforeAll(async () => { feeds = await startFeedServer(); });
afterAll(async () => { await feeds?.stop(); });
const app = useApp({ serve: false });  // each test serves its own feed list

const controlled = (page) => page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 20_000 });

test('offline after one visit: reload still shows the stored headlines and an offline notice', { skip: notWired }, async () => {
  await withNetworkSite([{ url: `${feeds.url}/etag.xml`, title: 'ETag feed' }], async (server) => {
    const { context, page, problems } = await openApp(app.browser, server.url, { minHeadlines: ITEMS.length });
    try {
      await controlled(page);
      await context.setOffline(true);
      await page.reload();
      await page.waitForFunction((n) => document.querySelectorAll('#fv-headlines li').length >= n,
                                 ITEMS.length, { timeout: 30_000 });
      assert.deepEqual((await readMirror(page)).map((r) => r.title), ITEMS);
      // The parse worker and its Wasm parser came from the service worker's precache too.
      assert.equal(await page.evaluate(() => window.feedview.parser), 'worker');
      await page.waitForFunction(() => /Offline/.test(document.getElementById('fv-notice')?.textContent || ''));
      assert.match(await noticeText(page), /Offline: showing stored headlines/);
      // Expected noise: the direct attempt at the feed (no CORS headers, then the proxy) and
      // requests the browser makes while offline.
      const expected = /blocked by CORS policy|net::ERR_INTERNET_DISCONNECTED|net::ERR_FAILED|Failed to fetch|Failed to load resource/;
      assert.deepEqual(problems.filter((p) => !expected.test(p)), []);
    } finally {
      await context.setOffline(false);
      await context.close();
    }
  });
});

test('a new build is offered as a reload and taken only when the person accepts', { skip: notWired }, async () => {
  await withNetworkSite([{ url: `${feeds.url}/etag.xml?cors=1`, title: 'ETag feed' }], async (server, site) => {
    const { context, page } = await openApp(app.browser, server.url, { minHeadlines: ITEMS.length });
    try {
      await controlled(page);
      const version = () => page.evaluate(() => new Promise((resolve) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = (e) => resolve(e.data.version);
        navigator.serviceWorker.controller.postMessage({ type: 'version' }, [ch.port2]);
      }));
      const first = await version();
      // "Deploy" a new build: change a shipped file and regenerate the precache list.
      fs.appendFileSync(path.join(site, 'feedview.css'), '\n/* new build */\n');
      const gen = spawnSync('cmake', [`-DDIR=${site}`, '-P', path.join(repoRoot, 'cmake/gen_precache.cmake')]);
      assert.equal(gen.status, 0, String(gen.stderr));
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      await page.waitForFunction(() => /new version/.test(document.getElementById('fv-notice')?.textContent || ''),
                                 null, { timeout: 20_000 });
      assert.equal(await version(), first, 'the running page still uses the old version');
      await Promise.all([
        page.waitForNavigation({ timeout: 20_000 }),
        page.click('#fv-notice button'),
      ]);
      await controlled(page);
      assert.notEqual(await version(), first);
    } finally {
      await context.close();
    }
  });
});

test('the manifest names the app, its icons and a relative start URL', { skip: notWired }, async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(webRoot, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  for (const icon of manifest.icons) {
    assert.ok(!/^\/|:\/\//.test(icon.src), `relative icon URL ${icon.src}`);
    assert.ok(fs.existsSync(path.join(webRoot, icon.src)), `${icon.src} is built`);
  }
  const sizes = manifest.icons.map((i) => i.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'));
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
});
