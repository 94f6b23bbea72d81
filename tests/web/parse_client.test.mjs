// web/net/parse_client.mjs with a stand-in Worker (the real worker and its Wasm run in Chromium:
// tests/browser/responsive.test.mjs): transfer and return of the bytes, fallback to the main
// thread when no worker can start, errors from a crashed or hung worker, the hand-over a part
// per task, and deliveries kept in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handOver, ParseClient, parsingPolicy, workerDelivery } from '../../web/net/parse_client.mjs';

const bytesOf = (s) => new TextEncoder().encode(s);

// A Worker stand-in: `behaviour` decides what happens to each message.
function fakeWorker({ start = 'ready', answer = (m) => ({ id: m.id, ok: true, items: 1, hints: '', handover: new ArrayBuffer(8), bytes: m.bytes }) } = {}) {
  const made = [];
  class W {
    constructor(url, opts) {
      this.url = String(url);
      this.opts = opts;
      this.terminated = false;
      this.received = [];
      made.push(this);
      setTimeout(() => {
        if (start === 'ready') this.onmessage({ data: { ready: true } });
        else if (start === 'fail') this.onmessage({ data: { ready: false, error: 'no module' } });
        else if (start === 'error') this.onerror({ message: 'SyntaxError', preventDefault() {} });
      }, 1);
    }
    postMessage(m, transfer) {
      // Like the real thing: transferred buffers are detached on the sending side.
      this.received.push(m);
      const moved = transfer.map((b) => structuredClone(b, { transfer: [b] }));
      const msg = { ...m, bytes: moved[0] };
      const reply = answer(msg, this);
      if (reply) setTimeout(() => this.onmessage({ data: reply }), 1);
    }
    terminate() { this.terminated = true; }
  }
  return { W, made };
}

test('bytes are transferred to the worker (not copied) and come back with the answer', async () => {
  const { W, made } = fakeWorker();
  const client = new ParseClient({ WorkerImpl: W });
  const bytes = bytesOf('<rss/>');
  const res = await client.parse(bytes, 'https://a.example/feed', 'application/rss+xml');
  assert.equal(bytes.byteLength, 0, 'the original is detached: it was moved, not copied');
  assert.equal(new TextDecoder().decode(res.bytes), '<rss/>');
  assert.equal(res.ok, true);
  assert.equal(made[0].opts.type, 'module');
  assert.match(made[0].url, /parse-worker\.mjs$/);
  assert.deepEqual([made[0].received[0].url, made[0].received[0].contentType],
                   ['https://a.example/feed', 'application/rss+xml']);
  assert.equal(client.mode, 'worker');
});

test('without Worker every request falls back to the main thread with its bytes intact', async () => {
  const client = new ParseClient({ WorkerImpl: undefined });
  const bytes = bytesOf('<rss/>');
  const res = await client.parse(bytes, '', '');
  assert.equal(res.fallback, true);
  assert.equal(res.bytes, bytes);
  assert.equal(bytes.byteLength, 6);
  assert.equal(client.mode, 'main thread');
});

for (const start of ['fail', 'error']) {
  test(`a worker that cannot start (${start}) means main-thread parsing, nothing transferred`, async () => {
    const { W, made } = fakeWorker({ start });
    const client = new ParseClient({ WorkerImpl: W });
    const bytes = bytesOf('<rss/>');
    const res = await client.parse(bytes, '', '');
    assert.equal(res.fallback, true);
    assert.equal(res.bytes.byteLength, 6);
    assert.equal(made[0].received.length, 0);
    assert.equal(made[0].terminated, true);
    assert.equal(client.mode, 'main thread');
  });
}

test("the parser's error is the answer; a crash fails the request and the next one gets a new worker", async () => {
  let crash = true;
  const { W, made } = fakeWorker({
    answer: (m, w) => {
      if (crash) {
        crash = false;
        setTimeout(() => w.onerror({ message: 'RuntimeError: unreachable', preventDefault() {} }), 1);
        return null;
      }
      return { id: m.id, ok: false, error: 'not a feed: HTML page', bytes: m.bytes };
    },
  });
  const client = new ParseClient({ WorkerImpl: W });
  const first = await client.parse(bytesOf('x'), '', '');
  assert.equal(first.ok, false);
  assert.match(first.error, /parser stopped: RuntimeError/);
  assert.equal(made[0].terminated, true);
  const second = await client.parse(bytesOf('<html>'), '', '');
  assert.deepEqual([second.ok, second.error], [false, 'not a feed: HTML page']);
  assert.equal(made.length, 2);
});

test('a worker that never answers is ended after the timeout', async () => {
  const { W, made } = fakeWorker({ answer: () => null });
  const client = new ParseClient({ WorkerImpl: W, timeoutMs: 20 });
  const res = await client.parse(bytesOf('x'), '', '');
  assert.deepEqual([res.ok, res.error], [false, 'parsing took too long']);
  assert.equal(made[0].terminated, true);
});

test('a view into a larger buffer sends only its own bytes', async () => {
  const { W, made } = fakeWorker();
  const client = new ParseClient({ WorkerImpl: W });
  const big = bytesOf('xx<rss/>yy');
  const res = await client.parse(big.subarray(2, 8), '', '');
  assert.equal(made[0].received[0].bytes.byteLength, 0);  // detached by the transfer
  assert.equal(new TextDecoder().decode(res.bytes), '<rss/>');
});

// A stand-in for the app's exports: records parts, frees nothing.
function fakeApp() {
  const log = [];
  const heap = new Uint8Array(1 << 16);
  let top = 8;
  return {
    log,
    HEAPU8: heap,
    _malloc(n) { const p = top; top += n; return p; },
    _fv_feed_begin(i) { log.push(['begin', i]); },
    _fv_feed_part(i, p, n) { log.push(['part', i, new TextDecoder().decode(heap.subarray(p, p + n))]); return 1; },
    _fv_feed_finish(i) { log.push(['finish', i]); return 1; },
  };
}

function framed(...parts) {
  const chunks = [];
  for (const s of parts) {
    const b = bytesOf(s);
    const len = new Uint8Array(4);
    new DataView(len.buffer).setUint32(0, b.length, true);
    chunks.push(len, b);
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out.buffer;
}

test('the hand-over gives every part in order, then finishes', async () => {
  const M = fakeApp();
  const ok = await handOver(M, 3, framed('head', 'a', 'b', 'c', 'd'));
  assert.equal(ok, true);
  assert.deepEqual(M.log, [['begin', 3], ['part', 3, 'head'], ['part', 3, 'a'], ['part', 3, 'b'],
                           ['part', 3, 'c'], ['part', 3, 'd'], ['finish', 3]]);
});

test('a part the app refuses ends the hand-over, which reports failure', async () => {
  const M = fakeApp();
  M._fv_feed_part = () => 0;
  M._fv_feed_finish = () => 0;
  assert.equal(await handOver(M, 1, framed('head', 'a')), false);
});

test('a feed is handed over across several tasks: other tasks run in between', async () => {
  const M = fakeApp();
  const order = [];
  const part = M._fv_feed_part.bind(M);
  M._fv_feed_part = (i, p, n) => { order.push('part'); return part(i, p, n); };
  let t = 0;
  const now = () => (t += 5);  // every reading 5 ms later: over budget after each part
  const other = new Promise((resolve) => setTimeout(() => { order.push('other task'); resolve(); }, 0));
  await handOver(M, 0, framed('h', '1', '2', '3'), { budgetMs: 8, now });
  await other;
  assert.ok(order.indexOf('other task') > 0 && order.indexOf('other task') < order.length - 1,
            `another task ran during the hand-over: ${order.join(', ')}`);
});

test('parsingPolicy: the check comes from the worker, with the bytes back and the parsed feed', async () => {
  const { W } = fakeWorker({ answer: (m) => ({ id: m.id, ok: true, items: 2, hints: '{"ttlMinutes":60}', handover: new ArrayBuffer(4), bytes: m.bytes }) });
  const client = new ParseClient({ WorkerImpl: W });
  const policy = parsingPolicy({ record: () => 'kept', parseCheck: () => 'main thread' }, client);
  assert.equal(policy.record(), 'kept');
  const check = await policy.parseCheck(bytesOf('<rss/>'), 'u', 'ct');
  assert.equal(check.error, '');
  assert.equal(check.hints, '{"ttlMinutes":60}');
  assert.equal(new TextDecoder().decode(check.bytes), '<rss/>');
  assert.equal(check.parsed.items, 2);
  // Without a worker: the policy's own check.
  const plain = parsingPolicy({ parseCheck: () => 'main thread' }, new ParseClient({ WorkerImpl: undefined }));
  assert.equal(await plain.parseCheck(bytesOf('x'), '', ''), 'main thread');
});

test('workerDelivery: parse errors become the feed error; deliveries land in arrival order', async () => {
  let n = 0;
  const { W } = fakeWorker({
    answer: (m) => {
      n += 1;
      const text = new TextDecoder().decode(m.bytes);
      const reply = text === 'bad' ? { id: m.id, ok: false, error: 'not a feed: HTML page', bytes: m.bytes }
        : { id: m.id, ok: true, items: 1, hints: '', handover: framed(`head ${text}`), bytes: m.bytes };
      return reply;
    },
  });
  const M = fakeApp();
  const failed = [];
  const deliver = workerDelivery({ M, client: new ParseClient({ WorkerImpl: W }), fail: (i, e) => failed.push([i, e]),
                                   onMainThread: () => assert.fail('a worker is there') });
  deliver(0, bytesOf('old'), 'u', '');
  deliver(1, bytesOf('bad'), 'u', '');
  await deliver(0, bytesOf('new'), 'u', '');
  assert.equal(n, 3);
  assert.deepEqual(failed, [[1, 'not a feed: HTML page']]);
  assert.deepEqual(M.log.filter(([k]) => k === 'part'), [['part', 0, 'head old'], ['part', 0, 'head new']]);
});

test('workerDelivery without a worker parses on the main thread', async () => {
  const main = [];
  const deliver = workerDelivery({ M: fakeApp(), client: new ParseClient({ WorkerImpl: undefined }), fail: () => assert.fail(),
                                   onMainThread: (i, b) => main.push([i, b.length]) });
  await deliver(2, bytesOf('<rss/>'), 'u', '');
  assert.deepEqual(main, [[2, 6]]);
});
