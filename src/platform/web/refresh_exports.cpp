// The refresh policy (src/core/refresh) and a parse check, exported for the page's feed
// source (web/net/feed_source.mjs), which schedules fetches, keeps the last good response
// and decides what to hand to the dashboard. JSON in, JSON out; every returned string is
// malloc'd and freed by the caller (_free).
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include <emscripten/emscripten.h>
#include <nlohmann/json.hpp>

#include "core/parse.h"
#include "core/refresh/fetch_state_json.h"
#include "core/refresh/outcome_json.h"

namespace {

char* to_heap(const std::string& s) {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (p) std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}

std::string_view view(const char* s) { return s ? std::string_view(s) : std::string_view(); }

}  // namespace

extern "C" {

// New FetchState JSON after one fetch (see core/refresh/outcome_json.h for the shapes).
EMSCRIPTEN_KEEPALIVE char* fv_refresh_record(const char* state_json, const char* outcome_json,
                                             const char* hints_json, const char* url,
                                             double now_seconds, double seed) {
  const auto now = static_cast<std::int64_t>(std::floor(now_seconds));
  const auto s = static_cast<std::uint64_t>(seed < 0 ? 0 : seed);
  return to_heap(fv::refresh::record_outcome_json(view(state_json), view(outcome_json),
                                                  view(hints_json), view(url), now, s));
}

// 1 when a person may refresh now (no server Retry-After running).
EMSCRIPTEN_KEEPALIVE int fv_refresh_manual_allowed(const char* state_json, double now_seconds) {
  fv::refresh::FetchState state;
  fv::refresh::from_json(view(state_json), state);
  return fv::refresh::manual_refresh_allowed(state, static_cast<std::int64_t>(now_seconds)) ? 1 : 0;
}

// {"error": "", "hints": {…}, "truncated": bool} when the bytes parse as a feed (hints: its RSS
// ttl, skipHours, skipDays; truncated: the document ended early), else {"error": "<parse_feed's
// one-line error>"}. Used before a changed response replaces the last good one.
EMSCRIPTEN_KEEPALIVE char* fv_refresh_parse_check(const unsigned char* data, int len,
                                                  const char* url, const char* content_type) {
  fv::ParseOptions options;
  options.base_url = url ? url : "";
  options.content_type = content_type ? content_type : "";
  const fv::ParseResult r =
      fv::parse_feed(std::string_view(reinterpret_cast<const char*>(data), len > 0 ? len : 0), options);
  if (r.ok)
    return to_heap("{\"error\":\"\",\"hints\":" + fv::refresh::hints_to_json(r.feed.schedule) +
                   ",\"truncated\":" + (r.feed.truncated ? "true" : "false") + "}");
  const std::string error = r.error.empty() ? std::string("not a feed") : r.error;
  return to_heap(nlohmann::json{{"error", error}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // extern "C"
