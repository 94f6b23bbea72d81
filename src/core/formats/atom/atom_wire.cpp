#include "core/formats/atom/atom_wire.h"

#include "core/formats/atom/constructs.h"

namespace fv::atom {
namespace {

void first(pugi::xml_node& slot, pugi::xml_node n) {
  if (!slot) slot = n;
}

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

}  // namespace

void read_entry(pugi::xml_node entry, const xml::NsContext& ns, std::string_view base, WireEntry& out) {
  out.base = base_of(entry, base);
  out.lang = entry.attribute("xml:lang").value();
  for (pugi::xml_node c = entry.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    xml::Name name = ns.resolve(c);
    if (!is_atom(name)) {
      read_namespaces(name, c, ns, out);
      continue;
    }
    std::string_view l = name.local;
    if (l == "title") first(out.title, c);
    else if (l == "id") first(out.id, c);
    else if (l == "updated" || l == "modified") first(out.updated, c);
    else if (l == "published" || l == "issued") first(out.published, c);
    else if (l == "created") first(out.created, c);
    else if (l == "summary") first(out.summary, c);
    else if (l == "content") first(out.content, c);
    else if (l == "source") first(out.source, c);
    else if (l == "rights" || l == "copyright") first(out.rights, c);
    else if (l == "link") out.links.push_back(c);
    else if (l == "author") out.authors.push_back(c);
    else if (l == "contributor") out.contributors.push_back(c);
    else if (l == "category") out.categories.push_back(c);
  }
}

void read_feed(pugi::xml_node root, const xml::NsContext& ns, std::string_view base,
               std::size_t max_items, WireFeed& out) {
  out.base = base_of(root, base);
  out.lang = root.attribute("xml:lang").value();
  for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    xml::Name name = ns.resolve(c);
    if (!is_atom(name)) {
      read_namespaces(name, c, ns, out);
      continue;
    }
    std::string_view l = name.local;
    if (l == "entry") {
      if (out.entries.size() >= max_items) {
        out.entries_truncated = true;
        continue;
      }
      out.entries.emplace_back();
      read_entry(c, ns, out.base, out.entries.back());
    } else if (l == "title") first(out.title, c);
    else if (l == "subtitle" || l == "tagline") first(out.subtitle, c);
    else if (l == "id") first(out.id, c);
    else if (l == "updated" || l == "modified") first(out.updated, c);
    else if (l == "rights" || l == "copyright") first(out.rights, c);
    else if (l == "generator") first(out.generator, c);
    else if (l == "icon") first(out.icon, c);
    else if (l == "logo") first(out.logo, c);
    else if (l == "link") out.links.push_back(c);
    else if (l == "author") out.authors.push_back(c);
    else if (l == "category") out.categories.push_back(c);
  }
}

}  // namespace fv::atom
