// Text split into lines, for the small line-based formats feedview reads (stored mute rules,
// the fallback-font manifest).
#pragma once

#include <string_view>
#include <vector>

namespace fv::text {

// The lines of `text`, split at '\n' (the '\n' dropped, a '\r' kept). A final '\n' ends the
// last line rather than starting an empty one; "" has no lines. Views into `text`.
std::vector<std::string_view> split_lines(std::string_view text);

}  // namespace fv::text
