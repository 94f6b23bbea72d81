// Helpers for the parsing tests: fixtures by name, parse-or-fail.
#pragma once

#include <string>

#include <catch2/catch.hpp>

#include "../fixtures.h"
#include "core/parse.h"

namespace fv::test {

// Parses and requires success.
inline Feed parse_ok(const std::string& bytes, const ParseOptions& options = {}) {
  ParseResult r = parse_feed(bytes, options);
  INFO("error: " << r.error);
  REQUIRE(r.ok);
  return r.feed;
}

inline bool has_warning_containing(const Feed& f, const std::string& needle) {
  for (const auto& w : f.warnings)
    if (w.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace fv::test

namespace fv::test {

// An RSS 2.0 document with the common namespaces declared around `channel_body`.
inline std::string rss20(const std::string& channel_body) {
  return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
         "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
         " xmlns:dcterms=\"http://purl.org/dc/terms/\""
         " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
         " xmlns:media=\"http://search.yahoo.com/mrss/\""
         " xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""
         " xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>T</title>" +
         channel_body + "</channel></rss>";
}

// One item of an RSS 2.0 document.
inline Item rss_item(const std::string& item_body) {
  Feed f = parse_ok(rss20("<item>" + item_body + "</item>"));
  REQUIRE(f.items.size() == 1);
  return f.items[0];
}

inline std::string atom10(const std::string& feed_body) {
  return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
         "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:media=\"http://search.yahoo.com/mrss/\""
         " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" + feed_body + "</feed>";
}

inline Item atom_entry(const std::string& entry_body) {
  Feed f = parse_ok(atom10("<title>T</title><entry>" + entry_body + "</entry>"));
  REQUIRE(f.items.size() == 1);
  return f.items[0];
}

}  // namespace fv::test
