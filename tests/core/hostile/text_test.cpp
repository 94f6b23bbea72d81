// Text that lies: invalid UTF-8, lone UTF-16 surrogates, NUL bytes, bidi overrides and
// zero-width characters. Every string in the model comes out valid UTF-8, titles cannot
// reorder what follows them on screen, and controls do not reach the UI.
#include <catch2/catch.hpp>

#include <string>

#include "core/encoding/decode.h"
#include "core/text/utf8.h"
#include "hostile_feeds.h"

using fv::hostile::json_feed;
using fv::hostile::parse;
using fv::hostile::rss;
using fv::hostile::rss_item;
using fv::text::is_valid_utf8;

namespace {

const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool has_control(std::string_view s) {
  for (char c : s)
    if ((unsigned char)c < 0x20 || c == 0x7F) return true;
  return false;
}

// UTF-16LE bytes (with BOM) for ASCII text, with `raw_units` spliced in at the '|'.
std::string utf16le(std::string_view ascii, std::string_view raw_units) {
  std::string out("\xFF\xFE", 2);
  for (char c : ascii) {
    if (c == '|') {
      out += raw_units;
      continue;
    }
    out += c;
    out += '\0';
  }
  return out;
}

}  // namespace

TEST_CASE("Invalid UTF-8 in a feed declared UTF-8 comes out valid, bad bytes replaced",
          "[hostile][text]") {
  auto r = parse(rss(rss_item("1", "<title>a\xFF" "b\xC3" "c\xED\xA0\x80" "d\xF4\x90\x80\x80" "e</title>")));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  const std::string& t = r.feed.items[0].title;
  CHECK(is_valid_utf8(t));
  CHECK(r.feed.bozo);
  // Every letter survives, in order, and nothing invalid is left between them.
  std::string letters;
  for (char c : t)
    if (c >= 'a' && c <= 'e') letters += c;
  CHECK(letters == "abcde");
}

TEST_CASE("UTF-8-encoded surrogates (CESU, WTF-8) are not passed through", "[hostile][text]") {
  std::string s = fv::encoding::make_valid_utf8("x\xED\xA0\xBD\xED\xB8\x80y");  // U+D83D U+DE00
  CHECK(is_valid_utf8(s));
  CHECK(s.find("\xED\xA0") == std::string::npos);
  CHECK(s.front() == 'x');
  CHECK(s.back() == 'y');
}

TEST_CASE("A lone UTF-16 surrogate in a UTF-16 feed becomes U+FFFD", "[hostile][text]") {
  std::string doc = utf16le("<rss version=\"2.0\"><channel><title>a|b</title></channel></rss>",
                            std::string("\x00\xD8", 2));  // unpaired high surrogate
  auto r = parse(doc);
  REQUIRE(r.ok);
  CHECK(r.feed.encoding == "utf-16le");
  CHECK(r.feed.title == "a" + kReplacement + "b");
  CHECK(r.feed.bozo);
}

TEST_CASE("A lone low surrogate at the very end of a UTF-16 document does not read past it",
          "[hostile][text]") {
  std::string doc = utf16le("<rss version=\"2.0\"><channel><title>t</title></channel></rss>|",
                            std::string("\x00\xDC", 2));
  auto r = parse(doc);
  REQUIRE(r.ok);
  CHECK(r.feed.title == "t");
}

TEST_CASE("A surrogate character reference (&#xD800;) becomes U+FFFD", "[hostile][text]") {
  auto r = parse(rss(rss_item("1", "<title>a&amp;#xD800;b</title>")));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].title == "a" + kReplacement + "b");
}

TEST_CASE("A lone UTF-16 surrogate escape in a JSON Feed becomes U+FFFD and the feed still parses",
          "[hostile][text][json]") {
  auto r = parse(json_feed(R"J([{"id": "1", "title": "x\ud800y"}, {"id": "2", "title": "ok"}])J"));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 2);
  CHECK(r.feed.items[0].title == "x" + kReplacement + "y");
  CHECK(r.feed.items[1].title == "ok");
}

TEST_CASE("NUL bytes in an XML feed are removed and the document still reads",
          "[hostile][text]") {
  std::string doc = rss(rss_item("1", std::string("<title>a\0b</title>", 19)));
  doc.insert(doc.find("<channel>"), std::string("\0\0", 2));
  auto r = parse(doc);
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].title == "ab");
  CHECK(r.feed.bozo);
}

TEST_CASE("NUL and control characters in JSON Feed titles are removed", "[hostile][text][json]") {
  auto r = parse(json_feed(R"J([{"id": "1", "title": "x\u0000z\u0007w\u001b"}])J"));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  CHECK_FALSE(has_control(r.feed.items[0].title));
  CHECK(r.feed.items[0].title.find("x") == 0);
}

TEST_CASE("Bidi overrides and zero-width characters are removed from feed and item titles",
          "[hostile][text]") {
  const std::string rlo = "\xE2\x80\xAE", pdf = "\xE2\x80\xAC", lri = "\xE2\x81\xA6",
                    pdi = "\xE2\x81\xA9", zwsp = "\xE2\x80\x8B", rlm = "\xE2\x80\x8F";
  std::string doc =
      "<rss version=\"2.0\"><channel><title>" + rlo + "gnp.exe" + pdf + " zero" + zwsp +
      "width</title>" +
      rss_item("1", "<title>" + lri + "Bank" + rlm + " login" + pdi + "</title><author>x@example.org (" +
                        rlo + "Eve)</author><category>" + zwsp + "news</category>") +
      "</channel></rss>";
  auto r = parse(doc);
  REQUIRE(r.ok);
  CHECK(r.feed.title == "gnp.exe zerowidth");
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].title == "Bank login");
  CHECK(r.feed.items[0].author.name == "Eve");
  REQUIRE(r.feed.items[0].categories.size() == 1);
  CHECK(r.feed.items[0].categories[0] == "news");
}

TEST_CASE("A zero-width joiner inside an emoji sequence in a title is kept", "[hostile][text]") {
  // 👩‍💻 = U+1F469 ZWJ U+1F4BB: removing the joiner would change what the title says.
  const std::string emoji = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB";
  auto r = parse(rss(rss_item("1", "<title>coder " + emoji + "</title>")));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].title == "coder " + emoji);
}
