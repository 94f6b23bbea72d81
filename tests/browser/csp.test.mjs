// The Content-Security-Policy of index.html, in Chromium (issue #9): the app works under it with
// no violation during ordinary use (load, parse worker, search, reading pane, theme), and what
// an attacker who got markup into the page would try — an inline script, an inline event
// handler, eval and its relatives — is blocked and reported as a securitypolicyviolation event
// (the reporting a deployment's header adds is in docs/deploy.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSite, readArticle, screenshot, useApp, waitForIdle } from './lib/harness.mjs';

// A page script that tries eval and its relatives. It must be a same-origin file: code run
// through DevTools (page.evaluate) is exempt from the eval check, page scripts are not.
const PROBE = `
const attempt = (f) => { try { f(); return 'ran'; } catch (e) { return e.name; } };
window.__probe = {
  eval: attempt(() => window.eval('window.__evalRan = 1')),
  fn: attempt(() => new Function('window.__fnRan = 1')()),
};
setTimeout('window.__timerRan = 1', 0);  // refused without an exception
setTimeout(() => {
  window.__probe.ran = [window.__evalRan, window.__fnRan, window.__timerRan].filter(Boolean).length;
  window.__probe.done = true;
}, 100);
`;

const app = useApp({ site: () => makeSite(null, { 'csp-probe.js': PROBE }) });

// Every violation the page reports, recorded from before the first script runs.
function recordViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push({ directive: e.effectiveDirective || e.violatedDirective,
                               blocked: e.blockedURI, disposition: e.disposition, sample: e.sample });
  });
}

async function openWithRecorder() {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(recordViolations);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(app.server.url);
  await page.waitForFunction(() => document.querySelectorAll('#fv-headlines li').length > 0, null, { timeout: 30_000 });
  return { context, page, problems };
}

const violations = (page) => page.evaluate(() => window.__violations);

test('the app runs under its CSP without a single violation', async () => {
  const { context, page, problems } = await openWithRecorder();
  try {
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
    assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
    // Ordinary use: the parse worker started, search, open and close a story, switch theme.
    await page.waitForFunction(() => window.feedview.parser !== 'starting');
    assert.equal(await page.evaluate(() => window.feedview.parser), 'worker');
    await page.focus('#fv-canvas');
    await page.keyboard.press('/');
    await page.keyboard.type('a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    await page.focus('#fv-canvas');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.getElementById('fv-article').hidden);
    assert.ok((await readArticle(page)).title.length > 0);
    await page.keyboard.press('Escape');
    await waitForIdle(page);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('an injected inline script and inline handler are blocked and reported', async () => {
  const { context, page } = await openWithRecorder();
  try {
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.body.append(s);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handlerRan = true');
      img.src = 'data:,not-an-image';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      return { inline: !!window.__inlineRan, handler: !!window.__handlerRan };
    });
    assert.deepEqual(ran, { inline: false, handler: false });
    const seen = await violations(page);
    const blocked = seen.filter((v) => v.disposition === 'enforce' && v.blocked === 'inline');
    assert.ok(blocked.some((v) => v.directive === 'script-src-elem'), JSON.stringify(seen));
    assert.ok(blocked.some((v) => v.directive === 'script-src-attr'), JSON.stringify(seen));
    await screenshot(page, 'csp-after-injection');  // the app is untouched
  } finally {
    await context.close();
  }
});

test('eval, new Function and string timers are refused and reported', async () => {
  const { context, page } = await openWithRecorder();
  try {
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.src = 'csp-probe.js';  // allowed: script-src 'self'
      document.body.append(s);
    });
    await page.waitForFunction(() => window.__probe?.done);
    const { done, ...outcome } = await page.evaluate(() => window.__probe);
    assert.deepEqual(outcome, { eval: 'EvalError', fn: 'EvalError', ran: 0 });
    const seen = await violations(page);
    const evals = seen.filter((v) => v.blocked === 'eval' && v.disposition === 'enforce');
    assert.ok(evals.length >= 3, `each eval attempt is reported: ${JSON.stringify(seen)}`);
    assert.ok(evals.every((v) => v.directive === 'script-src'));
  } finally {
    await context.close();
  }
});
