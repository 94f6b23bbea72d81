// The browser platform layer meeting real input: wheel in every deltaMode, clicks and keys that
// open links in a new tab, the search field with typing and paste, cursor shapes, touch
// scrolling, devicePixelRatio changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bundledItems, canvasSizes, clickTarget, hoverTarget, makeSite, openApp, readArticle, readMirror,
  rssWithItems, screenshot, target, useApp, useServer, waitForIdle,
} from './lib/harness.mjs';

// Controls are clicked where the app drew them in the last frame (window.feedview.target).
const VIEW = { width: 1280, height: 800 };

const app = useApp();  // the bundled feed
const long = useServer({ site: () => makeSite([{ name: 'long.xml', xml: rssWithItems(80) }]) });

async function listScroll(page) {
  return page.evaluate(() => window.feedview.listScroll);
}

// Synthetic wheel events: CDP can only send pixel deltas, the other modes need a WheelEvent.
function wheel(page, { deltaY, deltaMode }) {
  return page.evaluate(([dy, mode]) => {
    const c = document.getElementById('fv-canvas');
    c.dispatchEvent(new WheelEvent('wheel', { deltaY: dy, deltaMode: mode, clientX: 600,
                                              clientY: 400, bubbles: true, cancelable: true }));
  }, [deltaY, deltaMode]);
}

test('wheel scrolls the list by about 100 px per notch in pixel and line mode, and most of a screen per page', async () => {
  const { context, page } = await openApp(app.browser, long.url(), { viewport: VIEW, minHeadlines: 80 });
  try {
    await page.mouse.move(600, 400);
    await waitForIdle(page);
    const cases = [
      // A notch glides over several frames and lands whole: ImGui floors the scroll every
      // frame, and each step's lost fraction (94 px for a notch once) is now carried to the next
      // (core/layout/whole_pixel_steps.h). ±1 px for the rounding of CSS to device px.
      { deltaY: 100, deltaMode: 0, min: 99, max: 101 },  // Chrome notch
      { deltaY: 3, deltaMode: 1, min: 98, max: 100 },    // Firefox notch: 3 lines of 33 px
      { deltaY: 1, deltaMode: 2, min: 0.8 * 744, max: 744 },  // one page of the list viewport
    ];
    for (const c of cases) {
      const before = await listScroll(page);
      await wheel(page, c);
      await waitForIdle(page, { quietMs: 400 });
      const moved = (await listScroll(page)) - before;
      assert.ok(moved >= c.min && moved <= c.max,
                `deltaMode ${c.deltaMode}: scrolled ${moved} px, expected ${c.min}..${c.max}`);
    }
    await screenshot(page, 'input-scrolled');
  } finally {
    await context.close();
  }
});

test('clicking a headline opens the reading pane with Full coverage; its title opens the original in a new tab', async () => {
  const items = bundledItems().sort((a, b) => Date.parse(b.pubDate) - Date.parse(a.pubDate));
  const { context, page } = await app.open({ viewport: VIEW });
  try {
    await context.route(/^https:\/\/news\.google\.com\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>article</title>' }));
    await waitForIdle(page);
    await clickTarget(page, 'row', 0);
    await page.waitForFunction(() => !document.getElementById('fv-article').hidden);
    const article = await readArticle(page);
    assert.equal(article.title, items[0].title);
    assert.equal(article.href, items[0].link);
    // The cluster minus the story itself, every entry an http(s) link.
    assert.equal(article.related.length, items[0].related - 1);
    for (const r of article.related) assert.match(r.href, /^https:\/\//);
    await waitForIdle(page);
    await screenshot(page, 'input-reading-pane');

    const popup = context.waitForEvent('page');
    await clickTarget(page, 'pane-title');
    const tab = await popup;
    await tab.waitForURL(items[0].link);
    assert.equal(tab.url(), items[0].link);
    // noopener: the new page has no handle back to feedview.
    assert.equal(await tab.evaluate(() => window.opener), null);
  } finally {
    await context.close();
  }
});

test('j moves the selection, Enter reads it, v opens the original, Escape closes the pane', async () => {
  const items = bundledItems().sort((a, b) => Date.parse(b.pubDate) - Date.parse(a.pubDate));
  const { context, page } = await app.open({ viewport: VIEW });
  try {
    await context.route(/^https:\/\/news\.google\.com\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>article</title>' }));
    await page.focus('#fv-canvas');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.getElementById('fv-article').hidden);
    assert.equal((await readArticle(page)).title, items[1].title);
    await waitForIdle(page);
    await screenshot(page, 'input-selection');
    const popup = context.waitForEvent('page');
    await page.keyboard.press('v');
    const tab = await popup;
    await tab.waitForURL(items[1].link);
    await page.bringToFront();
    await page.focus('#fv-canvas');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementById('fv-article').hidden);
  } finally {
    await context.close();
  }
});

test('typing in the search box filters the list and the mirror follows', async () => {
  const { context, page } = await app.open({ viewport: VIEW });
  try {
    const all = (await readMirror(page)).length;
    await page.focus('#fv-canvas');
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.id === 'fv-ime');
    await page.keyboard.type('earthquake');
    await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length === 1);
    const rows = await readMirror(page);
    assert.match(rows[0].title, /earthquake/i);
    assert.ok(all > 1);
    await waitForIdle(page);
    await screenshot(page, 'input-search');

    // Exclusion and case folding: -word removes, capitals do not matter.
    for (let i = 0; i < 'earthquake'.length; ++i) await page.keyboard.press('Backspace');
    await page.keyboard.type('-EUROPE');
    await page.waitForFunction((n) => document.querySelectorAll('#fv-headlines li').length < n, all);
    for (const r of await readMirror(page)) assert.doesNotMatch(`${r.title} ${r.source}`, /europe/i);
  } finally {
    await context.close();
  }
});

test('text pasted from the clipboard lands in the search field', async () => {
  const { context, page } = await app.open({
    viewport: VIEW, permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await clickTarget(page, 'search');
    await page.waitForFunction(() => document.activeElement?.id === 'fv-ime');
    // A paste event as the browser fires it for Ctrl+V / the context menu.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Lula');
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', {
        clipboardData: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length === 1);
    assert.match((await readMirror(page))[0].title, /Lula/);
  } finally {
    await context.close();
  }
});

test('IME composition reaches the search field only when committed', async () => {
  const { context, page } = await app.open({ viewport: VIEW });
  try {
    await clickTarget(page, 'search');
    await page.waitForFunction(() => document.activeElement?.id === 'fv-ime');
    const all = (await readMirror(page)).length;
    const cdp = await context.newCDPSession(page);
    // Composing "Lu…": nothing is typed into the field (the list stays complete) until commit.
    await cdp.send('Input.imeSetComposition', { text: 'Lu', selectionStart: 2, selectionEnd: 2 });
    await waitForIdle(page);
    assert.equal((await readMirror(page)).length, all);
    await cdp.send('Input.insertText', { text: 'Lula' });
    await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length === 1);
    assert.match((await readMirror(page))[0].title, /Lula/);
  } finally {
    await context.close();
  }
});

test('Ctrl+A, Ctrl+C in the search field puts its text on the system clipboard', async () => {
  const { context, page } = await app.open({
    viewport: VIEW, permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await clickTarget(page, 'search');
    await page.waitForFunction(() => document.activeElement?.id === 'fv-ime');
    await page.keyboard.type('climate fund');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await page.waitForFunction(async () => (await navigator.clipboard.readText()) === 'climate fund',
                               null, { timeout: 5000 });
  } finally {
    await context.close();
  }
});

test('right click on a headline opens its menu; Copy link puts the link on the clipboard', async () => {
  const items = bundledItems().sort((a, b) => Date.parse(b.pubDate) - Date.parse(a.pubDate));
  const { context, page } = await app.open({
    viewport: VIEW, permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await waitForIdle(page);
    await clickTarget(page, 'row', 0, { button: 'right' });
    await screenshot(page, 'input-context-menu');
    await clickTarget(page, 'menu-copy-link');
    await page.waitForFunction(async (link) => (await navigator.clipboard.readText()) === link,
                               items[0].link, { timeout: 5000 });
  } finally {
    await context.close();
  }
});

test('a long press on a headline opens the same menu, and a tap on Copy link copies', async () => {
  const items = bundledItems().sort((a, b) => Date.parse(b.pubDate) - Date.parse(a.pubDate));
  const { context, page } = await app.open({
    viewport: VIEW, hasTouch: true, permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await waitForIdle(page);
    const cdp = await context.newCDPSession(page);
    const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', {
      type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    const row = await target(page, 'row', 0);
    await touch('touchStart', row.x, row.y);
    await page.waitForTimeout(900);  // held still past the 500 ms long-press time
    await touch('touchEnd');
    await waitForIdle(page);
    const item = await target(page, 'menu-copy-link');
    await touch('touchStart', item.x, item.y);
    await touch('touchEnd');
    await page.waitForFunction(async (link) => (await navigator.clipboard.readText()) === link,
                               items[0].link, { timeout: 5000 });
  } finally {
    await context.close();
  }
});

test('the cursor is a hand over headlines and an I-beam over the search field', async () => {
  const { context, page } = await app.open({ viewport: VIEW });
  try {
    const cursor = () => page.evaluate(() => document.getElementById('fv-canvas').style.cursor);
    await hoverTarget(page, 'row', 0);
    await page.waitForFunction(() => document.getElementById('fv-canvas').style.cursor === 'pointer');
    await hoverTarget(page, 'search');
    await page.waitForFunction(() => document.getElementById('fv-canvas').style.cursor === 'text');
    await page.mouse.move(1200, 700);  // the empty margin right of the list column
    await page.waitForFunction(() => document.getElementById('fv-canvas').style.cursor === 'default');
    assert.equal(await cursor(), 'default');
  } finally {
    await context.close();
  }
});

test('a touch drag scrolls the list and it keeps gliding after a flick', async () => {
  const { context, page } = await openApp(app.browser, long.url(), {
    viewport: { width: 390, height: 700 }, deviceScaleFactor: 2, hasTouch: true, minHeadlines: 80 });
  try {
    await waitForIdle(page);
    const cdp = await context.newCDPSession(page);
    // Explicit timestamps 16 ms apart: a finger at 60 Hz, however slow this machine is.
    let ts = Date.now() / 1000;
    const touch = (type, y) => {
      ts += 0.016;
      return cdp.send('Input.dispatchTouchEvent', {
        type, timestamp: ts, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y }] });
    };
    await touch('touchStart', 600);
    for (let y = 580; y >= 300; y -= 20) await touch('touchMove', y);
    await touch('touchEnd');
    const afterRelease = await listScroll(page);
    assert.ok(afterRelease >= 250, `drag of 300 px scrolled ${afterRelease} px`);
    await waitForIdle(page);
    const settled = await listScroll(page);
    assert.ok(settled > afterRelease + 20, `glide continued from ${afterRelease} to ${settled}`);
    await screenshot(page, 'input-touch-375');
  } finally {
    await context.close();
  }
});

test('a devicePixelRatio change (zoom, other screen) resizes the backing store', async () => {
  const { context, page } = await app.open({ viewport: VIEW });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: VIEW.width, height: VIEW.height, deviceScaleFactor: 1.5, mobile: false });
    // Emulated ratio changes fire no media-query event in headless Chromium; the shim's
    // backstop re-check at the next input catches them (real zoom fires the event).
    await page.mouse.move(640, 400);
    await page.waitForFunction(() => document.getElementById('fv-canvas').width === 1920);
    const s = await canvasSizes(page);
    assert.equal(s.dpr, 1.5);
    assert.equal(s.backingH, 1200);
    await waitForIdle(page);
    await screenshot(page, 'input-dpr-1.5');
  } finally {
    await context.close();
  }
});

test('a space typed in the search field is kept: two words, both must match', async () => {
  const { context, page } = await app.open({
    viewport: VIEW, permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await page.focus('#fv-canvas');
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.id === 'fv-ime');
    await page.keyboard.type('a the');
    await waitForIdle(page);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    await page.waitForFunction(async () => (await navigator.clipboard.readText()) === 'a the',
                               null, { timeout: 5000 });
  } finally {
    await context.close();
  }
});
