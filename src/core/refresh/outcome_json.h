// The JS fetcher's result (web/net/fetcher.mjs) as the policy's FetchOutcome, and one call
// that runs the policy on JSON in and out — the whole interface the browser needs:
//
//   outcome JSON: {"status", "error": {"kind", "message"} | null, "parseError": "…",
//                  "etag", "lastModified", "cacheControl", "expires", "date", "retryAfter",
//                  "finalUrl", "movedPermanently", "viaProxy"}
//   hints JSON:   {"ttlMinutes", "skipHours": [0..23], "skipDays": ["Monday", …]} or ""
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/refresh/refresh_policy.h"

namespace fv::refresh {

// Unknown or mistyped fields are ignored; false when `json` is not an object.
bool outcome_from_json(std::string_view json, FetchOutcome& out);
bool hints_from_json(std::string_view json, ScheduleHints& out);
// The same shape back ({} when the feed says nothing), so the page can keep a feed's hints.
std::string hints_to_json(const ScheduleHints& hints);

// state JSON (may be "" for a new feed, then its url is `url`) + outcome → new state JSON.
std::string record_outcome_json(std::string_view state_json, std::string_view outcome_json,
                                std::string_view hints_json, std::string_view url,
                                std::int64_t now, std::uint64_t seed,
                                const RefreshLimits& limits = {});

}  // namespace fv::refresh
