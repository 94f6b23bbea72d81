#include "core/formats/rss/rss.h"

#include "core/formats/rss/rss_adapter.h"
#include "core/formats/rss/rss_wire.h"

namespace fv::rss {

bool parse_document(pugi::xml_node root, xml::NsContext& ns, std::string_view base,
                    std::size_t max_items, adapt::Context& ctx, Feed& feed) {
  WireChannel wire;
  read_rss(root, ns, base, max_items, wire);
  adapt_channel(wire, ns, ctx, feed);
  return !wire.items_truncated;
}

}  // namespace fv::rss
