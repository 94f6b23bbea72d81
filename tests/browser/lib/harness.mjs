// Shared set-up for the browser tests: start `feedview serve` on a free loopback port, launch
// Debian's Chromium through playwright-core (never a downloaded browser) — useApp() does both
// for a test file —, open the app and wait until the accessible headline mirror lists headlines,
// click canvas controls where the app drew them, save screenshots for people to look at.
//
// Environment:
//   FV_FEEDVIEW_BIN  the native feedview command (default build/native/feedview)
//   FV_WEB_ROOT      the served web folder (default build/wasm/web)
//   FV_CHROMIUM      the browser (default /usr/bin/chromium)
//   FV_TEST_RESULTS  where screenshots go (default build/test-results)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const feedviewBin = process.env.FV_FEEDVIEW_BIN || path.join(repoRoot, 'build/native/feedview');
export const webRoot = process.env.FV_WEB_ROOT || path.join(repoRoot, 'build/wasm/web');
export const resultsDir = process.env.FV_TEST_RESULTS || path.join(repoRoot, 'build/test-results');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic', '--no-first-run',
];

// Starts `feedview serve --port 0`; resolves with { url, stop }. The server also stops by itself
// after --max-seconds should the test process die without stopping it.
export function startServer({ root = webRoot, maxSeconds = 600 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(feedviewBin, ['serve', '--port', '0', '--root', root,
                                      '--max-seconds', String(maxSeconds)],
                        { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`feedview serve did not start within 15 s: ${err}`));
    }, 15_000);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`feedview serve exited with ${code}: ${err}`));
    });
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/serving .* at (http:\/\/[^\s]+)\n/);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const stop = () => new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
      resolve({ url: m[1], stop });
    });
  });
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.FV_CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

// Opens the app in a fresh context; collects console errors and page errors (CSP violations
// show up there). Resolves once the mirror lists at least `minHeadlines` headlines.
export async function openApp(browser, url, {
  viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, colorScheme = 'light',
  minHeadlines = 1, hasTouch = false, permissions = [],
} = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, colorScheme, hasTouch });
  if (permissions.length) await context.grantPermissions(permissions, { origin: url });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(
    (n) => document.querySelectorAll('#fv-headlines li').length >= n, minHeadlines,
    { timeout: 30_000 });
  return { context, page, problems };
}

// The mirror as data: [{ title, href, source, time }].
export function readMirror(page) {
  return page.$$eval('#fv-headlines li', (lis) => lis.map((li) => {
    const a = li.querySelector('a');
    return {
      title: li.querySelector('.fv-title')?.textContent ?? '',
      href: a ? a.getAttribute('href') : null,
      source: li.querySelector('.fv-source')?.textContent ?? '',
      time: li.querySelector('.fv-time')?.textContent ?? '',
      html: li.innerHTML,
    };
  }));
}

// The reading pane's mirror: null when closed, else { title, href, related: [{ title, href }] }.
export function readArticle(page) {
  return page.evaluate(() => {
    const article = document.getElementById('fv-article');
    if (article.hidden) return null;
    const a = article.querySelector('h2 a');
    return {
      title: article.querySelector('h2').textContent,
      href: a ? a.getAttribute('href') : null,
      related: [...article.querySelectorAll('.fv-related li')].map((li) => ({
        title: li.querySelector('a, span').textContent,
        href: li.querySelector('a')?.getAttribute('href') ?? null,
      })),
    };
  });
}

export function canvasSizes(page) {
  return page.evaluate(() => {
    const c = document.getElementById('fv-canvas');
    const r = c.getBoundingClientRect();
    return { cssW: r.width, cssH: r.height, backingW: c.width, backingH: c.height,
             dpr: window.devicePixelRatio };
  });
}

export function frameCount(page) {
  return page.evaluate(() => window.feedview.frames);
}

// Waits until no frame has been drawn for `quietMs` (the app has settled after load/input).
export async function waitForIdle(page, { quietMs = 700, timeoutMs = 10_000 } = {}) {
  const start = Date.now();
  let last = await frameCount(page), since = Date.now();
  while (Date.now() - start < timeoutMs) {
    await page.waitForTimeout(100);
    const n = await frameCount(page);
    if (n !== last) { last = n; since = Date.now(); }
    else if (Date.now() - since >= quietMs) return n;
  }
  throw new Error(`app kept drawing for ${timeoutMs} ms`);
}

// Where the app drew control `name`[index] in its last frame ({ x, y }, its centre in CSS px;
// the names are noted in src/app with note_click_target), waiting until it is drawn.
export async function target(page, name, index = 0) {
  await page.waitForFunction(([n, i]) => window.feedview.target(n, i) !== null, [name, index]);
  return page.evaluate(([n, i]) => window.feedview.target(n, i), [name, index]);
}

// Clicks control `name`[index] where the app drew it — never at a guessed coordinate, which
// missed under load. Waits for the app to settle first (a panel that just opened settles its
// size) and after. `options` go to mouse.click (button, clickCount).
export async function clickTarget(page, name, index = 0, options = {}) {
  await waitForIdle(page, { quietMs: 300 });
  const at = await target(page, name, index);
  await page.mouse.click(at.x, at.y, options);
  await waitForIdle(page, { quietMs: 400 });
}

// Moves the pointer onto control `name`[index] (hover: tooltips, cursor shapes).
export async function hoverTarget(page, name, index = 0) {
  await waitForIdle(page, { quietMs: 300 });
  const at = await target(page, name, index);
  await page.mouse.move(at.x, at.y);
}

export async function screenshot(page, name) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// The bundled sample feed's items as the test expects to see them listed: title without the
// " - Source" suffix Google News appends, link, source name.
export function bundledItems(file = path.join(repoRoot, 'assets/feeds/google-news-world.xml')) {
  const xml = fs.readFileSync(file, 'utf8');
  const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
  const field = (block, tag) => {
    const m = block.match(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`));
    return m ? decode(m[1].trim()) : '';
  };
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, block]) => {
    const source = field(block, 'source');
    let title = field(block, 'title');
    if (source && title.endsWith(` - ${source}`)) title = title.slice(0, -(source.length + 3));
    // Google News lists the story's cluster, the item itself first, in its description.
    const related = (field(block, 'description').match(/<li>/g) || []).length;
    return { title, link: field(block, 'link'), source, pubDate: field(block, 'pubDate'), related };
  });
}

// A temporary copy of the built web folder, for a test that serves other feeds or extra files.
export function copyWebRoot(prefix = 'fv-site-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(webRoot, dir, { recursive: true });
  return dir;
}

// A copy of the built web folder whose feeds/feeds.json lists `feeds` ([{ name, xml, title,
// folder }]) instead of the bundled ones (null keeps them), with `files` ({ path: text or bytes })
// added beside index.html: tests that need a long list, odd content or a host page serve this.
export function makeSite(feeds, files = {}) {
  const dir = copyWebRoot();
  if (feeds) {
    const list = feeds.map((f) => ({ url: `feeds/${f.name}`, title: f.title || f.name,
                                     ...(f.folder ? { folder: f.folder } : {}) }));
    for (const f of feeds) fs.writeFileSync(path.join(dir, 'feeds', f.name), f.xml);
    fs.writeFileSync(path.join(dir, 'feeds', 'feeds.json'), JSON.stringify({ feeds: list }));
  }
  for (const [name, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
  return dir;
}

const serveRoot = (root) => startServer({ root });

// A test file's set-up and tear-down steps, run one after the other in the order they were
// registered: Node 20 starts a file's top-level before() hooks all at once, so a step that needs
// another's result (a site listing the feed server's URL) would otherwise race it.
let setUpChain = Promise.resolve();
let tearDownChain = Promise.resolve();
export function beforeAll(fn) { before(() => (setUpChain = setUpChain.then(fn))); }
export function afterAll(fn) { after(() => (tearDownChain = tearDownChain.then(fn, fn))); }

// Serves `site` (a folder the test made, e.g. with makeSite) while `fn(server, site)` runs, then
// stops the server and deletes the folder. `serve(root)` starts the server (default startServer).
export async function withSite(site, fn, serve = serveRoot) {
  try {
    const server = await serve(site);
    try {
      return await fn(server, site);
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
}

// A `feedview serve` for a test file: started before its tests over `site()` (a folder this
// function makes, deleted afterwards; default: the built app as it is), stopped after them.
// `serve(root)` starts the server (default startServer). Returns { server, site, url() }.
export function useServer({ site, serve = serveRoot } = {}) {
  const served = { server: null, site: null, url: () => served.server.url };
  beforeAll(async () => {
    served.site = site ? site() : null;
    served.server = await serve(served.site ?? webRoot);
  });
  afterAll(async () => {
    await served.server?.stop();
    if (served.site) fs.rmSync(served.site, { recursive: true, force: true });
  });
  return served;
}

// The set-up a browser test file shares: one Chromium and one `feedview serve` (useServer's
// options; serve: false for none) for all its tests, closed after them. Returns { browser,
// server, site }, filled in once the file's before() hooks have run, and open(options):
// openApp on that server.
export function useApp({ site, serve = serveRoot } = {}) {
  const served = serve === false ? null : useServer({ site, serve });
  const app = {
    browser: null,
    get server() { return served?.server ?? null; },
    get site() { return served?.site ?? null; },
    open: (options) => openApp(app.browser, app.server.url, options),
  };
  beforeAll(async () => { app.browser = await launchBrowser(); });
  afterAll(async () => { await app.browser?.close(); });
  return app;
}

// An RSS 2.0 feed with `count` items, newest first, one minute apart, with distinct titles.
export function rssWithItems(count, { start = Date.UTC(2026, 0, 8, 12, 0, 0), source = 'Example News' } = {}) {
  const items = [];
  for (let i = 0; i < count; ++i) {
    const date = new Date(start - i * 60_000).toUTCString();
    items.push(`<item><title>Headline ${i + 1}: story about topic ${i % 7}</title>` +
               `<link>https://example.com/news/${i + 1}</link><guid>n${i + 1}</guid>` +
               `<pubDate>${date}</pubDate><source url="https://example.com">${source}</source></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>` +
         `<title>Generated</title><link>https://example.com/</link>${items.join('')}</channel></rss>`;
}

// Sharpness of rendered text: the 95th percentile of the luminance step between horizontally
// adjacent pixels of a PNG (0-255), over pixels that are not flat background. Crisp glyph stems
// step from paper to ink within a pixel; a blurred (upscaled) render needs two or more.
// `upscale` first scales the image by that factor with smoothing, as a browser does when the
// canvas backing store is smaller than its CSS size x devicePixelRatio.
export async function edgeContrast(browser, png, { upscale = 1 } = {}) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ([b64, scale]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const w = Math.round(bitmap.width * scale), h = Math.round(bitmap.height * scale);
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d');
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(bitmap, 0, 0, w, h);
      const { data } = ctx.getImageData(0, 0, w, h);
      const lum = (i) => 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
      const steps = [];
      for (let y = 0; y < h; ++y) {
        for (let x = 0; x + 1 < w; ++x) {
          const i = (y * w + x) * 4;
          const d = Math.abs(lum(i) - lum(i + 4));
          if (d > 8) steps.push(d);
        }
      }
      steps.sort((a, b) => a - b);
      return steps.length ? steps[Math.floor(steps.length * 0.95)] : 0;
    }, [png.toString('base64'), upscale]);
  } finally {
    await page.close();
  }
}
