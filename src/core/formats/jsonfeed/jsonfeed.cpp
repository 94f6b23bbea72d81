#include "core/formats/jsonfeed/jsonfeed.h"

#include <cctype>

#include <nlohmann/json.hpp>

#include "core/detect.h"

namespace fv::jsonfeed {
namespace {

using Json = nlohmann::json;

// The wire: typed accessors that treat a wrong type as absent.
std::string_view str(const Json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return {};
  return it->get_ref<const std::string&>();
}

const Json* array(const Json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_array() ? &*it : nullptr;
}

const Json* object(const Json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_object() ? &*it : nullptr;
}

// Ids may be numbers in the wild although the spec says string.
std::string id_of(const Json& item) {
  auto it = item.find("id");
  if (it == item.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<std::int64_t>());
  if (it->is_number_unsigned()) return std::to_string(it->get<std::uint64_t>());
  return {};
}

Person person_of(const Json& a, std::string_view base) {
  Person p;
  if (!a.is_object()) return p;
  p.name = adapt::plain(str(a, "name"));
  std::string_view u = str(a, "url");
  if (u.substr(0, 7) == "mailto:") p.email = std::string(u.substr(7));
  else p.uri = adapt::absolute(base, u);
  return p;
}

// 1.1's "authors" array, else 1.0's single "author".
std::vector<Person> authors_of(const Json& obj, std::string_view base) {
  std::vector<Person> out;
  if (const Json* arr = array(obj, "authors"))
    for (const Json& a : *arr)
      if (Person p = person_of(a, base); !p.empty()) out.push_back(std::move(p));
  if (out.empty())
    if (const Json* a = object(obj, "author"))
      if (Person p = person_of(*a, base); !p.empty()) out.push_back(std::move(p));
  return out;
}

std::optional<std::int64_t> size_of(const Json& att) {
  auto it = att.find("size_in_bytes");
  if (it == att.end()) return std::nullopt;
  if (it->is_number_integer() || it->is_number_unsigned())
    return adapt::length(std::to_string(it->get<std::int64_t>()));
  if (it->is_number_float()) {
    double d = it->get<double>();
    if (d >= 1 && d < 4e12) return std::int64_t(d);
    return std::nullopt;
  }
  if (it->is_string()) return adapt::length(it->get_ref<const std::string&>());
  return std::nullopt;
}

Item adapt_item(const Json& j, std::string_view base, const std::vector<Person>& feed_authors,
                adapt::Context& ctx) {
  Item item;
  item.id = id_of(j);
  item.title = adapt::plain(str(j, "title"));
  item.link = adapt::link(base, str(j, "url"));
  std::string external = adapt::link(base, str(j, "external_url"));
  if (item.link.empty()) item.link = external;
  else if (!external.empty()) item.source.url = external;  // a link-blog post about another page
  item.published = adapt::date(str(j, "date_published"), ctx, "date_published");
  item.updated = adapt::date(str(j, "date_modified"), ctx, "date_modified");
  for (Person& p : authors_of(j, base)) adapt::add_author(item, std::move(p));
  if (item.authors.empty())
    for (const Person& p : feed_authors) adapt::add_author(item, p);
  if (const Json* tags = array(j, "tags"))
    for (const Json& t : *tags)
      if (t.is_string()) adapt::add_category(item.categories, t.get_ref<const std::string&>());
  if (const Json* atts = array(j, "attachments")) {
    for (const Json& a : *atts) {
      if (!a.is_object()) continue;
      Enclosure e;
      e.url = adapt::absolute(base, str(a, "url"));
      e.type = std::string(str(a, "mime_type"));
      e.length = size_of(a);
      adapt::add_enclosure(item, std::move(e));
    }
  }
  item.image = adapt::link(base, str(j, "image"));
  if (item.image.empty()) item.image = adapt::link(base, str(j, "banner_image"));
  item.language = std::string(str(j, "language"));
  std::string summary = adapt::text_as_html(str(j, "summary"));
  std::string content(str(j, "content_html"));
  if (content.empty()) {
    // content_text is plain text: keep its line structure through the HTML round trip.
    std::string_view t = str(j, "content_text");
    content = adapt::text_as_html(t);
    std::string with_breaks;
    with_breaks.reserve(content.size());
    for (char c : content) {
      if (c == '\n') with_breaks += "<br>";
      else with_breaks += c;
    }
    content = std::move(with_breaks);
  }
  adapt::set_html_fields(item, summary, content, base);
  return item;
}

bool is_hex(char c) { return std::isxdigit((unsigned char)c) != 0; }

// The code unit of a \uXXXX escape starting at s[i] (the backslash), or -1.
int escape_unit(std::string_view s, std::size_t i) {
  if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return -1;
  int unit = 0;
  for (std::size_t k = 2; k < 6; ++k) {
    char c = s[i + k];
    if (!is_hex(c)) return -1;
    unit = unit * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  return unit;
}

// RFC 8259 allows unpaired surrogate escapes (\ud800, a truncated emoji); nlohmann rejects
// the whole document for one. Rewrite each unpaired one to \ufffd first. False when there
// was nothing to rewrite (the common case: no copy).
bool replace_lone_surrogates(std::string_view s, std::string& out) {
  bool changed = false;
  std::size_t copied = 0;
  for (std::size_t i = s.find("\\u"); i != std::string_view::npos; i = s.find("\\u", i)) {
    // An escaped backslash before "u" means this is no escape: count the run of backslashes.
    std::size_t run = 0;
    while (run < i && s[i - 1 - run] == '\\') ++run;
    if (run % 2 == 1) {
      i += 2;
      continue;
    }
    int unit = escape_unit(s, i);
    if (unit < 0xD800 || unit > 0xDFFF) {
      i += 2;
      continue;
    }
    if (unit <= 0xDBFF) {
      int next = escape_unit(s, i + 6);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        i += 12;  // a proper pair
        continue;
      }
    }
    if (!changed) out.reserve(s.size());
    changed = true;
    out.append(s.data() + copied, i - copied);
    out += "\\ufffd";
    i += 6;
    copied = i;
  }
  if (changed) out.append(s.data() + copied, s.size() - copied);
  return changed;
}

}  // namespace

std::string parse_document(std::string_view utf8, std::string_view base, std::size_t max_items,
                           adapt::Context& ctx, Feed& feed, bool& complete) {
  std::string repaired;
  if (replace_lone_surrogates(utf8, repaired)) {
    ctx.warn("unpaired UTF-16 surrogate escape replaced by U+FFFD");
    utf8 = repaired;
  }
  Json doc = Json::parse(utf8.begin(), utf8.end(), nullptr, false);
  if (doc.is_discarded()) return "not a feed: invalid JSON";
  if (!doc.is_object()) return "not a feed: JSON that is not a JSON Feed";
  feed.format = detect_json_feed_version(str(doc, "version"));
  if (feed.format == Format::Unknown) return "not a feed: JSON that is not a JSON Feed (no jsonfeed.org version)";
  feed.title = adapt::plain(str(doc, "title"));
  feed.subtitle = adapt::plain(str(doc, "description"));
  std::string feed_url = adapt::link(base, str(doc, "feed_url"));
  std::string_view feed_base = base.empty() ? std::string_view(feed_url) : base;
  feed.link = adapt::link(feed_base, str(doc, "home_page_url"));
  feed.id = feed_url;
  feed.language = std::string(str(doc, "language"));
  feed.icon = adapt::link(feed_base, str(doc, "favicon"));
  feed.image.url = adapt::link(feed_base, str(doc, "icon"));
  std::vector<Person> authors = authors_of(doc, feed_base);
  if (!authors.empty()) feed.author = authors.front();
  const Json* items = array(doc, "items");
  if (!items) {
    ctx.warn("JSON Feed without an \"items\" array");
    return {};
  }
  feed.items.reserve(std::min(items->size(), max_items));
  std::size_t index = 0;
  for (const Json& j : *items) {
    if (!j.is_object()) continue;
    if (feed.items.size() >= max_items) {
      complete = false;
      break;
    }
    ctx.item_index = ++index;
    feed.items.push_back(adapt_item(j, feed_base, authors, ctx));
  }
  ctx.item_index = 0;
  return {};
}

}  // namespace fv::jsonfeed
