#include "core/refresh/schedule_hints.h"

#include <cctype>

namespace fv::refresh {
namespace {

bool equals_folded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

void ScheduleHints::skip_hour(int hour) {
  // The RSS 2.0 spec says 0–23; some feeds write 1–24, where 24 means midnight.
  if (hour == 24) hour = 0;
  if (hour >= 0 && hour < 24) skip_hours |= std::uint32_t(1) << hour;
}

bool ScheduleHints::skip_day(std::string_view name) {
  static constexpr std::string_view kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                               "Thursday", "Friday", "Saturday"};
  name = trim(name);
  for (int d = 0; d < 7; ++d) {
    if (equals_folded(name, kDays[d])) {
      skip_days |= static_cast<std::uint8_t>(1u << d);
      return true;
    }
  }
  return false;
}

}  // namespace fv::refresh
