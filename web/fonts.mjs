// Fallback fonts for the Wasm app: fetches the files under fonts/fallback/ that the app's
// FontBook asks for (src/app/fonts.h) — the manifest first, then the chunks that draw the
// codepoints feed text needs. Same origin; the service worker caches each chunk once fetched
// (web/sw.js), so a script's glyphs cost one download per browser.
//
// Requests made while handling one frame form a batch, delivered together once all of them
// have settled: the app then rebuilds its glyph atlas once instead of once per file.

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export class FallbackFontLoader {
  // deliver(name, Uint8Array) and fail(name, message) are called for each requested file.
  constructor({ baseUrl = 'fonts/fallback/', deliver, fail, fetchImpl = (...a) => fetch(...a) }) {
    this.baseUrl = baseUrl;
    this.deliver = deliver;
    this.fail = fail;
    this.fetchImpl = fetchImpl;
    this.requested = new Set();
    this.batch = null;
  }

  // Names are file names from the manifest: nothing that could leave fonts/fallback/.
  fetch(name) {
    if (!SAFE_NAME.test(name) || name.includes('..')) {
      this.fail(name, 'bad font file name');
      return;
    }
    if (this.requested.has(name)) return;
    this.requested.add(name);
    if (!this.batch) {
      this.batch = [];
      queueMicrotask(() => this.flush());
    }
    this.batch.push(name);
  }

  async flush() {
    const names = this.batch;
    this.batch = null;
    const results = await Promise.allSettled(names.map(async (name) => {
      const res = await this.fetchImpl(this.baseUrl + name);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    }));
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') this.deliver(names[i], r.value);
      else this.fail(names[i], String(r.reason && r.reason.message ? r.reason.message : r.reason));
    });
  }
}
