#include "core/formats/atom/atom_wire.h"

#include "core/formats/atom/constructs.h"
#include "core/formats/common/wire_nodes.h"

namespace fv::atom {
namespace {

using adapt::keep_first;

// Atom elements: in the Atom namespace, or unprefixed in a document whose default namespace
// was forgotten or mistyped.
bool is_atom(const xml::Name& n) {
  return n.ns == xml::Ns::Atom10 || n.ns == xml::Ns::Atom03 ||
         (!n.prefixed && (n.ns == xml::Ns::None || n.ns == xml::Ns::Unknown));
}

template <typename Fields>
void read_namespaces(const xml::Name& name, pugi::xml_node c, const xml::NsContext& ns, Fields& f) {
  if (ns::dublincore::read(name, c, f.dc)) return;
  if (ns::media::read(name, c, ns, f.media)) return;
  ns::itunes::read(name, c, f.itunes);
}

// The walk entry and feed share: their xml:base and xml:lang, then each element child. Atom's
// elements that both have are matched here, the rest by `own(local name, element)`; the
// other namespaces go to their readers.
template <typename Fields, typename Own>
void read_children(pugi::xml_node parent, const xml::NsContext& ns, std::string_view base, Fields& out, Own own) {
  out.base = base_of(parent, base);
  out.lang = parent.attribute("xml:lang").value();
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    const xml::Name name = ns.resolve(c);
    if (!is_atom(name)) {
      read_namespaces(name, c, ns, out);
      continue;
    }
    const std::string_view l = name.local;
    if (l == "title") keep_first(out.title, c);
    else if (l == "id") keep_first(out.id, c);
    else if (l == "updated" || l == "modified") keep_first(out.updated, c);
    else if (l == "rights" || l == "copyright") keep_first(out.rights, c);
    else if (l == "link") out.links.push_back(c);
    else if (l == "author") out.authors.push_back(c);
    else if (l == "category") out.categories.push_back(c);
    else own(l, c);
  }
}

}  // namespace

void read_entry(pugi::xml_node entry, const xml::NsContext& ns, std::string_view base, WireEntry& out) {
  read_children(entry, ns, base, out, [&out](std::string_view l, pugi::xml_node c) {
    if (l == "published" || l == "issued") keep_first(out.published, c);
    else if (l == "created") keep_first(out.created, c);
    else if (l == "summary") keep_first(out.summary, c);
    else if (l == "content") keep_first(out.content, c);
    else if (l == "source") keep_first(out.source, c);
    else if (l == "contributor") out.contributors.push_back(c);
  });
}

void read_feed(pugi::xml_node root, const xml::NsContext& ns, std::string_view base,
               std::size_t max_items, WireFeed& out) {
  read_children(root, ns, base, out, [&](std::string_view l, pugi::xml_node c) {
    if (l == "entry") {
      if (out.entries.size() >= max_items) {
        out.entries_truncated = true;
        return;
      }
      out.entries.emplace_back();
      read_entry(c, ns, out.base, out.entries.back());
    } else if (l == "subtitle" || l == "tagline") keep_first(out.subtitle, c);
    else if (l == "generator") keep_first(out.generator, c);
    else if (l == "icon") keep_first(out.icon, c);
    else if (l == "logo") keep_first(out.logo, c);
  });
}

}  // namespace fv::atom
