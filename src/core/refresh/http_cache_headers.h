// The HTTP response headers that decide when a feed may be fetched again: Cache-Control
// max-age (and no-store / no-cache), Expires relative to the server's Date, and Retry-After in
// both of its forms (delta seconds or an HTTP date). Lenient about case and spacing; anything
// unreadable is "absent", never a guess.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace fv::refresh {

struct CacheControl {
  std::optional<std::int64_t> max_age;  // seconds; s-maxage is for shared caches, ignored
  bool no_store = false;
  bool no_cache = false;
};
CacheControl parse_cache_control(std::string_view value);

// Seconds a response stays fresh according to Expires, measured against the server's Date
// header when present (so a wrong client clock does not matter), else against `now`. Negative
// or unreadable → absent. An Expires of "0" or in the past means "stale now" → 0.
std::optional<std::int64_t> expires_in(std::string_view expires, std::string_view date,
                                       std::int64_t now);

// Retry-After: "120" or "Fri, 31 Dec 2027 23:59:59 GMT" → seconds from `now` (≥ 0).
std::optional<std::int64_t> parse_retry_after(std::string_view value, std::int64_t now);

}  // namespace fv::refresh
