// RSS 0.90–0.94 / 2.0 reader entry point: wire reading then adaptation into the model.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/formats/common/adapt.h"
#include "core/formats/xml/namespaces.h"
#include "pugixml.hpp"

namespace fv::rss {

// Fills `feed` from the document's root element (<rss> or a bare <channel>). Returns false
// when items were cut at max_items.
bool parse_document(pugi::xml_node root, xml::NsContext& ns, std::string_view base,
                    std::size_t max_items, adapt::Context& ctx, Feed& feed);

}  // namespace fv::rss
