// Size: a document past max_bytes, a million items, a 1 MB title, 10,000 attributes. Each gets
// the clear error or the exact safe result, in bounded memory (these run under Wasm too:
// the largest allocation is the 100 MB document itself).
#include <catch2/catch.hpp>

#include <string>

#include "core/bounds/bounds.h"
#include "core/text/sanitize.h"
#include "hostile_feeds.h"

using fv::hostile::parse;
using fv::hostile::rss;
using fv::hostile::rss_item;

TEST_CASE("A 100 MB document is refused with the size-limit error before any parsing",
          "[hostile][size]") {
  std::string doc = rss("");
  doc.resize(std::size_t(100) << 20, ' ');  // a valid head, then 100 MB of padding
  fv::ParseOptions options;
  auto r = parse(doc, options);
  CHECK_FALSE(r.ok);
  CHECK(r.error == fv::bounds::check_size(doc.size(), options.max_bytes));
  CHECK(r.error.find("input too large") == 0);
  CHECK(r.feed.items.empty());
}

TEST_CASE("max_bytes is honoured exactly: one byte over is refused, at the limit parses",
          "[hostile][size]") {
  std::string doc = rss(rss_item("1", "<title>t</title>"));
  fv::ParseOptions options;
  options.max_bytes = doc.size();
  CHECK(parse(doc, options).ok);
  options.max_bytes = doc.size() - 1;
  auto r = parse(doc, options);
  CHECK_FALSE(r.ok);
  CHECK(r.error == "input too large: " + std::to_string(doc.size()) + " bytes (limit " +
                       std::to_string(doc.size() - 1) + ")");
}

TEST_CASE("A million items: only max_items are kept, with a warning saying so",
          "[hostile][size]") {
  std::string items;
  items.reserve(std::size_t(34) << 20);
  for (int i = 0; i < 1000000; ++i) {
    items += "<item><guid>";
    items += std::to_string(i);
    items += "</guid></item>";
  }
  fv::ParseOptions options;
  options.max_items = 1000;
  auto r = parse(rss(items), options);
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1000);
  CHECK(r.feed.items.front().id == "0");
  CHECK(r.feed.items.back().id == "999");
  bool warned = false;
  for (const auto& w : r.feed.warnings) warned = warned || w == fv::bounds::items_warning(1000);
  CHECK(warned);
  // The default bound applies to a million items too.
  CHECK(fv::ParseOptions{}.max_items < 1000000);
}

TEST_CASE("A 1 MB title is kept whole and exact", "[hostile][size]") {
  std::string title(std::size_t(1) << 20, 'a');
  for (std::size_t i = 100; i < title.size(); i += 100) title[i] = ' ';
  auto r = parse(rss(rss_item("1", "<title>" + title + "</title>")));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].title.size() == title.size());
  CHECK(r.feed.items[0].title == title);
}

TEST_CASE("An XML element with 10,000 attributes still yields its item", "[hostile][size]") {
  std::string attrs;
  for (int i = 0; i < 10000; ++i) attrs += " a" + std::to_string(i) + "=\"v\"";
  auto r = parse(rss("<item" + attrs + "><guid>g</guid><title>many attributes</title></item>"));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].title == "many attributes");
}

TEST_CASE("An HTML tag with 10,000 attributes keeps only the allowed ones", "[hostile][size]") {
  std::string html = "<a";
  for (int i = 0; i < 5000; ++i) html += " on" + std::to_string(i) + "=\"alert(1)\"";
  html += " href=\"https://example.org/ok\"";
  for (int i = 0; i < 5000; ++i) html += " x" + std::to_string(i) + "=\"y\"";
  html += ">link</a>";
  CHECK(fv::text::sanitize_html(html) ==
        "<a href=\"https://example.org/ok\" rel=\"noopener noreferrer\">link</a>");
}
