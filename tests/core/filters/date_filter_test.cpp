#include <catch2/catch.hpp>

#include "core/filters/date_filter.h"

using namespace fv::filters;

namespace {
constexpr std::int64_t kThu8Jan2026 = 1767830400;  // 00:00 UTC
constexpr std::int64_t H = 3600;
}  // namespace

TEST_CASE("A relative preset rolls with an injected clock") {
  std::int64_t clock = kThu8Jan2026 + 10 * H;  // 10:00
  DateFilter f;
  f.choose_preset(DatePreset::LastHour, clock, 0);
  REQUIRE(f.range());
  CHECK(f.range()->from == clock - H);
  const std::int64_t headline = clock - 30 * 60;  // published 09:30
  CHECK(f.range()->contains(headline));

  clock += 45 * 60;  // 10:45: the 09:30 headline is now older than an hour
  CHECK(f.update(clock, 0));
  CHECK(f.range()->from == clock - H);
  CHECK_FALSE(f.range()->contains(headline));
  CHECK(f.preset() == DatePreset::LastHour);
  CHECK_FALSE(f.picked());
}

TEST_CASE("A preset moves in whole minutes, so updates within a minute change nothing") {
  const std::int64_t minute = kThu8Jan2026 + 10 * H;
  DateFilter f;
  f.choose_preset(DatePreset::Day, minute + 5, 0);
  CHECK(f.range()->from == minute - 24 * H);
  CHECK_FALSE(f.update(minute + 30, 0));
  CHECK_FALSE(f.update(minute + 59, 0));
  CHECK(f.update(minute + 60, 0));
  CHECK(f.range()->from == minute + 60 - 24 * H);
}

TEST_CASE("Today moves on at the reader's local midnight") {
  const std::int64_t offset = 2 * H;  // UTC+2: local midnight is 22:00 UTC
  DateFilter f;
  f.choose_preset(DatePreset::Today, kThu8Jan2026 + 21 * H, offset);
  const std::int64_t thursday = kThu8Jan2026 - 2 * H;
  CHECK(f.range()->from == thursday);
  CHECK_FALSE(f.update(kThu8Jan2026 + 21 * H + 59 * 60, offset));
  CHECK(f.update(kThu8Jan2026 + 22 * H, offset));
  CHECK(f.range()->from == thursday + 24 * H);
}

TEST_CASE("A range picked on the timeline and the All preset stay put") {
  DateFilter f;
  f.pick(TimeRange{kThu8Jan2026, kThu8Jan2026 + H});
  CHECK(f.picked());
  CHECK_FALSE(f.update(kThu8Jan2026 + 48 * H, 0));
  CHECK(f.range()->from == kThu8Jan2026);
  CHECK(*f.range()->to == kThu8Jan2026 + H);

  f.choose_preset(DatePreset::All, kThu8Jan2026, 0);
  CHECK_FALSE(f.active());
  CHECK_FALSE(f.update(kThu8Jan2026 + H, 0));
  f.choose_preset(DatePreset::Week, kThu8Jan2026, 0);
  CHECK(f.active());
  f.clear();
  CHECK_FALSE(f.active());
  CHECK_FALSE(f.update(kThu8Jan2026 + H, 0));
}
