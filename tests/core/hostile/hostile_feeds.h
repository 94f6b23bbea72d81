// Small builders for hostile documents, so each test shows only the part that is hostile.
#pragma once

#include <string>
#include <string_view>

#include "core/parse.h"

namespace fv::hostile {

inline constexpr std::string_view kBase = "https://example.org/feeds/main.xml";

// An RSS 2.0 document whose channel holds `channel_inner` after a title and link.
inline std::string rss(std::string_view channel_inner, std::string_view before_root = {}) {
  std::string s = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  s += before_root;
  s += "<rss version=\"2.0\"><channel><title>Hostile</title><link>https://example.org/</link>";
  s += channel_inner;
  s += "</channel></rss>\n";
  return s;
}

// One <item> with a guid (so items never merge) and `inner`.
inline std::string rss_item(std::string_view guid, std::string_view inner) {
  return "<item><guid isPermaLink=\"false\">" + std::string(guid) + "</guid>" + std::string(inner) +
         "</item>";
}

// A JSON Feed 1.1 document with `items_json` as its items array (pass the brackets).
inline std::string json_feed(std::string_view items_json, std::string_view extra_top = {}) {
  std::string s = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Hostile\", ";
  s += extra_top;
  s += "\"items\": ";
  s += items_json;
  s += "}";
  return s;
}

inline ParseResult parse(std::string_view doc, ParseOptions options = {}) {
  if (options.base_url.empty()) options.base_url = std::string(kBase);
  return parse_feed(doc, options);
}

}  // namespace fv::hostile
