#include "core/charts/timeline.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/dates/civil_time.h"

namespace fv::charts {
namespace {

// Floor division that rounds toward negative infinity (times before 1970 stay aligned).
std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

}  // namespace

std::optional<std::size_t> Timeline::bucket_of(std::int64_t t) const {
  if (totals.empty() || t < start) return std::nullopt;
  const std::int64_t b = (t - start) / bucket_seconds;
  if (b >= std::int64_t(totals.size())) return std::nullopt;
  return std::size_t(b);
}

Timeline build_timeline(const std::vector<TimelineInput>& items, std::int64_t now,
                        const TimelineOptions& options) {
  Timeline t;
  const int hours = std::max(1, options.hours);
  std::optional<std::int64_t> newest;
  for (const TimelineInput& it : items) {
    if (!it.time) continue;
    const std::int64_t v = std::min(*it.time, now);
    if (!newest || v > *newest) newest = v;
  }
  if (!newest) {
    t.undated = items.size();
    return t;
  }
  // Local hours: shift into local time, floor to the hour, shift back.
  const std::int64_t last = floor_div(*newest + options.utc_offset, 3600) * 3600 - options.utc_offset;
  t.start = last - std::int64_t(hours - 1) * 3600;
  t.totals.assign(std::size_t(hours), 0);

  // Series: the biggest by headlines in the window (ties by name), the rest as "Other".
  std::map<std::string, std::size_t> per_series;
  for (const TimelineInput& it : items) {
    if (!it.time) { ++t.undated; continue; }
    if (*it.time < t.start) { ++t.before_window; continue; }
    ++per_series[it.series];
  }
  std::vector<std::pair<std::string, std::size_t>> ranked(per_series.begin(), per_series.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  const std::size_t max_series = std::max<std::size_t>(1, options.max_series);
  const bool fold = ranked.size() > max_series;
  const std::size_t named = fold ? max_series - 1 : ranked.size();
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < named; ++i) {
    index[ranked[i].first] = i;
    t.series.push_back(ranked[i].first);
  }
  if (fold) t.series.push_back("Other");

  t.counts.assign(std::size_t(hours), std::vector<std::size_t>(t.series.size(), 0));
  for (const TimelineInput& it : items) {
    if (!it.time || *it.time < t.start) continue;
    // Clock-skewed future items count in the newest hour.
    const std::size_t b = std::min<std::size_t>(std::size_t((*it.time - t.start) / 3600),
                                                std::size_t(hours - 1));
    auto found = index.find(it.series);
    const std::size_t s = found != index.end() ? found->second : t.series.size() - 1;
    ++t.counts[b][s];
    ++t.totals[b];
    ++t.in_window;
  }
  for (std::size_t n : t.totals) t.max_total = std::max(t.max_total, n);
  return t;
}

std::int64_t local_day_start(std::int64_t t, std::int64_t utc_offset) {
  return floor_div(t + utc_offset, 86400) * 86400 - utc_offset;
}

std::vector<std::size_t> day_starts(const Timeline& t, std::int64_t utc_offset) {
  std::vector<std::size_t> out;
  for (std::size_t b = 0; b < t.buckets(); ++b) {
    const std::int64_t s = t.bucket_start(b);
    if (b == 0 || local_day_start(s, utc_offset) != local_day_start(s - 1, utc_offset))
      out.push_back(b);
  }
  return out;
}

std::string hour_label(std::int64_t t, std::int64_t utc_offset) {
  const std::int64_t local = t + utc_offset;
  const std::int64_t secs = local - floor_div(local, 86400) * 86400;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", int(secs / 3600), int(secs % 3600 / 60));
  return buf;
}

std::string day_label(std::int64_t t, std::int64_t utc_offset) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::int64_t days = floor_div(t + utc_offset, 86400);
  const dates::CivilDate d = dates::civil_from_days(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s %d %s", kDays[dates::weekday_from_days(days)], d.day,
                kMonths[d.month - 1]);
  return buf;
}

}  // namespace fv::charts
