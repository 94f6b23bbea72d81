// Runs the native `feedview` command as a process, the way users and scripts meet it.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const feedviewBin = process.env.FV_FEEDVIEW_BIN || path.join(repo, 'build/native/feedview');
export const repoRoot = repo;

export function runFeedview(args, options = {}) {
  return spawnSync(feedviewBin, args, { encoding: 'utf8', timeout: 30_000, ...options });
}

// Starts `feedview serve` on a free loopback port; resolves with its base URL and a stop().
// The server also stops by itself (--max-seconds) should the test die first.
export function startServe(args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(feedviewBin, ['serve', '--port', '0', '--max-seconds', '300', ...args],
                        { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    const timer = setTimeout(() => { child.kill(); reject(new Error('serve did not start: ' + err)); }, 15_000);
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited ${code}: ${err}`)); });
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/serving .* at (http:\/\/[^\s]+)\n/);
      if (m) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        const stop = () => new Promise((done) => {
          if (child.exitCode !== null) return done(child.exitCode);
          child.once('exit', done);
          child.kill('SIGTERM');
        });
        resolve({ url: m[1], child, stop });
      }
    });
  });
}
