#include "core/feed_json.h"
#include "support.h"

using fv::test::asset;
using fv::test::parse_ok;

TEST_CASE("Bundled Google News sample parses as RSS 2.0 with all six items", "[parse][googlenews]") {
  fv::Feed f = parse_ok(asset("feeds/google-news-world.xml"));
  CHECK(f.format == fv::Format::Rss20);
  CHECK_FALSE(f.bozo);
  CHECK(f.title == "World - Latest - Google News");
  CHECK(f.language == "en-US");
  CHECK(f.generator == "NFE/5.0");
  REQUIRE(f.items.size() == 6);
}

TEST_CASE("Google News item title loses its ' - Source' suffix and keeps the source", "[parse][googlenews]") {
  fv::Feed f = parse_ok(asset("feeds/google-news-world.xml"));
  const fv::Item& first = f.items.at(0);
  CHECK(first.title == "US backs security guarantees for Ukraine at summit of Kyiv's allies in Paris");
  CHECK(first.source.title == "KSL.com");
  CHECK(first.source.url == "https://www.ksl.com");
  CHECK(first.published.has_value());
}

TEST_CASE("Google News description list becomes related articles with their sources", "[parse][googlenews]") {
  fv::Feed f = parse_ok(asset("feeds/google-news-world.xml"));
  const fv::Item& first = f.items.at(0);
  REQUIRE(first.related.size() == 5);
  CHECK(first.related[0].source == "KSL.com");
  CHECK(first.related[0].link == first.link);
  CHECK(first.related[1].title == "Zelensky says Ukraine does not have clear security pledge from allies");
  CHECK(first.related[1].source == "BBC");
  CHECK(first.related[4].source == "CNN");
  for (const auto& r : first.related) CHECK(r.link.rfind("https://news.google.com/", 0) == 0);
}

TEST_CASE("Feed JSON of the Google News sample carries format, items and related", "[parse][json]") {
  fv::Feed f = parse_ok(asset("feeds/google-news-world.xml"));
  std::string json = fv::feed_to_json(f);
  CHECK(json.find("\"format\": \"rss20\"") != std::string::npos);
  CHECK(json.find("\"related\"") != std::string::npos);
  CHECK(json.find("\"published\": \"2026-01-08T17:41:12Z\"") != std::string::npos);
  CHECK(json.find("\"comments\"") == std::string::npos);  // absent rather than empty
}
