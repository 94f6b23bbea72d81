#include "support.h"

using namespace fv::test;

TEST_CASE("Well-formed feed is not bozo and has no warnings", "[lenient]") {
  fv::Feed f = parse_ok(rss20("<item><title>ok</title></item>"));
  CHECK_FALSE(f.bozo);
  CHECK(f.warnings.empty());
}

TEST_CASE("Bare ampersands are recovered, bozo, and links keep their query", "[lenient]") {
  fv::Feed f = parse_ok(fixture("lenient/bare-ampersand-in-text-and-url.xml"));
  CHECK(f.bozo);
  CHECK(has_warning_containing(f, "unescaped '&'"));
  CHECK(f.title == "Tom & Jerry");
  CHECK(f.link == "http://example.org/?a=1&b=2");
  REQUIRE(f.items.size() == 1);
  CHECK(f.items[0].title == "R&D news & views");
  CHECK(f.items[0].link == "http://example.org/item?x=1&y=2");
}

TEST_CASE("Undefined HTML entities in XML take their HTML5 value", "[lenient][text]") {
  fv::Feed f = parse_ok(fixture("lenient/undefined-html-entities.xml"));
  CHECK(f.bozo);
  CHECK(has_warning_containing(f, "&eacute;"));
  CHECK(f.title == "Café Society");
  REQUIRE(f.items.size() == 1);
  CHECK(f.items[0].title == "Français — … &madeup; stuff");
  CHECK(f.items[0].text == "Price: 5€");
}

TEST_CASE("Unclosed <br> and <p> in a raw HTML description are closed; later items survive", "[lenient]") {
  fv::Feed f = parse_ok(fixture("lenient/unclosed-br-in-raw-html-description.xml"));
  CHECK(f.bozo);
  CHECK(has_warning_containing(f, "not well-formed"));
  REQUIRE(f.items.size() == 2);
  CHECK(f.items[0].text == "Line one\nLine two\n\nPara");
  CHECK(f.items[1].title == "Second survives");
}

TEST_CASE("Junk after the root element is ignored and reported", "[lenient]") {
  fv::Feed f = parse_ok(fixture("lenient/junk-after-root.xml"));
  CHECK(f.bozo);
  CHECK(has_warning_containing(f, "junk after the root element"));
  REQUIRE(f.items.size() == 1);
  CHECK(f.items[0].title == "Kept");
}

TEST_CASE("A second root element after the feed is junk too", "[lenient]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\"><channel><title>a</title></channel></rss><rss><channel><title>b</title></channel></rss>x");
  CHECK(f.title == "a");
  CHECK(f.bozo);
}

TEST_CASE("Unterminated CDATA ends at the next end tag; later items survive", "[lenient]") {
  fv::Feed f = parse_ok(fixture("lenient/unterminated-cdata.xml"));
  CHECK(f.bozo);
  CHECK(has_warning_containing(f, "CDATA"));
  REQUIRE(f.items.size() == 2);
  CHECK(f.items[0].text == "never closed");
  CHECK(f.items[1].title == "After the break");
}

TEST_CASE("Illegal control characters are stripped and reported", "[lenient]") {
  fv::Feed f = parse_ok(fixture("lenient/control-characters.xml"));
  CHECK(f.bozo);
  CHECK(has_warning_containing(f, "control character"));
  CHECK(f.title == "Control chars here");
  CHECK(f.items.at(0).title == "Bell and escape");
}

TEST_CASE("Truncated document keeps every item read so far", "[lenient]") {
  fv::Feed f = parse_ok(fixture("lenient/truncated-document.xml"));
  CHECK(f.bozo);
  CHECK(has_warning_containing(f, "truncated"));
  REQUIRE(f.items.size() == 2);
  CHECK(f.items[0].title == "Complete item");
  CHECK(f.items[1].link == "http://example.org/2");
}

TEST_CASE("Unquoted attribute values are quoted; the enclosure is read", "[lenient]") {
  fv::Feed f = parse_ok(fixture("lenient/unquoted-attribute-values.xml"));
  CHECK(f.bozo);
  CHECK(f.format == fv::Format::Rss20);
  const auto& e = f.items.at(0).enclosures;
  REQUIRE(e.size() == 1);
  CHECK(e[0].url == "http://example.org/a.mp3");
  CHECK(*e[0].length == 100);
  CHECK(e[0].type == "audio/mpeg");
}

TEST_CASE("Stray end tags are dropped", "[lenient]") {
  fv::Feed f = parse_ok(fixture("lenient/stray-end-tag.xml"));
  CHECK(f.bozo);
  CHECK(has_warning_containing(f, "</span>"));
  CHECK(f.title == "Stray");
  CHECK(f.items.at(0).link == "http://example.org/1");
}

TEST_CASE("A bare less-than in text is escaped", "[lenient]") {
  fv::Feed f = parse_ok(fixture("lenient/bare-less-than-in-title.xml"));
  CHECK(f.bozo);
  CHECK(f.items.at(0).title == "3 < 4 is true");
}

TEST_CASE("DTD entities are never expanded, internal or external", "[lenient][security]") {
  fv::Feed f = parse_ok(fixture("lenient/doctype-with-entity-expansion-attempt.xml"));
  CHECK(f.title.find("lol") != std::string::npos);
  CHECK(f.title.find("lollol") == std::string::npos);
  CHECK(f.title.find("root:") == std::string::npos);
  CHECK(f.items.size() == 1);
}

TEST_CASE("Entities inside CDATA and comments are left alone by the pre-clean", "[lenient]") {
  fv::Feed f = parse_ok(rss20("<!-- &bogus; --><item><title><![CDATA[Tom &amp; Jerry & co]]></title></item>"));
  CHECK_FALSE(f.bozo);
  CHECK(f.items.at(0).title == "Tom & Jerry & co");
}

TEST_CASE("Unclosed inline element in a title is closed at the title's end", "[lenient]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\"><channel><title>x</title><item><title>A <b>bold move</title><link>http://l.example/</link></item></channel></rss>");
  CHECK(f.bozo);
  CHECK(f.items.at(0).title == "A bold move");
  CHECK(f.items.at(0).link == "http://l.example/");
}

TEST_CASE("Unclosed item elements are closed when the channel ends", "[lenient]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\"><channel><item><title>one</title><item><title>two</title></channel></rss>");
  CHECK(f.bozo);
  REQUIRE(f.items.size() >= 1);
  CHECK(f.items[0].title == "one");
}

TEST_CASE("HTML-style boolean attribute inside raw HTML is repaired", "[lenient]") {
  fv::Feed f = parse_ok(rss20("<item><title>t</title><description><input disabled><p>x</p></description></item>"));
  CHECK(f.bozo);
  CHECK(f.items.at(0).text.find('x') != std::string::npos);
}

TEST_CASE("Windows line endings and tabs inside elements are harmless", "[lenient]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\">\r\n<channel>\r\n\t<title>\r\n\tCRLF\r\n</title>\r\n</channel>\r\n</rss>\r\n");
  CHECK_FALSE(f.bozo);
  CHECK(f.title == "CRLF");
}
