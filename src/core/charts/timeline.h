// The dashboard's timeline: headlines per hour over the last days, stacked by series (feed or
// source). Built once when the loaded headlines change; drawing only reads it.
//
// The window ends at the hour of the newest dated headline (or now, if that is earlier: a
// clock-skewed future date does not stretch it) and reaches `hours` back, so an archive of old
// items still draws. Hours are aligned to the reader's local clock (`utc_offset` seconds east
// of UTC). Series beyond `max_series` are folded into one "Other" series, kept last.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fv::charts {

struct TimelineOptions {
  int hours = 72;
  std::size_t max_series = 6;     // including "Other"
  std::int64_t utc_offset = 0;    // seconds east of UTC
};

struct TimelineInput {
  std::optional<std::int64_t> time;  // Unix seconds; undated headlines are not drawn
  std::string series;                // feed or source name
};

struct Timeline {
  std::int64_t start = 0;                   // UTC start of the first bucket
  std::int64_t bucket_seconds = 3600;
  std::vector<std::string> series;          // biggest first; "Other" last when folded
  std::vector<std::vector<std::size_t>> counts;  // [bucket][series]
  std::vector<std::size_t> totals;          // per bucket
  std::size_t max_total = 0;                // the tallest bucket
  std::size_t in_window = 0, undated = 0, before_window = 0;

  std::size_t buckets() const { return totals.size(); }
  bool empty() const { return in_window == 0; }
  std::int64_t bucket_start(std::size_t b) const { return start + std::int64_t(b) * bucket_seconds; }
  // The bucket holding `t`, if it is in the window.
  std::optional<std::size_t> bucket_of(std::int64_t t) const;
};

Timeline build_timeline(const std::vector<TimelineInput>& items, std::int64_t now,
                        const TimelineOptions& options = {});

// Buckets where a local day begins (the first bucket always counts), for day labels and ticks.
std::vector<std::size_t> day_starts(const Timeline& t, std::int64_t utc_offset);

// Labels in the reader's local time: "14:00", "Thu 8 Jan".
std::string hour_label(std::int64_t t, std::int64_t utc_offset);
std::string day_label(std::int64_t t, std::int64_t utc_offset);

// Start (UTC) of the local day holding `t`.
std::int64_t local_day_start(std::int64_t t, std::int64_t utc_offset);

}  // namespace fv::charts
