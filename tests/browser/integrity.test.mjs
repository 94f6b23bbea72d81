// Feed data integrity the way a reader meets it: a refresh that delivers a feed cut off
// mid-item keeps every headline shown before and marks the feed (amber mark, tooltip, sidebar
// mirror) instead of replacing its items; a reload shows the stored whole copy and the next
// fetch asks for the whole feed again. A removed feed leaves the stories of the other feeds at
// once, and a tab closed within the removal's undo leaves nothing stored for it after the next
// start. A ?opml= link keeps its list's folder tree. Screenshots of the warned feed's tooltip
// in light and dark go to build/test-results/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { hoverTarget, launchBrowser, openApp, readMirror, screenshot, waitForIdle } from './lib/harness.mjs';
import { withNetworkSite } from './lib/network_site.mjs';

const START = Date.UTC(2026, 0, 8, 12);

// One RSS item; `n` names it, `source` the outlet, `link` its address.
function item(n, { source = 'Main Daily', link = `https://main.example/story/${n}` } = {}) {
  return `<item><title>Main story number ${n}</title><link>${link}</link><guid>main-${n}</guid>` +
    `<pubDate>${new Date(START - n * 3600_000).toUTCString()}</pubDate>` +
    `<source url="https://${source.replace(/ /g, '').toLowerCase()}.example/">${source}</source>` +
    `<description>The body of story ${n}, long enough that a cut-off download ends inside it.</description></item>`;
}
const channel = (title, items) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>` +
  `<title>${title}</title><link>https://main.example/</link>${items.join('')}</channel></rss>`;
const mainFeed = (numbers) => channel('Main', numbers.map((n) => item(n)));
// Cut inside the description of the item after `upTo`.
function truncatedMain(numbers, upTo) {
  const whole = mainFeed(numbers);
  const cutAt = whole.indexOf(`The body of story ${upTo + 1}`) + 12;
  return whole.slice(0, cutAt);
}

// A loopback feed server whose bodies the test sets; CORS on, ETags per body.
function startBodies() {
  const bodies = new Map(), log = [];
  const server = http.createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    log.push({ path, inm: req.headers['if-none-match'] || '' });
    const body = bodies.get(path);
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' };
    if (body === undefined) {
      res.writeHead(404, cors);
      return res.end();
    }
    const etag = `"${Buffer.from(body).length}-${body.length % 97}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag, ...cors });
      return res.end();
    }
    const type = path.endsWith('.opml') ? 'text/x-opml' : 'application/rss+xml; charset=utf-8';
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', ETag: etag, ...cors });
    return res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    set: (path, body) => bodies.set(path, body),
    requests: (path) => log.filter((r) => r.path === path),
    stop: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
  })));
}

let bodies, browser;
before(async () => {
  bodies = await startBodies();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await bodies?.stop();
});

const titles = async (page) => (await readMirror(page)).map((r) => r.title);
const mainTitles = async (page) => (await titles(page)).filter((t) => t.startsWith('Main story')).sort();
const expectMain = (numbers) => numbers.map((n) => `Main story number ${n}`).sort();
const feedButton = (page, index) =>
  page.$eval(`#fv-sidebar-list button[data-kind="feed"][data-id="${index}"]`, (b) => b.textContent);

async function waitForFeedButton(page, index, test) {
  await page.waitForFunction(({ index, src, negate }) => {
    const b = document.querySelector(`#fv-sidebar-list button[data-kind="feed"][data-id="${index}"]`);
    return b && !/fetching/.test(b.textContent) && new RegExp(src).test(b.textContent) !== negate;
  }, { index, src: test.re.source, negate: !!test.not }, { timeout: 20_000 }).catch(async (e) => {
    throw new Error(`${e.message}: waited for ${test.not ? 'no ' : ''}${test.re} on "${await feedButton(page, index)}"`);
  });
}

// `r` on the canvas refreshes every feed; waits for the feed server to see `path` again.
async function refresh(page, path) {
  const before = bodies.requests(path).length;
  await page.focus('canvas');
  await page.keyboard.press('r');
  for (let i = 0; i < 200 && bodies.requests(path).length <= before; ++i) await new Promise((r) => setTimeout(r, 100));
  assert.ok(bodies.requests(path).length > before, `${path} was fetched again`);
}

// The IndexedDB keys of one store, read in the page.
const storedKeys = (page, store) => page.evaluate((name) => new Promise((resolve, reject) => {
  const open = indexedDB.open('feedview');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const req = open.result.transaction(name, 'readonly').objectStore(name).getAllKeys();
    req.onsuccess = () => { resolve(req.result.map((k) => (Array.isArray(k) ? k[0] : k))); open.result.close(); };
    req.onerror = () => reject(req.error);
  };
}), store);

// One IndexedDB record, read in the page.
const storedRecord = (page, store, key) => page.evaluate(([name, k]) => new Promise((resolve, reject) => {
  const open = indexedDB.open('feedview');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const req = open.result.transaction(name, 'readonly').objectStore(name).get(k);
    req.onsuccess = () => { resolve(req.result); open.result.close(); };
    req.onerror = () => reject(req.error);
  };
}), [store, key]);

test('a truncated refresh keeps every item shown before and says so; a reload shows the whole stored copy', async () => {
  bodies.set('/t/main.xml', mainFeed([1, 2, 3, 4, 5]));
  const mainUrl = `${bodies.url}/t/main.xml`;
  await withNetworkSite([{ url: mainUrl, title: 'Main' }], async (app) => {
    const { context, page, problems } = await openApp(browser, app.url, { minHeadlines: 5 });
    try {
      await waitForFeedButton(page, 0, { re: /updated/ });
      assert.deepEqual(await mainTitles(page), expectMain([1, 2, 3, 4, 5]));

      // The next response has a new item 0, then is cut inside item 3.
      bodies.set('/t/main.xml', truncatedMain([0, 1, 2, 3, 4, 5], 2));
      await refresh(page, '/t/main.xml');
      await waitForFeedButton(page, 0, { re: /warning: The feed ends early \(truncated\?\): 2 earlier items kept/ });
      await page.waitForFunction(() => [...document.querySelectorAll('#fv-headlines .fv-title')]
        .some((e) => e.textContent === 'Main story number 0'), null, { timeout: 15_000 });
      assert.deepEqual(await mainTitles(page), expectMain([0, 1, 2, 3, 4, 5]),
                       'the new item is added and none of the earlier ones is lost');

      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.mouse.move(640, 500);
        await hoverTarget(page, 'side-feed', 0);
        await page.waitForTimeout(900);  // the tooltip's delay
        await waitForIdle(page);
        await screenshot(page, `integrity-truncated-tooltip-${scheme}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });

      // The cut copy was not stored: a reload shows the whole one, without the warning.
      await page.reload();
      await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length >= 5, null, { timeout: 30_000 });
      await waitForFeedButton(page, 0, { re: /warning/, not: true });
      assert.deepEqual(await mainTitles(page), expectMain([1, 2, 3, 4, 5]));

      // The cut copy's ETag was not kept (the app's next fetch is not conditional on it), and a
      // whole feed clears the warning.
      assert.equal((await storedRecord(page, 'fetchMeta', mainUrl)).etag, '');
      bodies.set('/t/main.xml', mainFeed([0, 1, 2, 3, 4, 5]));
      await refresh(page, '/t/main.xml');
      await page.waitForFunction(() => [...document.querySelectorAll('#fv-headlines .fv-title')]
        .some((e) => e.textContent === 'Main story number 0'), null, { timeout: 15_000 });
      await waitForFeedButton(page, 0, { re: /warning/, not: true });
      assert.deepEqual(await mainTitles(page), expectMain([0, 1, 2, 3, 4, 5]));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

test('a removed feed leaves the other feeds\' stories; closing the tab within its undo leaves nothing stored', async () => {
  // Both feeds carry the same article (same link) from different outlets: one story, 2 sources.
  const shared = 'https://wire.example/summit-agreement';
  bodies.set('/r/main.xml', channel('Main', [item(1, { link: shared }), item(2)]));
  bodies.set('/r/other.xml', channel('Other', [
    item(1, { source: 'Other Herald', link: shared }).replace('main-1', 'other-1').replace('Main story number 1', 'Other take on story 1'),
  ]));
  const mainUrl = `${bodies.url}/r/main.xml`, otherUrl = `${bodies.url}/r/other.xml`;
  await withNetworkSite([{ url: mainUrl, title: 'Main' }, { url: otherUrl, title: 'Other' }], async (app) => {
    const { context, page, problems } = await openApp(browser, app.url, { minHeadlines: 2 });
    try {
      await page.waitForFunction(() => [...document.querySelectorAll('#fv-headlines li')]
        .some((li) => /2 sources/.test(li.textContent)), null, { timeout: 20_000 });
      assert.deepEqual((await storedKeys(page, 'responses')).sort(), [mainUrl, otherUrl].sort());

      const other = page.locator('#fv-feed-list li').filter({ has: page.locator('.fv-feed-name', { hasText: 'Other' }) });
      await other.getByRole('button', { name: 'Remove Other' }).press('Enter');
      await page.waitForFunction(() => !document.getElementById('fv-feeds-undo').hidden);
      await page.waitForFunction(() => ![...document.querySelectorAll('#fv-headlines .fv-title')]
        .some((e) => e.textContent === 'Other take on story 1'), null, { timeout: 15_000 });
      // The story is rebuilt without the removed feed: Main's article stands alone again.
      await page.waitForFunction(() => ![...document.querySelectorAll('#fv-headlines li')]
        .some((li) => /sources/.test(li.textContent)), null, { timeout: 15_000 });
      assert.ok((await titles(page)).includes('Main story number 1'));
      await waitForIdle(page);
      await screenshot(page, 'integrity-removed-feed');

      // The tab goes away within the 8 s undo (a reload is the same for the store).
      await page.evaluate(() => window.feedview.subscriptionsSaved());
      await page.reload();
      await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length >= 2, null, { timeout: 30_000 });
      await page.waitForFunction(() => window.feedview.ready === true);
      for (const store of ['responses', 'fetchMeta', 'items']) {
        assert.ok(!(await storedKeys(page, store)).includes(otherUrl), `nothing of the removed feed in ${store}`);
      }
      assert.ok((await storedKeys(page, 'responses')).includes(mainUrl), 'the listed feed keeps its stored copy');
      assert.ok(!(await titles(page)).includes('Other take on story 1'));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

test('?opml= keeps the list\'s folder tree', async () => {
  for (const name of ['a', 'b', 'c']) bodies.set(`/o/${name}.xml`, channel(`Feed ${name}`, [item(`${name}1`)]
    .map((x) => x.replace(/main-/g, `${name}-`))));
  bodies.set('/o/list.opml', `<?xml version="1.0"?><opml version="2.0"><head><title>L</title></head><body>
    <outline text="News"><outline text="World">
      <outline type="rss" text="Feed A" xmlUrl="${bodies.url}/o/a.xml"/></outline></outline>
    <outline text="Tech"><outline type="rss" text="Feed B" xmlUrl="${bodies.url}/o/b.xml"/></outline>
    <outline type="rss" text="Feed C" xmlUrl="${bodies.url}/o/c.xml"/>
  </body></opml>`);
  await withNetworkSite([], async (app) => {
    const { context, page } = await openApp(browser, `${app.url}?opml=${encodeURIComponent(`${bodies.url}/o/list.opml`)}`,
                                            { minHeadlines: 3 });
    try {
      const feeds = await page.$$eval('#fv-feed-list li', (lis) => lis.map((li) => [
        li.querySelector('.fv-feed-name').textContent, li.dataset.folder]));
      assert.deepEqual(feeds.sort(), [['Feed A', 'News / World'], ['Feed B', 'Tech'], ['Feed C', 'From the link']]);
      const folders = await page.$$eval('#fv-sidebar-list button[data-kind="folder"]', (bs) => bs.map((b) => b.dataset.id));
      assert.deepEqual(folders.sort(), ['From the link', 'News / World', 'Tech']);
    } finally {
      await context.close();
    }
  });
});
