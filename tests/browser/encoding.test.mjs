// Feeds in legacy encodings, as the web app meets them. The app's Wasm leaves these to the
// browser's TextDecoder (src/platform/web/legacy_decoder_web.cpp) instead of shipping decoding
// tables, so this checks that path end to end: the declared encoding reaches TextDecoder and
// the headlines come out right in the list and its accessible mirror.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSite, readMirror, useApp } from './lib/harness.mjs';

// Titles and their bytes in each encoding (Python's codecs wrote the hex).
const FEEDS = [
  { encoding: 'KOI8-R', title: 'Новости дня', hex: 'eecfd7cfd3d4c920c4ced1' },
  { encoding: 'Shift_JIS', title: '東京の天気', hex: '938c8b9e82cc93568b43' },
  { encoding: 'GBK', title: '北京新闻', hex: 'b1b1bea9d0c2cec5' },
  { encoding: 'EUC-KR', title: '서울 뉴스', hex: 'bcadbfef20b4babdba' },
  { encoding: 'Big5', title: '台北新聞', hex: 'a578a55fb773bb44' },
  { encoding: 'ISO-8859-7', title: 'Ειδήσεις', hex: 'c5e9e4def3e5e9f2' },
];

function feedBytes({ encoding, hex }, i) {
  const date = new Date(Date.UTC(2026, 0, 8, 12, i)).toUTCString();
  return Buffer.concat([
    Buffer.from(`<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel>` +
                `<title>${encoding}</title><link>https://example.com/</link><item><title>`),
    Buffer.from(hex, 'hex'),
    Buffer.from(`</title><link>https://example.com/${i}</link><pubDate>${date}</pubDate>` +
                `</item></channel></rss>`),
  ]);
}

const app = useApp({ site: () => makeSite(
  FEEDS.map((f, i) => ({ name: `feed-${i}.xml`, xml: feedBytes(f, i), title: f.encoding }))) });

test('headlines of KOI8-R, Shift_JIS, GBK, EUC-KR, Big5 and ISO-8859-7 feeds read right', async () => {
  const { context, page, problems } = await app.open({ minHeadlines: FEEDS.length });
  try {
    const titles = (await readMirror(page)).map((r) => r.title).sort();
    assert.deepEqual(titles, FEEDS.map((f) => f.title).sort());
    assert.deepEqual(problems.filter((p) => !/ServiceWorker|404/.test(p)), []);
  } finally {
    await context.close();
  }
});
