// Marks as JSON, the shape the browser store exchanges with the app:
//   [{"feed": "<feed URL>", "id": "<item id>", "read": 0|1, "starred": 0|1}, …]
// Parsing is lenient: entries that are not such objects are skipped, never fatal.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/reading/reading_state.h"

namespace fv::reading {

std::string marks_to_json(const std::vector<Mark>& marks);
std::vector<Mark> marks_from_json(std::string_view json);

}  // namespace fv::reading
