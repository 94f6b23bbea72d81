// Nesting 100,000 deep, in every place a walk of ours could recurse: XML elements (pugixml's
// parser is iterative, our readers must be too or stop at max_depth), Atom XHTML content, JSON
// arrays, and HTML inside a description. Wasm has a 1 MB stack: a recursive walk would crash it.
#include <catch2/catch.hpp>

#include <string>

#include "core/bounds/bounds.h"
#include "core/text/html_to_text.h"
#include "core/text/sanitize.h"
#include "hostile_feeds.h"

using fv::hostile::json_feed;
using fv::hostile::parse;
using fv::hostile::rss;
using fv::hostile::rss_item;

namespace {

constexpr int kDeep = 100000;

std::string repeat(std::string_view unit, int n) {
  std::string s;
  s.reserve(unit.size() * std::size_t(n));
  for (int i = 0; i < n; ++i) s += unit;
  return s;
}

}  // namespace

TEST_CASE("100,000 nested unknown elements in a channel do not stop the items after them",
          "[hostile][nesting]") {
  auto r = parse(rss(repeat("<x>", kDeep) + repeat("</x>", kDeep) +
                     rss_item("1", "<title>after the deep part</title>")));
  // Either the reader never descends into unknown elements (safe result) or it stops with the
  // depth error; it must not recurse 100,000 frames deep.
  if (r.ok) {
    REQUIRE(r.feed.items.size() == 1);
    CHECK(r.feed.items[0].title == "after the deep part");
  } else {
    CHECK(r.error == fv::bounds::depth_error(fv::ParseOptions{}.max_depth));
  }
}

TEST_CASE("100,000 nested elements inside an item title give the depth error",
          "[hostile][nesting]") {
  auto r = parse(rss(rss_item("1", "<title>" + repeat("<b>", kDeep) + "T" + repeat("</b>", kDeep) +
                                       "</title>")));
  CHECK_FALSE(r.ok);
  CHECK(r.error == fv::bounds::depth_error(fv::ParseOptions{}.max_depth));
}

TEST_CASE("Atom XHTML content nested 100,000 deep gives the depth error", "[hostile][nesting]") {
  std::string doc =
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:x</id>"
      "<entry><id>urn:e</id><title>e</title><content type=\"xhtml\">" +
      repeat("<div xmlns=\"http://www.w3.org/1999/xhtml\">", 1) + repeat("<div>", kDeep) + "x" +
      repeat("</div>", kDeep + 1) + "</content></entry></feed>";
  auto r = parse(doc);
  CHECK_FALSE(r.ok);
  CHECK(r.error == fv::bounds::depth_error(fv::ParseOptions{}.max_depth));
}

TEST_CASE("A max_depth set by the caller is the one enforced", "[hostile][nesting]") {
  fv::ParseOptions options;
  options.max_depth = 16;
  auto deep = parse(rss(rss_item("1", "<title>" + repeat("<b>", 40) + "T" + repeat("</b>", 40) +
                                          "</title>")),
                    options);
  CHECK_FALSE(deep.ok);
  CHECK(deep.error == fv::bounds::depth_error(16));
}

TEST_CASE("JSON nested 100,000 deep gives the depth error before nlohmann parses it",
          "[hostile][nesting]") {
  auto r = parse(json_feed("[{\"id\": \"1\", \"title\": \"t\", \"_deep\": " + repeat("[", kDeep) +
                           repeat("]", kDeep) + "}]"));
  CHECK_FALSE(r.ok);
  CHECK(r.error == fv::bounds::depth_error(fv::ParseOptions{}.max_depth));
}

TEST_CASE("HTML nested 100,000 deep in a description is sanitized and its text kept",
          "[hostile][nesting]") {
  std::string html = repeat("<div><span>", kDeep / 2) + "deep text";
  auto r = parse(rss(rss_item("1", "<title>t</title><description><![CDATA[" + html +
                                       "]]></description>")));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].text == "deep text");
  // Every open element is closed exactly once: the output is the input plus its end tags.
  CHECK(r.feed.items[0].summary == html.substr(0, html.size() - 9) + "deep text" +
                                       repeat("</span></div>", kDeep / 2));
}

TEST_CASE("html_to_text of 5,000 nested blockquotes/lists stays linear in size",
          "[hostile][nesting]") {
  // Each level must not re-emit its whole prefix on every line below it. 5,000 rather than
  // 100,000 levels: while the prefix is unbounded the output is quadratic (100,000 levels would
  // need ~20 GB); 5,000 shows it in ~50 MB.
  for (std::string_view unit : {"<blockquote>x", "<ul><li>x", "<ol><li>x"}) {
    std::string html = repeat(unit, 5000);
    std::string text = fv::text::html_to_text(html);
    INFO(unit);
    CHECK(text.size() <= 8 * html.size());
    CHECK(text.find('x') != std::string::npos);
  }
}

TEST_CASE("sanitize_html of 100,000 nested lists closes every element once",
          "[hostile][nesting]") {
  std::string html = repeat("<ul><li>", kDeep);
  std::string out = fv::text::sanitize_html(html);
  CHECK(out == repeat("<ul><li>", kDeep) + repeat("</li></ul>", kDeep));
}
