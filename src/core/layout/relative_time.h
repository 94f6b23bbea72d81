// Short relative times for headline rows ("just now", "5 min ago", "3 h ago", "yesterday",
// "4 days ago", "8 Jan", "8 Jan 2025") and the absolute UTC time for tooltips. Pure: the
// caller passes "now", so the same function serves the dashboard and the tests.
#pragma once

#include <cstdint>
#include <string>

namespace fv::layout {

// `then` and `now` are Unix seconds (UTC). Times up to 5 minutes in the future (clock skew) read
// "just now"; further in the future they are shown as a date, never as a negative age.
std::string relative_time(std::int64_t then, std::int64_t now);

// Seconds until relative_time(then, now) can next change its text; the dashboard uses it to
// schedule its next redraw instead of drawing every second.
std::int64_t relative_time_next_change(std::int64_t then, std::int64_t now);

// "Thu, 8 Jan 2026, 17:41 UTC" for tooltips.
std::string absolute_time_utc(std::int64_t then);

}  // namespace fv::layout
