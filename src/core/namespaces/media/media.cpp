#include "core/namespaces/media/media.h"

#include "core/formats/xml/text.h"

namespace fv::ns::media {
namespace {

bool is_image(pugi::xml_node content) {
  std::string_view medium = xml::attr(content, "medium");
  std::string_view type = xml::attr(content, "type");
  return medium == "image" || type.substr(0, 6) == "image/";
}

void read_into(const xml::Name& name, pugi::xml_node n, const xml::NsContext& ns, Fields& f, int depth) {
  std::string_view l = name.local;
  if (l == "content") {
    f.contents.push_back(n);
    // media:content may itself hold thumbnails, titles and descriptions.
    if (depth < 2) {
      for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        xml::Name cn = ns.resolve(c);
        if (cn.ns == xml::Ns::Media && cn.local != "content") read_into(cn, c, ns, f, depth + 1);
      }
    }
  } else if (l == "thumbnail") {
    f.thumbnails.push_back(n);
  } else if (l == "description") {
    if (!f.description) f.description = n;
  } else if (l == "title") {
    if (!f.title) f.title = n;
  } else if (l == "group" && depth < 2) {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      xml::Name cn = ns.resolve(c);
      if (cn.ns == xml::Ns::Media) read_into(cn, c, ns, f, depth + 1);
    }
  }
}

}  // namespace

bool read(const xml::Name& name, pugi::xml_node n, const xml::NsContext& ns, Fields& f) {
  if (name.ns != xml::Ns::Media) return false;
  read_into(name, n, ns, f, 0);
  return true;
}

std::string best_image(const Fields& f, std::string_view base) {
  for (pugi::xml_node t : f.thumbnails) {
    std::string u = adapt::link(base, xml::attr(t, "url"));
    if (!u.empty()) return u;
  }
  for (pugi::xml_node c : f.contents) {
    if (!is_image(c)) continue;
    std::string u = adapt::link(base, xml::attr(c, "url"));
    if (!u.empty()) return u;
  }
  return {};
}

void apply_to_item(const Fields& f, Item& item, std::string_view base, adapt::Context& ctx) {
  for (pugi::xml_node c : f.contents) {
    Enclosure e;
    e.url = adapt::absolute(base, xml::attr(c, "url"));
    if (e.url.empty()) continue;
    e.type = std::string(xml::trim(xml::attr(c, "type")));
    e.length = adapt::length(xml::attr(c, "fileSize"));
    adapt::add_enclosure(item, std::move(e));
  }
  if (item.image.empty()) item.image = best_image(f, base);
  if (item.title.empty() && f.title) item.title = adapt::plain(xml::text_string(f.title));
  (void)ctx;
}

}  // namespace fv::ns::media
