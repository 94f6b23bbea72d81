// The platform layer's manners: a hidden tab draws nothing, Cmd-Tab leaves no Meta key stuck,
// and an app framed in a longer page never steals that page's scroll (wheel scroll chaining).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  frameCount, makeSite, readArticle, rssWithItems, screenshot, useApp, waitForIdle,
} from './lib/harness.mjs';

// A host page: the app framed between two blocks of text, the page much taller than the window.
// No script and no inline style (the served folder's CSP).
const app = useApp({ site: () => makeSite([{ name: 'long.xml', xml: rssWithItems(80), title: 'Long' }], {
  'host.css': 'body{margin:0;font:16px sans-serif} .tall{height:1500px;background:#eef}' +
              ' iframe{display:block;width:900px;height:500px;border:0}',
  'host.html': '<!doctype html><meta charset="utf-8"><title>host</title><link rel="stylesheet" href="host.css">' +
               '<div class="tall">Host page above</div><iframe id="app" title="feedview" src="index.html"></iframe>' +
               '<div class="tall">Host page below</div>',
}) });

// Makes the page believe it is hidden (or visible again) the way the browser tells it: the
// visibilityState/hidden properties and a visibilitychange event. requestAnimationFrame keeps
// running (the tab is really visible), so only the app's own bookkeeping can stop the frames.
function setHidden(page, hidden) {
  return page.evaluate((h) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('a hidden tab draws nothing, whatever arrives, and draws again when shown', async () => {
  const { context, page } = await app.open({ minHeadlines: 80 });
  try {
    await waitForIdle(page);
    await setHidden(page, true);
    const before = await frameCount(page);
    // Things that draw a frame in a visible tab: pointer moves, a click, a key, a resize.
    await page.mouse.move(600, 300);
    await page.mouse.move(620, 340);
    await page.mouse.click(620, 340);
    await page.keyboard.press('j');
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.waitForTimeout(1500);
    assert.equal(await frameCount(page), before, 'no frame while hidden');
    await setHidden(page, false);
    await page.waitForFunction((n) => window.feedview.frames > n, before);
    const size = await page.evaluate(() => document.getElementById('fv-canvas').width);
    assert.equal(size, 1100, 'the resize is applied once visible');
  } finally {
    await context.close();
  }
});

test('no stuck Meta after Cmd-Tab: j moves the selection instead of being a shortcut', async () => {
  const { context, page } = await app.open({ minHeadlines: 80 });
  try {
    await page.focus('#fv-canvas');
    const cdp = await context.newCDPSession(page);
    // Cmd goes down; the system switches apps (window blur), so the page never sees it go up.
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown', key: 'Meta', code: 'MetaLeft', windowsVirtualKeyCode: 91, modifiers: 4,
    });
    await page.evaluate(() => {
      const c = document.getElementById('fv-canvas');
      c.dispatchEvent(new FocusEvent('blur'));
      window.dispatchEvent(new FocusEvent('blur'));
    });
    await waitForIdle(page);
    // Back in the browser: focus returns, then j and Enter without any modifier.
    await page.evaluate(() => {
      window.dispatchEvent(new FocusEvent('focus'));
      document.getElementById('fv-canvas').dispatchEvent(new FocusEvent('focus'));
    });
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.getElementById('fv-article').hidden);
    assert.equal((await readArticle(page)).title, 'Headline 2: story about topic 1');
  } finally {
    await context.close();
  }
});

test('framed in a longer page, the wheel scrolls the page unless the app has focus and room to scroll', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  try {
    await page.goto(`${app.server.url}host.html`);
    const frame = page.frame({ url: /index\.html/ });
    await frame.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length >= 80,
                                null, { timeout: 30_000 });
    await page.evaluate(() => window.scrollTo(0, 1200));  // the app's frame at y 300..800
    const hostY = () => page.evaluate(() => window.scrollY);
    const listY = () => frame.evaluate(() => window.feedview.listScroll);
    await page.mouse.move(450, 500);
    await waitForIdle(frame);

    // Not focused: the page scrolls, the list does not.
    await page.mouse.wheel(0, 200);
    await page.waitForFunction(() => window.scrollY > 1200);
    await waitForIdle(frame);
    assert.equal(await listY(), 0);
    await page.evaluate(() => window.scrollTo(0, 1200));

    // Focused (clicked or tabbed to): the list scrolls and the page stays.
    await frame.evaluate(() => document.getElementById('fv-canvas').focus());
    await page.mouse.move(450, 480);
    await waitForIdle(frame);
    await page.mouse.wheel(0, 300);
    await frame.waitForFunction(() => window.feedview.listScroll > 0);
    await waitForIdle(frame);
    assert.equal(await hostY(), 1200, 'the host page did not move');
    const scrolled = await listY();
    assert.ok(scrolled > 100, `list scrolled ${scrolled}`);

    // Back at the list's top edge, a further wheel up goes to the page (scroll chaining).
    await page.mouse.wheel(0, -scrolled - 200);
    await frame.waitForFunction(() => window.feedview.listScroll === 0);
    await waitForIdle(frame);
    const atTop = await hostY();
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((y) => window.scrollY < y, atTop);
    assert.equal(await listY(), 0);
    await screenshot(page, 'platform-embedded');
  } finally {
    await context.close();
  }
});
