// The list's date filter as the reader chose it: a preset ("Last hour", "Today", …) that stays
// relative to the clock, or a fixed range picked on the timeline. A preset is evaluated again
// as time passes (update), so "Last hour" left open over lunch still means the last hour and
// "Today" moves on at local midnight. Presets move in whole minutes: the list is filtered again
// at most once a minute, not on every frame.
#pragma once

#include <cstdint>
#include <optional>

#include "core/filters/time_range.h"

namespace fv::filters {

class DateFilter {
 public:
  // A preset, evaluated at `now` (seconds, UTC) for a reader `utc_offset` seconds east of UTC.
  void choose_preset(DatePreset preset, std::int64_t now, std::int64_t utc_offset);
  // A fixed range (a timeline hour or day): it does not move with the clock.
  void pick(const TimeRange& range);
  void clear();

  // Evaluates a preset again at `now`; returns true when its range moved (the list must be
  // filtered again). A picked range or no filter never moves.
  bool update(std::int64_t now, std::int64_t utc_offset);

  const std::optional<TimeRange>& range() const { return range_; }
  DatePreset preset() const { return preset_; }
  bool picked() const { return picked_; }
  bool active() const { return range_.has_value(); }

 private:
  DatePreset preset_ = DatePreset::All;
  bool picked_ = false;
  std::optional<TimeRange> range_;
};

}  // namespace fv::filters
