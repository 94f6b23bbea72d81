// Dates as feeds write them: RFC 822/1123 (named zones, offsets, two-digit years, missing
// seconds or weekday), RFC 3339 / ISO 8601 / W3CDTF (incl. partial dates) and the broken
// variants seen in the wild. Unparseable means std::nullopt — never a wrong date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fv::dates {

// Seconds since the Unix epoch, UTC.
std::optional<std::int64_t> parse_date(std::string_view s);

// "2026-01-08T12:00:00Z"
std::string format_iso8601(std::int64_t unix_seconds);

}  // namespace fv::dates
