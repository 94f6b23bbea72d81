// Limits that keep hostile or broken input from costing unbounded time or memory. The numbers
// come from ParseOptions; these checks give the clear, one-line errors past them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fv::bounds {

// "" when `size` is within `max_bytes`, else the error.
std::string check_size(std::size_t size, std::size_t max_bytes);

// Deepest nesting of arrays/objects in JSON text (strings skipped); stops counting past `limit`.
std::size_t json_depth(std::string_view json, std::size_t limit);

std::string depth_error(std::size_t max_depth);
std::string items_warning(std::size_t max_items);

}  // namespace fv::bounds
