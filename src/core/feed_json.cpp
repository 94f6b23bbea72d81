#include "core/feed_json.h"

#include <nlohmann/json.hpp>

#include "core/dates/parse_date.h"

namespace fv {
namespace {

using Json = nlohmann::ordered_json;

// Absent rather than empty: every setter skips empty values.
void put(Json& j, const char* key, const std::string& v) {
  if (!v.empty()) j[key] = v;
}

void put_time(Json& j, const char* key, const UnixTime& t) {
  if (t) j[key] = dates::format_iso8601(*t);
}

Json person_json(const Person& p) {
  Json j = Json::object();
  put(j, "name", p.name);
  put(j, "email", p.email);
  put(j, "uri", p.uri);
  return j;
}

void put_person(Json& j, const char* key, const Person& p) {
  if (!p.empty()) j[key] = person_json(p);
}

Json item_json(const Item& it) {
  Json j = Json::object();
  put(j, "id", it.id);
  put(j, "title", it.title);
  put(j, "link", it.link);
  put_time(j, "published", it.published);
  put_time(j, "updated", it.updated);
  put_person(j, "author", it.author);
  if (!it.authors.empty()) {
    Json a = Json::array();
    for (const auto& p : it.authors) a.push_back(person_json(p));
    j["authors"] = std::move(a);
  }
  put(j, "summary", it.summary);
  put(j, "content", it.content);
  put(j, "text", it.text);
  if (!it.categories.empty()) j["categories"] = it.categories;
  if (!it.enclosures.empty()) {
    Json a = Json::array();
    for (const auto& e : it.enclosures) {
      Json ej = Json::object();
      put(ej, "url", e.url);
      put(ej, "type", e.type);
      if (e.length) ej["length"] = *e.length;
      a.push_back(std::move(ej));
    }
    j["enclosures"] = std::move(a);
  }
  put(j, "image", it.image);
  put(j, "comments", it.comments);
  put(j, "language", it.language);
  if (!it.source.title.empty() || !it.source.url.empty()) {
    Json s = Json::object();
    put(s, "title", it.source.title);
    put(s, "url", it.source.url);
    j["source"] = std::move(s);
  }
  if (!it.related.empty()) {
    Json a = Json::array();
    for (const auto& r : it.related) {
      Json rj = Json::object();
      put(rj, "title", r.title);
      put(rj, "link", r.link);
      put(rj, "source", r.source);
      a.push_back(std::move(rj));
    }
    j["related"] = std::move(a);
  }
  return j;
}

}  // namespace

std::string feed_to_json(const Feed& feed, int indent) {
  Json j = Json::object();
  j["format"] = std::string(format_name(feed.format));
  put(j, "encoding", feed.encoding);
  j["bozo"] = feed.bozo;
  if (!feed.warnings.empty()) j["warnings"] = feed.warnings;
  if (feed.truncated) j["truncated"] = true;
  put(j, "title", feed.title);
  put(j, "subtitle", feed.subtitle);
  put(j, "link", feed.link);
  put(j, "id", feed.id);
  put(j, "language", feed.language);
  put(j, "rights", feed.rights);
  put(j, "generator", feed.generator);
  put_time(j, "updated", feed.updated);
  put_time(j, "published", feed.published);
  put_person(j, "author", feed.author);
  if (!feed.image.url.empty() || !feed.image.title.empty() || !feed.image.link.empty()) {
    Json im = Json::object();
    put(im, "url", feed.image.url);
    put(im, "title", feed.image.title);
    put(im, "link", feed.image.link);
    j["image"] = std::move(im);
  }
  put(j, "icon", feed.icon);
  Json items = Json::array();
  for (const auto& it : feed.items) items.push_back(item_json(it));
  j["items"] = std::move(items);
  // Strings in the model are valid UTF-8; "replace" still guards a stray byte from aborting
  // the Wasm build, which has no exceptions.
  // indent <= 0: compact, on one line (nlohmann would still break lines for 0).
  return j.dump(indent > 0 ? indent : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace fv
