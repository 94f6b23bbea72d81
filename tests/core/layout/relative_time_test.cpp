#include <catch2/catch.hpp>

#include "core/layout/relative_time.h"

using fv::layout::absolute_time_utc;
using fv::layout::relative_time;
using fv::layout::relative_time_next_change;

namespace {
// Thu, 08 Jan 2026 17:41:12 GMT — the pubDate of the bundled Google News sample's first item.
constexpr std::int64_t kThen = 1767894072;
}  // namespace

TEST_CASE("Relative time under a minute old reads just now", "[layout][time]") {
  CHECK(relative_time(kThen, kThen) == "just now");
  CHECK(relative_time(kThen, kThen + 59) == "just now");
}

TEST_CASE("Relative time counts whole minutes, then whole hours", "[layout][time]") {
  CHECK(relative_time(kThen, kThen + 60) == "1 min ago");
  CHECK(relative_time(kThen, kThen + 59 * 60 + 59) == "59 min ago");
  CHECK(relative_time(kThen, kThen + 3600) == "1 h ago");
  CHECK(relative_time(kThen, kThen + 23 * 3600 + 3599) == "23 h ago");
}

TEST_CASE("Relative time says yesterday, then days, then the date", "[layout][time]") {
  CHECK(relative_time(kThen, kThen + 86400) == "yesterday");
  CHECK(relative_time(kThen, kThen + 3 * 86400) == "3 days ago");
  CHECK(relative_time(kThen, kThen + 8 * 86400) == "8 Jan");
}

TEST_CASE("Relative time names the year only when it differs from now", "[layout][time]") {
  const std::int64_t a_year_later = kThen + 366 * 86400;
  CHECK(relative_time(kThen, a_year_later) == "8 Jan 2026");
}

TEST_CASE("Small clock skew into the future reads just now, larger skew shows the date",
          "[layout][time]") {
  CHECK(relative_time(kThen + 120, kThen) == "just now");
  CHECK(relative_time(kThen + 2 * 86400, kThen) == "10 Jan");
}

TEST_CASE("Next change of a relative time is the next minute or hour boundary of its age",
          "[layout][time]") {
  CHECK(relative_time_next_change(kThen, kThen + 10) == 50);
  CHECK(relative_time_next_change(kThen, kThen + 125) == 55);
  CHECK(relative_time_next_change(kThen, kThen + 3600 + 30) == 3570);
  // The label really changes at that moment.
  const std::int64_t now = kThen + 125;
  const std::int64_t next = now + relative_time_next_change(kThen, now);
  CHECK(relative_time(kThen, next - 1) == "2 min ago");
  CHECK(relative_time(kThen, next) == "3 min ago");
}

TEST_CASE("Absolute time for tooltips is the UTC date with weekday and minutes",
          "[layout][time]") {
  CHECK(absolute_time_utc(kThen) == "Thu, 8 Jan 2026, 17:41 UTC");
  CHECK(absolute_time_utc(0) == "Thu, 1 Jan 1970, 00:00 UTC");
  CHECK(absolute_time_utc(951782400) == "Tue, 29 Feb 2000, 00:00 UTC");
}
