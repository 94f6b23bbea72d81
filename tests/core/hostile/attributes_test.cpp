// 10,000 attributes on one tag, counted rather than timed: the tokenizer keeps each distinct
// name once (a set past a few dozen, so duplicates cost no quadratic scan), and what comes out
// of it — the token, then the sanitized tag — holds no more than the input's distinct names,
// which bounds the work of everything after it. (size_limits_test.cpp has the parse results.)
#include <catch2/catch.hpp>

#include <string>

#include "core/text/html_tokenizer.h"
#include "core/text/sanitize.h"
#include "hostile_feeds.h"

using fv::text::HtmlToken;
using fv::text::tokenize_html;

TEST_CASE("10,000 copies of one attribute leave one attribute with the first value", "[hostile][size]") {
  std::string html = "<a";
  for (int i = 0; i < 10000; ++i) html += " href=\"https://example.org/" + std::to_string(i) + "\"";
  html += ">x</a>";
  const auto tokens = tokenize_html(html);
  REQUIRE(tokens.size() == 3);
  REQUIRE(tokens[0].attributes.size() == 1);
  CHECK(tokens[0].attributes[0].value == "https://example.org/0");
  CHECK(fv::text::sanitize_html(html) ==
        "<a href=\"https://example.org/0\" rel=\"noopener noreferrer\">x</a>");
}

TEST_CASE("10,000 distinct attributes are kept once each, repeats after them dropped", "[hostile][size]") {
  std::string html = "<p";
  for (int round = 0; round < 2; ++round)
    for (int i = 0; i < 10000; ++i) html += " a" + std::to_string(i) + "=\"" + std::to_string(round) + "\"";
  html += ">";
  const auto tokens = tokenize_html(html);
  REQUIRE(tokens.size() == 1);
  REQUIRE(tokens[0].attributes.size() == 10000);
  CHECK(*tokens[0].attribute("a9999") == "0");  // the first of the two values
  // None is allowed on <p>: the sanitized tag carries nothing of them.
  CHECK(fv::text::sanitize_html(html) == "<p></p>");  // closed for the reader
}

TEST_CASE("Items whose elements carry 10,000 attributes each parse to the same item as without",
          "[hostile][size]") {
  std::string attrs;
  for (int i = 0; i < 10000; ++i) attrs += " x" + std::to_string(i) + "=\"v\"";
  const std::string inner = "<title>T</title><link>https://example.org/a</link>"
                            "<enclosure url=\"https://example.org/e.mp3\" length=\"5\" type=\"audio/mpeg\"/>";
  std::string hostile_inner = inner;
  for (const char* tag : {"<title", "<link", "<enclosure"}) {
    const auto at = hostile_inner.find(tag);
    hostile_inner.insert(at + std::string(tag).size(), attrs);
  }
  auto plain = fv::hostile::parse(fv::hostile::rss(fv::hostile::rss_item("g", inner)));
  auto hostile = fv::hostile::parse(fv::hostile::rss(fv::hostile::rss_item("g", hostile_inner)));
  REQUIRE(plain.ok);
  REQUIRE(hostile.ok);
  REQUIRE(hostile.feed.items.size() == 1);
  const fv::Item& a = plain.feed.items[0];
  const fv::Item& b = hostile.feed.items[0];
  CHECK(b.title == a.title);
  CHECK(b.link == a.link);
  REQUIRE(b.enclosures.size() == 1);
  CHECK(b.enclosures[0].url == a.enclosures[0].url);
  CHECK(b.enclosures[0].length == a.enclosures[0].length);
}
