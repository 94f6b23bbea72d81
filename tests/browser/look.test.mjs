// How the dashboard looks: light and dark schemes following prefers-color-scheme, the theme
// switch remembered across reloads, and narrow (phone) and wide layouts. Screenshots go to
// build/test-results/ for a person to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openApp, readMirror, screenshot, startServer, waitForIdle } from './lib/harness.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the dark scheme follows prefers-color-scheme', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await openApp(browser, server.url, { colorScheme, deviceScaleFactor: 2 });
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
  const { context, page } = await openApp(browser, server.url, { viewport, colorScheme: 'light' });
  try {
    // The switch sits at the right end of the header of the centred 760 px column.
    const theSwitch = { x: 1004 - 22, y: 28 };
    await waitForIdle(page);
    await page.mouse.click(theSwitch.x, theSwitch.y);  // Auto -> Light
    await page.mouse.click(theSwitch.x, theSwitch.y);  // Light -> Dark
    await page.waitForFunction(() => window.feedview.dark === true);
    assert.equal(await page.evaluate(() => localStorage.getItem('feedview.theme')), 'dark');
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length > 0);
    assert.equal(await page.evaluate(() => window.feedview.dark), true);
    await page.mouse.click(theSwitch.x, theSwitch.y);  // Dark -> Auto (system: light)
    await page.waitForFunction(() => window.feedview.dark === false);
  } finally {
    await context.close();
  }
});

test('the list lays out at phone widths down to 320 px', async () => {
  for (const width of [320, 375]) {
    const { context, page } = await openApp(browser, server.url, {
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
