#include "core/formats/atom/atom.h"

#include "core/formats/atom/atom_adapter.h"
#include "core/formats/atom/atom_wire.h"

namespace fv::atom {

bool parse_document(pugi::xml_node root, xml::NsContext& ns, std::string_view base,
                    std::size_t max_items, adapt::Context& ctx, Feed& feed) {
  WireFeed wire;
  read_feed(root, ns, base, max_items, wire);
  adapt_feed(wire, ns, ctx, feed);
  return !wire.entries_truncated;
}

}  // namespace fv::atom
