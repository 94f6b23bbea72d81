#include "core/filters/date_filter.h"

namespace fv::filters {
namespace {

// A preset's range at the start of `now`'s minute: the same all minute long.
std::optional<TimeRange> at_minute(DatePreset preset, std::int64_t now, std::int64_t utc_offset) {
  const std::int64_t r = now % 60;
  const std::int64_t minute = now - (r < 0 ? r + 60 : r);
  return preset_range(preset, minute, utc_offset);
}

bool same(const std::optional<TimeRange>& a, const std::optional<TimeRange>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->from == b->from && a->to == b->to);
}

}  // namespace

void DateFilter::choose_preset(DatePreset preset, std::int64_t now, std::int64_t utc_offset) {
  preset_ = preset;
  picked_ = false;
  range_ = at_minute(preset, now, utc_offset);
}

void DateFilter::pick(const TimeRange& range) {
  preset_ = DatePreset::All;
  picked_ = true;
  range_ = range;
}

void DateFilter::clear() {
  preset_ = DatePreset::All;
  picked_ = false;
  range_.reset();
}

bool DateFilter::update(std::int64_t now, std::int64_t utc_offset) {
  if (picked_ || preset_ == DatePreset::All) return false;
  std::optional<TimeRange> moved = at_minute(preset_, now, utc_offset);
  if (same(moved, range_)) return false;
  range_ = moved;
  return true;
}

}  // namespace fv::filters
