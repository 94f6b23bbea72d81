// feedview's feed fetcher: what the page uses to get a feed's bytes.
//
//   - at most `concurrency` requests at once (Limiter);
//   - a time limit per request, body included (AbortController);
//   - a byte cap on the body, counted while streaming (readCapped);
//   - conditional GET: If-None-Match / If-Modified-Since from the stored validators; a 304 is
//     reported as notModified with no bytes. Cross-origin direct requests cannot carry those
//     headers without a CORS preflight most feed servers refuse, so they use the browser's own
//     HTTP cache revalidation (cache: 'no-cache') and an unchanged ETag counts as notModified;
//   - CORS fallback: when the direct request fails the way a CORS refusal fails (a TypeError
//     with no response), the configured proxy templates are tried in order; the one that
//     worked is returned as viaProxy, and the caller stores it so the next fetch goes there
//     first;
//   - redirects: the final URL is returned; a permanent move is known only through feedview's
//     proxy (X-Feedview-Final-Url, X-Feedview-Moved-Permanently), since fetch() hides statuses.
//
// Failures are returned, never thrown: { error: { kind, message } } with kind one of
// "timeout", "network", "offline", "cors", "too-large", "aborted" (src/core/refresh/
// fetch_error.h reads the same names). An HTTP error status is a normal result (status ≥ 400).
import { Limiter } from './limiter.mjs';
import { proxiedUrl } from './proxy_url.mjs';
import { readCapped } from './read_capped.mjs';

export const DEFAULT_OPTIONS = Object.freeze({
  concurrency: 4,
  timeoutMs: 20_000,
  maxBytes: 32 * 1024 * 1024,  // a 20 MB feed loads (issue #9); the parser stops at 64 MiB
  proxies: ['proxy?url={url}'],
  // false: plain requests the browser (and feedview's service worker) may answer from cache,
  // stale-while-revalidate — for the embed, which keeps no validators of its own.
  revalidate: true,
});

// At most 128 bytes, so it stays a CORS-safelisted header (a longer Accept costs a preflight
// that most feed servers refuse).
const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8';

function header(res, name) {
  return res.headers.get(name) || '';
}

export class FeedFetcher {
  constructor(options = {}) {
    const o = { ...DEFAULT_OPTIONS, ...options };
    this.fetchImpl = o.fetchImpl || globalThis.fetch.bind(globalThis);
    this.baseUrl = o.baseUrl || (globalThis.document ? globalThis.document.baseURI : 'http://localhost/');
    this.timeoutMs = o.timeoutMs;
    this.maxBytes = o.maxBytes;
    this.proxies = [...o.proxies];
    this.revalidate = o.revalidate;
    this.limiter = o.limiter || new Limiter(o.concurrency);
    this.isOnline = o.isOnline || (() => (globalThis.navigator ? globalThis.navigator.onLine !== false : true));
    // Origins whose direct fetch failed this session: go to the proxy first for them.
    this.corsOrigins = new Set();
  }

  // fetchFeed(url, { etag, lastModified, viaProxy, signal }) → Promise<result>:
  //   { url, status, notModified, bytes, contentType, etag, lastModified, cacheControl,
  //     expires, date, retryAfter, finalUrl, movedPermanently, viaProxy, error }
  fetchFeed(url, state = {}) {
    return this.limiter.run(() => this.#fetchNow(url, state));
  }

  // The order in which to try: the remembered proxy first, then direct, then the others.
  #plan(target, state) {
    let origin = '';
    try {
      origin = new URL(target).origin;
    } catch {
      return [];
    }
    const sameOrigin = origin === new URL(this.baseUrl).origin;
    if (sameOrigin) return [{ proxy: '', sameOrigin: true }];
    const proxies = this.proxies.map((p) => ({ proxy: p }));
    const direct = { proxy: '', sameOrigin: false };
    const remembered = proxies.findIndex((p) => p.proxy === state.viaProxy);
    if (remembered >= 0) {
      const [first] = proxies.splice(remembered, 1);
      return [first, direct, ...proxies];
    }
    if (this.corsOrigins.has(origin)) return [...proxies, direct];
    return [direct, ...proxies];
  }

  async #fetchNow(url, state) {
    let target;
    try {
      target = new URL(url, this.baseUrl).href;
    } catch {
      return failure(url, 'network', `not a URL: ${url}`);
    }
    if (!/^https?:$/.test(new URL(target).protocol)) return failure(target, 'network', 'only http and https feeds can be fetched');
    const plan = this.#plan(target, state);
    let corsLike = false;
    let lastError = null;
    for (const step of plan) {
      const r = await this.#request(target, step, state);
      if (!r.error) return r;
      if (r.error.kind !== 'typeerror') return r;  // timeout, too large, aborted: final
      lastError = r.error;
      if (!step.proxy && !step.sameOrigin) {
        corsLike = true;
        this.corsOrigins.add(new URL(target).origin);
      }
    }
    if (!this.isOnline()) return failure(target, 'offline', 'the browser is offline');
    // Direct failed without a response and every proxy failed too (or there is none).
    const onlyDirectTried = plan.every((s) => !s.proxy);
    if (corsLike && onlyDirectTried) {
      return failure(target, 'cors', 'the server sends no CORS headers and no proxy is configured');
    }
    return failure(target, 'network', lastError ? lastError.message : 'no way to fetch');
  }

  async #request(target, step, state) {
    const requestUrl = step.proxy ? proxiedUrl(step.proxy, target, this.baseUrl) : target;
    if (!requestUrl) return failure(target, 'typeerror', `bad proxy template ${step.proxy}`);
    const headers = { Accept: ACCEPT };
    // Own conditional headers only where they cost no preflight (same origin, our proxy).
    const explicit = step.sameOrigin || !!step.proxy;
    if (explicit && this.revalidate) {
      if (state.etag) headers['If-None-Match'] = state.etag;
      if (state.lastModified) headers['If-Modified-Since'] = state.lastModified;
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const outer = state.signal;
    const onOuterAbort = () => controller.abort();
    if (outer) {
      if (outer.aborted) controller.abort();
      else outer.addEventListener('abort', onOuterAbort, { once: true });
    }
    try {
      const res = await this.fetchImpl(requestUrl, {
        headers,
        signal: controller.signal,
        credentials: step.sameOrigin ? 'same-origin' : 'omit',
        cache: !this.revalidate ? 'default' : explicit ? 'no-store' : 'no-cache',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
      });
      const result = {
        url: target,
        status: res.status,
        notModified: res.status === 304,
        bytes: null,
        contentType: header(res, 'content-type'),
        etag: header(res, 'etag'),
        lastModified: header(res, 'last-modified'),
        cacheControl: header(res, 'cache-control'),
        expires: header(res, 'expires'),
        date: header(res, 'date'),
        retryAfter: header(res, 'retry-after'),
        finalUrl: '',
        movedPermanently: false,
        viaProxy: step.proxy,
        error: null,
      };
      if (step.proxy) {
        result.finalUrl = header(res, 'x-feedview-final-url');
        result.movedPermanently = !!result.finalUrl && header(res, 'x-feedview-moved-permanently') === '1';
      } else if (res.redirected && res.url && res.url !== target) {
        result.finalUrl = res.url;
      }
      if (res.status === 304) return result;
      result.bytes = await readCapped(res, this.maxBytes);
      // Browser-cache revalidation turns a 304 into the cached 200: same ETag = unchanged.
      if (!explicit && res.ok && state.etag && result.etag && result.etag === state.etag) {
        result.notModified = true;
      }
      return result;
    } catch (err) {
      if (timedOut) return failure(target, 'timeout', `no answer within ${Math.round(this.timeoutMs / 1000)} s`);
      if (outer && outer.aborted) return failure(target, 'aborted', 'cancelled');
      if (err && err.kind === 'too-large') return failure(target, 'too-large', err.message);
      // fetch() rejects with a TypeError for CORS refusals and network failures alike.
      return failure(target, 'typeerror', (err && err.message) || String(err));
    } finally {
      clearTimeout(timer);
      if (outer) outer.removeEventListener('abort', onOuterAbort);
    }
  }
}

function failure(url, kind, message) {
  return { url, status: 0, notModified: false, bytes: null, error: { kind, message }, viaProxy: '' };
}
