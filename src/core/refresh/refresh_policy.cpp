#include "core/refresh/refresh_policy.h"

#include <algorithm>

#include "core/dates/civil_time.h"
#include "core/refresh/http_cache_headers.h"

namespace fv::refresh {
namespace {

constexpr std::int64_t kHour = 3600, kDay = 86400;
constexpr std::uint32_t kAllHours = (std::uint32_t(1) << 24) - 1;
constexpr std::uint8_t kAllDays = 0x7F;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

bool is_success(int status) { return (status >= 200 && status < 300) || status == 304; }

// How long the answer says it stays fresh, from the server headers and the feed's ttl.
std::int64_t freshness(const FetchOutcome& o, const ScheduleHints& hints, std::int64_t now,
                       const RefreshLimits& limits) {
  std::optional<std::int64_t> server;
  const CacheControl cc = parse_cache_control(o.cache_control);
  if (!cc.no_store && !cc.no_cache) {
    // RFC 9111 §5.3: max-age wins over Expires.
    server = cc.max_age ? cc.max_age : expires_in(o.expires, o.date, now);
  }
  std::optional<std::int64_t> ttl;
  if (hints.ttl_minutes && *hints.ttl_minutes > 0)
    ttl = std::min<std::int64_t>(*hints.ttl_minutes, std::int64_t(1) << 30) * 60;
  if (!server && !ttl) return limits.default_interval;
  // Both are the publisher asking us not to come back sooner: honour the longer one.
  return std::max(server.value_or(0), ttl.value_or(0));
}

std::int64_t backoff(int failures, Jitter& jitter, const RefreshLimits& limits) {
  std::int64_t delay = limits.backoff_base;
  for (int i = 1; i < failures && delay < limits.max_backoff; ++i) delay *= 2;
  delay = std::min(delay, limits.max_backoff);
  const double factor = 1.0 + limits.failure_jitter * (2.0 * jitter.next_unit() - 1.0);
  const auto spread = static_cast<std::int64_t>(static_cast<double>(delay) * factor);
  return std::clamp<std::int64_t>(spread, 1, limits.max_backoff);
}

}  // namespace

std::int64_t first_allowed_time(std::int64_t t, const ScheduleHints& hints) {
  // A feed that skips every hour or every day would never be fetched: ignore that part.
  const std::uint32_t hours = (hints.skip_hours & kAllHours) == kAllHours ? 0 : hints.skip_hours;
  const std::uint8_t days = (hints.skip_days & kAllDays) == kAllDays ? 0 : hints.skip_days;
  if (!hours && !days) return t;
  // At most a week of hours to look through.
  for (int step = 0; step < 24 * 8; ++step) {
    const std::int64_t day = floor_div(t, kDay);
    const int hour = static_cast<int>(floor_div(t - day * kDay, kHour));
    const int weekday = dates::weekday_from_days(day);
    const bool skip = ((hours >> hour) & 1u) || ((days >> weekday) & 1u);
    if (!skip) return t;
    t = (floor_div(t, kHour) + 1) * kHour;  // start of the next hour
  }
  return t;
}

void record_outcome(FetchState& state, const FetchOutcome& o, const ScheduleHints& hints,
                    std::int64_t now, Jitter& jitter, const RefreshLimits& limits) {
  state.last_attempt = now;

  if (o.error.kind == ErrorKind::Aborted) {
    state.next_due = std::min(state.next_due, now);
    return;
  }

  if (is_success(o.status) && !o.error.failed()) {
    if (o.status == 304) {
      // A 304 may omit validators; the ones we sent are still valid then.
      if (!o.etag.empty()) state.etag = o.etag;
      if (!o.last_modified.empty()) state.last_modified = o.last_modified;
    } else {
      // A full answer defines the validators, including "none any more".
      state.etag = o.etag;
      state.last_modified = o.last_modified;
    }
    if (o.moved_permanently && !o.final_url.empty()) state.url = o.final_url;
    state.via_proxy = o.via_proxy;
    state.last_success = now;
    state.consecutive_failures = 0;
    state.retry_after_until = 0;
    state.last_error = FetchError{};

    std::int64_t interval = std::clamp(freshness(o, hints, now, limits), limits.min_interval,
                                       limits.max_interval);
    interval += static_cast<std::int64_t>(static_cast<double>(interval) * limits.success_jitter *
                                          jitter.next_unit());
    interval = std::min(interval, limits.max_interval);
    state.next_due = first_allowed_time(now + interval, hints);
    return;
  }

  FetchError error = o.error;
  if (!error.failed()) error = o.status > 0 ? http_error(o.status) : FetchError{ErrorKind::Network, 0, 0, {}};
  state.last_error = error;

  if (error.kind == ErrorKind::Offline) {
    state.next_due = now + limits.backoff_base;
    return;
  }
  ++state.consecutive_failures;

  if ((o.status == 429 || o.status == 503)) {
    if (auto wait = parse_retry_after(o.retry_after, now)) {
      const std::int64_t asked = std::min(*wait, limits.max_backoff);
      state.retry_after_until = now + asked;
      state.next_due = now + std::max(asked, limits.min_interval);
      return;
    }
  }
  if (o.status == 410) {
    state.next_due = now + limits.max_interval;
    return;
  }
  state.next_due = now + backoff(state.consecutive_failures, jitter, limits);
}

bool is_due(const FetchState& state, std::int64_t now) { return now >= state.next_due; }

bool manual_refresh_allowed(const FetchState& state, std::int64_t now) {
  return now >= state.retry_after_until;
}

}  // namespace fv::refresh
