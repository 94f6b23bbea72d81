// Browser figures for bench/run.sh: feedview's Wasm app in Debian's Chromium (playwright-core,
// SwiftShader WebGL), served by `feedview serve` from a local folder. Prints JSON lines
// {"bench":"browser","metric":…,"value":…,"unit":…,"target":…} for bench/report.py.
//
//   node bench/browser/browser_bench.mjs --feedview BIN --web DIR [--rounds N]
//
// What is measured (all in one browser, one server):
//   - first headlines: navigation start → the frame after the headline list first has a row,
//     the app against a plain static HTML page listing the same headlines from the same server,
//     both with a warm HTTP cache (one visit first, then N measured visits in that context);
//   - frames drawn per second while idle (window.feedview.frames over 5 s, nothing happening);
//   - bytes a first visit downloads, gzip -6 of each response: page + JS + Wasm + CSS, and fonts;
//   - main-thread CPU per frame while wheel-scrolling with 100 and with 50,000 items (Chromium's
//     Performance.getMetrics ThreadTime / frames drawn);
//   - search over 50,000 items: keydown of the last query character → the mirror list changing
//     (includes the wait for the next animation frame).
import zlib from 'node:zlib';
import { args, harness } from './bench_setup.mjs';

const rounds = Number(args.rounds || 3);
const { startServer, launchBrowser, makeSite, rssWithItems } = harness;

const VIEW = { width: 1280, height: 800 };

function emit(metric, value, unit, target = '', extra = {}) {
  console.log(JSON.stringify({ bench: 'browser', metric, value, unit, target, ...extra }));
}

// Records, in the page, when #fv-headlines first holds a row and the frame after that.
const FIRST_ROW_PROBE = () => {
  window.__fvBench = { row: null, frame: null };
  const seen = () => {
    const ol = document.getElementById('fv-headlines');
    if (!ol || !ol.querySelector('li') || window.__fvBench.row !== null) return false;
    window.__fvBench.row = performance.now();
    requestAnimationFrame(() => { window.__fvBench.frame = performance.now(); });
    return true;
  };
  const mo = new MutationObserver(() => { if (seen()) mo.disconnect(); });
  mo.observe(document, { childList: true, subtree: true });
};

async function timeFirstHeadlines(browser, url, label) {
  const context = await browser.newContext({ viewport: VIEW });
  await context.addInitScript(FIRST_ROW_PROBE);
  const times = [];
  try {
    for (let i = 0; i <= rounds; ++i) {  // visit 0 warms the HTTP cache and is not counted
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.__fvBench && window.__fvBench.frame !== null,
                                 null, { timeout: 60_000 });
      const t = await page.evaluate(() => window.__fvBench.frame);
      // Where the time went: when each download finished (ms after navigation start).
      const marks = await page.evaluate(() => Object.fromEntries(
        [['document', performance.getEntriesByType('navigation')[0]?.responseEnd]].concat(
          performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.responseEnd]))
          .map(([k, v]) => [k, Math.round(v)])));
      if (i > 0) times.push({ t, marks });
      await page.close();
    }
  } finally {
    await context.close();
  }
  for (const { t, marks } of times) emit(`first headlines, ${label}`, t, 'ms', '', { marks });
  return times.map(({ t }) => t);
}

async function staticPageFor(browser, url) {
  // The same rows the app lists, as the app's own accessible mirror renders them.
  const context = await browser.newContext({ viewport: VIEW });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length > 0,
                             null, { timeout: 60_000 });
  const rows = await page.$$eval('#fv-headlines li', (lis) => lis.map((li) => li.outerHTML));
  await context.close();
  return '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Headlines</title>' +
         '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>' +
         `<h1>Headlines</h1><ol id="fv-headlines">${rows.join('\n')}</ol></body></html>\n`;
}

async function idleFps(browser, url) {
  const context = await browser.newContext({ viewport: VIEW });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length > 0);
    await page.waitForTimeout(3000);  // let load-time animations and font swaps settle
    const f0 = await page.evaluate(() => window.feedview.frames);
    await page.waitForTimeout(5000);
    const f1 = await page.evaluate(() => window.feedview.frames);
    emit('frames drawn per second while idle', (f1 - f0) / 5, 'fps', '≤ 1', { target_check: ['≤', 1] });
  } finally {
    await context.close();
  }
}

async function firstVisitBytes(browser, url) {
  const context = await browser.newContext({ viewport: VIEW });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (r) => bodies.push(r.body().then((b) => ({ url: r.url(), b }), () => null)));
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length > 0);
    await page.waitForTimeout(1500);
  } finally {
    const all = (await Promise.all(bodies)).filter(Boolean);
    await context.close();
    const sum = { app: [0, 0], fonts: [0, 0], feeds: [0, 0] };
    const files = [];
    for (const { url: u, b } of all) {
      const p = new URL(u).pathname;
      const kind = /\/fonts\/|\.(ttf|otf|woff2?)$/.test(p) ? 'fonts' : /\/feeds\//.test(p) ? 'feeds' : 'app';
      const gz = zlib.gzipSync(b, { level: 6 }).length;
      sum[kind][0] += b.length;
      sum[kind][1] += gz;
      files.push(`${p} ${b.length}→${gz}`);
    }
    emit('first visit: HTML + JS + Wasm + CSS, gzip', sum.app[1] / 1024, 'KB', '≤ 350 KB',
         { target_check: ['≤', 350], raw_kb: sum.app[0] / 1024, files });
    emit('first visit: fonts, gzip', sum.fonts[1] / 1024, 'KB', '≤ 300 KB',
         { target_check: ['≤', 300], raw_kb: sum.fonts[0] / 1024 });
  }
}

async function scrollCpuPerFrame(browser, url, items) {
  const context = await browser.newContext({ viewport: VIEW });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction((n) => document.querySelectorAll('#fv-headlines li').length >= Math.min(n, 50),
                               items, { timeout: 120_000 });
    await page.waitForTimeout(2000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    };
    await page.mouse.move(640, 420);
    const results = [];
    for (let r = 0; r < rounds; ++r) {
      const m0 = await metric();
      const f0 = await page.evaluate(() => window.feedview.frames);
      for (let i = 0; i < 40; ++i) {
        await page.mouse.wheel(0, r % 2 ? -100 : 100);
        await page.waitForTimeout(30);
      }
      await page.waitForTimeout(300);
      const m1 = await metric();
      const f1 = await page.evaluate(() => window.feedview.frames);
      const frames = f1 - f0;
      // ThreadTime is the renderer main thread's CPU time (robust on a busy machine);
      // TaskDuration, its wall time in tasks, is the fallback on older Chromium.
      const key = 'ThreadTime' in m1 ? 'ThreadTime' : 'TaskDuration';
      if (frames > 0) results.push(((m1[key] - m0[key]) * 1000) / frames);
    }
    for (const v of results) emit(`main-thread CPU per frame scrolling, ${items} items`, v, 'ms');
    return results;
  } finally {
    await context.close();
  }
}

async function searchTime(browser, url) {
  const context = await browser.newContext({ viewport: VIEW });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length >= 50,
                               null, { timeout: 120_000 });
    await page.waitForTimeout(2000);
    await page.focus('#fv-canvas');
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.id === 'fv-ime');
    await page.keyboard.type('topic ');
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      window.__fvSearch = { key: null, done: [] };
      window.addEventListener('keydown', () => { window.__fvSearch.key = performance.now(); }, true);
      new MutationObserver(() => {
        const s = window.__fvSearch;
        if (s.key !== null) { s.done.push(performance.now() - s.key); s.key = null; }
      }).observe(document.getElementById('fv-headlines'), { childList: true, subtree: true, characterData: true });
    });
    const out = [];
    for (let r = 0; r < rounds * 2; ++r) {
      // Narrow to one topic (1/7 of the items), then widen back to all of them.
      await page.keyboard.press(r % 2 ? 'Backspace' : String(r % 7));
      await page.waitForFunction((n) => window.__fvSearch.done.length > n, out.length, { timeout: 30_000 });
      out.push(await page.evaluate(() => window.__fvSearch.done.at(-1)));
      await page.waitForTimeout(300);
    }
    for (const v of out) emit('search over 50,000 items: keystroke → list updated', v, 'ms');
  } finally {
    await context.close();
  }
}

const browser = await launchBrowser();
const servers = [];
try {
  console.log(JSON.stringify({ bench: 'browser-info', chromium: browser.version() }));
  const app = await startServer({ root: makeSite(null) });
  servers.push(app);
  const staticHtml = await staticPageFor(browser, app.url);
  const sameSite = await startServer({ root: makeSite(null, { 'static.html': staticHtml }) });
  servers.push(sameSite);

  const appTimes = await timeFirstHeadlines(browser, sameSite.url, 'feedview app');
  const staticTimes = await timeFirstHeadlines(browser, `${sameSite.url}static.html`, 'static HTML page');
  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  emit('first headlines: app / static page', median(appTimes) / median(staticTimes), '×', '≤ 2',
       { target_check: ['≤', 2] });

  await idleFps(browser, sameSite.url);
  await firstVisitBytes(browser, sameSite.url);

  const small = await startServer({ root: makeSite([{ name: 'small.xml', xml: rssWithItems(100) }]) });
  const big = await startServer({ root: makeSite([{ name: 'big.xml', xml: rssWithItems(50000) }]), maxSeconds: 900 });
  servers.push(small, big);
  const cpuSmall = await scrollCpuPerFrame(browser, small.url, 100);
  const cpuBig = await scrollCpuPerFrame(browser, big.url, 50000);
  if (cpuSmall.length && cpuBig.length)
    emit('CPU per frame scrolling: 50,000 / 100 items', median(cpuBig) / median(cpuSmall), '×', '< 1.5',
         { target_check: ['≤', 1.5] });
  await searchTime(browser, big.url);
} finally {
  await browser.close();
  for (const s of servers) await s.stop();
}
