// Stories in the list, the card grid and thumbnails, the way a reader meets them: the view bar
// under the header switches Newest / Top stories, Group by story and List / Cards (remembered);
// a grouped story expands with → to show its other sources; the card grid's columns follow the
// width; thumbnails served next to the app appear, a broken image leaves its placeholder.
// Screenshots (light and dark cards at 1400 px, the list at 375 px) go to build/test-results/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  beforeAll, clickTarget, makeSite, readArticle, readMirror, screenshot, useApp, waitForIdle,
} from './lib/harness.mjs';

// ---- A small PNG writer (solid colour), so the test serves real images -----------------------
const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function solidPng(w, h, [r, g, b]) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;  // bit depth
  ihdr[9] = 2;  // truecolour RGB
  const row = Buffer.alloc(1 + w * 3);
  for (let x = 0; x < w; ++x) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
                        chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const RED = [214, 48, 49], TEAL = [0, 150, 136];

// ---- Feeds: three outlets covering two shared stories, plus stories of their own --------------
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function rss(title, source, items, base) {
  const body = items.map((it, i) => {
    const img = it.image ? `<media:thumbnail url="${base}${it.image}" width="320" height="180"/>` : '';
    return `<item><title>${esc(it.title)}</title><link>https://${source.host}/news/${it.slug}</link>` +
      `<guid>${source.host}-${i}</guid><pubDate>${new Date(it.at).toUTCString()}</pubDate>` +
      `<source url="https://${source.host}/">${esc(source.name)}</source>${img}</item>`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">` +
    `<channel><title>${esc(title)}</title><link>https://${source.host}/</link>${body}</channel></rss>`;
}

const NOW = Date.now();
const min = (m) => NOW - m * 60_000;
function feeds(base) {
  return [
    { name: 'wire.xml', title: 'World Wire', xml: rss('World Wire', { name: 'World Wire', host: 'wire.example' }, [
      { title: 'Allies pledge security guarantees for Ukraine at Paris summit', slug: 'paris', at: min(50), image: 'img/red.png' },
      { title: 'Central bank holds interest rates steady as inflation cools', slug: 'rates', at: min(120), image: 'img/teal.png' },
      { title: 'Volcano erupts on remote Pacific island, flights diverted', slug: 'volcano', at: min(30), image: 'img/missing.png' },
      { title: 'Chess prodigy, 12, becomes youngest grandmaster in history', slug: 'chess', at: min(200) },
    ], base) },
    { name: 'planet.xml', title: 'Daily Planet', xml: rss('Daily Planet', { name: 'Daily Planet', host: 'planet.example' }, [
      { title: 'Paris summit: allies pledge Ukraine security guarantees', slug: 'paris', at: min(40), image: 'img/red.png' },
      { title: 'Interest rates held steady by central bank as inflation cools', slug: 'rates', at: min(100) },
      { title: 'City council approves new bicycle lanes downtown', slug: 'bikes', at: min(10) },
    ], base) },
    { name: 'metro.xml', title: 'Metro Times', xml: rss('Metro Times', { name: 'Metro Times', host: 'metro.example' }, [
      { title: 'Ukraine security guarantees pledged by allies at Paris summit', slug: 'paris', at: min(20) },
      { title: 'Museum reopens after decade-long restoration of its glass roof', slug: 'museum', at: min(5), image: 'img/teal.png' },
    ], base) },
  ];
}
const ITEMS = 9;

const app = useApp({ site: () => makeSite(feeds('http://placeholder/'), {
  'img/red.png': solidPng(320, 180, RED), 'img/teal.png': solidPng(240, 240, TEAL) }) });
beforeAll(() => {
  // Images are absolute URLs on the test server, as feeds give them.
  for (const f of feeds(app.server.url)) fs.writeFileSync(path.join(app.site, 'feeds', f.name), f.xml);
});

// The view bar's controls are clicked where the app drew them (window.feedview.target):
// 'sort' 0/1 (Newest | Top stories), 'group' (the Group by story switch), 'layout' 0/1
// (List | Cards).
const setting = (page, key) => page.evaluate((k) => localStorage.getItem(`feedview.${k}`), key);
const waitAll = (page) => page.waitForFunction((n) => window.feedview.headlines >= n, ITEMS, { timeout: 30_000 });

// Pixels of `rgb` (within a tolerance) in a screenshot, counted in the page.
async function countColour(page, png, rgb) {
  return page.evaluate(async ([b64, [r, g, b]]) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4)
      if (Math.abs(d[i] - r) < 12 && Math.abs(d[i + 1] - g) < 12 && Math.abs(d[i + 2] - b) < 12) ++n;
    return n;
  }, [png.toString('base64'), rgb]);
}

test('Top stories puts the story covered by most sources first', async () => {
  const width = 1400;
  const { context, page, problems } = await app.open({ viewport: { width, height: 900 } });
  try {
    await waitAll(page);
    await waitForIdle(page);
    let rows = await readMirror(page);
    assert.equal(rows.length, ITEMS);
    assert.match(rows[0].title, /Museum reopens/);  // Newest: the latest item first
    await clickTarget(page, 'sort', 1);
    await page.waitForFunction(() => /Paris summit|Ukraine/.test(document.querySelector('#fv-headlines li .fv-title')?.textContent));
    assert.equal(await setting(page, 'view.sort'), 'top');
    rows = await readMirror(page);
    // The three Paris-summit reports lead (3 sources), then the two rates reports (2 sources).
    assert.deepEqual(rows.slice(0, 3).map((r) => r.source).sort(), ['Daily Planet', 'Metro Times', 'World Wire']);
    for (const r of rows.slice(0, 3)) assert.match(r.title, /summit/i);
    for (const r of rows.slice(3, 5)) assert.match(r.title, /interest rates/i);
    assert.match(rows[0].html, /3 sources/);
    await screenshot(page, 'stories-top-1400');
    assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  } finally {
    await context.close();
  }
});

test('Group by story shows one row per story with its source count, and → expands it', async () => {
  const width = 1400;
  const { context, page, problems } = await app.open({ viewport: { width, height: 900 } });
  try {
    await waitAll(page);
    await waitForIdle(page);
    await clickTarget(page, 'sort', 1);
    await clickTarget(page, 'group');
    await page.waitForFunction(() => document.querySelector('#fv-headlines li[data-members]'));
    assert.equal(await setting(page, 'view.group'), '1');
    let rows = await readMirror(page);
    // 9 items in 6 stories: Paris (3), rates (2) and four single reports.
    assert.equal(rows.length, 6);
    assert.equal(await page.evaluate(() => window.feedview.shownRows), 6);
    assert.match(rows[0].title, /summit/i);
    assert.match(rows[0].html, /3 sources/);
    assert.equal(await page.$eval('#fv-headlines li', (li) => li.dataset.members), '3');
    assert.match(await page.textContent('#fv-status'), /6 stories/);

    // Select the first story and expand it from the keyboard.
    await page.locator('#fv-canvas').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length === 8);
    rows = await readMirror(page);
    assert.equal(await page.$eval('#fv-headlines li', (li) => li.getAttribute('aria-expanded')), 'true');
    const members = await page.$$eval('#fv-headlines li.fv-member', (lis) => lis.length);
    assert.equal(members, 2);
    assert.deepEqual(rows.slice(0, 3).map((r) => r.source).sort(), ['Daily Planet', 'Metro Times', 'World Wire']);
    for (const r of rows.slice(1, 3)) assert.notEqual(r.time, '');
    await waitForIdle(page);
    await screenshot(page, 'stories-grouped-expanded-1400');

    // Opening the story shows Full coverage from the other feeds, with source and time.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.getElementById('fv-article').hidden);
    const article = await readArticle(page);
    assert.match(article.title, /summit/i);
    const coverage = await page.$$eval('#fv-article .fv-related li', (lis) => lis.map((li) => ({
      source: li.querySelector('.fv-source')?.textContent, time: li.querySelector('.fv-time')?.textContent,
      why: li.title })));
    assert.equal(coverage.length, 2);
    for (const r of coverage) {
      assert.ok(r.source && r.time, JSON.stringify(r));
      assert.match(r.why, /Shared words: .*(summit|ukraine|guarantee)/i);
    }
    await waitForIdle(page);
    await screenshot(page, 'stories-full-coverage-1400');

    // ← collapses again; the choices survive a reload.
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length === 6);
    await page.reload();
    await page.waitForFunction(() => /6 stories/.test(document.getElementById('fv-status').textContent),
                               null, { timeout: 30_000 });
    assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  } finally {
    await context.close();
  }
});

test('the card grid shows several columns at 1400 px, with thumbnails and placeholders', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const width = 1400;
    const { context, page, problems } = await app.open({ viewport: { width, height: 900 }, colorScheme });
    try {
      await waitAll(page);
      await waitForIdle(page);
      assert.equal(await page.evaluate(() => window.feedview.columns), 1);
      await clickTarget(page, 'layout', 1);
      await page.waitForFunction(() => window.feedview.columns > 1);
      assert.equal(await setting(page, 'view.layout'), 'cards');
      await waitForIdle(page);
      assert.ok(await page.evaluate(() => window.feedview.columns) >= 3, `columns: ${await page.evaluate(() => window.feedview.columns)}`);
      // Two distinct images load (red, teal); the missing one leaves a placeholder.
      await page.waitForFunction(() => window.feedview.thumbnails === 2, null, { timeout: 20_000 });
      await waitForIdle(page);
      const png = await page.screenshot();
      await screenshot(page, `stories-cards-${colorScheme}-1400`);
      // Red cards: two Paris reports with red images at a 4:3-ish crop of a ~260 px card.
      assert.ok(await countColour(page, png, RED) > 2 * 150 * 100, 'red thumbnails drawn');
      assert.ok(await countColour(page, png, TEAL) > 2 * 150 * 100, 'teal thumbnails drawn');
      // Every item is still listed: the broken image broke nothing.
      assert.equal((await readMirror(page)).length, ITEMS);
      assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
    } finally {
      await context.close();
    }
  }
});

test('at 375 px the list is one column with small thumbnails', async () => {
  const { context, page, problems } = await app.open({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
  try {
    await waitAll(page);
    assert.equal(await page.evaluate(() => window.feedview.columns), 1);
    await page.waitForFunction(() => window.feedview.thumbnails >= 1, null, { timeout: 20_000 });
    await waitForIdle(page);
    await screenshot(page, 'stories-list-375');
    assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  } finally {
    await context.close();
  }
});
