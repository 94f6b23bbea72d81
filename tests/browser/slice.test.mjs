// The vertical slice in a real browser: the page loads the Wasm module under its strict CSP,
// fetches the bundled feed, core parses it, the dashboard draws it, and the accessible mirror
// lists every headline with its source and link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bundledItems, canvasSizes, frameCount, readMirror, screenshot, useApp, waitForIdle,
} from './lib/harness.mjs';

const app = useApp();

test('mirror lists every bundled headline, newest first, with source and http(s) link', async () => {
  const expected = bundledItems();
  assert.ok(expected.length > 0, 'the sample feed has items');
  const { context, page, problems } = await app.open({ minHeadlines: expected.length });
  try {
    const rows = await readMirror(page);
    assert.equal(rows.length, expected.length);
    const byDate = [...expected].sort((a, b) => Date.parse(b.pubDate) - Date.parse(a.pubDate));
    assert.deepEqual(rows.map((r) => r.title), byDate.map((e) => e.title));
    for (const [i, row] of rows.entries()) {
      assert.equal(row.source, byDate[i].source);
      assert.equal(row.href, byDate[i].link);
      assert.match(row.href, /^https?:\/\//);
      assert.notEqual(row.time, '', 'each headline shows a time');
      // Text only: the <li> holds our elements and text, never markup from the feed.
      assert.doesNotMatch(row.html, /<(?!\/?(a|span)\b)/);
    }
    assert.deepEqual(problems, [], 'no console errors or CSP violations');
    await screenshot(page, 'slice-1x');
  } finally {
    await context.close();
  }
});

for (const deviceScaleFactor of [1, 2]) {
  test(`canvas backing store is CSS size x devicePixelRatio at ${deviceScaleFactor}x, also after a resize`, async () => {
    const { context, page } = await app.open({ deviceScaleFactor });
    try {
      let s = await canvasSizes(page);
      assert.equal(s.dpr, deviceScaleFactor);
      assert.equal(s.backingW, Math.round(s.cssW * deviceScaleFactor));
      assert.equal(s.backingH, Math.round(s.cssH * deviceScaleFactor));
      await waitForIdle(page);
      await screenshot(page, `slice-${deviceScaleFactor}x`);

      await page.setViewportSize({ width: 700, height: 560 });
      await page.waitForFunction((w) => document.getElementById('fv-canvas').width === w,
                                 700 * deviceScaleFactor);
      s = await canvasSizes(page);
      assert.equal(s.cssW, 700);
      assert.equal(s.backingW, 700 * deviceScaleFactor);
      assert.equal(s.backingH, 560 * deviceScaleFactor);
      await waitForIdle(page);
      await screenshot(page, `slice-${deviceScaleFactor}x-700px`);
    } finally {
      await context.close();
    }
  });
}

test('an idle page draws at most about one frame per second', async () => {
  const { context, page } = await app.open();
  try {
    await waitForIdle(page);
    const start = await frameCount(page);
    await page.waitForTimeout(4000);
    const drawn = (await frameCount(page)) - start;
    assert.ok(drawn <= 4, `drew ${drawn} frames in 4 s while idle`);
    // Input wakes it at once.
    await page.mouse.move(300, 200);
    await page.mouse.move(320, 260);
    await page.waitForFunction((n) => window.feedview.frames > n, start + drawn, { timeout: 2000 });
  } finally {
    await context.close();
  }
});
