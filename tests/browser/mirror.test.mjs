// The accessible headline mirror with a long list: it lists a window of rows around what the
// canvas shows, each row telling its position in the whole list, follows the canvas when it
// scrolls, and lets a reader who browses the mirror move on with "Show later/earlier headlines".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  makeSite, readMirror, rssWithItems, screenshot, useApp, waitForIdle,
} from './lib/harness.mjs';

const COUNT = 600;
const app = useApp({ site: () => makeSite([{ name: 'long.xml', xml: rssWithItems(COUNT) }]) });

// Position and set size of each listed row, and the status line.
function mirrorState(page) {
  return page.evaluate(() => ({
    positions: [...document.querySelectorAll('#fv-headlines li')].map((li) => Number(li.getAttribute('aria-posinset'))),
    sizes: [...new Set([...document.querySelectorAll('#fv-headlines li')].map((li) => li.getAttribute('aria-setsize')))],
    status: document.getElementById('fv-status').textContent,
    earlier: !document.getElementById('fv-mirror-earlier').hidden,
    later: !document.getElementById('fv-mirror-later').hidden,
    focused: document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? null,
  }));
}

const consecutive = (p) => p.every((v, i) => i === 0 || v === p[i - 1] + 1);

test('a long list is mirrored as a window of rows that know the size of the whole list', async () => {
  const { context, page } = await app.open();
  try {
    const s = await mirrorState(page);
    assert.match(s.status, new RegExp(`\\b${COUNT} headlines\\b`));
    assert.ok(s.positions.length >= 50 && s.positions.length <= 100, `${s.positions.length} rows listed`);
    assert.equal(s.positions[0], 1);
    assert.ok(consecutive(s.positions));
    assert.deepEqual(s.sizes, [String(COUNT)]);
    assert.equal(s.earlier, false);
    assert.equal(s.later, true);
    // The rows are the newest headlines, titles as the canvas shows them.
    const rows = await readMirror(page);
    assert.equal(rows[0].title, 'Headline 1: story about topic 0');
    assert.equal(rows[0].href, 'https://example.com/news/1');
  } finally {
    await context.close();
  }
});

test('scrolling the canvas moves the mirror window to the rows in view', async () => {
  const { context, page } = await app.open();
  try {
    await page.mouse.move(600, 400);
    await waitForIdle(page);
    for (let i = 0; i < 30; ++i) await page.mouse.wheel(0, 400);
    await page.waitForFunction(() => Number(document.querySelector('#fv-headlines li')?.getAttribute('aria-posinset')) > 1);
    await waitForIdle(page);
    const s = await mirrorState(page);
    // ~12,000 px down at ~70 px a row: about row 170 is on screen, and the window holds it.
    assert.ok(s.positions[0] > 100 && s.positions[0] < 200, `window starts at ${s.positions[0]}`);
    assert.ok(s.positions.length <= 100);
    assert.ok(consecutive(s.positions));
    assert.equal(s.earlier, true);
    assert.match(s.status, new RegExp(`\\b${COUNT} headlines\\b`));
  } finally {
    await context.close();
  }
});

test('"Show later headlines" lists the next rows, scrolls the canvas there and focuses the first new row', async () => {
  const { context, page } = await app.open();
  try {
    const before = await mirrorState(page);
    const next = before.positions.at(-1) + 1;
    await page.focus('#fv-mirror-later');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.activeElement?.closest('li')?.getAttribute('aria-posinset') === String(n), next);
    const s = await mirrorState(page);
    assert.ok(s.positions.includes(next));
    assert.ok(s.positions[0] > 1);
    assert.equal(s.focused, String(next));
    await waitForIdle(page);
    assert.ok(await page.evaluate(() => window.feedview.listScroll) > 1000, 'the canvas list scrolled too');
    // And back.
    await page.focus('#fv-mirror-earlier');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#fv-headlines li')?.getAttribute('aria-posinset') === '1');
    await waitForIdle(page);
    await screenshot(page, 'mirror-shown-earlier');
  } finally {
    await context.close();
  }
});

test('searching a long list narrows keystroke by keystroke and the mirror follows', async () => {
  const { context, page } = await app.open();
  try {
    await page.focus('#fv-canvas');
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.id === 'fv-ime');
    await page.keyboard.type('"topic 3"');
    const expected = Math.floor((COUNT - 4) / 7) + 1;  // items 4, 11, 18, … (i % 7 == 3)
    await page.waitForFunction((n) => window.feedview.headlines === n, expected);
    const s = await mirrorState(page);
    assert.deepEqual(s.sizes, [String(expected)]);
    for (const r of await readMirror(page)) assert.match(r.title, /topic 3$/);
    // Narrower still, then wider again (a new pass over every row).
    await page.keyboard.type(' -"headline 4:"');
    await page.waitForFunction((n) => window.feedview.headlines === n, expected - 1);
    for (let i = 0; i < ' -"headline 4:"'.length + '"topic 3"'.length; ++i) await page.keyboard.press('Backspace');
    await page.waitForFunction((n) => window.feedview.headlines === n, COUNT);
  } finally {
    await context.close();
  }
});
