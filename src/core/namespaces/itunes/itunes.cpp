#include "core/namespaces/itunes/itunes.h"

#include "core/formats/common/wire_nodes.h"
#include "core/formats/xml/text.h"

namespace fv::ns::itunes {

bool read(const xml::Name& name, pugi::xml_node n, Fields& f) {
  if (name.ns != xml::Ns::Itunes) return false;
  std::string_view l = name.local;
  if (l == "author") adapt::keep_first(f.author, n);
  else if (l == "summary") adapt::keep_first(f.summary, n);
  else if (l == "subtitle") adapt::keep_first(f.subtitle, n);
  else if (l == "image") adapt::keep_first(f.image, n);
  return true;
}

std::string summary_html(const Fields& f) {
  pugi::xml_node n = f.summary ? f.summary : f.subtitle;
  if (!n) return {};
  return adapt::text_as_html(xml::text_string(n));
}

void apply_to_item(const Fields& f, Item& item, std::string_view base) {
  if (f.author) adapt::add_author(item, adapt::person_from_text(xml::text_string(f.author)));
  if (item.image.empty() && f.image) item.image = adapt::link(base, xml::attr(f.image, "href"));
}

void apply_to_feed(const Fields& f, Feed& feed, std::string_view base) {
  if (feed.author.empty() && f.author) feed.author = adapt::person_from_text(xml::text_string(f.author));
  if (feed.subtitle.empty() && (f.subtitle || f.summary))
    feed.subtitle = adapt::plain(xml::text_string(f.subtitle ? f.subtitle : f.summary));
  if (feed.image.url.empty() && f.image) feed.image.url = adapt::link(base, xml::attr(f.image, "href"));
}

}  // namespace fv::ns::itunes
