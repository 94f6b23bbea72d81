// Dashboard details a demanding reader notices, the way they meet them: read state on cards
// (the unread dot and the star, m and s on the selected card), the header at phone width, mark
// as read when scrolled past, date presets that roll with the clock, and mutes from the row
// menu that also leave the charts. Screenshots in light and dark go to build/test-results/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, makeSite, openApp, readMirror, rssWithItems, screenshot, startServer, waitForIdle,
} from './lib/harness.mjs';

const NOW = Date.now();
let server, browser;
before(async () => {
  const root = makeSite([
    { name: 'alpha.xml', title: 'Alpha', xml: rssWithItems(14, { start: NOW - 5 * 60_000, source: 'Alpha Daily' }) },
    { name: 'beta.xml', title: 'Beta', xml: rssWithItems(6, { start: NOW - 3 * 3600_000, source: 'Beta Wire' }) },
  ]);
  server = await startServer({ root });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const open = (opts = {}) => openApp(browser, server.url, { minHeadlines: 10, ...opts });

// Clicks a control where the app drew it in the last frame (never fixed coordinates).
async function clickTarget(page, name, index = 0, button = 'left') {
  await page.waitForFunction(([n, i]) => window.feedview.target(n, i) !== null, [name, index],
                             { timeout: 10_000 });
  const at = await page.evaluate(([n, i]) => window.feedview.target(n, i), [name, index]);
  await page.mouse.click(at.x, at.y, { button });
}

const mirrorState = (row) => ({ unread: row.html.includes('Unread.'), starred: row.html.includes('Starred.') });

for (const colorScheme of ['light', 'dark']) {
  test(`cards show unread and starred like rows; m and s work on the selected card (${colorScheme})`, async () => {
    const { context, page, problems } = await open({ colorScheme, viewport: { width: 1280, height: 800 } });
    try {
      await waitForIdle(page);
      await clickTarget(page, 'layout', 1);  // Cards
      await page.waitForFunction(() => window.feedview.columns > 1);
      let rows = await readMirror(page);
      assert.deepEqual(mirrorState(rows[0]), { unread: true, starred: false });
      await page.keyboard.press('j');  // selects the first card
      await page.keyboard.press('m');
      await page.waitForFunction(() => !document.querySelector('#fv-headlines li').textContent.includes('Unread.'));
      await page.keyboard.press('j');
      await page.keyboard.press('s');
      await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li')[1].textContent.includes('Starred.'));
      rows = await readMirror(page);
      assert.deepEqual(mirrorState(rows[0]), { unread: false, starred: false }, 'the first card was marked read');
      assert.deepEqual(mirrorState(rows[1]), { unread: true, starred: true }, 'the second card is starred, still unread');
      assert.deepEqual(mirrorState(rows[2]), { unread: true, starred: false });
      await waitForIdle(page);
      await screenshot(page, `gaps-cards-marks-${colorScheme}-1280`);
      assert.deepEqual(problems.filter((p) => !p.startsWith('Failed to load resource')), []);
    } finally {
      await context.close();
    }
  });
}

const setting = (page, key) => page.evaluate((k) => localStorage.getItem(`feedview.${k}`), key);
const listedTitles = async (page) => (await readMirror(page)).map((r) => r.title);

for (const colorScheme of ['light', 'dark']) {
  test(`at 375 px the header has icon buttons and a usable search field (${colorScheme})`, async () => {
    const { context, page, problems } = await open({ colorScheme, viewport: { width: 375, height: 740 } });
    try {
      await waitForIdle(page);
      await screenshot(page, `gaps-header-${colorScheme}-375`);
      // The search field is where a reader taps it, and it filters.
      const icons = await page.evaluate(() => ['trends', 'help', 'feeds', 'theme'].map((n) => window.feedview.target(n)));
      assert.ok(icons.every(Boolean), 'all four header buttons are drawn');
      assert.ok(icons.every((t) => t.x < 375 && t.y < 56), JSON.stringify(icons));
      const search = await page.evaluate(() => window.feedview.target('search'));
      assert.ok(search, 'the search field is drawn at 375 px');
      await page.mouse.click(search.x, search.y);
      await page.keyboard.type('"topic 5"');
      await page.waitForFunction(() => window.feedview.listed < 20);
      const titles = await listedTitles(page);
      assert.ok(titles.length > 0 && titles.every((t) => t.endsWith('topic 5')), titles.join(' | '));
      await page.keyboard.press('Escape');
      // The mirror's toolbar names every button; its Trends button opens the panel like the icon.
      const names = await page.$$eval('#fv-toolbar button', (bs) => bs.map((b) => b.textContent));
      assert.deepEqual(names.slice(0, 3), ['Trends', 'Keyboard shortcuts', 'Manage feeds']);
      assert.match(names[3], /theme/i);
      await clickTarget(page, 'trends');
      await page.waitForFunction(() => document.querySelector('#fv-toolbar button').getAttribute('aria-pressed') === 'true');
      assert.equal(await setting(page, 'trends'), 'open');
      await waitForIdle(page);
      await screenshot(page, `gaps-header-trends-${colorScheme}-375`);
      // The theme icon cycles the theme like the labelled button.
      await clickTarget(page, 'theme');
      await page.waitForFunction(() => localStorage.getItem('feedview.theme') === 'light');
      assert.deepEqual(problems.filter((p) => !p.startsWith('Failed to load resource')), []);
    } finally {
      await context.close();
    }
  });

  test(`at 1280 px the header keeps its labelled buttons (${colorScheme})`, async () => {
    const { context, page } = await open({ colorScheme, viewport: { width: 1280, height: 800 } });
    try {
      await waitForIdle(page);
      await screenshot(page, `gaps-header-${colorScheme}-1280`);
      // Labelled: the Trends button is wider than an icon (its label shows).
      const trends = await page.evaluate(() => window.feedview.target('trends'));
      const help = await page.evaluate(() => window.feedview.target('help'));
      assert.ok(trends && help && help.x - trends.x > 40, JSON.stringify({ trends, help }));
      assert.ok(await page.evaluate(() => window.feedview.target('search')));
    } finally {
      await context.close();
    }
  });
}

test('mark as read when scrolled past: off by default, opt-in, remembered, only rows fully above the top', async () => {
  const { context, page } = await open({ viewport: { width: 1280, height: 500 } });
  try {
    await waitForIdle(page);
    assert.equal(await setting(page, 'view.read_on_scroll'), null, 'off by default');
    const list = await page.evaluate(() => window.feedview.target('row', 0));
    // Off: scrolling reads nothing.
    await page.mouse.move(list.x, list.y + 100);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction(() => window.feedview.listScroll > 300);
    await waitForIdle(page);
    let rows = await readMirror(page);
    assert.ok(rows.every((r) => r.html.includes('Unread.')), 'nothing read while the setting is off');
    await page.mouse.wheel(0, -2000);
    await page.waitForFunction(() => window.feedview.listScroll === 0);

    await clickTarget(page, 'view-options');
    await waitForIdle(page);
    await clickTarget(page, 'read-on-scroll');
    await page.waitForFunction(() => localStorage.getItem('feedview.view.read_on_scroll') === '1');
    await waitForIdle(page);
    await screenshot(page, 'gaps-read-on-scroll-menu-light-1280');
    await page.keyboard.press('Escape');
    assert.equal(await page.$eval('#fv-toolbar button:last-child', (b) => b.getAttribute('aria-pressed')), 'true');

    await page.mouse.move(list.x, list.y + 100);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction(() => window.feedview.listScroll > 300);
    await waitForIdle(page);
    const scroll = await page.evaluate(() => window.feedview.listScroll);
    await page.waitForFunction(() => !document.querySelector('#fv-headlines li').textContent.includes('Unread.'));
    rows = await readMirror(page);
    const read = rows.filter((r) => !r.html.includes('Unread.')).length;
    // Rows are ~70 px tall here: about scroll / 70 rows went fully above the top, never the
    // row still partly shown.
    assert.ok(read >= 1 && read <= Math.ceil(scroll / 60), `${read} read after scrolling ${scroll} px`);
    assert.ok(rows.slice(read).every((r) => r.html.includes('Unread.')), 'only a prefix of rows is read');
    await screenshot(page, 'gaps-read-on-scroll-light-1280');

    // Remembered across a reload.
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length >= 10);
    await page.waitForFunction(() => document.querySelector('#fv-toolbar button:last-child')?.getAttribute('aria-pressed') === 'true');
  } finally {
    await context.close();
  }
});

test('a Last hour filter stays the last hour as the clock moves on', async () => {
  const { context, page } = await open({ viewport: { width: 1280, height: 800 } });
  try {
    await waitForIdle(page);
    await clickTarget(page, 'trends');
    await clickTarget(page, 'preset', 1);  // Last hour
    await page.waitForFunction(() => window.feedview.listed === 14);  // Alpha's items; Beta's are 3 h old
    // 52 minutes later: Alpha's items are 57..70 minutes old; only the newest stay.
    await page.clock.setFixedTime(new Date(NOW + 52 * 60_000));
    await page.mouse.move(640, 400);
    await page.mouse.move(650, 420);
    await page.waitForFunction(() => window.feedview.listed < 14, null, { timeout: 15_000 });
    const titles = await listedTitles(page);
    assert.ok(titles.includes('Headline 1: story about topic 0'), titles.join(' | '));
    assert.ok(titles.includes('Headline 2: story about topic 1'), titles.join(' | '));
    assert.ok(!titles.some((t) => t.startsWith('Headline 5:')), titles.join(' | '));
    assert.ok(titles.length >= 2 && titles.length <= 4, titles.join(' | '));
    const filters = await page.$eval('#fv-trends .fv-filters', (p) => p.textContent);
    assert.match(filters, /Time: Last hour/);
    await waitForIdle(page);
    await screenshot(page, 'gaps-rolling-preset-light-1280');
  } finally {
    await context.close();
  }
});

for (const colorScheme of ['light', 'dark']) {
  test(`a row's menu mutes its source, the charts drop it, and Undo brings it back (${colorScheme})`, async () => {
    const { context, page } = await open({ colorScheme, viewport: { width: 1280, height: 800 } });
    try {
      await waitForIdle(page);
      await clickTarget(page, 'trends');
      await page.waitForFunction(() => /^20 headlines/.test(document.querySelector('#fv-trends .fv-timeline')?.textContent || ''));
      const rows = await readMirror(page);
      const alphaRow = rows.findIndex((r) => r.source === 'Alpha Daily');
      assert.ok(alphaRow >= 0);
      await clickTarget(page, 'row', alphaRow, 'right');
      await waitForIdle(page);  // a popup's first frame only measures it: click where it settled
      await clickTarget(page, 'row-mute');
      await page.waitForFunction(() => window.feedview.listed === 6);
      assert.ok((await readMirror(page)).every((r) => r.source === 'Beta Wire'));
      assert.match(await setting(page, 'mutes'), /source\tAlpha Daily/);
      // The timeline no longer counts Alpha's headlines (its summary in the mirror).
      await page.waitForFunction(() => /^6 headlines/.test(document.querySelector('#fv-trends .fv-timeline')?.textContent || ''));
      assert.match(await page.$eval('#fv-trends .fv-filters', (p) => p.textContent), /14 hidden by mutes/);
      await waitForIdle(page);
      await screenshot(page, `gaps-mute-source-${colorScheme}-1280`);
      // Undo: the canvas chip in one scheme, the mirror's button in the other.
      if (colorScheme === 'dark') await clickTarget(page, 'undo-mute');
      else await page.$eval('#fv-trends .fv-undo-mute', (b) => b.click());
      await page.waitForFunction(() => window.feedview.listed === 20);
      assert.equal(await setting(page, 'mutes'), '');
      await page.waitForFunction(() => /^20 headlines/.test(document.querySelector('#fv-trends .fv-timeline')?.textContent || ''));
    } finally {
      await context.close();
    }
  });
}
