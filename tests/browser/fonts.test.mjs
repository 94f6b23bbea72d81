// Text in every script: headlines in Japanese, Chinese, Korean, Arabic, Hebrew, Hindi and Thai,
// and emoji, are drawn with glyphs from fallback fonts fetched only when needed — only the
// chunk files that cover the headlines' codepoints are requested — and the glyph atlas stays
// under its cap. Screenshots in build/test-results/fonts-*.png are for a person to look at
// (no boxes, no question marks, right-to-left lines reading right to left).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  makeSite, openApp, resultsDir, useApp, waitForIdle, webRoot, withSite,
} from './lib/harness.mjs';

const TITLES = [
  '東京で新しい駅が開業、通勤客に歓迎される',        // Japanese
  '北京发布新的空气质量报告',                          // Chinese
  '서울에서 새로운 지하철 노선 개통',                   // Korean
  'مرحبا بالعالم: أخبار اليوم',                         // Arabic
  'שלום עולם: חדשות היום',                              // Hebrew
  'भारत में नई रेल सेवा शुरू',                            // Hindi
  'ข่าววันนี้ ประเทศไทย',                                 // Thai
  'Markets rally 📈 as tech stocks soar 🚀',            // emoji
];

function rss(titles) {
  const items = titles.map((t, i) =>
    `<item><title>${t}</title><link>https://example.com/${i}</link><guid>g${i}</guid>` +
    `<pubDate>${new Date(Date.UTC(2026, 0, 8, 12, 0, 0) - i * 60_000).toUTCString()}</pubDate></item>`);
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>World</title>` +
         `<link>https://example.com/</link>${items.join('')}</channel></rss>`;
}

// fonts/fallback/manifest.txt as [{ regular, bold, ranges: [[a, b]] }].
function readManifest() {
  const text = fs.readFileSync(path.join(webRoot, 'fonts/fallback/manifest.txt'), 'utf8');
  return text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
    const [regular, bold, ranges] = l.split(' ');
    return {
      regular, bold: bold === '-' ? null : bold,
      ranges: ranges.split(',').map((r) => r.split('-').map((h) => parseInt(h, 16))).map(([a, b]) => [a, b ?? a]),
    };
  });
}

// The files the app should fetch for `texts`: the manifest and each chunk (both weights)
// drawing one of their codepoints.
function expectedFiles(texts) {
  const manifest = readManifest();
  const files = new Set(['manifest.txt']);
  for (const cp of new Set([...texts.join('')].map((c) => c.codePointAt(0)))) {
    const chunk = manifest.find((m) => m.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (!chunk) continue;
    files.add(chunk.regular);
    if (chunk.bold) files.add(chunk.bold);
  }
  return files;
}

const app = useApp({ site: () => makeSite([{ name: 'world.xml', xml: rss(TITLES), title: 'World' }]) });

async function openWithFonts(options = {}) {
  const opened = await app.open({ minHeadlines: TITLES.length, ...options });
  const { page } = opened;
  // Every fallback codepoint kept has its glyph once the chunks have arrived.
  await page.waitForFunction(() => {
    const a = window.feedview && window.feedview.atlas;
    return a && a.fallbackCodepoints > 0 && a.fallbackGlyphs === a.fallbackCodepoints;
  }, null, { timeout: 30_000 });
  await waitForIdle(page);
  return opened;
}

test('headlines in seven scripts and emoji get their glyphs from only the chunks they need', async () => {
  const { context, page, problems } = await app.open({ minHeadlines: TITLES.length });
  try {
    // Requests made before the listener existed are in the resource timing list.
    await page.waitForFunction(() => {
      const a = window.feedview && window.feedview.atlas;
      return a && a.fallbackCodepoints > 0 && a.fallbackGlyphs === a.fallbackCodepoints;
    }, null, { timeout: 30_000 });
    await waitForIdle(page);
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/fonts/fallback/'))
      .map((p) => p.slice('/fonts/fallback/'.length)));
    const expected = expectedFiles([...TITLES, 'World']);
    assert.deepEqual(new Set(fetched), expected, 'exactly the chunks covering the headlines');
    assert.equal(fetched.length, expected.size, 'each file fetched once');
    // Chunks, not whole fonts: a small part of all the fallback bytes.
    const dir = path.join(webRoot, 'fonts/fallback');
    const size = (f) => fs.statSync(path.join(dir, f)).size;
    const bytes = fetched.reduce((sum, f) => sum + size(f), 0);
    const all = fs.readdirSync(dir).reduce((sum, f) => sum + size(f), 0);
    console.log(`fallback files fetched: ${fetched.length}, ${Math.round(bytes / 1024)} KB of ${Math.round(all / 1024)} KB`);
    assert.ok(bytes < all / 10, `${bytes} of ${all} bytes`);

    const atlas = await page.evaluate(() => window.feedview.atlas);
    assert.ok(atlas.fallbackCodepoints <= atlas.cap, JSON.stringify(atlas));
    assert.ok(atlas.height <= 4096 && atlas.width <= 4096, JSON.stringify(atlas));
    console.log(`atlas ${atlas.width}x${atlas.height}, ${atlas.fallbackGlyphs} fallback glyphs`);

    fs.mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: path.join(resultsDir, 'fonts-scripts.png') });
    // Zoomed on the list for a person to check glyph by glyph.
    await page.screenshot({ path: path.join(resultsDir, 'fonts-scripts-zoom.png'),
                            clip: { x: 260, y: 60, width: 520, height: 560 } });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('at 2x the scripts are drawn sharp and the atlas stays within its bounds', async () => {
  const { context, page } = await openWithFonts({ deviceScaleFactor: 2 });
  try {
    const atlas = await page.evaluate(() => window.feedview.atlas);
    assert.ok(atlas.height <= 4096, JSON.stringify(atlas));
    await page.screenshot({ path: path.join(resultsDir, 'fonts-scripts-2x.png') });
  } finally {
    await context.close();
  }
});

test('once fetched, fallback chunks come from the service worker cache', async () => {
  const { context, page } = await openWithFonts();
  try {
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The first visit's fetches may predate the worker: reload under its control.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller && window.feedview.ready);
    await page.waitForFunction(() => {
      const a = window.feedview && window.feedview.atlas;
      return a && a.fallbackCodepoints > 0 && a.fallbackGlyphs === a.fallbackCodepoints;
    }, null, { timeout: 30_000 });
    const cached = await page.evaluate(async () => {
      const cache = await caches.open('feedview-fonts-v1');
      return (await cache.keys()).map((r) => new URL(r.url).pathname.split('/').pop());
    });
    const expected = expectedFiles([...TITLES, 'World']);
    for (const f of expected) assert.ok(cached.includes(f), `${f} cached`);
    // Offline, a reload still draws every script.
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => {
      const a = window.feedview && window.feedview.atlas;
      return a && a.fallbackCodepoints > 0 && a.fallbackGlyphs === a.fallbackCodepoints;
    }, null, { timeout: 30_000 });
  } finally {
    await context.close();
  }
});

test('a feed with thousands of distinct ideographs keeps the atlas under its cap', async () => {
  // 3,000 distinct CJK ideographs (more than the cap): the most recently seen are kept.
  const chars = [];
  for (let cp = 0x4E00; chars.length < 3000; ++cp) chars.push(String.fromCodePoint(cp));
  const titles = [];
  for (let i = 0; i < chars.length; i += 30) titles.push(chars.slice(i, i + 30).join(''));
  await withSite(makeSite([{ name: 'cjk.xml', xml: rss(titles), title: 'CJK' }]), async (big) => {
    const { context, page } = await openApp(app.browser, big.url, { minHeadlines: titles.length });
    try {
      await page.waitForFunction(() => {
        const a = window.feedview && window.feedview.atlas;
        return a && a.fallbackGlyphs > 1000;
      }, null, { timeout: 60_000 });
      await waitForIdle(page, { timeoutMs: 30_000 });
      const atlas = await page.evaluate(() => window.feedview.atlas);
      assert.ok(atlas.fallbackCodepoints <= atlas.cap, JSON.stringify(atlas));
      assert.ok(atlas.height <= 4096, JSON.stringify(atlas));
      await page.screenshot({ path: path.join(resultsDir, 'fonts-cap.png') });
    } finally {
      await context.close();
    }
  });
});
