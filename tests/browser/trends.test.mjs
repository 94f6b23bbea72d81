// The Trends panel, list filters, mute rules and the keyboard help, the way a reader meets them:
// open the panel from the header, click a keyword bar or a timeline hour, mute a word, press ?.
// Controls are clicked where the app drew them in the last frame (window.feedview.target).
// Screenshots (light/dark, 1280 and 375 px) go to build/test-results/ for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clickTarget, makeSite, readMirror, screenshot, target, useApp, waitForIdle,
} from './lib/harness.mjs';

// Three feeds over two days with words that trend ("storm", "election") and some that do not.
const START = Date.UTC(2026, 0, 8, 17, 30, 0);
const TOPICS = [
  'Storm Goretti brings snow and travel chaos', 'Election count delayed as storm hits polling',
  'Chip makers report record quarter', 'Storm warnings extended to the coast',
  'Election debate draws record audience', 'Football club appoints new manager',
  'Storm damage closes schools', 'Central bank holds rates', 'Election results expected tonight',
  'New telescope images released', 'Rail strike called off', 'Storm Goretti: what we know',
];
function feed(title, offsetMinutes, count, stepMinutes) {
  const items = [];
  for (let i = 0; i < count; ++i) {
    const topic = TOPICS[(i * 5 + offsetMinutes) % TOPICS.length];
    const date = new Date(START - (offsetMinutes + i * stepMinutes) * 60_000).toUTCString();
    items.push(`<item><title>${topic}</title>` +
               `<link>https://example.com/${encodeURIComponent(title)}/${i}</link><guid>${title}-${i}</guid>` +
               `<pubDate>${date}</pubDate></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title>` +
         `<link>https://example.com/</link>${items.join('')}</channel></rss>`;
}
const FEEDS = [
  { name: 'world.xml', title: 'World Desk', xml: feed('World Desk', 0, 30, 47) },
  { name: 'tech.xml', title: 'Tech Wire', xml: feed('Tech Wire', 13, 18, 95) },
  { name: 'sport.xml', title: 'Sport Daily', xml: feed('Sport Daily', 29, 12, 130) },
];
const TOTAL = 60;

const app = useApp({ site: () => makeSite(FEEDS) });

const listed = (page) => page.evaluate(() => window.feedview.listed);
const trendsMirror = (page) => page.evaluate(() => document.getElementById('fv-trends')?.textContent ?? '');

async function openTrends(page) {
  await waitForIdle(page);
  await clickTarget(page, 'trends');
  await page.waitForFunction(() => /Trending keywords/.test(document.getElementById('fv-trends')?.textContent ?? ''));
  await waitForIdle(page);
}

test('the Trends panel draws a stacked timeline and keyword bars, light and dark, wide and narrow', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      const { context, page, problems } = await app.open({
        viewport: { width, height: width > 500 ? 900 : 812 }, colorScheme, deviceScaleFactor: width > 500 ? 1 : 2,
        minHeadlines: TOTAL });
      try {
        await openTrends(page);
        const mirror = await page.evaluate(() => ({
          keywords: [...document.querySelectorAll('#fv-trends .fv-keywords li')].map((li) => li.textContent),
          timeline: document.querySelector('#fv-trends .fv-timeline')?.textContent ?? '',
        }));
        assert.match(mirror.keywords[0], /^(storm|election)/);
        assert.match(mirror.timeline, /headlines in the last 72 hours/);
        assert.equal(await listed(page), TOTAL);
        // Hovering a bar shows its hour's counts in a tooltip.
        const bucket = await page.evaluate(() => {
          for (let b = 71; b >= 0; --b) if (window.feedview.target('bucket', b)) return b;
          return -1;
        });
        assert.ok(bucket >= 0, 'the timeline has bars');
        const at = await target(page, 'bucket', bucket);
        await page.mouse.move(at.x, at.y);
        await waitForIdle(page);
        await screenshot(page, `trends-${colorScheme}-${width}px`);
        // No script errors or CSP violations (a missing icon in a test build is not one).
        assert.deepEqual(problems.filter((m) => !/Failed to load resource/.test(m)), []);
      } finally {
        await context.close();
      }
    }
  }
});

test('clicking a keyword bar filters the list to headlines with that word; its chip removes the filter', async () => {
  const { context, page } = await app.open({
    viewport: { width: 1280, height: 900 }, minHeadlines: TOTAL });
  try {
    await openTrends(page);
    const keyword = await page.$eval('#fv-trends .fv-keywords li', (li) => li.textContent.split(':')[0]);
    await clickTarget(page, 'keyword', 0);
    await page.waitForFunction((n) => window.feedview.listed < n, TOTAL);
    const rows = await readMirror(page);
    assert.equal(rows.length, await listed(page));
    for (const r of rows) assert.match(r.title.toLowerCase(), new RegExp(keyword));
    assert.match(await trendsMirror(page), new RegExp(`Filtered by Keyword: ${keyword}`));
    await screenshot(page, 'trends-keyword-filter');
    await clickTarget(page, 'chip-keyword');
    await page.waitForFunction((n) => window.feedview.listed === n, TOTAL);
    assert.match(await trendsMirror(page), /No filters/);
  } finally {
    await context.close();
  }
});

test('clicking a timeline bar shows that hour only; the date presets narrow and widen the list', async () => {
  const { context, page } = await app.open({
    viewport: { width: 1280, height: 900 }, minHeadlines: TOTAL });
  try {
    await openTrends(page);
    const bucket = await page.evaluate(() => {
      for (let b = 71; b >= 0; --b) if (window.feedview.target('bucket', b)) return b;
      return -1;
    });
    await clickTarget(page, 'bucket', bucket);
    await page.waitForFunction((n) => window.feedview.listed < n, TOTAL);
    const hour = await listed(page);
    assert.ok(hour >= 1);
    assert.match(await trendsMirror(page), /Filtered by Time: \w{3} \d+ \w{3}, \d\d:00–\d\d:00/);
    await clickTarget(page, 'chip-range');
    await page.waitForFunction((n) => window.feedview.listed === n, TOTAL);
    // The sample is dated January 2026: "Last hour" of the real clock holds none of it, All all.
    await clickTarget(page, 'preset', 1);  // Last hour
    await page.waitForFunction(() => window.feedview.listed === 0);
    await clickTarget(page, 'preset', 0);  // All
    await page.waitForFunction((n) => window.feedview.listed === n, TOTAL);
  } finally {
    await context.close();
  }
});

test('a mute rule hides matching headlines, shows how many it hid, and is kept after a reload', async () => {
  const { context, page } = await app.open({
    viewport: { width: 1280, height: 900 }, minHeadlines: TOTAL });
  try {
    await openTrends(page);
    await clickTarget(page, 'mutes');
    await page.waitForFunction(() => document.activeElement?.id === 'fv-ime');
    await page.keyboard.type('STORM');
    await page.keyboard.press('Enter');
    await waitForIdle(page);
    await screenshot(page, 'trends-mute-dialog');
    await clickTarget(page, 'mute-done');
    const stormy = TOTAL - await listed(page);
    assert.ok(stormy > 5, `muting "storm" hid ${stormy}`);
    for (const r of await readMirror(page)) assert.doesNotMatch(r.title, /storm/i);
    assert.match(await trendsMirror(page), new RegExp(`${stormy} hidden by mutes`));
    await screenshot(page, 'trends-muted');
    // The count is a button: it shows the muted headlines again.
    await clickTarget(page, 'hidden-by-mutes');
    await page.waitForFunction((n) => window.feedview.listed === n, TOTAL);
    await clickTarget(page, 'hidden-by-mutes');
    await page.waitForFunction((n) => window.feedview.listed === n, TOTAL - stormy);
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('#fv-headlines li').length === n,
                               TOTAL - stormy);
    assert.match(await trendsMirror(page), /Mute rules: word: STORM/);
    // Removing the rule brings them back.
    await waitForIdle(page);
    await clickTarget(page, 'mutes');
    await clickTarget(page, 'mute-remove', 0);
    await clickTarget(page, 'mute-done');
    await page.waitForFunction((n) => window.feedview.listed === n, TOTAL);
  } finally {
    await context.close();
  }
});

test('? opens the keyboard help, mirrored as a dialog; Escape and ? close it; the ? button opens it too', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await app.open({
      viewport: { width: 1280, height: 900 }, colorScheme, minHeadlines: TOTAL });
    try {
      await waitForIdle(page);
      await page.focus('#fv-canvas');
      await page.keyboard.press('?');
      await page.waitForFunction(() => {
        const d = document.getElementById('fv-dialog');
        return d && !d.hidden;
      });
      const dialog = await page.evaluate(() => {
        const d = document.getElementById('fv-dialog');
        return { role: d.getAttribute('role'), text: d.textContent,
                 keys: [...d.querySelectorAll('dt')].map((dt) => dt.textContent) };
      });
      assert.equal(dialog.role, 'dialog');
      assert.match(dialog.text, /Keyboard shortcuts/);
      for (const k of ['j / k', 'o or Enter', 'v', 'm', 's', '/', 'Shift+A', 'r', 'g then a', 'g then u',
                       'g then s', 'Ctrl+Z / Cmd+Z', '?', 'Esc'])
        assert.ok(dialog.keys.includes(k), `help lists ${k}`);
      assert.match(dialog.text, /Mark everything in the view read/);
      await waitForIdle(page);
      await screenshot(page, `trends-help-${colorScheme}`);
      // Enter does not open a headline while the help is open.
      await page.keyboard.press('j');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.getElementById('fv-dialog').hidden);
      assert.equal(await page.evaluate(() => document.getElementById('fv-article').hidden), true);
      await page.keyboard.press('?');
      await page.waitForFunction(() => !document.getElementById('fv-dialog').hidden);
      await page.keyboard.press('?');
      await page.waitForFunction(() => document.getElementById('fv-dialog').hidden);
      await waitForIdle(page);
      await clickTarget(page, 'help');
      await page.waitForFunction(() => !document.getElementById('fv-dialog').hidden);
      await clickTarget(page, 'help-close');
      await page.waitForFunction(() => document.getElementById('fv-dialog').hidden);
    } finally {
      await context.close();
    }
  }
});
