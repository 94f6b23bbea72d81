#include "../parse/support.h"

using namespace fv::test;
using fv::Format;

TEST_CASE("JSON Feed 1.1 feed fields map onto the feed", "[jsonfeed]") {
  fv::Feed f = parse_ok(fixture("jsonfeed/jsonfeed11-authors-and-attachments.json"));
  CHECK(f.format == Format::Json11);
  CHECK_FALSE(f.bozo);
  CHECK(f.title == "JSON & friends");
  CHECK(f.subtitle == "A JSON Feed");
  CHECK(f.link == "https://example.org/");
  CHECK(f.id == "https://example.org/feed.json");
  CHECK(f.language == "en");
  CHECK(f.icon == "https://example.org/favicon.ico");
  CHECK(f.image.url == "https://example.org/icon-512.png");
  CHECK(f.author.name == "Brent");
  CHECK(f.author.uri == "https://example.org/brent");
}

TEST_CASE("JSON Feed items that are not objects are skipped", "[jsonfeed]") {
  fv::Feed f = parse_ok(fixture("jsonfeed/jsonfeed11-authors-and-attachments.json"));
  CHECK(f.items.size() == 3);
}

TEST_CASE("JSON Feed item fields: content_html sanitized, summary, image, dates, tags", "[jsonfeed]") {
  fv::Feed f = parse_ok(fixture("jsonfeed/jsonfeed11-authors-and-attachments.json"));
  const fv::Item& it = f.items.at(0);
  CHECK(it.id == "1");
  CHECK(it.title == "Hello");
  CHECK(it.link == "https://example.org/1");
  CHECK(it.content.find("href=\"https://example.org/world\"") != std::string::npos);
  CHECK(it.content.find("iframe") == std::string::npos);
  CHECK(it.summary == "Greeting");
  CHECK(it.image == "https://example.org/1.png");
  CHECK(*it.published == 1767862800);
  CHECK(*it.updated == 1767870000);
  REQUIRE(it.categories.size() == 2);
  CHECK(it.author.name == "Manton");
}

TEST_CASE("JSON Feed attachments become enclosures; negative size is absent", "[jsonfeed][enclosures]") {
  fv::Feed f = parse_ok(fixture("jsonfeed/jsonfeed11-authors-and-attachments.json"));
  const auto& e = f.items.at(0).enclosures;
  REQUIRE(e.size() == 2);
  CHECK(e[0].type == "audio/mpeg");
  CHECK(*e[0].length == 1000);
  CHECK_FALSE(e[1].length);
}

TEST_CASE("JSON Feed numeric id is kept as text; external_url serves as link", "[jsonfeed]") {
  fv::Feed f = parse_ok(fixture("jsonfeed/jsonfeed11-authors-and-attachments.json"));
  const fv::Item& it = f.items.at(1);
  CHECK(it.id == "2");
  CHECK(it.link == "https://elsewhere.example/article");
  CHECK(it.author.name == "Brent");  // inherited from the feed
}

TEST_CASE("JSON Feed content_text keeps its lines in text", "[jsonfeed][text]") {
  fv::Feed f = parse_ok(fixture("jsonfeed/jsonfeed11-authors-and-attachments.json"));
  CHECK(f.items.at(1).text == "Line one\nLine two & more");
}

TEST_CASE("JSON Feed title of the wrong type is absent; bad date warns", "[jsonfeed]") {
  fv::Feed f = parse_ok(fixture("jsonfeed/jsonfeed11-authors-and-attachments.json"));
  const fv::Item& it = f.items.at(2);
  CHECK(it.title.empty());
  CHECK_FALSE(it.published);
  CHECK(has_warning_containing(f, "yesterday"));
}

TEST_CASE("JSON Feed 1.0 single author with mailto url becomes an email", "[jsonfeed]") {
  fv::Feed f = parse_ok(fixture("jsonfeed/jsonfeed10-single-author.json"));
  CHECK(f.format == Format::Json10);
  CHECK(f.author.name == "Solo");
  CHECK(f.author.email == "solo@example.org");
  REQUIRE(f.items.size() == 1);
  CHECK(f.items[0].text == "Text only");
}

TEST_CASE("JSON that is not a JSON Feed is refused with a clear reason", "[jsonfeed][detect]") {
  fv::ParseResult r = fv::parse_feed(fixture("jsonfeed/json-not-a-json-feed.json"));
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("JSON that is not a JSON Feed") != std::string::npos);
}

TEST_CASE("Invalid JSON is refused without crashing", "[jsonfeed][detect]") {
  fv::ParseResult r = fv::parse_feed(fixture("jsonfeed/jsonfeed-truncated-invalid-json.json"));
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("invalid JSON") != std::string::npos);
}

TEST_CASE("JSON array at top level is not a JSON Feed", "[jsonfeed][detect]") {
  fv::ParseResult r = fv::parse_feed("[1,2,3]");
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("not a JSON Feed") != std::string::npos);
}

TEST_CASE("JSON Feed without items parses with a warning", "[jsonfeed]") {
  fv::Feed f = parse_ok(fixture("jsonfeed/jsonfeed-without-items.json"));
  CHECK(f.items.empty());
  CHECK(has_warning_containing(f, "items"));
}

TEST_CASE("JSON Feed version URL over http and with trailing slash is accepted", "[jsonfeed][detect]") {
  CHECK(parse_ok(R"({"version":"http://jsonfeed.org/version/1/","items":[]})").format == Format::Json10);
  CHECK(parse_ok(R"({"version":"https://jsonfeed.org/version/1.1","items":[]})").format == Format::Json11);
}

TEST_CASE("JSON Feed relative item URLs resolve against feed_url", "[jsonfeed][urls]") {
  fv::Feed f = parse_ok(R"({"version":"https://jsonfeed.org/version/1.1","feed_url":"https://j.example/blog/feed.json",
    "items":[{"id":"x","url":"posts/x.html"}]})");
  CHECK(f.items.at(0).link == "https://j.example/blog/posts/x.html");
}

TEST_CASE("JSON Feed in UTF-16 is decoded", "[jsonfeed][encoding]") {
  std::string utf8 = R"({"version":"https://jsonfeed.org/version/1.1","title":"Zürich","items":[]})";
  std::string utf16 = "\xFF\xFE";
  // Build UTF-16LE by hand: ASCII plus ü (U+00FC).
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    unsigned char c = (unsigned char)utf8[i];
    if (c == 0xC3) {
      utf16 += '\xFC';
      utf16 += '\0';
      ++i;
      continue;
    }
    utf16 += (char)c;
    utf16 += '\0';
  }
  fv::Feed f = parse_ok(utf16);
  CHECK(f.title == "Zürich");
}
