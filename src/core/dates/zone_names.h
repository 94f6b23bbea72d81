// Time-zone abbreviations feeds put after the time ("EST", "CEST", "Z").
#pragma once

#include <optional>
#include <string_view>

namespace fv::dates {

// Offset east of UTC in minutes for a zone abbreviation (case-insensitive), nullopt when the
// name is unknown. Choices for ambiguous names are documented in the table.
std::optional<int> zone_offset_minutes(std::string_view name);

}  // namespace fv::dates
