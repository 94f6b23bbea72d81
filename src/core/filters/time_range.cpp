#include "core/filters/time_range.h"

#include "core/charts/timeline.h"

namespace fv::filters {

std::optional<TimeRange> preset_range(DatePreset preset, std::int64_t now, std::int64_t utc_offset) {
  switch (preset) {
    case DatePreset::All: return std::nullopt;
    case DatePreset::LastHour: return TimeRange{now - 3600, std::nullopt};
    case DatePreset::Today: return TimeRange{charts::local_day_start(now, utc_offset), std::nullopt};
    case DatePreset::Day: return TimeRange{now - 86400, std::nullopt};
    case DatePreset::Week: return TimeRange{now - 7 * 86400, std::nullopt};
  }
  return std::nullopt;
}

const char* preset_label(DatePreset preset) {
  switch (preset) {
    case DatePreset::All: return "All";
    case DatePreset::LastHour: return "Last hour";
    case DatePreset::Today: return "Today";
    case DatePreset::Day: return "24 hours";
    case DatePreset::Week: return "7 days";
  }
  return "All";
}

std::string range_label(const TimeRange& range, std::int64_t utc_offset) {
  using charts::day_label;
  using charts::hour_label;
  const std::string from = day_label(range.from, utc_offset);
  if (!range.to) return "since " + from + " " + hour_label(range.from, utc_offset);
  const std::int64_t to = *range.to;
  if (to - range.from == 3600)
    return from + ", " + hour_label(range.from, utc_offset) + "\xE2\x80\x93" + hour_label(to, utc_offset);
  if (to - range.from == 86400 && charts::local_day_start(range.from, utc_offset) == range.from)
    return from;
  return from + " " + hour_label(range.from, utc_offset) + " \xE2\x80\x93 " +
         day_label(to, utc_offset) + " " + hour_label(to, utc_offset);
}

}  // namespace fv::filters
