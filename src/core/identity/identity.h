// Stable item identity and de-duplication within one feed.
//  - An item's id is its guid/id as the feed wrote it; otherwise it is derived: the link, or,
//    without a link, "urn:fv:" plus a hash of title and summary (stable across fetches).
//  - Items with the same id are one item: the first keeps its place, later copies only fill
//    what it lacks. Guid-less items sharing a link but with different titles are distinct
//    (a feed linking every item to its home page): each of them gets its title hash appended,
//    whatever their order, so an item keeps its id when new items are added above it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace fv::identity {

std::uint64_t fnv1a64(std::string_view s, std::uint64_t seed = 14695981039346656037ull);
std::string hex64(std::uint64_t v);

// Assigns missing ids and merges duplicates; returns how many items were merged away.
std::size_t assign_ids_and_merge(std::vector<Item>& items);

}  // namespace fv::identity
