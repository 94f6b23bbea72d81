#include "core/formats/rss/rss_wire.h"

#include <type_traits>

#include "core/formats/atom/constructs.h"
#include "core/formats/common/wire_nodes.h"

namespace fv::rss {
namespace {

using adapt::keep_first;

// RSS's own elements: unprefixed (whatever the default namespace), or prefixed with RSS 1.0's
// or 0.90's namespace (<rss:title> in RDF feeds).
bool is_own(const xml::Name& n, xml::Ns own) {
  if (n.ns == own || n.ns == xml::Ns::Rss10 || n.ns == xml::Ns::Rss090) return true;
  return !n.prefixed && (n.ns == xml::Ns::None || n.ns == xml::Ns::Unknown);
}

// Old feeds write <Title>, <pubdate>, <PubDate>; feedparser matches element names ignoring case.
bool is(std::string_view name, std::string_view lower) {
  if (name.size() != lower.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// Namespace readers shared by channel and item; true when one of them took the element.
template <typename Fields>
bool read_namespaces(const xml::Name& name, pugi::xml_node c, const xml::NsContext& ns, Fields& f) {
  if (ns::dublincore::read(name, c, f.dc)) return true;
  if (ns::itunes::read(name, c, f.itunes)) return true;
  if (ns::atom_in_rss::read(name, c, f.atom)) return true;
  if (ns::media::read(name, c, ns, f.media)) return true;
  return false;
}

// The walk item and channel share: each element child of `parent`. RSS's own elements that
// both have are matched here, the rest by `own(local name, element)`; content:encoded (items
// only) and the other namespaces go to their readers.
template <typename Fields, typename Own>
void read_children(pugi::xml_node parent, const xml::NsContext& ns, xml::Ns own_ns, Fields& out, Own own) {
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    const xml::Name name = ns.resolve(c);
    if (is_own(name, own_ns)) {
      const std::string_view l = name.local;
      if (is(l, "title")) keep_first(out.title, c);
      else if (is(l, "link")) keep_first(out.link, c);
      else if (is(l, "description")) keep_first(out.description, c);
      else if (is(l, "pubdate")) keep_first(out.pub_date, c);
      else own(l, c);
      continue;
    }
    if constexpr (std::is_same_v<Fields, WireItem>) {
      if (ns::content::read(name, c, out.content)) continue;
    }
    read_namespaces(name, c, ns, out);
  }
}

}  // namespace

void read_item(pugi::xml_node item, const xml::NsContext& ns, xml::Ns own, std::string_view base,
               WireItem& out) {
  out.base = atom::base_of(item, base);
  out.lang = item.attribute("xml:lang").value();
  out.about = item.attribute("rdf:about").value();
  read_children(item, ns, own, out, [&out](std::string_view l, pugi::xml_node c) {
    if (is(l, "guid")) keep_first(out.guid, c);
    else if (is(l, "author")) keep_first(out.author, c);
    else if (is(l, "comments")) keep_first(out.comments, c);
    else if (is(l, "source")) keep_first(out.source, c);
    else if (is(l, "category")) out.categories.push_back(c);
    else if (is(l, "enclosure")) out.enclosures.push_back(c);
  });
}

void read_image(pugi::xml_node image, const xml::NsContext& ns, WireImage& out) {
  for (pugi::xml_node c = image.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view l = ns.resolve(c).local;
    if (is(l, "url")) keep_first(out.url, c);
    else if (is(l, "title")) keep_first(out.title, c);
    else if (is(l, "link")) keep_first(out.link, c);
  }
}

void read_channel_fields(pugi::xml_node channel, const xml::NsContext& ns, xml::Ns own, WireChannel& out) {
  read_children(channel, ns, own, out, [&](std::string_view l, pugi::xml_node c) {
    if (is(l, "language")) keep_first(out.language, c);
    else if (is(l, "copyright")) keep_first(out.copyright, c);
    else if (is(l, "managingeditor")) keep_first(out.managing_editor, c);
    else if (is(l, "lastbuilddate")) keep_first(out.last_build_date, c);
    else if (is(l, "generator")) keep_first(out.generator, c);
    else if (is(l, "ttl")) keep_first(out.ttl, c);
    else if (is(l, "skiphours")) keep_first(out.skip_hours, c);
    else if (is(l, "skipdays")) keep_first(out.skip_days, c);
    else if (is(l, "image") && !out.image.url) read_image(c, ns, out.image);
  });
}

void read_rss(pugi::xml_node root, xml::NsContext& ns, std::string_view base,
              std::size_t max_items, WireChannel& out) {
  pugi::xml_node channel;
  for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && is(ns.resolve(c).local, "channel")) {
      channel = c;
      break;
    }
  if (root.name() == std::string_view("channel")) channel = root;  // a bare <channel> root
  std::string root_base = atom::base_of(root, base);
  if (channel) ns.add(channel);
  out.base = channel ? atom::base_of(channel, root_base) : root_base;
  out.lang = channel.attribute("xml:lang").value();
  if (out.lang.empty()) out.lang = root.attribute("xml:lang").value();
  if (channel) read_channel_fields(channel, ns, xml::Ns::None, out);
  // Items belong in the channel; some feeds put them beside it.
  for (pugi::xml_node parent : {channel, channel == root ? pugi::xml_node() : root}) {
    if (!parent) continue;
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      xml::Name name = ns.resolve(c);
      if (!is(name.local, "item") || !is_own(name, xml::Ns::None)) continue;
      if (out.items.size() >= max_items) {
        out.items_truncated = true;
        return;
      }
      out.items.emplace_back();
      read_item(c, ns, xml::Ns::None, out.base, out.items.back());
    }
  }
}

}  // namespace fv::rss
