// The practical ceiling for feedview's parser: load the same bytes with the same libraries and
// touch every node, with no feed logic at all. XML goes through pugixml 1.13 (parse_default,
// encoding from BOM/declaration), JSON Feed files through nlohmann::json.
#pragma once

#include <cstddef>
#include <string_view>

namespace fv::bench {

// Returns a checksum of what it walked (node count + text bytes) so the work cannot be elided.
std::size_t raw_load_and_walk_xml(std::string_view bytes);
std::size_t raw_load_and_walk_json(std::string_view bytes);

}  // namespace fv::bench
