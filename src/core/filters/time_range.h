// The list's date-range filter: the presets (Last hour, Today, 24 hours, 7 days, All) and the
// hour or day picked on the timeline. A range is half-open [from, to); undated headlines are
// outside every range.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace fv::filters {

enum class DatePreset { All, LastHour, Today, Day, Week };

struct TimeRange {
  std::int64_t from = 0;
  std::optional<std::int64_t> to;  // open-ended when absent
  bool contains(std::optional<std::int64_t> t) const {
    return t && *t >= from && (!to || *t < *to);
  }
};

// The range a preset stands for at `now`; nullopt for All. "Today" starts at the reader's local
// midnight (`utc_offset` seconds east of UTC).
std::optional<TimeRange> preset_range(DatePreset preset, std::int64_t now, std::int64_t utc_offset);

// "Last hour", "Today", "24 hours", "7 days", "All".
const char* preset_label(DatePreset preset);

// For the filter chip: "Thu 8 Jan, 14:00–15:00" for an hour, "Thu 8 Jan" for a whole local day,
// else "Thu 8 Jan 14:00 – Fri 9 Jan 09:00" (open end: "since Thu 8 Jan 14:00").
std::string range_label(const TimeRange& range, std::int64_t utc_offset);

}  // namespace fv::filters
