// Managing feeds in Chromium, the way a reader does it: import an OPML file with nested
// folders (file picker and a file dropped on the page), add a feed by address (a feed or a web
// page announcing one), rename, move, remove and undo — through the feeds panel's accessible
// controls — and check that the store keeps it all across a reload, that the exported OPML
// re-imports to the same set, and that "Copy as Markdown" puts front matter on the clipboard.
// Screenshots of the canvas panel in light and dark, wide and phone-sized.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  afterAll, beforeAll, clickTarget, openApp, readArticle, readMirror, screenshot, useApp, waitForIdle,
} from './lib/harness.mjs';
import { ITEMS, startFeedServer } from './lib/feed_server.mjs';

let feeds, tmp;
beforeAll(async () => {
  feeds = await startFeedServer();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fv-subs-'));
});
afterAll(async () => {
  await feeds?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});
const app = useApp();

// Three levels of folders; the loopback feed server answers with CORS for ?cors=1.
function nestedOpml() {
  const f = (p) => `${feeds.url}${p}?cors=1`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Test list</title></head><body>
  <outline text="World">
    <outline text="Europe">
      <outline type="rss" text="ETag news" xmlUrl="${f('/etag.xml')}"/>
    </outline>
    <outline type="rss" text="Atom side" xmlUrl="${f('/atom.xml')}"/>
  </outline>
  <outline text="Slow">
    <outline type="rss" text="TTL feed" xmlUrl="${f('/ttl.xml')}"/>
  </outline>
  <outline type="rss" text="Latin" xmlUrl="${f('/latin1.xml')}"/>
</body></opml>`;
}

// The feeds panel's mirror as data.
function readFeeds(page) {
  return page.$$eval('#fv-feed-list li', (lis) => lis.map((li) => ({
    name: li.querySelector('.fv-feed-name').textContent,
    folder: li.dataset.folder,
    url: li.dataset.url,
  })));
}

const feedsStatus = (page) => page.$eval('#fv-feeds-status', (e) => e.textContent);

async function waitForStatus(page, pattern) {
  await page.waitForFunction((src) => new RegExp(src).test(document.getElementById('fv-feeds-status').textContent),
                             pattern.source, { timeout: 20_000 });
  return feedsStatus(page);
}

async function waitForHeadline(page, title) {
  await page.waitForFunction((t) => [...document.querySelectorAll('#fv-headlines .fv-title')].some((e) => e.textContent === t),
                             title, { timeout: 20_000 });
}

function row(page, name) {
  return page.locator('#fv-feed-list li').filter({ has: page.locator('.fv-feed-name', { hasText: name }) });
}

test('an OPML file chosen in the file picker adds its feeds with their nested folders; they load and survive a reload', async () => {
  const file = path.join(tmp, 'nested.opml');
  fs.writeFileSync(file, nestedOpml());
  const { context, page, problems } = await app.open();
  try {
    await page.setInputFiles('#fv-opml-file', file);
    assert.equal(await waitForStatus(page, /^Imported/), 'Imported 4 feeds in 3 folders.');
    assert.equal(await page.evaluate(() => window.feedview.feedsPanelOpen), true, 'the panel opens to show the summary');
    const list = await readFeeds(page);
    assert.deepEqual(list.filter((f) => f.url.startsWith(feeds.url)).map((f) => [f.name, f.folder]), [
      ['ETag news', 'World / Europe'], ['Atom side', 'World'], ['TTL feed', 'Slow'], ['Latin', ''],
    ]);
    await waitForHeadline(page, ITEMS[0]);
    await waitForHeadline(page, 'Atom entry one');
    await waitForHeadline(page, 'Café déjà vu');
    await waitForIdle(page);
    await screenshot(page, 'subscriptions-imported');

    await page.evaluate(() => window.feedview.subscriptionsSaved());
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('#fv-feed-list li').length >= 5);
    assert.deepEqual((await readFeeds(page)).map((f) => [f.name, f.folder]), list.map((f) => [f.name, f.folder]));
    await waitForHeadline(page, 'Atom entry one');
    assert.deepEqual(problems.filter((p) => !/favicon|404/.test(p)), []);
  } finally {
    await context.close();
  }
});

test('an OPML file dropped onto the page is imported; feeds already there are counted, not doubled', async () => {
  const { context, page } = await app.open();
  try {
    const drop = (text, name) => page.evaluate(({ text, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/x-opml' }));
      const target = document.getElementById('fv-canvas');
      target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      const overlay = !document.getElementById('fv-drop').hidden;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      return { overlay, after: !document.getElementById('fv-drop').hidden };
    }, { text, name });
    const shown = await drop(nestedOpml(), 'subscriptions.opml');
    assert.deepEqual(shown, { overlay: true, after: false }, 'the drop hint shows while dragging only');
    assert.equal(await waitForStatus(page, /^Imported/), 'Imported 4 feeds in 3 folders.');
    await waitForHeadline(page, ITEMS[1]);
    await drop(nestedOpml(), 'again.xml');
    assert.equal(await waitForStatus(page, /^No new feeds/), 'No new feeds: all 4 feeds in the file are subscribed already.');
    await drop('just some words', 'notes.opml');
    assert.match(await waitForStatus(page, /not an OPML/), /That file is not an OPML subscription list/);
    assert.equal((await readFeeds(page)).length, 5);
  } finally {
    await context.close();
  }
});

test('adding by address: a web page announcing a feed adds the feed; nothing found and bad addresses say why', async () => {
  const { context, page } = await app.open();
  try {
    const address = page.locator('#fv-feed-address');
    await address.fill('javascript:alert(1)');
    await address.press('Enter');
    assert.match(await waitForStatus(page, /web address/), /not a web address/);

    await address.fill(`${feeds.url}/not-a-feed.txt?cors=1`);
    await address.press('Enter');
    assert.match(await waitForStatus(page, /^No feed found/), /^No feed found at http.*not-a-feed\.txt/);

    await address.fill(`${feeds.url}/page-cors.html?cors=1`);
    await address.press('Enter');
    assert.match(await waitForStatus(page, /^Added/), /^Added http:\/\/127\.0\.0\.1:\d+\/etag\.xml\?cors=1\./);
    await waitForHeadline(page, ITEMS[2]);
    await page.waitForFunction(() => [...document.querySelectorAll('#fv-feed-list .fv-feed-name')].some((e) => e.textContent === 'ETag feed'));

    await address.fill(`${feeds.url}/etag.xml?cors=1#again`);
    await address.press('Enter');
    assert.equal(await waitForStatus(page, /^Already/), 'Already subscribed: “ETag feed”.');
    await waitForIdle(page);
    await screenshot(page, 'subscriptions-added');
  } finally {
    await context.close();
  }
});

test('rename, move to a new folder, remove and undo; the store keeps the result across a reload', async () => {
  const { context, page } = await app.open();
  try {
    const address = page.locator('#fv-feed-address');
    await address.fill(`${feeds.url}/atom.xml?cors=1`);
    await address.press('Enter');
    await waitForStatus(page, /^Added/);
    await waitForHeadline(page, 'Atom entry one');
    await page.waitForFunction(() => [...document.querySelectorAll('#fv-feed-list .fv-feed-name')].some((e) => e.textContent === 'Atom side'));

    const atom = row(page, 'Atom side');
    await atom.getByLabel('New name for Atom side').fill('  My   Atom ');
    await atom.getByRole('button', { name: 'Rename' }).press('Enter');
    assert.equal(await waitForStatus(page, /^Renamed/), 'Renamed to “My Atom”.');

    const mine = row(page, 'My Atom');
    await mine.getByLabel(/^Folder for My Atom/).fill('Tech/ Tools');
    await mine.getByLabel(/^Folder for My Atom/).press('Enter');
    assert.equal(await waitForStatus(page, /^Moved/), 'Moved “My Atom” to “Tech / Tools”.');
    assert.deepEqual((await readFeeds(page)).find((f) => f.name === 'My Atom').folder, 'Tech / Tools');

    // Remove: the feed and its headlines go; Undo brings both back.
    await row(page, 'My Atom').getByRole('button', { name: 'Remove My Atom' }).press('Enter');
    await page.waitForFunction(() => !document.getElementById('fv-feeds-undo').hidden);
    assert.equal(await page.$eval('#fv-feeds-undo span', (e) => e.textContent), 'Removed “My Atom”.');
    assert.equal((await readFeeds(page)).some((f) => f.name === 'My Atom'), false);
    await page.waitForFunction(() => ![...document.querySelectorAll('#fv-headlines .fv-title')].some((e) => e.textContent === 'Atom entry one'));
    await waitForIdle(page);
    await screenshot(page, 'subscriptions-undo');
    await page.locator('#fv-feeds-undo button').press('Enter');
    assert.equal(await waitForStatus(page, /^Restored/), 'Restored “My Atom”.');
    await waitForHeadline(page, 'Atom entry one');

    await page.evaluate(() => window.feedview.subscriptionsSaved());
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('#fv-feed-list li').length === 2);
    assert.deepEqual((await readFeeds(page)).map((f) => [f.name, f.folder]),
                     [['Google News — World', 'News'], ['My Atom', 'Tech / Tools']]);

    // A removal that is not undone stays removed after a reload.
    await row(page, 'My Atom').getByRole('button', { name: 'Remove My Atom' }).press('Enter');
    await page.waitForFunction(() => !document.getElementById('fv-feeds-undo').hidden);
    await page.evaluate(() => window.feedview.subscriptionsSaved());
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('#fv-feed-list li').length === 1);
    assert.deepEqual((await readFeeds(page)).map((f) => f.name), ['Google News — World']);
  } finally {
    await context.close();
  }
});

test('the exported OPML file re-imports to the same subscriptions, folders included', async () => {
  const file = path.join(tmp, 'export-source.opml');
  fs.writeFileSync(file, nestedOpml());
  let exported;
  let before;
  {
    const { context, page } = await app.open();
    try {
      await page.setInputFiles('#fv-opml-file', file);
      await waitForStatus(page, /^Imported/);
      await waitForHeadline(page, 'Atom entry one');
      before = await readFeeds(page);
      const download = page.waitForEvent('download');
      await page.locator('#fv-opml-export').press('Enter');
      const d = await download;
      assert.equal(d.suggestedFilename(), 'subscriptions.opml');
      exported = path.join(tmp, 'exported.opml');
      await d.saveAs(exported);
      assert.match(await waitForStatus(page, /^Saved/), /^Saved subscriptions\.opml with 5 feeds\.$/);
    } finally {
      await context.close();
    }
  }
  const text = fs.readFileSync(exported, 'utf8');
  assert.match(text, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
  {
    // A fresh browser profile: the bundled feed is seeded, then the export imported.
    const { context, page } = await app.open();
    try {
      await page.setInputFiles('#fv-opml-file', exported);
      assert.equal(await waitForStatus(page, /^(Imported|No new)/), 'Imported 4 feeds in 3 folders (1 already subscribed).');
      const after = await readFeeds(page);
      const key = (list) => list.map((f) => `${f.url} | ${f.name} | ${f.folder}`).sort();
      assert.deepEqual(key(after), key(before));
    } finally {
      await context.close();
    }
  }
});

test('"Copy as Markdown" puts the open story with its front matter on the clipboard; "Download view as JSON" saves the listed headlines', async () => {
  const { context, page } = await app.open({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await page.focus('#fv-canvas');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.getElementById('fv-article').hidden);
    const article = await readArticle(page);
    await waitForIdle(page);
    await screenshot(page, 'subscriptions-reading-pane-exports');
    await page.locator('#fv-article button', { hasText: 'Copy as Markdown' }).press('Enter');
    const md = await page.waitForFunction(async () => {
      const t = await navigator.clipboard.readText();
      return t.startsWith('---\n') ? t : null;
    }).then((h) => h.jsonValue());
    const front = md.split('\n---\n')[0];
    for (const field of ['title', 'date', 'description', 'summary', 'slug', 'image', 'link', 'source', 'categories', 'tags', 'draft']) {
      assert.match(front, new RegExp(`^${field}:`, 'm'), field);
    }
    assert.ok(front.includes(article.title), 'the title is the open story');
    assert.match(front, new RegExp(`^source: '${new URL('feeds/google-news-world.xml', app.server.url).href}'`, 'm'));

    const mdDownload = page.waitForEvent('download');
    await page.locator('#fv-article button', { hasText: 'Download Markdown' }).press('Enter');
    const m = await mdDownload;
    assert.match(m.suggestedFilename(), /^[a-z0-9-]+\.md$/);

    const download = page.waitForEvent('download');
    await page.locator('#fv-view-json').press('Enter');
    const d = await download;
    assert.equal(d.suggestedFilename(), 'feedview-view.json');
    const saved = path.join(tmp, 'view.json');
    await d.saveAs(saved);
    const view = JSON.parse(fs.readFileSync(saved, 'utf8'));
    const listed = await readMirror(page);
    assert.equal(view.items.length, listed.length);
    assert.deepEqual(view.items.map((i) => i.link), listed.map((r) => r.href));
  } finally {
    await context.close();
  }
});

test('the feeds panel on the canvas: light and dark, wide and phone-sized; Escape closes it', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      const { context, page } = await app.open({
        colorScheme, viewport: { width, height: width > 700 ? 800 : 740 } });
      try {
        await page.locator('#fv-feeds-open').press('Enter');
        await page.waitForFunction(() => window.feedview.feedsPanelOpen);
        await page.locator('#fv-feed-address').fill('not an address');
        await page.locator('#fv-feed-address').press('Enter');
        await waitForStatus(page, /web address/);
        await waitForIdle(page);
        await screenshot(page, `subscriptions-panel-${colorScheme}-${width}`);
        await page.focus('#fv-canvas');
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !window.feedview.feedsPanelOpen);
        assert.equal(await page.$eval('#fv-feeds', (e) => e.dataset.open), 'false');
      } finally {
        await context.close();
      }
    }
  }
});

test('renaming a folder renames the folders below it, on the canvas list and in the store', async () => {
  const file = path.join(tmp, 'folders.opml');
  fs.writeFileSync(file, nestedOpml());
  const { context, page } = await app.open();
  try {
    await page.setInputFiles('#fv-opml-file', file);
    await waitForStatus(page, /^Imported/);
    const field = page.getByLabel('New name for the folder World', { exact: true });
    await field.fill('Abroad');
    await field.press('Enter');
    assert.equal(await waitForStatus(page, /^Renamed the folder/), 'Renamed the folder to “Abroad”.');
    const folders = async () => Object.fromEntries((await readFeeds(page)).map((f) => [f.name, f.folder]));
    assert.equal((await folders())['ETag news'], 'Abroad / Europe');
    assert.equal((await folders())['Atom side'], 'Abroad');
    await waitForIdle(page);
    await screenshot(page, 'subscriptions-folders');
    await page.evaluate(() => window.feedview.subscriptionsSaved());
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('#fv-feed-list li').length >= 5);
    assert.equal((await folders())['ETag news'], 'Abroad / Europe');
    assert.deepEqual(await page.$$eval('#fv-folder-list li', (lis) => lis.map((li) => li.dataset.folder)),
                     ['Abroad', 'Abroad / Europe', 'News', 'Slow']);
  } finally {
    await context.close();
  }
});

test('a feed from ?feed= is for the visit only until Keep stores it', async () => {
  const visit = `${feeds.url}/atom.xml?cors=1`;
  const url = `${app.server.url}?feed=${encodeURIComponent(visit)}`;
  const { context, page } = await openApp(app.browser, url);
  try {
    await waitForHeadline(page, 'Atom entry one');
    const atom = page.locator('#fv-feed-list li', { has: page.locator('.fv-feed-name', { hasText: 'Atom side' }) });
    await page.waitForFunction(() => [...document.querySelectorAll('#fv-feed-list .fv-feed-info')].some((e) => /this visit only/.test(e.textContent)));
    assert.equal(await atom.getAttribute('data-folder'), 'From the link');
    await atom.getByRole('button', { name: 'Keep' }).press('Enter');
    assert.equal(await waitForStatus(page, /^Subscribed/), 'Subscribed to “Atom side”.');
    await page.evaluate(() => window.feedview.subscriptionsSaved());
    await page.goto(app.server.url);
    await waitForHeadline(page, 'Atom entry one');
    assert.deepEqual((await readFeeds(page)).map((f) => [f.url, f.folder]),
                     [[new URL('feeds/google-news-world.xml', app.server.url).href, 'News'], [visit, 'From the link']]);
  } finally {
    await context.close();
  }
});

test('on the canvas: Remove on a feed row, Undo in the bar, Done closes the panel (mouse)', async () => {
  // Clicked where the panel drew them (window.feedview.target).
  const { context, page } = await app.open({ viewport: { width: 1280, height: 800 } });
  try {
    await page.locator('#fv-feeds-open').press('Enter');
    await page.waitForFunction(() => window.feedview.feedsPanelOpen);
    await clickTarget(page, 'feeds-remove', 0);  // "Remove" of the only feed
    await page.waitForFunction(() => !document.getElementById('fv-feeds-undo').hidden);
    assert.equal((await readFeeds(page)).length, 0);
    await waitForIdle(page);
    await screenshot(page, 'subscriptions-canvas-removed');
    await clickTarget(page, 'feeds-undo');  // "Undo" in the bar
    await page.waitForFunction(() => document.querySelectorAll('#fv-feed-list li').length === 1);
    assert.equal(await feedsStatus(page), 'Restored “Google News — World”.');
    await clickTarget(page, 'feeds-done');
    await page.waitForFunction(() => !window.feedview.feedsPanelOpen);
    assert.ok((await readMirror(page)).length > 0, 'the headlines are back');
  } finally {
    await context.close();
  }
});
