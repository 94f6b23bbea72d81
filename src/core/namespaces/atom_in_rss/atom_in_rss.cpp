#include "core/namespaces/atom_in_rss/atom_in_rss.h"

#include "core/formats/atom/constructs.h"
#include "core/formats/common/wire_nodes.h"
#include "core/formats/xml/text.h"

namespace fv::ns::atom_in_rss {

bool read(const xml::Name& name, pugi::xml_node n, Fields& f) {
  if (name.ns != xml::Ns::Atom10 && name.ns != xml::Ns::Atom03) return false;
  std::string_view l = name.local;
  if (l == "link") f.links.push_back(n);
  else if (l == "author" || l == "contributor") f.authors.push_back(n);
  else if (l == "updated" || l == "modified") adapt::keep_first(f.updated, n);
  else if (l == "published" || l == "issued") adapt::keep_first(f.published, n);
  else if (l == "id") adapt::keep_first(f.id, n);
  else if (l == "summary") adapt::keep_first(f.summary, n);
  else if (l == "content") adapt::keep_first(f.content, n);
  else if (l == "title") adapt::keep_first(f.title, n);
  else if (l == "icon") adapt::keep_first(f.icon, n);
  else if (l == "logo") adapt::keep_first(f.logo, n);
  return true;
}

void apply_to_item(const Fields& f, Item& item, const xml::NsContext& ns, std::string_view base,
                   adapt::Context& ctx, std::string& summary_html, std::string& content_html) {
  for (pugi::xml_node n : f.links) {
    atom::Link l = atom::read_link(n);
    if (l.rel == "alternate") {
      if (item.link.empty()) item.link = adapt::link(base, l.href);
    } else if (l.rel == "enclosure") {
      Enclosure e;
      e.url = adapt::absolute(base, l.href);
      e.type = std::string(l.type);
      e.length = adapt::length(l.length);
      adapt::add_enclosure(item, std::move(e));
    } else if (l.rel == "replies" && item.comments.empty()) {
      item.comments = adapt::link(base, l.href);
    } else if (l.rel == "related") {
      Related r;
      r.link = adapt::link(base, l.href);
      r.title = adapt::plain(l.title);
      if (!r.link.empty()) item.related.push_back(std::move(r));
    }
  }
  for (pugi::xml_node a : f.authors) adapt::add_author(item, atom::person(a, ns, base));
  if (!item.updated) item.updated = adapt::date_of(f.updated, ctx, "atom:updated");
  if (!item.published) item.published = adapt::date_of(f.published, ctx, "atom:published");
  if (item.id.empty() && f.id) item.id = std::string(xml::trim(xml::text_string(f.id)));
  if (item.title.empty() && f.title) item.title = atom::text_construct_plain(f.title, ctx);
  summary_html.clear();
  content_html.clear();
  if (f.summary) atom::text_construct_html(f.summary, summary_html, ctx);
  if (f.content) atom::text_construct_html(f.content, content_html, ctx);
}

void apply_to_feed(const Fields& f, Feed& feed, const xml::NsContext& ns, std::string_view base,
                   adapt::Context& ctx) {
  for (pugi::xml_node n : f.links) {
    atom::Link l = atom::read_link(n);
    if (l.rel == "alternate" && feed.link.empty()) feed.link = adapt::link(base, l.href);
    // The feed's own address is the best identity an RSS channel has (atom:id wins below).
    if (l.rel == "self" && feed.id.empty()) feed.id = adapt::link(base, l.href);
  }
  if (feed.author.empty() && !f.authors.empty()) feed.author = atom::person(f.authors.front(), ns, base);
  if (!feed.updated) feed.updated = adapt::date_of(f.updated, ctx, "atom:updated");
  if (f.id) {
    std::string id(xml::trim(xml::text_string(f.id)));
    if (!id.empty()) feed.id = std::move(id);
  }
  if (feed.icon.empty() && f.icon) feed.icon = adapt::link(base, xml::text_string(f.icon));
  if (feed.image.url.empty() && f.logo) feed.image.url = adapt::link(base, xml::text_string(f.logo));
}

}  // namespace fv::ns::atom_in_rss
