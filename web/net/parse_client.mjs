// Parsing off the page's main thread: the page's side of web/parse-worker.mjs.
//
//   const client = new ParseClient();
//   await client.parse(bytes, url, contentType)
//     → { ok: true, items, hints, truncated, handover, bytes }   handover: the model as parts
//     → { ok: false, error, bytes }                   the parser's one-line error
//     → { fallback: true, bytes }                     no worker here: parse on the main thread
//   `bytes` (a Uint8Array) is transferred to the worker and comes back in the answer: use the
//   returned one afterwards (the one passed in is detached).
//   handOver(M, index, handover)   gives a parsed feed to the app a part per task (fv_feed_*)
//   parsingPolicy(policy, client)  the refresh policy with its parse check done by the worker
//   workerDelivery({ … })          FeedSource's deliver(): worker parse, then hand-over
//
// Requests wait until the worker says it is ready, so when it cannot start (no Worker, no
// module workers, the module fails to load) nothing has been transferred and the caller still
// has its bytes to parse on the main thread. A worker that crashes or takes longer than
// `timeoutMs` is terminated; its requests fail with an error (which becomes the feed's error;
// the feed's last good items stay) and the next request starts a new worker.
export class ParseClient {
  constructor({ workerUrl = new URL('../parse-worker.mjs', import.meta.url),
                WorkerImpl = globalThis.Worker, timeoutMs = 60_000 } = {}) {
    Object.assign(this, { workerUrl, WorkerImpl, timeoutMs });
    this.worker = null;
    this.ready = null;      // Promise<boolean>: the current worker started
    this.broken = !WorkerImpl;  // the worker cannot start here: every request falls back
    this.pending = new Map();   // id → { resolve, timer }
    this.nextId = 1;
    if (!this.broken) this.#start();
  }

  // 'worker' once the worker has started, 'main thread' when it cannot, 'starting' before.
  get mode() {
    return this.broken ? 'main thread' : this.started ? 'worker' : 'starting';
  }

  // Requests the worker is working on.
  get busy() {
    return this.pending.size;
  }

  async parse(bytes, url, contentType) {
    if (this.broken) return { fallback: true, bytes };
    if (!this.worker) this.#start();
    if (!(await this.ready)) return { fallback: true, bytes };
    // Transfer a buffer holding exactly these bytes (a view into a larger buffer is copied once).
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? bytes.buffer : bytes.slice().buffer;
    const id = this.nextId++;
    const worker = this.worker;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.#fail(worker, 'parsing took too long'), this.timeoutMs);
      this.pending.set(id, { resolve, timer, worker });
      worker.postMessage({ id, bytes: own, url: String(url ?? ''), contentType: String(contentType ?? '') }, [own]);
    });
  }

  #start() {
    let worker;
    try {
      worker = new this.WorkerImpl(this.workerUrl, { type: 'module' });
    } catch {
      this.broken = true;
      this.ready = Promise.resolve(false);
      return;
    }
    this.worker = worker;
    this.started = false;
    this.ready = new Promise((resolveReady) => {
      worker.onmessage = (e) => {
        const m = e.data || {};
        if ('ready' in m) {
          this.started = !!m.ready;
          if (!m.ready) this.#giveUp(worker);
          resolveReady(!!m.ready);
          return;
        }
        const p = this.pending.get(m.id);
        if (!p) return;
        clearTimeout(p.timer);
        this.pending.delete(m.id);
        const bytes = m.bytes instanceof ArrayBuffer ? new Uint8Array(m.bytes) : new Uint8Array(0);
        p.resolve(m.ok ? { ok: true, items: m.items, hints: m.hints || '', truncated: !!m.truncated,
                           handover: m.handover, bytes }
                       : { ok: false, error: String(m.error || 'not a feed'), bytes });
      };
      worker.onerror = (e) => {
        e.preventDefault?.();
        if (!this.started) {
          this.#giveUp(worker);  // never started: module workers or the parser unavailable
          resolveReady(false);
        } else {
          this.#fail(worker, `the parser stopped${e.message ? `: ${e.message}` : ''}`);
        }
      };
    });
  }

  #giveUp(worker) {
    this.broken = true;
    worker.terminate();
    if (this.worker === worker) this.worker = null;
  }

  // Ends a started worker that crashed or hung; its requests get the error.
  #fail(worker, error) {
    worker.terminate();
    if (this.worker === worker) this.worker = null;
    for (const [id, p] of this.pending) {
      if (p.worker !== worker) continue;
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.resolve({ ok: false, error, bytes: new Uint8Array(0) });
    }
  }

  terminate() {
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.broken = true;
  }
}

// Each task hands over parts for at most this long before letting the page paint and answer
// input: well under one 60 Hz frame plus the browser's own work.
const HANDOVER_BUDGET_MS = 8;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// Gives the app a feed the worker parsed, a few parts per task; true when the app took it.
export async function handOver(M, index, handover, { budgetMs = HANDOVER_BUDGET_MS, now = () => performance.now() } = {}) {
  const bytes = new Uint8Array(handover);
  const view = new DataView(handover);
  M._fv_feed_begin(index);
  let at = 0;
  let sliceStart = now();
  while (at + 4 <= bytes.length) {
    const len = view.getUint32(at, true);
    const part = bytes.subarray(at + 4, at + 4 + len);
    at += 4 + len;
    const p = M._malloc(Math.max(1, part.length));
    M.HEAPU8.set(part, p);  // read HEAPU8 after _malloc: memory may have grown
    if (!M._fv_feed_part(index, p, part.length)) break;  // the app frees p either way
    if (now() - sliceStart >= budgetMs) {
      await nextTask();
      sliceStart = now();
    }
  }
  return M._fv_feed_finish(index) === 1;
}

// The refresh policy with parseCheck answered by the worker: { error, hints, truncated, bytes, parsed },
// where `parsed` is handed to deliver() so the bytes are parsed once, and `bytes` replaces the
// transferred originals. Without a worker: the policy's own (main-thread) check.
export function parsingPolicy(policy, client) {
  return {
    ...policy,
    async parseCheck(bytes, url, contentType) {
      const res = await client.parse(bytes, url, contentType);
      if (res.fallback) return policy.parseCheck(res.bytes, url, contentType);
      return { error: res.ok ? '' : res.error, hints: res.ok ? res.hints : '', truncated: !!res.truncated,
               bytes: res.bytes,
               parsed: res.ok ? res : null };
    },
  };
}

// FeedSource's deliver(index, bytes, url, contentType, parsed?): parses in the worker unless
// already parsed, then hands the feed over. One feed at a time, in the order they arrive, so a
// fresh response never lands before an older stored one. Falls back to `onMainThread` (the
// app's own parse) without a worker; a parse error becomes the feed's error through `fail`.
// `.busy` counts deliveries not yet shown.
export function workerDelivery({ M, client, onMainThread, fail }) {
  let queue = Promise.resolve();
  let waiting = 0;
  const deliver = (index, bytes, url, contentType, parsed = null) => {
    waiting += 1;
    queue = queue.then(async () => {
      const res = parsed || await client.parse(bytes, url, contentType);
      if (res.fallback) onMainThread(index, res.bytes, url, contentType);
      else if (!res.ok) fail(index, res.error);
      else if (!(await handOver(M, index, res.handover))) fail(index, 'the parsed feed could not be read');
    }).catch((err) => fail(index, String(err && err.message ? err.message : err)))
      .finally(() => { waiting -= 1; });
    return queue;
  };
  Object.defineProperty(deliver, 'busy', { get: () => waiting });
  return deliver;
}
