// Proleptic Gregorian calendar arithmetic (after Howard Hinnant's days_from_civil), so date
// parsing never depends on timegm, the C library's time zone database or the locale.
#pragma once

#include <cstdint>

namespace fv::dates {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1–12
  int day = 1;    // 1–31
};

bool is_leap_year(int y);
int days_in_month(int y, int m);  // 0 for a month outside 1–12

// Days since 1970-01-01 (negative before it).
std::int64_t days_from_civil(int y, int m, int d);
CivilDate civil_from_days(std::int64_t days);

// 0 = Sunday … 6 = Saturday.
int weekday_from_days(std::int64_t days);

}  // namespace fv::dates
