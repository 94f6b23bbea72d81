#include <catch2/catch.hpp>

#include "core/filters/time_range.h"

using namespace fv::filters;

namespace {
constexpr std::int64_t kThu8Jan2026 = 1767830400;  // 00:00 UTC
constexpr std::int64_t H = 3600;
}  // namespace

TEST_CASE("Date presets cover the last hour, local today, 24 hours and 7 days") {
  const std::int64_t now = kThu8Jan2026 + 10 * H;
  CHECK_FALSE(preset_range(DatePreset::All, now, 0).has_value());
  CHECK(preset_range(DatePreset::LastHour, now, 0)->from == now - H);
  CHECK(preset_range(DatePreset::Today, now, 0)->from == kThu8Jan2026);
  // 10:00 UTC is 22:00 the day before at UTC-12: that local day began at 12:00 UTC on the 7th.
  CHECK(preset_range(DatePreset::Today, now, -12 * H)->from == kThu8Jan2026 - 12 * H);
  CHECK(preset_range(DatePreset::Day, now, 0)->from == now - 24 * H);
  CHECK(preset_range(DatePreset::Week, now, 0)->from == now - 7 * 24 * H);
  CHECK(std::string(preset_label(DatePreset::Day)) == "24 hours");
}

TEST_CASE("A time range is half-open and leaves undated headlines out") {
  const TimeRange hour{kThu8Jan2026, kThu8Jan2026 + H};
  CHECK(hour.contains(kThu8Jan2026));
  CHECK(hour.contains(kThu8Jan2026 + H - 1));
  CHECK_FALSE(hour.contains(kThu8Jan2026 + H));
  CHECK_FALSE(hour.contains(std::nullopt));
  const TimeRange since{kThu8Jan2026, std::nullopt};
  CHECK(since.contains(kThu8Jan2026 + 1000 * H));
}

TEST_CASE("Range labels name an hour, a day or a span") {
  CHECK(range_label({kThu8Jan2026 + 14 * H, kThu8Jan2026 + 15 * H}, 0) ==
        "Thu 8 Jan, 14:00\xE2\x80\x93" "15:00");
  CHECK(range_label({kThu8Jan2026, kThu8Jan2026 + 24 * H}, 0) == "Thu 8 Jan");
  CHECK(range_label({kThu8Jan2026 + 14 * H, std::nullopt}, 0) == "since Thu 8 Jan 14:00");
}
