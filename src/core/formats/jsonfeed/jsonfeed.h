// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) → the feed model, via nlohmann/json
// without exceptions (the Wasm build has none): every value's type is checked before use.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/formats/common/adapt.h"

namespace fv::jsonfeed {

// "" on success; else the one-line reason ("not a feed: JSON that is not a JSON Feed", …).
// `complete` is false when items were cut at max_items.
std::string parse_document(std::string_view utf8, std::string_view base, std::size_t max_items,
                           adapt::Context& ctx, Feed& feed, bool& complete);

}  // namespace fv::jsonfeed
