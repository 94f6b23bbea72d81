#include "core/formats/atom/atom_adapter.h"

#include "core/formats/atom/constructs.h"
#include "core/formats/common/wire_nodes.h"
#include "core/formats/xml/text.h"

namespace fv::atom {
namespace {

std::string trimmed_text(pugi::xml_node n) {
  std::string scratch;
  return std::string(xml::trim(xml::text(n, scratch)));
}


bool is_html_type(std::string_view type) {
  return type.empty() || type == "text/html" || type == "application/xhtml+xml";
}

// The alternate link: an HTML one preferred over other types.
std::string alternate_link(const std::vector<pugi::xml_node>& links, std::string_view base) {
  std::string fallback;
  for (pugi::xml_node n : links) {
    Link l = read_link(n);
    if (l.rel != "alternate") continue;
    std::string href = adapt::link(base_of(n, base), l.href);
    if (href.empty()) continue;
    if (is_html_type(l.type)) return href;
    if (fallback.empty()) fallback = std::move(href);
  }
  return fallback;
}

}  // namespace

Item adapt_entry(const WireEntry& w, const xml::NsContext& ns, const std::vector<Person>& feed_authors,
                 adapt::Context& ctx) {
  Item item;
  std::string_view base = !w.base.empty() ? std::string_view(w.base) : std::string_view(ctx.site_base);
  item.title = text_construct_plain(w.title, ctx);
  item.link = alternate_link(w.links, base);
  for (pugi::xml_node n : w.links) {
    Link l = read_link(n);
    std::string link_base = base_of(n, base);
    if (l.rel == "enclosure") {
      Enclosure e;
      e.url = adapt::absolute(link_base, l.href);
      e.type = std::string(l.type);
      e.length = adapt::length(l.length);
      if (item.image.empty() && e.type.substr(0, 6) == "image/") item.image = adapt::link({}, e.url);
      adapt::add_enclosure(item, std::move(e));
    } else if (l.rel == "replies" && item.comments.empty() && is_html_type(l.type)) {
      item.comments = adapt::link(link_base, l.href);
    } else if (l.rel == "related") {
      // An explicit relation the publisher made: the article a post discusses, a follow-up.
      Related r;
      r.link = adapt::link(link_base, l.href);
      r.title = adapt::plain(l.title);
      if (!r.link.empty()) item.related.push_back(std::move(r));
    }
  }
  if (w.id) item.id = trimmed_text(w.id);
  item.published = adapt::date_of(w.published, ctx, "published");
  if (!item.published) item.published = adapt::date_of(w.created, ctx, "created");
  item.updated = adapt::date_of(w.updated, ctx, "updated");
  for (pugi::xml_node a : w.authors) adapt::add_author(item, person(a, ns, base));
  if (item.authors.empty())
    for (const Person& p : feed_authors) adapt::add_author(item, p);
  if (item.authors.empty())
    for (pugi::xml_node a : w.contributors) adapt::add_author(item, person(a, ns, base));
  for (pugi::xml_node c : w.categories) {
    std::string_view term = xml::attr(c, "term");
    if (term.empty()) term = xml::attr(c, "label");
    std::string body;  // owns the element text the view below may point into
    if (term.empty()) {
      body = xml::text_string(c);  // Atom 0.3 / sloppy feeds
      term = xml::trim(body);
    }
    adapt::add_category(item.categories, term);
  }
  if (w.source) {
    for (pugi::xml_node c = w.source.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      xml::Name n = ns.resolve(c);
      if (n.local == "title" && item.source.title.empty()) item.source.title = text_construct_plain(c, ctx);
      else if (n.local == "link" && item.source.url.empty() && read_link(c).rel == "alternate")
        item.source.url = adapt::link(base, read_link(c).href);
    }
  }
  item.language = std::string(xml::trim(w.lang));

  ns::dublincore::apply_to_item(w.dc, item, ctx);
  ns::media::apply_to_item(w.media, item, base, ctx);
  ns::itunes::apply_to_item(w.itunes, item, base);

  std::string summary, content;
  text_construct_html(w.summary, summary, ctx);
  text_construct_html(w.content, content, ctx);
  if (w.content && content.empty() && item.link.empty()) {
    // <content src="…"/>: out-of-line content; its address is the best link there is.
    item.link = adapt::link(base, xml::attr(w.content, "src"));
  }
  if (xml::trim(summary).empty() && w.media.description)
    summary = adapt::text_as_html(xml::text_string(w.media.description));
  std::string content_base = w.content ? base_of(w.content, base) : std::string(base);
  // Sanitizing resolves relative URLs; summary and content share the entry's base unless the
  // content element sets its own.
  adapt::set_html_fields(item, summary, {}, base);
  if (!xml::trim(content).empty()) {
    Item tmp;
    adapt::set_html_fields(tmp, {}, content, content_base);
    item.content = std::move(tmp.content);
    item.text = std::move(tmp.text);
  }
  return item;
}

void adapt_feed(const WireFeed& w, const xml::NsContext& ns, adapt::Context& ctx, Feed& feed) {
  std::string_view base = w.base;
  feed.title = text_construct_plain(w.title, ctx);
  feed.subtitle = text_construct_plain(w.subtitle, ctx);
  feed.link = alternate_link(w.links, base);
  if (w.id) feed.id = trimmed_text(w.id);
  if (feed.id.empty()) {
    for (pugi::xml_node n : w.links) {
      Link l = read_link(n);
      if (l.rel == "self") {
        feed.id = adapt::link(base_of(n, base), l.href);
        break;
      }
    }
  }
  feed.language = std::string(xml::trim(w.lang));
  feed.rights = text_construct_plain(w.rights, ctx);
  if (w.generator) feed.generator = adapt::plain(xml::text_string(w.generator));
  feed.updated = adapt::date_of(w.updated, ctx, "updated");
  std::vector<Person> authors;
  for (pugi::xml_node a : w.authors) {
    Person p = person(a, ns, base);
    if (!p.empty()) authors.push_back(std::move(p));
  }
  if (!authors.empty()) feed.author = authors.front();
  if (w.icon) feed.icon = adapt::link(base, xml::text_string(w.icon));
  if (w.logo) feed.image.url = adapt::link(base, xml::text_string(w.logo));
  ns::dublincore::apply_to_feed(w.dc, feed, ctx);
  ns::itunes::apply_to_feed(w.itunes, feed, base);

  if (w.base.empty()) ctx.site_base = feed.link;
  feed.items.reserve(w.entries.size());
  for (std::size_t i = 0; i < w.entries.size(); ++i) {
    ctx.item_index = i + 1;
    feed.items.push_back(adapt_entry(w.entries[i], ns, authors, ctx));
    if (ctx.depth_exceeded) break;
  }
  ctx.item_index = 0;
}

}  // namespace fv::atom
