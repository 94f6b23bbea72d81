// At most `limit` tasks at once; the rest wait in order. Keeps a refresh of 200 feeds from
// opening 200 connections (browsers allow ~6 per host anyway, and proxies rate-limit).
export class Limiter {
  constructor(limit = 4) {
    this.limit = Math.max(1, limit | 0);
    this.active = 0;
    this.queue = [];
  }

  // Resolves with fn()'s result once a slot is free.
  run(fn) {
    return new Promise((resolve, reject) => {
      this.queue.push({ fn, resolve, reject });
      this.#next();
    });
  }

  get pending() {
    return this.queue.length + this.active;
  }

  #next() {
    while (this.active < this.limit && this.queue.length) {
      const { fn, resolve, reject } = this.queue.shift();
      this.active += 1;
      const task = async () => {
        try {
          return await fn();
        } finally {
          // Free the slot before the caller sees the result, so `pending` is exact then.
          this.active -= 1;
          this.#next();
        }
      };
      task().then(resolve, reject);
    }
  }
}
