#include "core/bounds/bounds.h"

namespace fv::bounds {

std::string check_size(std::size_t size, std::size_t max_bytes) {
  if (size <= max_bytes) return {};
  return "input too large: " + std::to_string(size) + " bytes (limit " + std::to_string(max_bytes) + ")";
}

std::size_t json_depth(std::string_view s, std::size_t limit) {
  std::size_t depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

std::string depth_error(std::size_t max_depth) {
  return "document nested deeper than " + std::to_string(max_depth) + " levels";
}

std::string items_warning(std::size_t max_items) {
  return "more than " + std::to_string(max_items) + " items: the rest were ignored";
}

}  // namespace fv::bounds
