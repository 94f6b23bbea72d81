// Where the browser's main-thread time goes while scrolling and searching a long list: a
// Chromium CPU profile (CDP Profiler) of the app, summarised as self time per function.
// Wasm functions have names only in a build linked with --profiling-funcs, e.g.
//   emcmake cmake --preset wasm -DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs && cmake --build …
//
//   node bench/browser/profile_browser.mjs [--items 50000] [--what scroll|search|load] [--top 25]
//     [--feedview BIN] [--web DIR]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { args, harness } from './bench_setup.mjs';

const items = Number(args.items || 50000);
const what = args.what || 'scroll';
const top = Number(args.top || 25);
const { startServer, launchBrowser, rssWithItems, makeSite } = harness;

// Self time per function name (ms), from a CDP Profile.
function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; ++i) {
    const n = byId.get(profile.samples[i]);
    const f = n.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}`.trim();
    self.set(name, (self.get(name) || 0) + (dt[i] || 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return { total, rows: [...self.entries()].sort((a, b) => b[1] - a[1]) };
}

const browser = await launchBrowser();
const site = makeSite([{ name: 'big.xml', xml: rssWithItems(items) }]);
const server = await startServer({ root: site, maxSeconds: 900 });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (what === 'load') await cdp.send('Profiler.start');
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length > 0,
                             null, { timeout: 600_000 });
  if (what !== 'load') {
    await page.waitForTimeout(2000);
    if (what === 'search') {
      await page.focus('#fv-canvas');
      await page.keyboard.press('/');
      await page.waitForFunction(() => document.activeElement?.id === 'fv-ime');
      await page.waitForTimeout(500);
      await cdp.send('Profiler.start');
      for (const key of ['t', 'o', 'p', 'i', 'c', ' ', '3', 'Backspace', '4', 'Backspace', 'Backspace']) {
        await page.keyboard.press(key);
        await page.waitForTimeout(250);
      }
    } else {
      await page.mouse.move(640, 420);
      await cdp.send('Profiler.start');
      for (let i = 0; i < 80; ++i) {
        await page.mouse.wheel(0, i < 40 ? 100 : -100);
        await page.waitForTimeout(30);
      }
    }
  }
  await page.waitForTimeout(500);
  const { profile } = await cdp.send('Profiler.stop');
  const { total, rows } = summarise(profile);
  console.log(`${what}, ${items} items: ${total.toFixed(0)} ms sampled`);
  for (const [name, ms] of rows.slice(0, top))
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${(100 * ms / total).toFixed(1).padStart(5)} %  ${name.slice(0, 110)}`);
  fs.writeFileSync(path.join(os.tmpdir(), `fv-profile-${what}.cpuprofile`), JSON.stringify(profile));
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
