// Shared by the node peers: reads the bench corpus (build/bench-corpus/manifest.txt) as raw
// bytes, and decodes bytes to a string the way a careful JS app would before handing XML to a
// string-based parser: BOM, else the XML declaration's encoding, via TextDecoder (ICU).
import fs from 'node:fs';
import path from 'node:path';

export function loadCorpus(dir) {
  const manifest = fs.readFileSync(path.join(dir, 'manifest.txt'), 'utf8');
  return manifest.split('\n').filter(Boolean).map((line) => {
    const name = line.split('\t')[0];
    return { name, json: name.endsWith('.json'), bytes: fs.readFileSync(path.join(dir, 'feeds', name)) };
  });
}

const decoders = new Map();
export function decode(bytes) {
  let label = 'utf-8';
  if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    const head = bytes.subarray(0, 200).toString('latin1');
    const m = /^<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(head);
    if (m) label = m[1].toLowerCase();
  }
  if (!decoders.has(label)) decoders.set(label, new TextDecoder(label));
  return decoders.get(label).decode(bytes);
}

// One round like fv_bench's: a warm-up pass, then whole passes until minSeconds passed.
export async function round(runner, files, minSeconds, passFn) {
  let check = await passFn(files);
  let passes = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  do {
    check += await passFn(files);
    passes++;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  } while (elapsed < minSeconds);
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0) * passes;
  console.log(JSON.stringify({ bench: 'throughput', runner, files: files.length, bytes, passes,
    seconds: elapsed, mbps: bytes / elapsed / 1e6, check }));
}

export function version(pkg) {
  const url = new URL(`../../node_modules/${pkg}/package.json`, import.meta.url);
  return JSON.parse(fs.readFileSync(url, 'utf8')).version;
}
