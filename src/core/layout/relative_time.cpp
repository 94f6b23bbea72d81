#include "core/layout/relative_time.h"

#include <cstdio>

#include "core/dates/civil_time.h"

namespace fv::layout {
namespace {

constexpr std::int64_t kMinute = 60, kHour = 3600, kDay = 86400;
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kWeekdays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};  // 1970-01-01 was a Thursday

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

std::string date_label(std::int64_t then, std::int64_t now) {
  const dates::CivilDate t = dates::civil_from_days(floor_div(then, kDay));
  const dates::CivilDate n = dates::civil_from_days(floor_div(now, kDay));
  char buf[48];
  if (t.year == n.year)
    std::snprintf(buf, sizeof buf, "%d %s", t.day, kMonths[t.month - 1]);
  else
    std::snprintf(buf, sizeof buf, "%d %s %lld", t.day, kMonths[t.month - 1], (long long)t.year);
  return buf;
}

}  // namespace

std::string relative_time(std::int64_t then, std::int64_t now) {
  const std::int64_t age = now - then;
  if (age < -5 * kMinute) return date_label(then, now);
  if (age < kMinute) return "just now";
  char buf[32];
  if (age < kHour) {
    std::snprintf(buf, sizeof buf, "%lld min ago", (long long)(age / kMinute));
    return buf;
  }
  if (age < kDay) {
    std::snprintf(buf, sizeof buf, "%lld h ago", (long long)(age / kHour));
    return buf;
  }
  if (age < 2 * kDay) return "yesterday";
  if (age < 7 * kDay) {
    std::snprintf(buf, sizeof buf, "%lld days ago", (long long)(age / kDay));
    return buf;
  }
  return date_label(then, now);
}

std::int64_t relative_time_next_change(std::int64_t then, std::int64_t now) {
  const std::int64_t age = now - then;
  if (age < -5 * kMinute) return (then - 5 * kMinute) - now;  // becomes "just now"
  if (age < kMinute) return kMinute - age;
  if (age < kHour) return kMinute - age % kMinute;
  if (age < kDay) return kHour - age % kHour;
  if (age < 7 * kDay) return kDay - age % kDay;
  // A date label changes only when the year of "now" changes; once a day is often enough.
  return kDay - floor_div(now, 1) % kDay;
}

std::string absolute_time_utc(std::int64_t then) {
  const std::int64_t days = floor_div(then, kDay);
  const std::int64_t secs = then - days * kDay;
  const dates::CivilDate d = dates::civil_from_days(days);
  const int weekday = int(((days % 7) + 7) % 7);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %d %s %lld, %02d:%02d UTC", kWeekdays[weekday], d.day,
                kMonths[d.month - 1], (long long)d.year, int(secs / kHour), int(secs % kHour / kMinute));
  return buf;
}

}  // namespace fv::layout
