// The page stays responsive while a 20 MB feed loads (issue #9): the feed is parsed in a Web
// Worker with its own Wasm instance (web/parse-worker.mjs) and the parsed model is handed to the
// app a part per task, so no main-thread task runs long, keys typed meanwhile reach the search
// field and draw frames, and the feed's items do appear. Without Worker the app still works,
// parsing on the main thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import {
  afterAll, beforeAll, readMirror, screenshot, useApp, waitForIdle,
} from './lib/harness.mjs';

// The longest main-thread task allowed while the big feed loads, in CPU time of the page's main
// thread (Chromium's trace: each task's thread duration). A responsiveness bound, not a speed
// benchmark: input answered within ~100 ms feels immediate (RAIL); 200 ms leaves room for this
// software-rendered browser. Measured here: ~60 ms with the worker; parsing the same 20 MB on
// the main thread (Worker removed) was one task of ~780 ms CPU and 4 s wall. The bound sits
// well apart from both. CPU time rather than wall time because the test machine is
// shared (two cores, several builds at once): a task's wall time there also counts the time
// other processes held the CPU. The wall-clock longest task is printed beside it.
const LONGEST_TASK_CPU_MS = 200;

const ITEMS = 4000;  // × ~5 KB of HTML content each ≈ 20 MB: a full-content blog or podcast feed

function bigFeed() {
  const para = '<p>Paragraph of the story with <a href="https://example.com/x">a link</a>, ' +
               '<em>emphasis</em> &amp; an entity, long enough to look like a real article body.</p>';
  const body = para.repeat(32);
  const items = [];
  const start = Date.UTC(2026, 0, 8, 12);
  for (let i = 0; i < ITEMS; ++i) {
    items.push(`<item><title>Bigfeed story ${i + 1} of the large feed</title>` +
               `<link>https://big.example/story/${i + 1}</link><guid>big-${i + 1}</guid>` +
               `<pubDate>${new Date(start - i * 60_000).toUTCString()}</pubDate>` +
               `<description><![CDATA[${body}]]></description></item>`);
  }
  return '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Large feed</title>' +
         `<link>https://big.example/</link>${items.join('')}</channel></rss>`;
}

// Serves /big.xml with CORS, holding the response until release() so the measurement starts
// after the app has settled on the bundled feed.
function startBigServer(body) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const sent = [];
  const server = http.createServer(async (req, res) => {
    if (!req.url.startsWith('/big.xml')) { res.writeHead(404); res.end(); return; }
    await released;
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8',
                         'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });
    res.end(body, () => sent.push(Date.now()));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`, release, sent,
    stop: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
  })));
}

// The page's main-thread tasks from a Chromium trace: top-level events on CrRendererMain,
// { wallMs, cpuMs } each.
function mainThreadTasks(traceBuffer) {
  const trace = JSON.parse(traceBuffer.toString('utf8'));
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`));
  const slices = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`) && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  let end = -Infinity;
  for (const e of slices) {
    if (e.ts < end) continue;  // nested in the task before
    tasks.push({ name: e.name, wallMs: e.dur / 1000, cpuMs: (e.tdur ?? e.dur) / 1000 });
    end = e.ts + e.dur;
  }
  return tasks;
}

// Installed before the app starts: long tasks (or, where the Long Tasks API is missing, gaps
// in a 10 ms heartbeat), key presses with whether a parse was under way, and the frames drawn
// after each.
function instrument() {
  window.__fv = { tasks: [], keys: [] };
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    window.__fv.api = 'longtask';
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__fv.tasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } else {
    window.__fv.api = 'heartbeat';
    let last = performance.now();
    setInterval(() => {
      const t = performance.now();
      if (t - last > 50) window.__fv.tasks.push({ start: last, ms: t - last - 10 });
      last = t;
    }, 10);
  }
  document.addEventListener('keydown', (e) => {
    const parsing = window.feedview ? window.feedview.parsing > 0 : false;
    const key = { key: e.key, parsing, framesAtKey: window.feedview ? window.feedview.frames : 0 };
    window.__fv.keys.push(key);
    // Did the app draw a frame for this key while the parse was still running?
    requestAnimationFrame(() => requestAnimationFrame(() => {
      key.drewWhileParsing = window.feedview.frames > key.framesAtKey && window.feedview.parsing > 0;
    }));
  }, true);
}

const body = bigFeed();
let big;
beforeAll(async () => { big = await startBigServer(body); });
afterAll(async () => { await big?.stop(); });
const app = useApp();

test('a 20 MB feed loads without a long main-thread task, and typing works while it parses', async () => {
  assert.ok(body.length > 19e6 && body.length < 24e6, `feed is ~20 MB (${body.length} bytes)`);
  const bigUrl = `${big.url}/big.xml`;
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  try {
    await page.goto(`${app.server.url}?feed=${encodeURIComponent(bigUrl)}`);
    await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length > 0, null, { timeout: 30_000 });
    await waitForIdle(page);
    assert.equal(await page.evaluate(() => window.feedview.parser), 'worker');

    // Focus the search field with '/', then release the feed and keep typing while it loads.
    await page.focus('#fv-canvas');
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.id === 'fv-ime');
    await waitForIdle(page);
    const from = await page.evaluate(() => performance.now());
    await app.browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    big.release();
    // Type while the worker parses (the download comes first).
    await page.waitForFunction(() => window.feedview.parsing > 0, null, { timeout: 60_000, polling: 20 });
    const typed = 'bigfeed';  // a word only the big feed's titles have
    let i = 0;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const state = await page.evaluate(() => ({
        parsing: window.feedview.parsing,
        errors: window.feedview.feedErrors,
        status: document.getElementById('fv-status').textContent,
        big: [...document.querySelectorAll('#fv-headlines .fv-title')].filter((t) => t.textContent.startsWith('Bigfeed story')).length,
      }));
      if (state.big > 0 && state.parsing === 0) break;
      assert.ok(Date.now() < deadline, `the big feed appeared within a minute: ${JSON.stringify(state)}`);
      if (i < typed.length) await page.keyboard.type(typed[i++]);
      else await page.mouse.move(600 + (i++ % 40), 400);
      await page.waitForTimeout(25);
    }
    await waitForIdle(page, { timeoutMs: 20_000 });
    const tasks = mainThreadTasks(await app.browser.stopTracing());

    const { api, tasks: observed, keys } = await page.evaluate(() => window.__fv);
    const wallLongest = Math.max(0, ...observed.filter((t) => t.start >= from).map((t) => t.ms));
    const cpuLongest = tasks.reduce((m, t) => (t.cpuMs > m.cpuMs ? t : m), { cpuMs: 0, wallMs: 0 });
    console.log(`# 20 MB feed: longest main-thread task ${cpuLongest.cpuMs.toFixed(0)} ms CPU ` +
                `(${cpuLongest.wallMs.toFixed(0)} ms wall); longest ${api} ${wallLongest.toFixed(0)} ms wall; ` +
                `${tasks.length} tasks traced; longest by CPU: ` +
                [...tasks].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 4).map((t) => `${t.cpuMs.toFixed(0)} ms ${t.name}`).join(', '));
    assert.ok(tasks.length > 100, 'the trace holds the main thread\'s tasks');
    assert.ok(cpuLongest.cpuMs < LONGEST_TASK_CPU_MS,
              `longest main-thread task ${cpuLongest.cpuMs.toFixed(0)} ms CPU (bound ${LONGEST_TASK_CPU_MS} ms): ` +
              JSON.stringify(tasks.filter((t) => t.cpuMs > 50)));

    // The page answered keys during the parse: some reached it while a parse was running and
    // a frame was drawn for them before it ended.
    const whileParsing = keys.filter((k) => k.parsing);
    assert.ok(whileParsing.length > 0, `keys were handled while the feed parsed: ${JSON.stringify(keys)}`);
    assert.ok(whileParsing.some((k) => k.drewWhileParsing), 'a frame was drawn for a key during the parse');

    // Every typed key reached the search field: only the big feed's stories match "bigfeed".
    // The mirror lists a window of them (the first ones here) and tells the whole list's size.
    await page.waitForFunction((n) => window.feedview.headlines === n, ITEMS);
    const rows = await readMirror(page);
    assert.ok(rows.length > 0 && rows.length <= 100, `${rows.length} rows in the mirror`);
    assert.equal(await page.$eval('#fv-headlines li', (li) => li.getAttribute('aria-setsize')), String(ITEMS));
    assert.ok(rows.every((r) => r.title.startsWith('Bigfeed story')));
    assert.equal(rows[0].title, 'Bigfeed story 1 of the large feed');
    assert.equal(rows[0].href, 'https://big.example/story/1');
    assert.deepEqual(problems, []);
    await screenshot(page, 'responsive-big-feed');
  } finally {
    await context.close();
  }
});

test('without Web Workers feeds are parsed on the main thread and still shown', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => { delete window.Worker; });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  try {
    await page.goto(app.server.url);
    await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length > 0, null, { timeout: 30_000 });
    assert.equal(await page.evaluate(() => window.feedview.parser), 'main thread');
    assert.ok((await readMirror(page)).length > 5);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
