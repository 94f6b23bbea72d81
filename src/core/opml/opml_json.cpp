#include <nlohmann/json.hpp>

#include "core/dates/parse_date.h"
#include "core/opml/opml.h"

namespace fv::opml {
namespace {

using Json = nlohmann::ordered_json;

void put(Json& j, const char* key, const std::string& v) {
  if (!v.empty()) j[key] = v;
}

Json outline_json(const Outline& o, std::size_t depth) {
  Json j = Json::object();
  put(j, "text", o.text);
  put(j, "title", o.title);
  put(j, "type", o.type);
  put(j, "xmlUrl", o.xml_url);
  put(j, "htmlUrl", o.html_url);
  put(j, "description", o.description);
  put(j, "language", o.language);
  if (!o.children.empty()) {
    Json c = Json::array();
    for (const Outline& child : o.children) c.push_back(outline_json(child, depth + 1));
    j["children"] = std::move(c);
  }
  return j;
}

}  // namespace

std::string to_json(const Document& doc, int indent) {
  Json j = Json::object();
  put(j, "version", doc.version);
  put(j, "title", doc.title);
  if (!doc.owner_name.empty() || !doc.owner_email.empty()) {
    Json owner = Json::object();
    put(owner, "name", doc.owner_name);
    put(owner, "email", doc.owner_email);
    j["owner"] = std::move(owner);
  }
  if (doc.date_created) j["dateCreated"] = dates::format_iso8601(*doc.date_created);
  if (doc.date_modified) j["dateModified"] = dates::format_iso8601(*doc.date_modified);
  j["bozo"] = doc.bozo;
  if (!doc.warnings.empty()) j["warnings"] = doc.warnings;
  j["feedCount"] = count_feeds(doc.outlines);
  Json outlines = Json::array();
  for (const Outline& o : doc.outlines) outlines.push_back(outline_json(o, 0));
  j["outlines"] = std::move(outlines);
  return j.dump(indent > 0 ? indent : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace fv::opml
