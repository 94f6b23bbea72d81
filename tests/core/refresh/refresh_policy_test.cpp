#include <catch2/catch.hpp>

#include "core/refresh/refresh_policy.h"

using namespace fv::refresh;

namespace {

constexpr std::int64_t kNow = 1767888000;  // Thursday 2026-01-08T16:00:00Z
constexpr std::int64_t kHour = 3600;

// No jitter: exact numbers where the test is about the rule, not the spread.
RefreshLimits exact() {
  RefreshLimits l;
  l.failure_jitter = 0;
  l.success_jitter = 0;
  return l;
}

FetchOutcome ok(int status = 200) {
  FetchOutcome o;
  o.status = status;
  return o;
}

FetchOutcome fail(int status, std::string retry_after = {}) {
  FetchOutcome o;
  o.status = status;
  o.retry_after = std::move(retry_after);
  return o;
}

}  // namespace

TEST_CASE("A 200 without caching headers is due again after the default interval") {
  FetchState s;
  Jitter j(1);
  record_outcome(s, ok(), {}, kNow, j, exact());
  CHECK(s.next_due == kNow + exact().default_interval);
  CHECK(s.last_success == kNow);
  CHECK(s.consecutive_failures == 0);
  CHECK_FALSE(is_due(s, kNow + 60));
  CHECK(is_due(s, s.next_due));
}

TEST_CASE("Cache-Control max-age sets the interval") {
  FetchState s;
  Jitter j(1);
  FetchOutcome o = ok();
  o.cache_control = "max-age=7200";
  record_outcome(s, o, {}, kNow, j, exact());
  CHECK(s.next_due == kNow + 7200);
}

TEST_CASE("max-age below the minimum interval is raised to it: polling is never rude") {
  FetchState s;
  Jitter j(1);
  FetchOutcome o = ok();
  o.cache_control = "max-age=10";
  record_outcome(s, o, {}, kNow, j, exact());
  CHECK(s.next_due == kNow + exact().min_interval);
}

TEST_CASE("A very long max-age is capped at the maximum interval: polling is never slow") {
  FetchState s;
  Jitter j(1);
  FetchOutcome o = ok();
  o.cache_control = "max-age=31536000";
  record_outcome(s, o, {}, kNow, j, exact());
  CHECK(s.next_due == kNow + exact().max_interval);
}

TEST_CASE("max-age wins over Expires") {
  FetchState s;
  Jitter j(1);
  FetchOutcome o = ok();
  o.cache_control = "max-age=5400";
  o.expires = "Thu, 08 Jan 2026 20:00:00 GMT";
  record_outcome(s, o, {}, kNow, j, exact());
  CHECK(s.next_due == kNow + 5400);
}

TEST_CASE("Expires relative to Date sets the interval when there is no max-age") {
  FetchState s;
  Jitter j(1);
  FetchOutcome o = ok();
  o.expires = "Thu, 08 Jan 2026 18:00:00 GMT";
  o.date = "Thu, 08 Jan 2026 16:00:00 GMT";
  record_outcome(s, o, {}, kNow, j, exact());
  CHECK(s.next_due == kNow + 2 * kHour);
}

TEST_CASE("no-cache ignores max-age and falls back to the default interval") {
  FetchState s;
  Jitter j(1);
  FetchOutcome o = ok();
  o.cache_control = "no-cache, max-age=9000";
  record_outcome(s, o, {}, kNow, j, exact());
  CHECK(s.next_due == kNow + exact().default_interval);
}

TEST_CASE("RSS ttl longer than max-age wins: the feed asks not to be polled sooner") {
  FetchState s;
  Jitter j(1);
  FetchOutcome o = ok();
  o.cache_control = "max-age=1800";
  ScheduleHints h;
  h.ttl_minutes = 180;
  record_outcome(s, o, h, kNow, j, exact());
  CHECK(s.next_due == kNow + 3 * kHour);
}

TEST_CASE("RSS skipHours moves the next fetch past the skipped hours (UTC)") {
  FetchState s;
  Jitter j(1);
  ScheduleHints h;
  h.skip_hour(17);
  h.skip_hour(18);
  record_outcome(s, ok(), h, kNow, j, exact());  // due 17:00 → skipped → 19:00
  CHECK(s.next_due == kNow + 3 * kHour);
}

TEST_CASE("RSS skipDays moves the next fetch to the next allowed day") {
  FetchState s;
  Jitter j(1);
  ScheduleHints h;
  REQUIRE(h.skip_day("Thursday"));
  REQUIRE(h.skip_day(" friday "));
  CHECK_FALSE(h.skip_day("Caturday"));
  record_outcome(s, ok(), h, kNow, j, exact());
  // Thursday 17:00 → Saturday 00:00.
  CHECK(s.next_due == kNow + 8 * kHour + 24 * kHour);
}

TEST_CASE("skipHours listing every hour is ignored rather than never fetching") {
  ScheduleHints h;
  for (int hour = 0; hour < 24; ++hour) h.skip_hour(hour);
  CHECK(first_allowed_time(kNow + 123, h) == kNow + 123);
}

TEST_CASE("skipHours value 24 is read as midnight") {
  ScheduleHints h;
  h.skip_hour(24);
  CHECK(h.skip_hours == 1u);
  h.skip_hour(25);
  CHECK(h.skip_hours == 1u);
}

TEST_CASE("A 200 stores the validators; a 304 without them keeps the old ones") {
  FetchState s;
  Jitter j(1);
  FetchOutcome o = ok();
  o.etag = "\"v1\"";
  o.last_modified = "Thu, 08 Jan 2026 15:00:00 GMT";
  record_outcome(s, o, {}, kNow, j, exact());
  CHECK(conditional_headers(s).if_none_match == "\"v1\"");
  CHECK(conditional_headers(s).if_modified_since == "Thu, 08 Jan 2026 15:00:00 GMT");

  record_outcome(s, ok(304), {}, kNow + kHour, j, exact());
  CHECK(s.etag == "\"v1\"");
  CHECK(s.last_success == kNow + kHour);

  FetchOutcome fresh = ok(304);
  fresh.etag = "\"v2\"";
  record_outcome(s, fresh, {}, kNow + 2 * kHour, j, exact());
  CHECK(s.etag == "\"v2\"");
}

TEST_CASE("A 200 without validators clears the old ones") {
  FetchState s;
  s.etag = "\"old\"";
  s.last_modified = "yesterday";
  Jitter j(1);
  record_outcome(s, ok(), {}, kNow, j, exact());
  CHECK(s.etag.empty());
  CHECK(s.last_modified.empty());
}

TEST_CASE("A failed parse after a 200 keeps the old validators, so the next fetch is full") {
  FetchState s;
  s.etag = "\"good\"";
  Jitter j(1);
  FetchOutcome o = ok();
  o.etag = "\"broken\"";
  o.error = parse_error("not a feed: unreadable XML (line 3, column 1)");
  record_outcome(s, o, {}, kNow, j, exact());
  CHECK(s.etag == "\"good\"");
  CHECK(s.consecutive_failures == 1);
  CHECK(s.last_error.kind == ErrorKind::ParseError);
  CHECK(s.last_error.line == 3);
}

TEST_CASE("Failures back off exponentially up to the cap") {
  FetchState s;
  Jitter j(1);
  const RefreshLimits l = exact();
  std::int64_t expected = l.backoff_base;
  for (int i = 1; i <= 12; ++i) {
    record_outcome(s, fail(500), {}, kNow, j, l);
    CHECK(s.consecutive_failures == i);
    CHECK(s.next_due == kNow + std::min(expected, l.max_backoff));
    expected *= 2;
  }
  CHECK(s.last_error.kind == ErrorKind::Http);
  CHECK(s.last_error.status == 500);
}

TEST_CASE("Backoff jitter stays within its band and is the same for the same seed") {
  const RefreshLimits l;  // ±20 %
  std::vector<std::int64_t> first, second;
  for (auto* out : {&first, &second}) {
    Jitter j(42);
    for (int feed = 0; feed < 50; ++feed) {
      FetchState s;
      record_outcome(s, fail(502), {}, kNow, j, l);
      out->push_back(s.next_due - kNow);
    }
  }
  CHECK(first == second);
  bool spread = false;
  for (std::int64_t d : first) {
    CHECK(d >= static_cast<std::int64_t>(l.backoff_base * 0.8));
    CHECK(d <= static_cast<std::int64_t>(l.backoff_base * 1.2));
    spread |= d != first.front();
  }
  CHECK(spread);  // not all feeds retry in the same second
}

TEST_CASE("A success resets the failure count and the error") {
  FetchState s;
  Jitter j(1);
  record_outcome(s, fail(500), {}, kNow, j, exact());
  record_outcome(s, fail(500), {}, kNow, j, exact());
  record_outcome(s, ok(), {}, kNow + kHour, j, exact());
  CHECK(s.consecutive_failures == 0);
  CHECK_FALSE(s.last_error.failed());
}

TEST_CASE("429 with Retry-After seconds waits that long and blocks manual refresh meanwhile") {
  FetchState s;
  Jitter j(1);
  record_outcome(s, fail(429, "7200"), {}, kNow, j, exact());
  CHECK(s.next_due == kNow + 7200);
  CHECK_FALSE(manual_refresh_allowed(s, kNow + 60));
  CHECK(manual_refresh_allowed(s, kNow + 7200));
}

TEST_CASE("503 with Retry-After as an HTTP date waits until then") {
  FetchState s;
  Jitter j(1);
  record_outcome(s, fail(503, "Thu, 08 Jan 2026 19:00:00 GMT"), {}, kNow, j, exact());
  CHECK(s.next_due == kNow + 3 * kHour);
}

TEST_CASE("A short Retry-After is raised to the minimum interval for automatic polling") {
  FetchState s;
  Jitter j(1);
  record_outcome(s, fail(429, "30"), {}, kNow, j, exact());
  CHECK(s.next_due == kNow + exact().min_interval);
  CHECK(manual_refresh_allowed(s, kNow + 30));  // the server's own wait is what binds a person
}

TEST_CASE("An absurd Retry-After is capped at the maximum backoff") {
  FetchState s;
  Jitter j(1);
  record_outcome(s, fail(503, "99999999"), {}, kNow, j, exact());
  CHECK(s.next_due == kNow + exact().max_backoff);
}

TEST_CASE("503 without Retry-After backs off like any failure") {
  FetchState s;
  Jitter j(1);
  record_outcome(s, fail(503), {}, kNow, j, exact());
  CHECK(s.next_due == kNow + exact().backoff_base);
  CHECK(manual_refresh_allowed(s, kNow));
}

TEST_CASE("410 Gone is polled only at the maximum interval") {
  FetchState s;
  Jitter j(1);
  record_outcome(s, fail(410), {}, kNow, j, exact());
  CHECK(s.next_due == kNow + exact().max_interval);
}

TEST_CASE("A permanent redirect replaces the stored URL, a temporary one does not") {
  FetchState s;
  s.url = "http://old.example/feed";
  Jitter j(1);
  FetchOutcome temp = ok();
  temp.final_url = "https://elsewhere.example/feed";
  record_outcome(s, temp, {}, kNow, j, exact());
  CHECK(s.url == "http://old.example/feed");

  FetchOutcome moved = ok();
  moved.final_url = "https://new.example/feed";
  moved.moved_permanently = true;
  record_outcome(s, moved, {}, kNow, j, exact());
  CHECK(s.url == "https://new.example/feed");
}

TEST_CASE("A permanent redirect that ends in an error does not move the feed") {
  FetchState s;
  s.url = "http://old.example/feed";
  Jitter j(1);
  FetchOutcome o = fail(404);
  o.final_url = "https://new.example/feed";
  o.moved_permanently = true;
  record_outcome(s, o, {}, kNow, j, exact());
  CHECK(s.url == "http://old.example/feed");
}

TEST_CASE("The proxy that worked is remembered on success") {
  FetchState s;
  Jitter j(1);
  FetchOutcome o = ok();
  o.via_proxy = "proxy?url={url}";
  record_outcome(s, o, {}, kNow, j, exact());
  CHECK(s.via_proxy == "proxy?url={url}");
}

TEST_CASE("Being offline does not grow the backoff") {
  FetchState s;
  Jitter j(1);
  FetchOutcome o;
  o.error.kind = ErrorKind::Offline;
  for (int i = 0; i < 5; ++i) record_outcome(s, o, {}, kNow, j, exact());
  CHECK(s.consecutive_failures == 0);
  CHECK(s.next_due == kNow + exact().backoff_base);
  CHECK(s.last_error.kind == ErrorKind::Offline);
}

TEST_CASE("An aborted fetch leaves the feed due") {
  FetchState s;
  s.next_due = kNow + kHour;
  s.consecutive_failures = 2;
  Jitter j(1);
  FetchOutcome o;
  o.error.kind = ErrorKind::Aborted;
  record_outcome(s, o, {}, kNow, j, exact());
  CHECK(is_due(s, kNow));
  CHECK(s.consecutive_failures == 2);
}

TEST_CASE("Status 0 without a named error counts as a network failure") {
  FetchState s;
  Jitter j(1);
  record_outcome(s, FetchOutcome{}, {}, kNow, j, exact());
  CHECK(s.last_error.kind == ErrorKind::Network);
  CHECK(s.consecutive_failures == 1);
}

TEST_CASE("Success jitter only ever lengthens the interval, and never past the maximum") {
  const RefreshLimits l;  // +0–10 %
  Jitter j(7);
  for (int i = 0; i < 100; ++i) {
    FetchState s;
    FetchOutcome o = ok();
    o.cache_control = i % 2 ? "max-age=3600" : "max-age=99999";
    record_outcome(s, o, {}, kNow, j, l);
    const std::int64_t base = i % 2 ? 3600 : l.max_interval;
    CHECK(s.next_due - kNow >= base);
    CHECK(s.next_due - kNow <= std::min<std::int64_t>(l.max_interval, base + base / 10));
  }
}

TEST_CASE("Jitter with the same seed gives the same sequence, each value from 0 up to but not including 1") {
  Jitter a(123), b(123), c(124);
  bool differs = false;
  for (int i = 0; i < 100; ++i) {
    const double x = a.next_unit();
    CHECK(x == b.next_unit());
    CHECK(x >= 0.0);
    CHECK(x < 1.0);
    differs |= x != c.next_unit();
  }
  CHECK(differs);
}
