// How the dashboard looks: light and dark schemes following prefers-color-scheme, the theme
// switch remembered across reloads, and narrow (phone) and wide layouts. Screenshots go to
// build/test-results/ for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clickTarget, edgeContrast, readMirror, resultsDir, screenshot, useApp, waitForIdle,
} from './lib/harness.mjs';
import fs from 'node:fs';
import path from 'node:path';

const app = useApp();

test('the dark scheme follows prefers-color-scheme', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await app.open({ colorScheme, deviceScaleFactor: 2 });
    try {
      assert.equal(await page.evaluate(() => window.feedview.dark), colorScheme === 'dark');
      await waitForIdle(page);
      await screenshot(page, `look-${colorScheme}-2x`);
    } finally {
      await context.close();
    }
  }
});

test('the theme switch cycles Auto, Light, Dark and is remembered after a reload', async () => {
  const viewport = { width: 1280, height: 800 };
  const { context, page } = await app.open({ viewport, colorScheme: 'light' });
  try {
    await clickTarget(page, 'theme');  // Auto -> Light
    await clickTarget(page, 'theme');  // Light -> Dark
    await page.waitForFunction(() => window.feedview.dark === true);
    assert.equal(await page.evaluate(() => localStorage.getItem('feedview.theme')), 'dark');
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length > 0);
    assert.equal(await page.evaluate(() => window.feedview.dark), true);
    await clickTarget(page, 'theme');  // Dark -> Auto (system: light)
    await page.waitForFunction(() => window.feedview.dark === false);
  } finally {
    await context.close();
  }
});

test('the list lays out at phone widths down to 320 px', async () => {
  for (const width of [320, 375]) {
    const { context, page } = await app.open({
      viewport: { width, height: 640 }, deviceScaleFactor: 2 });
    try {
      assert.ok((await readMirror(page)).length > 0);
      await waitForIdle(page);
      await screenshot(page, `look-${width}px`);
    } finally {
      await context.close();
    }
  }
});

test('text at 2x is rasterised at device resolution: as sharp as at 1x, sharper than 1x upscaled', async () => {
  // The first headline's title, in CSS px, at 1280 px wide (760 px column centred right of the
  // 248 px sidebar: 384..1144).
  const clip = { x: 384, y: 72, width: 520, height: 28 };
  const shots = {};
  for (const deviceScaleFactor of [1, 2]) {
    const { context, page } = await app.open({ deviceScaleFactor });
    try {
      await waitForIdle(page);
      shots[deviceScaleFactor] = await page.screenshot({ clip });
      fs.mkdirSync(resultsDir, { recursive: true });
      fs.writeFileSync(path.join(resultsDir, `look-title-${deviceScaleFactor}x.png`), shots[deviceScaleFactor]);
    } finally {
      await context.close();
    }
  }
  const sharp1 = await edgeContrast(app.browser, shots[1]);
  const sharp2 = await edgeContrast(app.browser, shots[2]);
  const blurred = await edgeContrast(app.browser, shots[1], { upscale: 2 });
  assert.ok(sharp1 > 40, `1x title has visible glyph edges (${sharp1})`);
  assert.ok(sharp2 >= 0.85 * sharp1, `2x edges (${sharp2}) as crisp as 1x (${sharp1})`);
  assert.ok(sharp2 > 1.15 * blurred, `2x edges (${sharp2}) crisper than 1x upscaled (${blurred})`);
});
