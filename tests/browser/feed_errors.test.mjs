// Refreshing with `r` as a person meets it, against the local feed server (through the
// proxy): every feed is fetched again (conditionally when it has an ETag); a feed whose
// refresh fails — a body that is no XML, then a 500 — is marked failed in the sidebar with the message
// in its tooltip and in the sidebar mirror, while its last good items stay listed; a good
// refresh clears the mark. Screenshots of the failed feed's tooltip in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  afterAll, beforeAll, hoverTarget, readMirror, screenshot, useApp, waitForIdle,
} from './lib/harness.mjs';
import { ITEMS, startFeedServer } from './lib/feed_server.mjs';
import { makeNetworkSite, serveSite } from './lib/network_site.mjs';

const FLAKY = ['Flaky first story', 'Flaky second story'];

let feeds;
beforeAll(async () => { feeds = await startFeedServer(); });
afterAll(async () => { await feeds?.stop(); });
const app = useApp({ serve: (root) => serveSite(root), site: () => makeNetworkSite([
  { url: `${feeds.url}/flaky.xml`, title: 'Flaky' }, { url: `${feeds.url}/etag.xml`, title: 'ETag' }]) });

// The sidebar mirror's button text for a feed ("Flaky, 2 unread, updated just now",
// "Flaky, 2 unread, error: …").
const feedButton = (page, index) =>
  page.$eval(`#fv-sidebar-list button[data-kind="feed"][data-id="${index}"]`, (b) => b.textContent);

async function waitForFeedButton(page, index, pattern) {
  await page.waitForFunction(({ index, re }) => {
    const b = document.querySelector(`#fv-sidebar-list button[data-kind="feed"][data-id="${index}"]`);
    return b && new RegExp(re).test(b.textContent);
  }, { index, re: pattern.source }, { timeout: 15_000 }).catch(async (e) => {
    throw new Error(`${e.message}: waited for ${pattern} on "${await feedButton(page, index)}"`);
  });
}

// Presses `r` on the canvas; waits until the feed server saw both feeds again and the app
// no longer marks any feed as fetching.
async function refresh(page) {
  const flaky = feeds.requests('/flaky.xml').length, etag = feeds.requests('/etag.xml').length;
  await page.focus('canvas');
  await page.keyboard.press('r');
  for (let i = 0; i < 150 && (feeds.requests('/flaky.xml').length <= flaky ||
                              feeds.requests('/etag.xml').length <= etag); ++i)
    await new Promise((r) => setTimeout(r, 100));
  await page.waitForFunction(() => [...document.querySelectorAll('#fv-sidebar-list button[data-kind="feed"]')]
    .every((b) => !/fetching/.test(b.textContent)), null, { timeout: 15_000 });
}

const titles = async (page) => (await readMirror(page)).map((r) => r.title).sort();
const EVERYTHING = [...FLAKY, ...ITEMS].sort();

test('r refetches every feed, conditionally when the feed has an ETag', async () => {
  feeds.setFailing(false);
  const { context, page } = await app.open({ minHeadlines: EVERYTHING.length });
  try {
    await waitForFeedButton(page, 1, /^ETag, 3 unread, updated /);
    const etag = feeds.requests('/etag.xml').length, flaky = feeds.requests('/flaky.xml').length;
    await refresh(page);
    const after = feeds.requests('/etag.xml');
    assert.equal(after.length, etag + 1, 'one more request for the ETag feed');
    assert.equal(after.at(-1).headers['if-none-match'], '"v1"', 'the refetch is conditional');
    assert.equal(feeds.requests('/flaky.xml').length, flaky + 1, 'the feed without validators is fetched again too');
    assert.deepEqual(await titles(page), EVERYTHING, 'a 304 keeps the headlines');
  } finally {
    await context.close();
  }
});

test('a feed whose refresh fails is marked failed with its message, and its items stay', async () => {
  feeds.setFailing(false);
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await app.open({ minHeadlines: EVERYTHING.length, colorScheme });
    try {
      await waitForFeedButton(page, 0, /^Flaky, 2 unread, updated /);

      feeds.setFailing('xml');  // 200 with a body that is no XML
      await refresh(page);
      await waitForFeedButton(page, 0, /^Flaky, 2 unread, error: /);
      assert.deepEqual(await titles(page), EVERYTHING, 'the last good items stay listed');

      feeds.setFailing(true);  // 500
      await refresh(page);
      await waitForFeedButton(page, 0, /error: .*500/);
      assert.deepEqual(await titles(page), EVERYTHING);
      assert.match(await feedButton(page, 1), /^ETag, 3 unread, updated /, 'the other feed is fine');

      // The canvas: the failed mark, and the message in the row's tooltip.
      await hoverTarget(page, 'side-feed', 0);  // the sidebar row of Flaky, the first feed
      await waitForIdle(page);
      await screenshot(page, `feed-error-tooltip-1280-${colorScheme}`);

      feeds.setFailing(false);
      await refresh(page);
      await waitForFeedButton(page, 0, /^Flaky, 2 unread, updated /);
      assert.deepEqual(await titles(page), EVERYTHING);
    } finally {
      feeds.setFailing(false);
      await context.close();
    }
  }
});
