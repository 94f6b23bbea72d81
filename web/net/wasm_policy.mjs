// The refresh policy as the page calls it: thin wrappers over the functions
// src/platform/web/refresh_exports.cpp exports from the app's Wasm module.
const encoder = new TextEncoder();

export function wasmPolicy(M) {
  const withStrings = (strings, fn) => {
    const ptrs = strings.map((s) => {
      const b = encoder.encode(String(s ?? ''));
      const p = M._malloc(b.length + 1);
      M.HEAPU8.set(b, p);
      M.HEAPU8[p + b.length] = 0;
      return p;
    });
    try {
      return fn(...ptrs);
    } finally {
      for (const p of ptrs) M._free(p);
    }
  };
  const takeString = (p) => {
    const s = M.UTF8ToString(p);
    M._free(p);
    return s;
  };
  return {
    // → the new FetchState as an object
    record(state, outcome, url, now, hints = '') {
      const seed = Math.floor(Math.random() * 2 ** 32);
      const json = withStrings([JSON.stringify(state || {}), JSON.stringify(outcome), hints, url],
        (s, o, h, u) => takeString(M._fv_refresh_record(s, o, h, u, now, seed)));
      return JSON.parse(json);
    },
    manualAllowed(state, now) {
      return withStrings([JSON.stringify(state || {})], (s) => M._fv_refresh_manual_allowed(s, now) === 1);
    },
    // { error: '' | the parser's message, hints: the feed's schedule hints as JSON or '',
    //   truncated: the document ended early (a download cut short) }.
    // (The export answers either a bare error string or {"error", "hints"} JSON.)
    parseCheck(bytes, url, contentType) {
      const data = M._malloc(Math.max(1, bytes.length));
      M.HEAPU8.set(bytes, data);
      let out;
      try {
        out = withStrings([url, contentType], (u, ct) => takeString(M._fv_refresh_parse_check(data, bytes.length, u, ct)));
      } finally {
        M._free(data);
      }
      if (out.startsWith('{')) {
        try {
          const j = JSON.parse(out);
          return { error: String(j.error || ''), hints: j.hints ? JSON.stringify(j.hints) : '',
                   truncated: j.truncated === true };
        } catch { /* fall through: treat as a message */ }
      }
      return { error: out, hints: '' };
    },
  };
}
