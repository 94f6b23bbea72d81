// The parsing core as one C function for JavaScript: bytes → the feed JSON `feedview parse`
// prints (README.md, "CLI"), wrapped as {"ok": true, "feed": {…}} or {"ok": false,
// "error": "…"}. Used by the embeddable widget (web/embed.mjs), which renders headlines as
// plain HTML and has no need for the dashboard.
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include <emscripten/emscripten.h>

#include "core/feed_json.h"
#include "core/parse.h"

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

}  // extern "C"
