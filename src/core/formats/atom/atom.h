// Atom 1.0 / 0.3 reader entry point: wire reading (atom_wire.h) then adaptation (atom_adapter.h).
#pragma once

#include <cstddef>
#include <string_view>

#include "core/formats/common/adapt.h"
#include "core/formats/xml/namespaces.h"
#include "pugixml.hpp"

namespace fv::atom {

// Returns false when entries were cut at max_items.
bool parse_document(pugi::xml_node root, xml::NsContext& ns, std::string_view base,
                    std::size_t max_items, adapt::Context& ctx, Feed& feed);

}  // namespace fv::atom
