// Hostile feeds as the app meets them in a browser (the core has one unit test per input in
// tests/core/hostile/; this checks what reaches the person): an entity bomb, 100,000-deep
// nesting, script and data links, markup with handlers, bidi overrides and zero-width
// characters, references to NUL and surrogates, bytes that are not UTF-8, dates in year 0 and
// 9999, absurd enclosure lengths, a 1 MB title, a JSON Feed with wrong types and a page that is
// no feed. Each feed gets its safe result or a clear error on that feed alone; nothing from a
// feed runs, reaches the DOM as markup or opens a non-http(s) address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  beforeAll, makeSite, readArticle, readMirror, screenshot, useApp, waitForIdle,
} from './lib/harness.mjs';

const HOUR = 3600_000;
const at = (i) => new Date(Date.UTC(2026, 0, 8, 12) - i * HOUR).toUTCString();
const item = (i, title, { link = `https://news.example/${i}`, extra = '', date = at(i) } = {}) =>
  `<item><title>${title}</title><link>${link}</link><guid isPermaLink="false">h${i}</guid>` +
  `<pubDate>${date}</pubDate>${extra}</item>`;
const rss = (title, items, channelExtra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title>` +
  `<link>https://news.example/</link>${channelExtra}${items.join('')}</channel></rss>`;

const HUGE = 1024 * 1024;
const LINKS = rss('Links and markup', [
  item(1, 'Scripted link story', {
    link: 'javascript:window.__pwned=1',
    extra: '<description>&lt;p&gt;Body text &lt;img src="x" onerror="window.__pwned=2"&gt;' +
           '&lt;script&gt;window.__pwned=3&lt;/script&gt;&lt;a href="javascript:window.__pwned=4"&gt;' +
           'a link&lt;/a&gt;&lt;/p&gt;</description>',
  }),
  item(2, 'Data link story', { link: 'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;' }),
  item(3, 'Vbscript link story', { link: 'vbscript:msgbox(1)' }),
  item(4, 'Spaced java&#x09;script link story', { link: ' jav&#x09;ascript:window.__pwned=5' }),
  item(5, 'Bidi \u202Eevil\u202C title with zero\u200Bwidth', {}),
  item(6, 'Bad references &#0;here &#xD800;and &#2314444444444;there', {}),
  item(7, 'Year zero story', { date: 'Sat, 01 Jan 0000 00:00:00 GMT' }),
  item(8, 'Year 9999 story', { date: 'Fri, 31 Dec 9999 23:59:59 GMT' }),
  item(9, 'Far future story', { date: 'Mon, 01 Jan 275760 00:00:00 GMT' }),
  item(10, 'Absurd enclosure story', {
    extra: '<enclosure url="https://news.example/a.mp3" length="-5" type="audio/mpeg"/>' +
           '<enclosure url="https://news.example/b.mp3" length="99999999999999999999999" type="audio/mpeg"/>',
  }),
  item(11, `Huge title ${'x'.repeat(HUGE)}`),
]);

// 0xFF 0xFE are never UTF-8: in a feed that says UTF-8 such bytes are read as windows-1252 (the
// usual mislabelled feed), so the title reads "Broken ÿþ bytes story", with a warning.
const BROKEN = Buffer.concat([
  Buffer.from(rss('Broken bytes', [item(20, 'Broken @@ bytes story')]).split('@@')[0]),
  Buffer.from([0xff, 0xfe]),
  Buffer.from(rss('Broken bytes', [item(20, 'Broken @@ bytes story')]).split('@@')[1]),
]);

const BOMB = `<?xml version="1.0"?><!DOCTYPE rss [
<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>Bomb</title><link>https://news.example/</link>
${item(30, 'Laughs &lol9; and &xxe; end')}${item(31, 'After the bomb')}</channel></rss>`;

const DEPTH = 100_000;
const DEEP = rss('Deep', [item(40, 'After the deep nesting')],
                 `${'<x>'.repeat(DEPTH)}${'</x>'.repeat(DEPTH)}`);

// Every field of the wrong type, next to one item whose fields are right.
const TYPES = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1', title: ['not', 'a', 'string'], home_page_url: 42,
  items: [
    { id: 7, title: { nested: true }, url: ['https://news.example/x'], date_published: 12,
      tags: 'not-a-list', authors: 'nobody', attachments: { url: 1 } },
    'an item that is a string',
    { id: 'good', title: 'Typed good item', url: 'https://news.example/good',
      date_published: '2026-01-08T09:00:00Z' },
  ],
});

const NOT_A_FEED = '<!doctype html><html><head><title>Hi</title></head><body><p>No feed here' +
                   '<script>window.__pwned=6</script></p></body></html>';

const FEEDS = [
  { name: 'links.xml', xml: LINKS, title: 'Links and markup' },
  { name: 'broken.xml', xml: BROKEN, title: 'Broken bytes' },
  { name: 'bomb.xml', xml: BOMB, title: 'Bomb' },
  { name: 'deep.xml', xml: DEEP, title: 'Deep' },
  { name: 'types.json', xml: TYPES, title: 'Wrong types' },
  { name: 'page.xml', xml: NOT_A_FEED, title: 'Not a feed' },
];
const EXPECTED = ['Scripted link story', 'Data link story', 'Vbscript link story',
                  'Year zero story', 'Year 9999 story', 'Far future story', 'Absurd enclosure story',
                  'After the bomb', 'After the deep nesting', 'Typed good item'];

const served = useApp({ site: () => makeSite(FEEDS) });
let app;  // one page for all the tests (closed with the browser)
beforeAll(async () => {
  app = await served.open({ minHeadlines: 12 });
  await app.page.waitForFunction((want) => {
    const titles = [...document.querySelectorAll('#fv-headlines li .fv-title')].map((t) => t.textContent);
    return want.every((w) => titles.includes(w));
  }, EXPECTED, { timeout: 30_000 }).catch(async (e) => {
    throw new Error(`${e.message}: listed ${JSON.stringify((await readMirror(app.page)).map((r) => r.title.slice(0, 60)))}`);
  });
});

const sidebarFeeds = (page) => page.$$eval('#fv-sidebar-list button[data-kind="feed"]',
                                           (bs) => bs.map((b) => b.textContent));

test('every hostile feed lists its good items; only the page that is no feed shows an error', async () => {
  const { page } = app;
  await page.waitForFunction(() => [...document.querySelectorAll('#fv-sidebar-list button[data-kind="feed"]')]
    .every((b) => !/fetching/.test(b.textContent)), null, { timeout: 30_000 });
  const feeds = await sidebarFeeds(page);
  const failed = feeds.filter((t) => /error/i.test(t));
  assert.equal(failed.length, 1, `exactly one failed feed: ${JSON.stringify(feeds)}`);
  assert.match(failed[0], /^Not a feed, .*error: .*(not a feed|HTML)/i, 'the error says what is wrong');
  const titles = (await readMirror(page)).map((r) => r.title);
  for (const want of EXPECTED) assert.ok(titles.includes(want), `${want} is listed`);
  // The bomb's references stay literal (never expanded, never read from a file).
  const laughs = titles.find((t) => t.startsWith('Laughs'));
  assert.ok(laughs && laughs.length < 200, `the bomb's title stays small: ${laughs?.slice(0, 80)}`);
  assert.doesNotMatch(laughs, /lollol|root:/);
  await waitForIdle(page);
  await screenshot(page, 'hostile-list');
});

test('text from the feeds is shown safely: no controls, overrides or broken characters', async () => {
  const rows = await readMirror(app.page);
  for (const r of rows) {
    const text = `${r.title} ${r.source} ${r.time}`;
    assert.doesNotMatch(text, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069\u200b]/u,
                        `no controls, bidi overrides or zero-width characters: ${JSON.stringify(r.title.slice(0, 80))}`);
    assert.doesNotMatch(text, /NaN|undefined|Invalid/);
    // Text only: the <li> holds our elements and text, never markup from the feed.
    assert.doesNotMatch(r.html, /<(?!\/?(a|span)\b)/);
  }
  const bidi = rows.find((r) => r.title.startsWith('Bidi'));
  assert.equal(bidi?.title, 'Bidi evil title with zerowidth');
  const refs = rows.find((r) => r.title.startsWith('Bad references'));
  assert.equal(refs?.title, 'Bad references \uFFFDhere \uFFFDand \uFFFDthere');
  const broken = rows.find((r) => r.title.startsWith('Broken'));
  assert.equal(broken?.title, 'Broken \u00FF\u00FE bytes story');
  const huge = rows.find((r) => r.title.startsWith('Huge title'));
  assert.ok(huge, 'the item with a 1 MB title is listed');
});

// Searches for `words` (replacing what the field held) until one headline is listed, leaves
// the field with Enter (the filter stays) and selects that headline with j.
async function selectOnly(page, words) {
  await page.focus('#fv-canvas');
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.id === 'fv-ime');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(words);
  await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length === 1);
  // ImGui 1.86 takes a frame's keys together: under load an Enter and a j in one frame would
  // type the j into the still-active field. Let each key's frame pass first.
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  await page.focus('#fv-canvas');
  await page.keyboard.press('j');
  await waitForIdle(page);
}

test('script, data and vbscript links are never links; markup in a story never runs', async () => {
  const { page } = app;
  await page.evaluate(() => {
    window.__opened = [];
    window.open = (url) => { window.__opened.push(String(url)); return null; };
  });
  const rows = await readMirror(page);
  for (const r of rows) if (r.href !== null) assert.match(r.href, /^https?:\/\//, r.title.slice(0, 60));
  for (const t of ['Scripted link story', 'Data link story', 'Vbscript link story'])
    assert.equal(rows.find((r) => r.title === t).href, null, `${t} has no link`);

  // Open the scripted story: the pane shows its text without a link, and v opens nothing.
  await selectOnly(page, 'Scripted');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.getElementById('fv-article').hidden);
  const article = await readArticle(page);
  assert.equal(article.title, 'Scripted link story');
  assert.equal(article.href, null);
  await page.keyboard.press('v');
  await waitForIdle(page);
  await screenshot(page, 'hostile-scripted-story');
  const state = await page.evaluate(() => ({
    opened: window.__opened,
    pwned: window.__pwned,
    markup: document.querySelectorAll('#fv-headlines img, #fv-headlines script, #fv-article img, ' +
                                      '#fv-article script, [onerror]').length,
    links: [...document.querySelectorAll('#fv-article a, #fv-headlines a')].map((a) => a.getAttribute('href')),
  }));
  assert.deepEqual(state.opened, [], 'v on a story without an http(s) link opens nothing');
  assert.equal(state.pwned, undefined, 'nothing from a feed ran');
  assert.equal(state.markup, 0, 'no element from feed markup is in the page');
  for (const href of state.links) assert.match(href, /^https?:\/\//);

  // The same key on a story with an http(s) link does open it: the check above can fail.
  await page.keyboard.press('Escape');  // closes the pane
  await selectOnly(page, 'Absurd enclosure');
  await page.keyboard.press('v');
  await page.waitForFunction(() => window.__opened.length === 1);
  assert.deepEqual(await page.evaluate(() => window.__opened), ['https://news.example/10']);
});

test('a 1 MB title is listed whole in the mirror and drawn as a few lines ending in an ellipsis', async () => {
  const { page } = app;
  await page.keyboard.press('Escape');
  await selectOnly(page, 'Huge');
  const [row] = await readMirror(page);
  assert.equal(row.title.length, 'Huge title '.length + HUGE);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.getElementById('fv-article').hidden);
  // Settles: no frame keeps wrapping a megabyte (look at the picture: four lines and "…" in the
  // list, eight in the pane).
  await waitForIdle(page);
  await screenshot(page, 'hostile-huge-title');
});
