#include "core/bounds/bounds.h"

#include "support.h"

using namespace fv::test;

TEST_CASE("Input over max_bytes is refused with the sizes in the reason", "[bounds]") {
  fv::ParseOptions o;
  o.max_bytes = 100;
  fv::ParseResult r = fv::parse_feed(std::string(101, ' '), o);
  CHECK_FALSE(r.ok);
  CHECK(r.error == "input too large: 101 bytes (limit 100)");
}

TEST_CASE("Items past max_items are ignored with a warning", "[bounds]") {
  std::string body;
  for (int i = 0; i < 10; ++i) body += "<item><guid>g" + std::to_string(i) + "</guid></item>";
  fv::ParseOptions o;
  o.max_items = 4;
  fv::Feed f = parse_ok(rss20(body), o);
  CHECK(f.items.size() == 4);
  CHECK(has_warning_containing(f, "more than 4 items"));
}

TEST_CASE("Atom and JSON Feed respect max_items too", "[bounds]") {
  fv::ParseOptions o;
  o.max_items = 1;
  fv::Feed a = parse_ok(atom10("<entry><id>1</id></entry><entry><id>2</id></entry>"), o);
  CHECK(a.items.size() == 1);
  fv::Feed j = parse_ok(R"({"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1"},{"id":"2"}]})", o);
  CHECK(j.items.size() == 1);
  CHECK(has_warning_containing(j, "more than 1 items"));
}

TEST_CASE("Deeply nested JSON is refused before parsing", "[bounds]") {
  fv::ParseOptions o;
  o.max_depth = 50;
  std::string deep = R"({"version":"https://jsonfeed.org/version/1.1","x":)" + std::string(100, '[') + std::string(100, ']') + "}";
  fv::ParseResult r = fv::parse_feed(deep, o);
  CHECK_FALSE(r.ok);
  CHECK(r.error == "document nested deeper than 50 levels");
}

TEST_CASE("Brackets inside JSON strings do not count as nesting", "[bounds]") {
  CHECK(fv::bounds::json_depth(R"({"a":"[[[[[[[[","b":[1]})", 100) == 2);
  CHECK(fv::bounds::json_depth(R"({"a":"\"[[["})", 100) == 1);
}

TEST_CASE("Deeply nested markup in content is refused with a clear error", "[bounds]") {
  fv::ParseOptions o;
  o.max_depth = 64;
  std::string nest;
  for (int i = 0; i < 200; ++i) nest += "<div>";
  nest += "x";
  for (int i = 0; i < 200; ++i) nest += "</div>";
  fv::ParseResult r = fv::parse_feed(rss20("<item><title>t</title><description>" + nest + "</description></item>"), o);
  CHECK_FALSE(r.ok);
  CHECK(r.error == "document nested deeper than 64 levels");
}

TEST_CASE("Very deep XML outside any content does not crash the parser", "[bounds]") {
  std::string deep = "<rss version=\"2.0\"><channel><title>t</title><foo>";
  for (int i = 0; i < 100000; ++i) deep += "<a>";
  for (int i = 0; i < 100000; ++i) deep += "</a>";
  deep += "</foo></channel></rss>";
  fv::Feed f = parse_ok(deep);
  CHECK(f.title == "t");
}

TEST_CASE("Many unclosed tags in a broken document are repaired in one pass", "[bounds][lenient]") {
  std::string doc = "<rss version=\"2.0\"><channel><title>t</title><item><title>i</title><description>";
  for (int i = 0; i < 20000; ++i) doc += "<br>x";
  doc += "</description></item></channel></rss>";
  fv::Feed f = parse_ok(doc);
  CHECK(f.bozo);
  REQUIRE(f.items.size() == 1);
  CHECK(f.items[0].title == "i");
}

TEST_CASE("Many items parse and keep their order", "[bounds]") {
  std::string body;
  for (int i = 0; i < 5000; ++i) body += "<item><title>n" + std::to_string(i) + "</title><guid>" + std::to_string(i) + "</guid></item>";
  fv::Feed f = parse_ok(rss20(body));
  REQUIRE(f.items.size() == 5000);
  CHECK(f.items[4999].title == "n4999");
}
