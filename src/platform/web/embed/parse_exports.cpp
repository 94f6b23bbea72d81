// The parsing core as C functions for JavaScript, in a module without the dashboard:
//   fv_parse           bytes → the feed JSON `feedview parse` prints (README.md, "CLI"), wrapped
//                      as {"ok": true, "feed": {…}} or {"ok": false, "error": "…"}. Used by the
//                      embeddable widget (web/embed.mjs), which renders headlines as plain HTML.
//   fv_parse_handover  bytes → the model as handover parts (core/handover/feed_wire.h) for the
//                      app's parse worker (web/parse-worker.mjs), which parses off the page's
//                      main thread.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include <emscripten/emscripten.h>

#include "core/feed_json.h"
#include "core/handover/feed_wire.h"
#include "core/parse.h"
#include "core/refresh/outcome_json.h"

namespace {

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          static const char* hex = "0123456789abcdef";
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

char* to_heap(const std::string& s) {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (p) std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}

}  // namespace

extern "C" {

// Takes ownership of nothing; returns a malloc'd NUL-terminated UTF-8 string the caller frees.
EMSCRIPTEN_KEEPALIVE char* fv_parse(const unsigned char* data, int len, const char* base_url,
                                    const char* content_type) {
  fv::ParseOptions options;
  options.base_url = base_url ? base_url : "";
  options.content_type = content_type ? content_type : "";
  const std::string_view bytes(reinterpret_cast<const char*>(data), len > 0 ? len : 0);
  fv::ParseResult r = fv::parse_feed(bytes, options);
  if (!r.ok) return to_heap("{\"ok\":false,\"error\":" + json_string(r.error) + "}");
  return to_heap("{\"ok\":true,\"feed\":" + fv::feed_to_json(r.feed, 0) + "}");
}

// Returns a malloc'd block the caller frees: a 32-bit little-endian length, that many bytes of
// JSON meta — {"ok":true,"items":N,"hints":{…schedule hints…},"truncated":bool} or
// {"ok":false,"error":"…"} —
// then (when ok) a 32-bit length and the handover parts.
EMSCRIPTEN_KEEPALIVE unsigned char* fv_parse_handover(const unsigned char* data, int len,
                                                      const char* base_url, const char* content_type) {
  fv::ParseOptions options;
  options.base_url = base_url ? base_url : "";
  options.content_type = content_type ? content_type : "";
  const std::string_view bytes(reinterpret_cast<const char*>(data), len > 0 ? len : 0);
  fv::ParseResult r = fv::parse_feed(bytes, options);
  std::string meta, parts;
  if (r.ok) {
    meta = "{\"ok\":true,\"items\":" + std::to_string(r.feed.items.size()) +
           ",\"hints\":" + fv::refresh::hints_to_json(r.feed.schedule) +
           ",\"truncated\":" + (r.feed.truncated ? "true" : "false") + "}";
    parts = fv::handover::encode_feed(r.feed);
  } else {
    meta = "{\"ok\":false,\"error\":" + json_string(r.error.empty() ? "not a feed" : r.error) + "}";
  }
  std::string out;
  out.reserve(8 + meta.size() + parts.size());
  for (const std::string* s : {&meta, &parts}) {
    const auto n = static_cast<std::uint32_t>(s->size());
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((n >> (8 * i)) & 0xFF));
    out += *s;
  }
  auto* p = static_cast<unsigned char*>(std::malloc(out.size()));
  if (p) std::memcpy(p, out.data(), out.size());
  return p;
}

}  // extern "C"
