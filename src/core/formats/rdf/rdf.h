// RSS 1.0 and RSS 0.90 (both RDF): <rdf:RDF> holding a channel, an image and items as siblings.
// Items share RSS's item shape (rss_wire.h); this reader only knows the RDF layout.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/formats/common/adapt.h"
#include "core/formats/xml/namespaces.h"
#include "pugixml.hpp"

namespace fv::rdf {

// Returns false when items were cut at max_items.
bool parse_document(pugi::xml_node root, xml::NsContext& ns, std::string_view base,
                    std::size_t max_items, adapt::Context& ctx, Feed& feed);

}  // namespace fv::rdf
