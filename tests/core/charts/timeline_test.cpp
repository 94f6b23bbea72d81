#include <catch2/catch.hpp>

#include "core/charts/axis.h"
#include "core/charts/timeline.h"

using namespace fv::charts;

namespace {
constexpr std::int64_t kThu8Jan2026 = 1767830400;  // 2026-01-08 00:00 UTC, a Thursday
constexpr std::int64_t H = 3600;
}  // namespace

TEST_CASE("Timeline counts headlines per hour, ending at the newest headline's hour") {
  const std::int64_t now = kThu8Jan2026 + 20 * H;
  std::vector<TimelineInput> items = {
      {kThu8Jan2026 + 17 * H + 41 * 60, "A"}, {kThu8Jan2026 + 17 * H + 5, "B"},
      {kThu8Jan2026 + 15 * H + 12 * 60, "A"}, {kThu8Jan2026 + 8 * H, "A"},
      {std::nullopt, "A"},                     {kThu8Jan2026 - 4 * 86400, "B"},
  };
  TimelineOptions o;
  o.hours = 24;
  const Timeline t = build_timeline(items, now, o);
  REQUIRE(t.buckets() == 24);
  CHECK(t.bucket_start(23) == kThu8Jan2026 + 17 * H);
  CHECK(t.start == kThu8Jan2026 - 6 * H);
  CHECK(t.totals[23] == 2);
  CHECK(t.totals[21] == 1);
  CHECK(t.totals[14] == 1);
  CHECK(t.in_window == 4);
  CHECK(t.undated == 1);
  CHECK(t.before_window == 1);
  CHECK(t.max_total == 2);
  CHECK(t.series == std::vector<std::string>{"A", "B"});
  CHECK(t.counts[23] == std::vector<std::size_t>{1, 1});
  CHECK(t.bucket_of(kThu8Jan2026 + 15 * H + 59 * 60) == std::optional<std::size_t>(21));
  CHECK_FALSE(t.bucket_of(kThu8Jan2026 - 7 * H).has_value());
}

TEST_CASE("Timeline hours follow the reader's local clock") {
  // UTC+05:30: local hours start at :30 UTC.
  const std::int64_t offset = 5 * H + 30 * 60;
  const Timeline t = build_timeline({{kThu8Jan2026 + 10 * H + 45 * 60, "A"}},
                                    kThu8Jan2026 + 12 * H, {4, 6, offset});
  CHECK(t.bucket_start(3) == kThu8Jan2026 + 10 * H + 30 * 60);
  CHECK(hour_label(t.bucket_start(3), offset) == "16:00");
  CHECK(day_label(kThu8Jan2026 + 20 * H, offset) == "Fri 9 Jan");
}

TEST_CASE("Timeline folds small series into Other, biggest series first") {
  std::vector<TimelineInput> items;
  const char* names[] = {"a", "b", "c", "d", "e"};
  for (int s = 0; s < 5; ++s)
    for (int n = 0; n <= s; ++n) items.push_back({kThu8Jan2026 + n * 60, names[s]});
  TimelineOptions o;
  o.max_series = 3;
  const Timeline t = build_timeline(items, kThu8Jan2026 + H, o);
  CHECK(t.series == std::vector<std::string>{"e", "d", "Other"});
  const std::size_t last = t.buckets() - 1;
  CHECK(t.counts[last] == std::vector<std::size_t>{5, 4, 6});
  CHECK(t.totals[last] == 15);
}

TEST_CASE("A future-dated headline does not stretch the timeline past now") {
  const std::int64_t now = kThu8Jan2026 + 10 * H;
  const Timeline t = build_timeline({{now + 50 * H, "A"}, {now - H, "A"}}, now, {6, 6, 0});
  CHECK(t.bucket_start(5) == now);
  CHECK(t.totals[5] == 1);
  CHECK(t.totals[4] == 1);
}

TEST_CASE("A timeline of undated headlines is empty") {
  const Timeline t = build_timeline({{std::nullopt, "A"}}, kThu8Jan2026);
  CHECK(t.empty());
  CHECK(t.buckets() == 0);
  CHECK(t.undated == 1);
}

TEST_CASE("Day starts mark the first bucket and every local midnight") {
  const Timeline t = build_timeline({{kThu8Jan2026 + 2 * H, "A"}}, kThu8Jan2026 + 2 * H, {48, 6, 0});
  // Window: Tue 6 Jan 03:00 .. Thu 8 Jan 02:00 UTC
  CHECK(day_starts(t, 0) == std::vector<std::size_t>{0, 21, 45});
  CHECK(day_label(t.bucket_start(21), 0) == "Wed 7 Jan");
  CHECK(local_day_start(kThu8Jan2026 + 5 * H, 0) == kThu8Jan2026);
  CHECK(local_day_start(kThu8Jan2026 + 5 * H, -8 * H) == kThu8Jan2026 - 16 * H);
}

TEST_CASE("Axis ticks step by 1, 2 or 5 times a power of ten and cover the maximum") {
  Axis a = nice_axis(7, 4);
  CHECK(a.step == 2);
  CHECK(a.max == 8);
  CHECK(a.ticks == std::vector<double>{0, 2, 4, 6, 8});
  a = nice_axis(1, 4);
  CHECK(a.step == 1);
  CHECK(a.max == 1);
  a = nice_axis(130, 4);
  CHECK(a.step == 50);
  CHECK(a.max == 150);
  a = nice_axis(0, 4);
  CHECK(a.max == 1);
  CHECK(scale_to(4, nice_axis(8, 4), 100.0f) == Approx(50.0f));
  CHECK(scale_to(20, nice_axis(8, 4), 100.0f) == Approx(100.0f));
}
