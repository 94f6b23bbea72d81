// Helpers for the network, offline and embed tests: a copy of the built web folder whose
// feed list names arbitrary URLs (the test feed server's), and `feedview serve` over it with
// the options a test needs (e.g. --proxy-allow-private, since the feed server is loopback).
import fs from 'node:fs';
import path from 'node:path';
import { copyWebRoot, webRoot, withSite } from './harness.mjs';
import { startServe } from '../../cli/lib.mjs';

export function makeNetworkSite(feeds) {
  const dir = copyWebRoot('fv-net-site-');
  fs.writeFileSync(path.join(dir, 'feeds', 'feeds.json'), JSON.stringify({ feeds }));
  return dir;
}

export function serveSite(root, { allowPrivate = true, extra = [] } = {}) {
  return startServe(['--root', root, ...(allowPrivate ? ['--proxy-allow-private'] : []), ...extra]);
}

// Serves a network site listing `feeds` while `fn(server, site)` runs, then stops the server
// and deletes the site.
export function withNetworkSite(feeds, fn, serveOptions = {}) {
  return withSite(makeNetworkSite(feeds), fn, (root) => serveSite(root, serveOptions));
}

// The page's notice line (pwa.mjs) as text, '' when hidden.
export function noticeText(page) {
  return page.evaluate(() => {
    const el = document.getElementById('fv-notice');
    return el && el.style.display !== 'none' ? el.textContent : '';
  });
}

// The network layer is wired into the build: a web folder without it is a failure, not a skip.
for (const built of ['precache-manifest.js', 'feedview-parse.js']) {
  if (!fs.existsSync(path.join(webRoot, built))) {
    throw new Error(`${built} is missing from ${webRoot}: the network layer was not built (cmake/feedview_web_offline.cmake)`);
  }
}
export const notWired = false;
