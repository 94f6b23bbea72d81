#include "core/formats/rss/rss_adapter.h"

#include "core/formats/xml/text.h"
#include "core/namespaces/google_news/google_news.h"

namespace fv::rss {
namespace {

std::string_view text_of(pugi::xml_node n, std::string& scratch) { return xml::text(n, scratch); }

std::string plain_of(pugi::xml_node n, adapt::Context& ctx) {
  if (!n) return {};
  if (!xml::has_element_children(n)) {
    std::string scratch;
    return adapt::plain(xml::text(n, scratch));
  }
  std::string html;  // <title>Foo <b>bar</b></title>: unescaped markup in a title
  if (!xml::inner_markup(n, html, ctx.max_depth)) ctx.depth_exceeded = true;
  return adapt::plain(html);
}

std::string html_of(pugi::xml_node n, adapt::Context& ctx) {
  std::string out;
  if (n && !xml::html_content(n, out, ctx.max_depth)) ctx.depth_exceeded = true;
  return out;
}

}  // namespace

Item adapt_item(const WireItem& w, const xml::NsContext& ns, adapt::Context& ctx) {
  Item item;
  std::string scratch;
  std::string_view base = !w.base.empty() ? std::string_view(w.base) : std::string_view(ctx.site_base);
  item.title = plain_of(w.title, ctx);
  item.link = adapt::link(base, text_of(w.link, scratch));
  if (w.guid) {
    item.id = std::string(xml::trim(text_of(w.guid, scratch)));
    // A permalink guid is the link when <link> is missing (isPermaLink defaults to true).
    if (item.link.empty() && xml::attr(w.guid, "isPermaLink") != std::string_view("false"))
      item.link = adapt::link(base, item.id);
  }
  if (item.id.empty() && !w.about.empty()) item.id = std::string(xml::trim(w.about));
  if (item.link.empty() && !w.about.empty()) item.link = adapt::link(base, w.about);
  if (w.pub_date) item.published = adapt::date(text_of(w.pub_date, scratch), ctx, "pubDate");
  if (w.author) adapt::add_author(item, adapt::person_from_text(text_of(w.author, scratch)));
  if (w.comments) item.comments = adapt::link(base, text_of(w.comments, scratch));
  if (w.source) {
    item.source.title = adapt::plain(text_of(w.source, scratch));
    item.source.url = adapt::link(base, xml::attr(w.source, "url"));
  }
  for (pugi::xml_node c : w.categories) adapt::add_category(item.categories, text_of(c, scratch));
  for (pugi::xml_node e : w.enclosures) {
    Enclosure enc;
    enc.url = adapt::absolute(base, xml::attr(e, "url"));
    enc.type = std::string(xml::trim(xml::attr(e, "type")));
    enc.length = adapt::length(xml::attr(e, "length"));
    if (item.image.empty() && enc.type.substr(0, 6) == "image/") item.image = adapt::link({}, enc.url);
    adapt::add_enclosure(item, std::move(enc));
  }
  item.language = std::string(xml::trim(w.lang));

  ns::dublincore::apply_to_item(w.dc, item, ctx);
  std::string atom_summary, atom_content;
  ns::atom_in_rss::apply_to_item(w.atom, item, ns, base, ctx, atom_summary, atom_content);
  ns::media::apply_to_item(w.media, item, base, ctx);
  ns::itunes::apply_to_item(w.itunes, item, base);

  std::string summary = html_of(w.description, ctx);
  if (xml::trim(summary).empty()) summary = std::move(atom_summary);
  if (xml::trim(summary).empty() && w.media.description)
    summary = adapt::text_as_html(xml::text_string(w.media.description));
  if (xml::trim(summary).empty()) summary = ns::itunes::summary_html(w.itunes);
  std::string content = html_of(w.content.encoded, ctx);
  if (xml::trim(content).empty()) content = std::move(atom_content);
  adapt::set_html_fields(item, summary, content, base);
  ns::google_news::apply(item, summary);
  return item;
}

// <ttl>minutes</ttl>, <skipHours><hour>n</hour>…</skipHours>, <skipDays><day>Monday</day>…</skipDays>.
// Nonsense values are ignored rather than guessed: a wrong hint makes polling rude or slow.
static void read_schedule(const WireChannel& w, refresh::ScheduleHints& out) {
  auto number = [](std::string_view s, long long max) -> long long {
    s = xml::trim(s);
    if (s.empty() || s.size() > 9) return -1;
    long long v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v <= max ? v : -1;
  };
  if (w.ttl) {
    long long minutes = number(w.ttl.text().get(), 7 * 24 * 60);
    if (minutes > 0) out.ttl_minutes = minutes;
  }
  for (pugi::xml_node h = w.skip_hours.first_child(); h; h = h.next_sibling()) {
    if (h.type() != pugi::node_element) continue;
    long long hour = number(h.text().get(), 24);
    if (hour >= 0) out.skip_hour(static_cast<int>(hour));
  }
  for (pugi::xml_node d = w.skip_days.first_child(); d; d = d.next_sibling())
    if (d.type() == pugi::node_element) out.skip_day(xml::trim(d.text().get()));
}

void adapt_channel(const WireChannel& w, const xml::NsContext& ns, adapt::Context& ctx, Feed& feed) {
  std::string scratch;
  std::string_view base = w.base;
  feed.title = plain_of(w.title, ctx);
  feed.link = adapt::link(base, text_of(w.link, scratch));
  feed.subtitle = plain_of(w.description, ctx);
  feed.language = std::string(xml::trim(text_of(w.language, scratch)));
  if (feed.language.empty()) feed.language = std::string(xml::trim(w.lang));
  feed.rights = plain_of(w.copyright, ctx);
  feed.generator = plain_of(w.generator, ctx);
  if (w.managing_editor) feed.author = adapt::person_from_text(text_of(w.managing_editor, scratch));
  if (w.last_build_date) feed.updated = adapt::date(text_of(w.last_build_date, scratch), ctx, "lastBuildDate");
  if (w.pub_date) feed.published = adapt::date(text_of(w.pub_date, scratch), ctx, "pubDate");
  read_schedule(w, feed.schedule);
  if (w.image.url) {
    feed.image.url = adapt::link(base, text_of(w.image.url, scratch));
    feed.image.title = plain_of(w.image.title, ctx);
    feed.image.link = adapt::link(base, text_of(w.image.link, scratch));
  }
  ns::dublincore::apply_to_feed(w.dc, feed, ctx);
  ns::atom_in_rss::apply_to_feed(w.atom, feed, ns, base, ctx);
  ns::itunes::apply_to_feed(w.itunes, feed, base);
  if (feed.image.url.empty()) feed.image.url = ns::media::best_image(w.media, base);

  if (w.base.empty()) ctx.site_base = feed.link;
  feed.items.reserve(w.items.size());
  for (std::size_t i = 0; i < w.items.size(); ++i) {
    ctx.item_index = i + 1;
    feed.items.push_back(adapt_item(w.items[i], ns, ctx));
    if (ctx.depth_exceeded) break;
  }
  ctx.item_index = 0;
}

}  // namespace fv::rss
