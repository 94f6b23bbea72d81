// Where the dashboard's feed bytes come from: the last good response stored in IndexedDB
// (at once, so the app starts with headlines, offline too), then the network when the
// refresh policy says the feed is due (or a person asks). Conditional GET with the stored
// validators; a 304 costs nothing; a changed response is parse-checked before it replaces
// the stored one; a failure keeps the stored items on screen and shows the error. A response
// that parses but ends early (a truncated document) is shown — the app keeps the items it
// lacks — but does not replace a stored whole one, and its validators are not kept, so the
// next fetch asks for the whole feed again instead of getting a 304 for the cut copy.
//
// Scheduling: one timer for the earliest nextDue; nothing runs while the tab is hidden; due
// feeds are fetched when it becomes visible again or the network comes back.
//
//   new FeedSource({ fetcher, store, policy, deliver, fail, notify, now })
//     deliver(index, bytes, url, contentType, parsed)  hand bytes (and the parse check's
//                                              parsed feed, if any) to the app
//     fail(index, message)                     the feed has nothing to show (fv_feed_failed)
//     stale(index, message)                    a refresh failed while stored items are shown
//                                              (they stay; message), or worked again ('')
//     notify(key, text)                        a notice line ('' removes it)
//     busy(index, on)                          a fetch of the feed started (true) or ended
//   .load(index, url)          first load of a subscribed feed
//   .refreshAll({ manual })    every feed now (manual: ignores the schedule, not Retry-After)
//   .forget(url)               stop refreshing an unsubscribed feed
//   .errors()                  "Title: message" for each feed whose last fetch failed
export class FeedSource {
  constructor({ fetcher, store, policy, deliver, fail, notify = () => {}, busy = () => {}, stale = () => {},
                now = () => Date.now() / 1000, doc = globalThis.document, win = globalThis.window }) {
    Object.assign(this, { fetcher, store, policy, deliver, fail, notify, busy, stale, now, doc });
    this.feeds = new Map();  // url → { index, url, title, state, shown, busy }
    this.timer = null;
    this.progress = { running: 0, done: 0 };
    if (doc && doc.addEventListener) {
      doc.addEventListener('visibilitychange', () => {
        if (doc.visibilityState === 'visible') this.refreshDue();
        else this.#clearTimer();
      });
    }
    if (win && win.addEventListener) win.addEventListener('online', () => this.refreshDue({ afterOffline: true }));
  }

  async load(index, url, title = '') {
    const feed = { index, url, title: title || url, state: null, hints: '', shown: false, busy: null };
    this.feeds.set(url, feed);
    feed.state = (await this.store.fetchMeta(url)) || null;
    feed.hints = feed.state?.hints || '';
    const stored = await this.store.response(url);
    if (stored) {
      this.deliver(index, stored.bytes, stored.url, stored.contentType);
      feed.shown = true;
    }
    const due = !stored || !feed.state || this.now() >= (feed.state.nextDue || 0);
    if (due) await this.#refresh(feed);
    else this.#schedule();
  }

  async refreshAll({ manual = false } = {}) {
    const now = this.now();
    await Promise.all([...this.feeds.values()].map((f) => {
      if (manual && f.state && !this.policy.manualAllowed(f.state, now)) {
        this.notify(`feed:${f.url}`, `${f.title}: the server asked feedview to wait; it will refresh by itself.`);
        return null;
      }
      return this.#refresh(f);
    }));
  }

  refreshDue({ afterOffline = false } = {}) {
    if (this.doc && this.doc.visibilityState === 'hidden') return Promise.resolve();
    const now = this.now();
    return Promise.all([...this.feeds.values()]
      .filter((f) => now >= (f.state?.nextDue || 0) ||
                     (afterOffline && ['offline', 'network'].includes(f.state?.error?.kind)))
      .map((f) => this.#refresh(f)));
  }

  // One fetch at a time per feed; a second request joins the running one.
  #refresh(feed) {
    if (!feed.busy) {
      this.progress.running += 1;
      this.#progress();
      this.busy(feed.index, true);
      feed.busy = this.#fetchOnce(feed).finally(() => {
        feed.busy = null;
        this.busy(feed.index, false);
        this.progress.running -= 1;
        this.progress.done += 1;
        this.#progress();
        this.#schedule();
      });
    }
    return feed.busy;
  }

  async #fetchOnce(feed) {
    const state = feed.state || {};
    const stored = feed.shown;
    const target = state.url || feed.url;
    const r = await this.fetcher.fetchFeed(target, {
      // Validators only help when the body they stand for is stored.
      etag: stored ? state.etag : '',
      lastModified: stored ? state.lastModified : '',
      viaProxy: state.viaProxy || '',
    });
    const outcome = {
      status: r.status, error: r.error, etag: r.etag || '', lastModified: r.lastModified || '',
      cacheControl: r.cacheControl || '', expires: r.expires || '', date: r.date || '',
      retryAfter: r.retryAfter || '', finalUrl: r.finalUrl || '', movedPermanently: !!r.movedPermanently,
      viaProxy: r.viaProxy || '', parseError: '',
    };
    const fresh = !r.error && r.status >= 200 && r.status < 300 && !r.notModified && r.bytes;
    const bodyUrl = r.finalUrl || r.url || target;  // absolute: the parser resolves links with it
    let bytes = r.bytes, parsed = null, truncated = false;
    if (fresh) {
      // parseCheck gives the parser's error ('' when fine), or { error, hints } where hints is
      // the feed's own RSS ttl/skipHours/skipDays as JSON (core/refresh/outcome_json.h). The
      // parse worker's check (net/parse_client.mjs) is async, also returns the bytes it was
      // handed back and the parsed feed, which deliver() then shows without parsing again.
      const check = await this.policy.parseCheck(r.bytes, bodyUrl, r.contentType || '');
      const { error = '', hints = '', ...more } = typeof check === 'string' ? { error: check } : (check || {});
      outcome.parseError = error;
      truncated = !error && more.truncated === true;
      if (truncated) Object.assign(outcome, { etag: '', lastModified: '' });
      if (!error) feed.hints = hints;
      if (more.bytes) bytes = more.bytes;
      parsed = more.parsed || null;
    }
    if (r.notModified && r.status !== 304) outcome.status = 304;  // browser-cache revalidation
    feed.state = this.policy.record(state, outcome, feed.url, this.now(), feed.hints || '');
    await this.store.putFetchMeta(feed.url, { ...feed.state, hints: feed.hints || '' });

    const failed = !!feed.state.error && !!feed.state.error.kind && feed.state.error.kind !== 'none';
    if (!failed) {
      this.notify(`feed:${feed.url}`, '');
      if (feed.shown) this.stale(feed.index, '');
      if (fresh) {
        if (!truncated || !stored) {
          await this.store.putResponse(feed.url, { url: bodyUrl, contentType: r.contentType || '', bytes });
        }
        this.deliver(feed.index, bytes, bodyUrl, r.contentType || '', parsed);
        feed.shown = true;
      }
      return;
    }
    const message = feed.state.error.message || 'The feed could not be fetched.';
    if (feed.shown) {
      this.notify(`feed:${feed.url}`, `${feed.title}: ${message}`);
      this.stale(feed.index, message);
    } else {
      this.fail(feed.index, message);
    }
  }

  #progress() {
    const { running } = this.progress;
    this.notify('refresh', running ? `Refreshing ${running} feed${running === 1 ? '' : 's'}…` : '');
  }

  #clearTimer() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  #schedule() {
    this.#clearTimer();
    if (this.doc && this.doc.visibilityState === 'hidden') return;
    let next = Infinity;
    for (const f of this.feeds.values()) if (!f.busy && f.state) next = Math.min(next, f.state.nextDue || 0);
    if (!Number.isFinite(next)) return;
    // setTimeout holds at most ~24.8 days; the policy's maximum is hours.
    const ms = Math.min(2 ** 31 - 1, Math.max(1000, (next - this.now()) * 1000));
    this.timer = setTimeout(() => this.refreshDue(), ms);
    if (this.timer && this.timer.unref) this.timer.unref();  // node tests
  }

  // The feed was unsubscribed: no more refreshes (a fetch under way still finishes).
  forget(url) {
    this.feeds.delete(url);
    this.#schedule();
  }

  // One line per feed whose last fetch failed: "Title: message".
  errors() {
    return [...this.feeds.values()]
      .filter((f) => f.state && f.state.error && f.state.error.kind && f.state.error.kind !== 'none')
      .map((f) => `${f.title}: ${f.state.error.message || f.state.error.kind}`);
  }

  stop() {
    this.#clearTimer();
  }
}
