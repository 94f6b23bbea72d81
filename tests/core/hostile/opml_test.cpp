// Hostile OPML: a list that includes itself, folders nested 100,000 deep, script URLs in
// outlines, and the entity tricks of feeds. Core never fetches anything, so an include is one
// outline and never a loop; depth is flattened at max_depth; URLs are http(s) or dropped.
#include <catch2/catch.hpp>

#include <string>

#include "core/opml/opml.h"
#include "hostile_feeds.h"

using fv::opml::import_opml;

namespace {

const char* const kSelf = "https://example.org/subscriptions.opml";

std::string opml(std::string_view body) {
  return "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Mine</title></head><body>" +
         std::string(body) + "</body></opml>";
}

}  // namespace

TEST_CASE("An OPML that includes itself imports once, as one outline, without following it",
          "[hostile][opml]") {
  std::string doc = opml(std::string("<outline text=\"Me again\" type=\"include\" url=\"") + kSelf +
                         "\"/><outline text=\"Feed\" type=\"rss\" xmlUrl=\"https://example.org/feed.xml\"/>");
  auto r = import_opml(doc);
  REQUIRE(r.ok);
  REQUIRE(r.document.outlines.size() == 2);
  CHECK(r.document.outlines[0].type == "include");
  CHECK(r.document.outlines[0].children.empty());
  CHECK(r.document.outlines[1].xml_url == "https://example.org/feed.xml");
  // The included document itself, if someone fetched it as a feed, is refused clearly.
  auto as_feed = fv::hostile::parse(doc);
  CHECK_FALSE(as_feed.ok);
  CHECK(as_feed.error.rfind("not a feed", 0) == 0);
}

TEST_CASE("OPML folders nested 100,000 deep are flattened at max_depth with a warning",
          "[hostile][opml]") {
  std::string body;
  for (int i = 0; i < 100000; ++i) body += "<outline text=\"f\">";
  body += "<outline text=\"Deep feed\" xmlUrl=\"https://example.org/deep.xml\"/>";
  for (int i = 0; i < 100000; ++i) body += "</outline>";
  fv::opml::ImportOptions options;
  auto r = import_opml(opml(body), options);
  REQUIRE(r.ok);
  std::size_t depth = 0;
  for (const auto* level = &r.document.outlines; !level->empty(); level = &level->front().children)
    ++depth;
  CHECK(depth <= options.max_depth);
  bool warned = false;
  for (const auto& w : r.document.warnings) warned = warned || w.find("nested deeper") != std::string::npos;
  CHECK(warned);
}

TEST_CASE("OPML outline URLs with script-capable schemes are dropped", "[hostile][opml]") {
  auto r = import_opml(opml(
      "<outline text=\"Evil\" type=\"rss\" xmlUrl=\"javascript:alert(1)\" htmlUrl=\"javascript:alert(2)\"/>"
      "<outline text=\"Data\" type=\"rss\" xmlUrl=\"data:text/html,x\" htmlUrl=\"vbscript:x\"/>"
      "<outline text=\"Fine\" type=\"rss\" xmlUrl=\"https://example.org/f.xml\" htmlUrl=\"https://example.org/\"/>"));
  REQUIRE(r.ok);
  for (const auto& o : r.document.outlines) {
    INFO(o.text);
    CHECK((o.xml_url.empty() || o.xml_url.rfind("http", 0) == 0));
    CHECK((o.html_url.empty() || o.html_url.rfind("http", 0) == 0));
  }
  CHECK(fv::opml::count_feeds(r.document.outlines) == 1);
}

TEST_CASE("Billion laughs in an OPML is not expanded", "[hostile][opml]") {
  std::string dtd = "<!DOCTYPE opml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
  auto r = import_opml("<?xml version=\"1.0\"?>" + dtd +
                       "<opml version=\"2.0\"><head><title>&c;</title></head><body>"
                       "<outline text=\"&c;\" xmlUrl=\"https://example.org/f.xml\"/></body></opml>");
  REQUIRE(r.ok);
  CHECK(r.document.title.find("aaaaaaaaaaaaaaaaaaaa") == std::string::npos);
  REQUIRE(r.document.outlines.size() == 1);
  CHECK(r.document.outlines[0].text.size() < 16);
}

TEST_CASE("More outlines than max_outlines are cut with a warning", "[hostile][opml]") {
  std::string body;
  for (int i = 0; i < 5000; ++i)
    body += "<outline text=\"f" + std::to_string(i) + "\" xmlUrl=\"https://example.org/" +
            std::to_string(i) + ".xml\"/>";
  fv::opml::ImportOptions options;
  options.max_outlines = 100;
  auto r = import_opml(opml(body), options);
  REQUIRE(r.ok);
  CHECK(r.document.outlines.size() == 100);
  CHECK(r.document.outlines.back().text == "f99");
  CHECK_FALSE(r.document.warnings.empty());
}

TEST_CASE("OPML export writes one XML declaration and re-imports text with '<' unchanged",
          "[hostile][opml][fuzz]") {
  // fuzz_opml: an outline text holding "<" followed by letters lost everything from there on
  // after export → import (the re-import read it as a tag), and the export began with two
  // XML declarations.
  auto r = import_opml(opml("<outline text=\"a &amp;lt;b c &amp;lt;outline d\" "
                            "xmlUrl=\"https://example.org/f.xml\"/>"));
  REQUIRE(r.ok);
  REQUIRE(r.document.outlines.size() == 1);
  const std::string text = r.document.outlines[0].text;
  std::string exported = fv::opml::export_opml(r.document);
  CHECK(exported.find("<?xml", 1) == std::string::npos);
  auto again = import_opml(exported);
  REQUIRE(again.ok);
  REQUIRE(again.document.outlines.size() == 1);
  CHECK(again.document.outlines[0].text == text);
}
