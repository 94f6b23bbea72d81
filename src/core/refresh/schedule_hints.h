// What a feed itself says about how often to poll it. RSS 2.0 has <ttl> (minutes),
// <skipHours> (hours 0–23, GMT) and <skipDays> (English day names); Atom and JSON Feed have
// nothing. The feed model (core/model.h) does not carry these yet, so the policy takes them as
// an input; the parser fills them once the model has the fields (see build/notes/bugs.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace fv::refresh {

struct ScheduleHints {
  std::optional<std::int64_t> ttl_minutes;
  std::uint32_t skip_hours = 0;  // bit h set: do not fetch during hour h (UTC), 0 ≤ h ≤ 23
  std::uint8_t skip_days = 0;    // bit d set: do not fetch on day d (UTC), 0 = Sunday

  void skip_hour(int hour);             // ignores values outside 0–24 (24 is read as 0)
  bool skip_day(std::string_view name);  // "Monday", case-insensitive; false if unknown
};

}  // namespace fv::refresh
