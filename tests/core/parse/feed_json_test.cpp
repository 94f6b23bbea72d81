#include "core/feed_json.h"

#include <nlohmann/json.hpp>

#include "support.h"

using namespace fv::test;
using Json = nlohmann::json;

namespace {
Json to_json(const fv::Feed& f) { return Json::parse(fv::feed_to_json(f)); }
}  // namespace

TEST_CASE("Feed JSON always has format, bozo and items; empty fields are absent", "[json]") {
  fv::Feed f;
  f.format = fv::Format::Rss20;
  Json j = to_json(f);
  CHECK(j["format"] == "rss20");
  CHECK(j["bozo"] == false);
  CHECK(j["items"].is_array());
  CHECK_FALSE(j.contains("title"));
  CHECK_FALSE(j.contains("warnings"));
  CHECK_FALSE(j.contains("author"));
  CHECK_FALSE(j.contains("image"));
  CHECK_FALSE(j.contains("updated"));
}

TEST_CASE("Feed JSON dates are ISO 8601 UTC ending in Z", "[json][dates]") {
  fv::Feed f;
  f.updated = 1767886200;
  fv::Item it;
  it.published = 0;
  f.items.push_back(it);
  Json j = to_json(f);
  CHECK(j["updated"] == "2026-01-08T15:30:00Z");
  CHECK(j["items"][0]["published"] == "1970-01-01T00:00:00Z");
}

TEST_CASE("Feed JSON enclosure length is an integer and absent when unknown", "[json][enclosures]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-enclosure-lengths.xml"));
  Json j = to_json(f);
  const Json& e = j["items"][0]["enclosures"];
  CHECK(e[0]["length"].is_number_integer());
  CHECK(e[0]["length"] == 2048);
  CHECK_FALSE(e[1].contains("length"));
}

TEST_CASE("Feed JSON carries every schema key for a full RSS item", "[json]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-every-namespace.xml"));
  Json j = to_json(f);
  for (const char* k : {"format", "encoding", "bozo", "title", "subtitle", "link", "language", "rights",
                        "generator", "updated", "published", "author", "image", "items"})
    CHECK(j.contains(k));
  const Json& it = j["items"][0];
  for (const char* k : {"id", "title", "link", "published", "author", "authors", "summary", "content",
                        "text", "categories", "enclosures", "image", "comments"})
    CHECK(it.contains(k));
  CHECK(j["image"]["url"] == "https://example.com/logo.png");
  CHECK(j["author"]["email"] == "editor@example.com");
}

TEST_CASE("Feed JSON warnings list is present for bozo feeds", "[json][lenient]") {
  fv::Feed f = parse_ok(fixture("lenient/bare-ampersand-in-text-and-url.xml"));
  Json j = to_json(f);
  CHECK(j["bozo"] == true);
  REQUIRE(j["warnings"].is_array());
  CHECK(j["warnings"].size() >= 1);
}

TEST_CASE("Feed JSON source and related keys for Google News items", "[json][googlenews]") {
  Json j = to_json(parse_ok(asset("feeds/google-news-world.xml")));
  const Json& it = j["items"][0];
  CHECK(it["source"]["title"] == "KSL.com");
  CHECK(it["source"]["url"] == "https://www.ksl.com");
  CHECK(it["related"][1]["source"] == "BBC");
}

TEST_CASE("Feed JSON indent 0 is compact on one line", "[json]") {
  fv::Feed f;
  std::string s = fv::feed_to_json(f, 0);
  CHECK(s.find('\n') == std::string::npos);
}

TEST_CASE("Feed JSON of a JSON Feed and of Atom name their formats", "[json]") {
  CHECK(to_json(parse_ok(fixture("jsonfeed/jsonfeed10-single-author.json")))["format"] == "json10");
  CHECK(to_json(parse_ok(fixture("atom/atom03-modes-and-old-names.xml")))["format"] == "atom03");
}

#include "core/formats/common/adapt.h"
#include "core/text/html_to_text.h"
#include "core/text/sanitize.h"

TEST_CASE("Markup-free descriptions skip the tokenizer yet match its output", "[parse][text]") {
  for (const char* plain : {"Simple text", "  padded\n\n text\twith   runs  ", "One line.\nTwo lines.",
                            "Numbers 1 2 3, punctuation: ; ! ? ( ) [ ] { } / \\ |", "x"}) {
    INFO(plain);
    fv::Item fast;
    fv::adapt::set_html_fields(fast, plain, {}, {});
    std::string trimmed = fv::adapt::plain(plain).empty() ? "" : std::string(plain);
    std::size_t b = trimmed.find_first_not_of(" \n\t"), e = trimmed.find_last_not_of(" \n\t");
    trimmed = trimmed.substr(b, e - b + 1);
    CHECK(fast.summary == fv::text::sanitize_html(trimmed));
    CHECK(fast.text == fv::text::html_to_text(fv::text::sanitize_html(trimmed)));
  }
}

#include "core/text/unicode.h"

TEST_CASE("Plain-line fast path gives exactly what the full path gives", "[parse][text]") {
  for (const char* s : {"Plain ASCII title", "Café résumé naïve", "\u2018Quoted\u2019 \u201cdouble\u201d \u2013 dash \u2014 more\u2026",
                        "\u65e5\u672c\u8a9e\u306e\u30bf\u30a4\u30c8\u30eb", "\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a",
                        "\u03a4\u03af\u03c4\u03bb\u03bf\u03c2", "emoji \U0001F600 ok", "x > y", "a\u00a0b", "soft\u00adhyphen",
                        "zero\u200bwidth", "bidi\u202eevil\u202c", "two  spaces", "line\nbreak", "ideo\u3000space",
                        "nnbsp\u202fhere", "BOM\ufeffinside", "AT&amp;T", "<b>bold</b>", "word\u2060joiner"}) {
    INFO(s);
    std::string full = fv::text::to_plain_line(s);
    std::string cleaned;
    for (char c : full)
      if ((unsigned char)c >= 0x20 && c != 0x7F) cleaned += c;
    CHECK(fv::adapt::plain(s) == fv::text::strip_invisible_controls(cleaned));
  }
}
