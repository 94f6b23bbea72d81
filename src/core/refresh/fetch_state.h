// What feedview remembers about fetching one feed between visits: the validators for a
// conditional GET, when it last worked, how often it failed in a row, when it may be fetched
// next, and the URL to use (updated by permanent redirects). The app stores it as JSON
// (fetch_state_json.h) next to the feed's items; the policy (refresh_policy.h) updates it.
#pragma once

#include <cstdint>
#include <string>

#include "core/refresh/fetch_error.h"

namespace fv::refresh {

struct FetchState {
  std::string url;            // where to fetch now (a 301/308 chain replaces the subscribed one)
  std::string etag;           // sent back as If-None-Match
  std::string last_modified;  // sent back as If-Modified-Since (the server's own string)
  std::string via_proxy;      // proxy template that worked when direct fetching failed (CORS)
  std::int64_t last_attempt = 0;  // Unix seconds; 0 = never
  std::int64_t last_success = 0;  // last 200 or 304
  std::int64_t next_due = 0;      // not fetched automatically before this
  std::int64_t retry_after_until = 0;  // a server's 429/503 Retry-After runs until then
  int consecutive_failures = 0;
  FetchError last_error;          // kind None after a success
};

// The conditional request headers for the next fetch (empty strings are not sent).
struct ConditionalHeaders {
  std::string if_none_match, if_modified_since;
};
ConditionalHeaders conditional_headers(const FetchState& state);

}  // namespace fv::refresh
