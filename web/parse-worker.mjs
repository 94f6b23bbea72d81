// The parse worker: feedview's parser (feedview-parse.js/.wasm, the same core the app is built
// from) in its own Wasm instance on its own thread, so a 20 MB feed never freezes the page.
// web/net/parse_client.mjs is its only caller.
//
//   in:   { id, bytes: ArrayBuffer (transferred), url, contentType }
//   out:  { id, ok: true, items, hints, truncated, handover: ArrayBuffer, bytes }   handover: the model
//         { id, ok: false, error, bytes }                                 as parts (core/handover)
//   Both transfer the ArrayBuffers (the caller gets its bytes back to store them); nothing is
//   copied between threads. { ready: true } is posted once the module has started.
//
// Feed bytes are untrusted: they only ever reach the parser; nothing here touches a DOM.
import createFeedviewParser from './feedview-parse.js';

const encoder = new TextEncoder();
let parser = null;  // the instance; dropped after an abort so the next message starts afresh

function start() {
  parser = createFeedviewParser({ print: () => {}, printErr: (s) => console.warn(s) });
  return parser;
}

function cString(M, s) {
  const b = encoder.encode(String(s ?? ''));
  const p = M._malloc(b.length + 1);
  M.HEAPU8.set(b, p);
  M.HEAPU8[p + b.length] = 0;
  return p;
}

// Runs the parser on `bytes`; { ok, items, hints, handover } or { ok: false, error }.
function parse(M, bytes, url, contentType) {
  const data = M._malloc(Math.max(1, bytes.length));
  M.HEAPU8.set(bytes, data);
  const u = cString(M, url);
  const ct = cString(M, contentType);
  let out = 0;
  try {
    out = M._fv_parse_handover(data, bytes.length, u, ct);
  } finally {
    M._free(data);
    M._free(u);
    M._free(ct);
  }
  if (!out) return { ok: false, error: 'out of memory while parsing' };
  try {
    // Read HEAPU8 after the call: memory may have grown.
    const view = new DataView(M.HEAPU8.buffer);
    const metaLen = view.getUint32(out, true);
    const meta = JSON.parse(new TextDecoder().decode(M.HEAPU8.subarray(out + 4, out + 4 + metaLen)));
    if (!meta.ok) return { ok: false, error: String(meta.error || 'not a feed') };
    const at = out + 4 + metaLen;
    const partsLen = view.getUint32(at, true);
    const handover = M.HEAPU8.slice(at + 4, at + 4 + partsLen).buffer;  // a copy we can transfer
    return { ok: true, items: meta.items, hints: meta.hints ? JSON.stringify(meta.hints) : '',
             truncated: !!meta.truncated, handover };
  } finally {
    M._free(out);
  }
}

self.onmessage = async (e) => {
  const { id, bytes, url, contentType } = e.data || {};
  if (!(bytes instanceof ArrayBuffer)) {
    self.postMessage({ id, ok: false, error: 'nothing to parse' });
    return;
  }
  let reply;
  try {
    const M = await (parser || start());
    reply = parse(M, new Uint8Array(bytes), url, contentType);
  } catch (err) {
    parser = null;  // an abort leaves the instance unusable
    reply = { ok: false, error: `the parser stopped: ${err && err.message ? err.message : err}` };
  }
  const transfer = [bytes];
  if (reply.handover) transfer.push(reply.handover);
  self.postMessage({ id, ...reply, bytes }, transfer);
};

// Start the module at once, so the first feed does not wait for compilation.
start().then(() => self.postMessage({ ready: true }), (err) => {
  parser = null;
  self.postMessage({ ready: false, error: String(err && err.message ? err.message : err) });
});
