#include "core/formats/rdf/rdf.h"

#include "core/formats/atom/constructs.h"
#include "core/formats/rss/rss_adapter.h"
#include "core/formats/rss/rss_wire.h"

namespace fv::rdf {
namespace {

// The RSS vocabulary in effect: 1.0's or 0.90's namespace, whichever the channel uses.
xml::Ns own_namespace(const xml::NsContext& ns, pugi::xml_node root) {
  for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    xml::Name n = ns.resolve(c);
    if (n.local == "channel" && (n.ns == xml::Ns::Rss10 || n.ns == xml::Ns::Rss090)) return n.ns;
  }
  return xml::Ns::Rss10;
}

}  // namespace

bool parse_document(pugi::xml_node root, xml::NsContext& ns, std::string_view base,
                    std::size_t max_items, adapt::Context& ctx, Feed& feed) {
  rss::WireChannel wire;
  xml::Ns own = own_namespace(ns, root);
  std::string root_base = atom::base_of(root, base);
  wire.base = root_base;
  wire.lang = root.attribute("xml:lang").value();
  for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    xml::Name name = ns.resolve(c);
    if (name.ns == xml::Ns::Rdf) continue;  // rdf:Seq and friends live inside the channel
    if (name.local == "channel") {
      wire.base = atom::base_of(c, root_base);
      if (std::string_view lang = c.attribute("xml:lang").value(); !lang.empty()) wire.lang = lang;
      rss::read_channel_fields(c, ns, own, wire);
    } else if (name.local == "image") {
      if (!wire.image.url) rss::read_image(c, ns, wire.image);
    } else if (name.local == "item") {
      if (wire.items.size() >= max_items) {
        wire.items_truncated = true;
        break;
      }
      wire.items.emplace_back();
      rss::read_item(c, ns, own, root_base, wire.items.back());
    }
  }
  rss::adapt_channel(wire, ns, ctx, feed);
  return !wire.items_truncated;
}

}  // namespace fv::rdf
