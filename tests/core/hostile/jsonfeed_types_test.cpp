// A JSON Feed with the wrong type in every field: a wrong type reads as absent, the rest of the
// feed still reads; a document that cannot be a JSON Feed gets a clear one-line error.
#include <catch2/catch.hpp>

#include <string>

#include "hostile_feeds.h"

using fv::hostile::json_feed;
using fv::hostile::parse;

TEST_CASE("Wrong types in every item field read as absent; good fields beside them are kept",
          "[hostile][json]") {
  auto r = parse(R"J({
    "version": "https://jsonfeed.org/version/1.1",
    "title": ["not", "a", "string"], "home_page_url": 42, "feed_url": {"x": 1},
    "description": false, "icon": [], "favicon": 1.5, "language": {}, "authors": "Eve",
    "items": [
      {"id": ["x"], "url": {"href": "https://example.org/"}, "title": 5,
       "content_html": ["<b>"], "content_text": {"t": 1}, "summary": 1,
       "image": true, "date_published": 1767873600, "date_modified": [],
       "tags": "news", "attachments": {"url": "https://example.org/a.mp3"},
       "authors": "Eve", "author": "Eve", "language": 7, "external_url": null},
      {"id": "good", "url": "https://example.org/good", "title": "Good item",
       "content_text": "plain", "tags": ["a", 5, null, "b"],
       "date_published": "2026-01-08T12:00:00Z"}
    ]})J");
  REQUIRE(r.ok);
  CHECK(r.feed.title.empty());
  CHECK(r.feed.link.empty());
  REQUIRE(r.feed.items.size() == 2);
  const auto& bad = r.feed.items[0];
  CHECK(bad.title.empty());
  CHECK(bad.link.empty());
  CHECK(bad.content.empty());
  CHECK(bad.text.empty());
  CHECK(bad.image.empty());
  CHECK_FALSE(bad.published);
  CHECK(bad.categories.empty());
  CHECK(bad.enclosures.empty());
  CHECK(bad.author.empty());
  CHECK_FALSE(bad.id.empty());  // derived, since the given one is no string

  const auto& good = r.feed.items[1];
  CHECK(good.id == "good");
  CHECK(good.title == "Good item");
  CHECK(good.link == "https://example.org/good");
  CHECK(good.text == "plain");
  CHECK(good.categories == std::vector<std::string>{"a", "b"});
  CHECK(good.published == std::int64_t(1767873600));
}

TEST_CASE("Items that are not objects are skipped", "[hostile][json]") {
  auto r = parse(json_feed(R"J([1, "two", null, true, [], {"id": "ok", "title": "kept"}])J"));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].title == "kept");
}

TEST_CASE("items that is not an array gives a feed without items", "[hostile][json]") {
  for (const char* items : {R"J({"id": "1"})J", "\"none\"", "null", "5"}) {
    INFO(items);
    auto r = parse(json_feed(items));
    REQUIRE(r.ok);
    CHECK(r.feed.title == "Hostile");
    CHECK(r.feed.items.empty());
  }
}

TEST_CASE("A version that is no jsonfeed.org string is refused with a clear error",
          "[hostile][json]") {
  for (const char* doc : {R"J({"version": 1, "items": []})J", R"J({"version": null, "items": []})J",
                          R"J({"version": ["https://jsonfeed.org/version/1"], "items": []})J",
                          R"J({"items": []})J"}) {
    INFO(doc);
    auto r = parse(doc);
    CHECK_FALSE(r.ok);
    CHECK(r.error == "not a feed: JSON that is not a JSON Feed (no jsonfeed.org version)");
  }
}

TEST_CASE("JSON that is not an object, or not JSON at all, gets a one-line error",
          "[hostile][json]") {
  for (const char* doc : {"[1, 2, 3]", "{\"version\": \"https://jsonfeed.org/version/1\", ",
                          "{\"version\": \"https://jsonfeed.org/version/1\" \"items\": []}",
                          "{]", "{\"a\": 1e999999}"}) {
    INFO(doc);
    auto r = parse(doc);
    CHECK_FALSE(r.ok);
    CHECK_FALSE(r.error.empty());
    CHECK(r.error.find('\n') == std::string::npos);
    CHECK(r.error.rfind("not a feed: ", 0) == 0);
  }
}
