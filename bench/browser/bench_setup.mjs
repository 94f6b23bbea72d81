// What the browser benches share: their command line (--name value pairs; --feedview BIN and
// --web DIR choose what is measured) and the browser-test harness, imported only after
// FV_FEEDVIEW_BIN and FV_WEB_ROOT are set from that command line (it reads them on import), so
// the server and Chromium start with the project's flags.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.env.FV_FEEDVIEW_BIN = path.resolve(args.feedview || path.join(repoRoot, 'build/native/feedview'));
process.env.FV_WEB_ROOT = path.resolve(args.web || path.join(repoRoot, 'build/wasm/web'));

export const harness = await import('../../tests/browser/lib/harness.mjs');
