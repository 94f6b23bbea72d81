// When to fetch a feed again, as a pure function of what the last fetch returned.
//
//   success (200, 304)  next = now + freshness, where freshness is the largest of
//                       Cache-Control max-age, Expires − Date and RSS ttl (the feed asks for
//                       at least that long), else `default_interval`; then clamped to
//                       [min_interval, max_interval] so polling is never rude nor slow,
//                       spread by up to +`success_jitter`, and moved out of RSS skipHours /
//                       skipDays (unless they skip everything).
//   429, 503            Retry-After when given (clamped to [min_interval, max_backoff]),
//                       else backoff.
//   other failures      exponential backoff: backoff_base · 2^(failures−1), capped at
//                       max_backoff, times a factor in [1 − failure_jitter, 1 + failure_jitter].
//   410 Gone            polled only every max_interval (the publisher removed it).
//   offline             no backoff growth (it is not the server's fault): due again after
//                       backoff_base, or as soon as the browser reports it is back online.
//   aborted             nothing changes; the feed stays due.
//
// A permanent redirect (every hop 301/308) replaces the stored URL; a temporary one does not.
// New validators replace old ones; a 304 without validators keeps the old ones.
#pragma once

#include <cstdint>
#include <string>

#include "core/refresh/fetch_error.h"
#include "core/refresh/fetch_state.h"
#include "core/refresh/jitter.h"
#include "core/refresh/schedule_hints.h"

namespace fv::refresh {

struct RefreshLimits {
  std::int64_t min_interval = 15 * 60;          // never poll one feed more often
  std::int64_t default_interval = 60 * 60;      // when neither server nor feed says
  std::int64_t max_interval = 12 * 60 * 60;     // never leave a working feed longer
  std::int64_t backoff_base = 5 * 60;           // first retry after a failure
  std::int64_t max_backoff = 24 * 60 * 60;      // longest wait after failures / Retry-After
  double failure_jitter = 0.2;                  // ±20 % on backoff
  double success_jitter = 0.1;                  // +0–10 % on the regular interval
};

// What came back from one fetch. Header values are the raw strings ("" when absent).
struct FetchOutcome {
  int status = 0;                // HTTP status; 0 when there was no HTTP answer
  FetchError error;              // None for 200/304; for a parse failure after a 200, set this
  std::string etag, last_modified, cache_control, expires, date, retry_after;
  std::string final_url;         // after redirects ("" = same as requested)
  bool moved_permanently = false;  // every redirect hop was 301 or 308
  std::string via_proxy;         // the proxy template that fetched it ("" = direct)
};

// Updates `state` for an attempt at `now` and sets state.next_due.
void record_outcome(FetchState& state, const FetchOutcome& outcome, const ScheduleHints& hints,
                    std::int64_t now, Jitter& jitter, const RefreshLimits& limits = {});

// Whether the automatic schedule wants this feed fetched at `now`. (A manual refresh ignores
// the schedule but still waits out a Retry-After: see manual_refresh_allowed.)
bool is_due(const FetchState& state, std::int64_t now);

// A manual refresh is refused only while a server's explicit Retry-After (429/503) runs.
bool manual_refresh_allowed(const FetchState& state, std::int64_t now);

// The first time ≥ t that is outside skip_hours/skip_days (UTC); t itself when nothing is
// skipped or when every hour/day is skipped (then the hints are ignored as nonsense).
std::int64_t first_allowed_time(std::int64_t t, const ScheduleHints& hints);

}  // namespace fv::refresh
