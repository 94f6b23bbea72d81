// The headline widget inside a host page on another origin (127.0.0.2 vs 127.0.0.1): it
// renders, sizes itself, answers postMessage from the allowed origin, ignores a foreign one,
// works as several <feedview-headlines> elements, and stores nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, screenshot, useApp } from './lib/harness.mjs';
import { ITEMS, startFeedServer } from './lib/feed_server.mjs';
import { makeNetworkSite, notWired, serveSite } from './lib/network_site.mjs';

let feeds, hostA;
beforeAll(async () => {
  feeds = await startFeedServer();                         // feeds, and the foreign page
  hostA = await startFeedServer({ host: '127.0.0.2' });    // the embedding site
});
afterAll(async () => {
  await hostA?.stop();
  await feeds?.stop();
});
const app = useApp({ site: () => makeNetworkSite([]), serve: (root) => serveSite(root) });  // on 127.0.0.1

const feedUrl = () => `${feeds.url}/etag.xml?cors=1`;

// A host page that frames the widget and records every message it receives.
function hostPage(allowedOrigin) {
  const src = `${app.server.url}embed.html?feed=${encodeURIComponent(feedUrl())}&max=2&origin=${encodeURIComponent(allowedOrigin)}`;
  return `<!doctype html><meta charset="utf-8"><title>host</title>
<iframe id="w" src="${src}" style="width:400px;height:150px;border:0"></iframe>
<script>
  window.got = [];
  addEventListener('message', (e) => { if (e.data && e.data.source === 'feedview-embed') got.push({ origin: e.origin, data: e.data }); });
  window.send = (m) => document.getElementById('w').contentWindow.postMessage(m, '*');
</script>`;
}

async function openHost(server, allowed) {
  server.setHostPage(hostPage(allowed));
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/host.html`);
  const frame = page.frameLocator('#w');
  return { context, page, frame };
}

test('the widget renders inside a page on another origin, reports ready and size, answers postMessage', { skip: notWired }, async () => {
  const { context, page, frame } = await openHost(hostA, hostA.url);
  try {
    await frame.locator('#fv-embed-list li').first().waitFor({ timeout: 30_000 });
    const titles = await frame.locator('#fv-embed-list .fv-title').allTextContents();
    assert.deepEqual(titles, ITEMS.slice(0, 2));
    await page.waitForFunction(() => got.some((m) => m.data.type === 'ready') && got.some((m) => m.data.type === 'size'));
    const { origin, data } = await page.evaluate(() => got.find((m) => m.data.type === 'size'));
    assert.equal(origin, app.server.url.replace(/\/$/, ''));
    assert.ok(data.height > 20);

    await page.evaluate(() => send({ type: 'set-theme', theme: 'dark' }));
    await page.waitForFunction(() => got.some((m) => m.data.type === 'state' && m.data.theme === 'dark'));
    assert.equal(await frame.locator('html').getAttribute('data-theme'), 'dark');
  } finally {
    await context.close();
  }
});

test('a message from an origin the widget was not told to trust is ignored and gets no answer', { skip: notWired }, async () => {
  // The same widget URL (trusting 127.0.0.2) framed by a page on 127.0.0.1.
  const { context, page, frame } = await openHost(feeds, hostA.url);
  try {
    await frame.locator('#fv-embed-list li').first().waitFor({ timeout: 30_000 });
    await page.evaluate(() => send({ type: 'set-theme', theme: 'dark' }));
    await page.evaluate(() => send({ type: 'get-state' }));
    await page.waitForTimeout(500);
    assert.equal(await frame.locator('html').getAttribute('data-theme'), null);
    assert.deepEqual(await page.evaluate(() => got), [], 'nothing is posted to an untrusted host');
  } finally {
    await context.close();
  }
});

test('several <feedview-headlines> elements on one page each render and size to their content', { skip: notWired }, async () => {
  hostA.setHostPage(`<!doctype html><meta charset="utf-8"><title>blog</title>
<script src="${app.server.url}feedview-embed.js" defer></script>
<div style="width:360px"><feedview-headlines id="a" feed="${feedUrl()}" max="1"></feedview-headlines></div>
<div style="width:500px"><feedview-headlines id="b" feed="${feedUrl()}" max="3" layout="cards" theme="dark"></feedview-headlines></div>`);
  const context = await app.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${hostA.url}/host.html`);
    const inner = (id) => page.locator(`#${id}`).frameLocator('iframe');
    await inner('a').locator('#fv-embed-list li').first().waitFor({ timeout: 30_000 });
    await inner('b').locator('#fv-embed-list li').nth(2).waitFor({ timeout: 30_000 });
    assert.equal(await inner('a').locator('#fv-embed-list li').count(), 1);
    assert.equal(await inner('b').locator('#fv-embed-list li').count(), 3);
    // Heights follow the content: three cards need more room than one line.
    await page.waitForFunction(() => {
      const h = (id) => document.getElementById(id).shadowRoot.querySelector('iframe').getBoundingClientRect();
      return h('a').height !== 120 && h('b').height > h('a').height && h('a').width === 360 && h('b').width === 500;
    }, null, { timeout: 10_000 });
    await screenshot(page, 'embed-two-widgets');
    // The widget keeps nothing in its origin's storage.
    // (A browser may also deny a cross-site frame its storage; that counts as empty.)
    const stored = await inner('a').locator('html').evaluate(async () => {
      const count = async (f) => { try { return await f(); } catch { return 0; } };
      return { local: await count(() => localStorage.length),
               dbs: await count(async () => (await indexedDB.databases()).length) };
    });
    assert.deepEqual(stored, { local: 0, dbs: 0 });
  } finally {
    await context.close();
  }
});
