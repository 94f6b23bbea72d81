// Inputs the fuzzers found (reproducers in fuzz/regressions/<target>/), each reduced to what
// broke and asserting the result it should have given.
#include <catch2/catch.hpp>

#include <string>

#include "core/opml/opml.h"
#include "core/text/html_to_text.h"
#include "core/text/utf8.h"
#include "hostile_feeds.h"

TEST_CASE("An ordered list starting at the largest integer numbers on without overflowing",
          "[hostile][fuzz]") {
  // fuzz_html_to_text: `start` read with atol, then next_number++ (signed overflow; on Wasm
  // `long` is 32-bit, so 2147483647 is enough).
  for (const char* start : {"9223372036854775807", "2147483647", "99999999999999999999999"}) {
    std::string text = fv::text::html_to_text(std::string("<ol start=\"") + start +
                                              "\"><li>a<li>b<li>c</ol>");
    INFO(start << " -> " << text);
    CHECK(text.find('-') == std::string::npos);  // no wrapped-around negative numbers
    CHECK(text.find(". a\n") != std::string::npos);
    CHECK(text.find(". c") != std::string::npos);
  }
}

TEST_CASE("A warning quoting an unparseable date never cuts a UTF-8 character in half",
          "[hostile][fuzz]") {
  // fuzz_parse_feed: the quoted value was cut at 60 bytes, inside a two-byte 'é'.
  std::string date(59, 'x');
  date += "\xC3\xA9 and more";
  auto r = fv::hostile::parse(fv::hostile::rss(
      fv::hostile::rss_item("1", "<title>t</title><pubDate>" + date + "</pubDate>")));
  REQUIRE(r.ok);
  REQUIRE_FALSE(r.feed.warnings.empty());
  bool quoted = false;
  for (const std::string& w : r.feed.warnings) {
    INFO(w);
    CHECK(fv::text::is_valid_utf8(w));
    quoted = quoted || w.find("xxxxxxxxxx") != std::string::npos;
  }
  CHECK(quoted);
}

TEST_CASE("Atom 0.3 base64 content that decodes to invalid UTF-8 comes out valid",
          "[hostile][fuzz]") {
  // fuzz_markdown_export: mode="base64" decoded to raw bytes that went into the model as is.
  // "/zxwPnjDPC9wPg==" is the bytes FF "<p>x" C3 "</p>".
  auto r = fv::hostile::parse(
      "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>t</title>"
      "<entry><id>tag:x,2005:1</id><title>b</title>"
      "<content type=\"text/html\" mode=\"base64\">/zxwPnjDPC9wPg==</content></entry></feed>");
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  const fv::Item& item = r.feed.items[0];
  CHECK(fv::text::is_valid_utf8(item.content));
  CHECK(fv::text::is_valid_utf8(item.text));
  CHECK(item.text.find('x') != std::string::npos);
}

TEST_CASE("An Atom category written as element text (no term) is read exactly",
          "[hostile][fuzz]") {
  // fuzz_markdown_export (ASan heap-use-after-free): the category text was trimmed as a view
  // into a temporary string that was gone before the view was read. Longer than the small-
  // string buffer, so the text lives on the heap.
  const std::string category = "A long category written as element text, not as a term attribute";
  auto r = fv::hostile::parse(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:f</id>"
      "<entry><id>urn:e</id><title>e</title><category>  " + category + "  </category>"
      "<category>" + category + " two</category></entry></feed>");
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].categories == std::vector<std::string>{category, category + " two"});
}

TEST_CASE("Character references to code points XML forbids come out as U+FFFD, not broken UTF-8",
          "[hostile][fuzz]") {
  // fuzz_opml: "&#2314444444444;" in an OPML title; pugixml wraps the number around and writes
  // four bytes that are not UTF-8. Surrogates and values past U+10FFFF did the same, &#0; cut
  // the text short.
  const std::string refs = "A&#2314444444444;B&#xD800;C&#x110000;D&#0;E";
  const std::string want = "A\uFFFDB\uFFFDC\uFFFDD\uFFFDE";
  fv::opml::ImportResult o = fv::opml::import_opml(
      "<opml version=\"1.0\"><head><title>" + refs + "</title></head><body>"
      "<outline text=\"" + refs + "\" xmlUrl=\"https://example.com/feed\"/></body></opml>");
  REQUIRE(o.ok);
  CHECK(o.document.title == want);
  REQUIRE(o.document.outlines.size() == 1);
  CHECK(o.document.outlines[0].text == want);
  CHECK(o.document.bozo);

  auto r = fv::hostile::parse(fv::hostile::rss(
      fv::hostile::rss_item("1", "<title>" + refs + "</title><category domain=\"" + refs + "\">c</category>")));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].title == want);
  CHECK(r.feed.bozo);
  bool named = false;
  for (const std::string& w : r.feed.warnings) named = named || w.find("names no XML character") != std::string::npos;
  CHECK(named);
}

TEST_CASE("A character reference that repair moves out of an unterminated CDATA section is cleaned too",
          "[hostile][fuzz]") {
  // fuzz_parse_feed: pre-clean skipped "&#xD800;" as part of the unterminated CDATA section;
  // repair then ended the section at the next end tag and pugixml wrote the surrogate as bytes
  // that are not UTF-8 (in the item's summary).
  auto r = fv::hostile::parse("<rss<item<![CDATA[</><link>&#xD800;");
  REQUIRE(r.ok);
  CHECK(r.feed.bozo);
  for (const fv::Item& item : r.feed.items) {
    CHECK(fv::text::is_valid_utf8(item.summary));
    CHECK(fv::text::is_valid_utf8(item.content));
    CHECK(fv::text::is_valid_utf8(item.text));
    CHECK(fv::text::is_valid_utf8(item.title));
  }
  auto cdata = fv::hostile::parse(fv::hostile::rss(fv::hostile::rss_item(
      "1", "<title>t</title><description><![CDATA[a</description><link>&#xD800;b</link>")));
  REQUIRE(cdata.ok);
  for (const fv::Item& item : cdata.feed.items) {
    CHECK(fv::text::is_valid_utf8(item.summary));
    CHECK(fv::text::is_valid_utf8(item.link));
  }
}

TEST_CASE("A comment opener inside a processing instruction does not hide a bad character reference",
          "[hostile][fuzz]") {
  // fuzz_opml: pre-clean took "<!--" inside "<?e<!--?>" for a comment running to the end of the
  // document, so it never saw "&#x110000;", which pugixml (reading the instruction to "?>")
  // then wrote as bytes that are not UTF-8.
  for (const std::string& doc : {std::string("<?e<!--?><opml<head<title>&#x110000;"),
                                 std::string("<?e <!-- ?><opml version=\"2.0\"><head><title>A&#x110000;B</title>"
                                             "</head><body/></opml>")}) {
    fv::opml::ImportResult o = fv::opml::import_opml(doc);
    INFO(doc);
    REQUIRE(o.ok);
    CHECK(fv::text::is_valid_utf8(o.document.title));
    CHECK(o.document.bozo);
  }
  fv::opml::ImportResult whole = fv::opml::import_opml(
      "<?e <!-- ?><opml version=\"2.0\"><head><title>A&#x110000;B</title></head><body/></opml>");
  CHECK(whole.document.title == "A\uFFFDB");
}

TEST_CASE("Whatever pre-clean misses, no string from the XML layer is invalid UTF-8",
          "[hostile][fuzz]") {
  // The net under pre-clean: an unterminated processing instruction or comment makes pre-clean
  // skip the rest of the document, but pugixml and repair may still read text there.
  // A DOCTYPE whose subset ends "]  >": pre-clean looked for "]>" and so skipped everything.
  auto r = fv::hostile::parse("<!DOCTYPE rss [ <!ENTITY a \"x\"> ]  ><rss version=\"2.0\"><channel>"
                              "<title>T&#xD800;</title><item><title>a&#x110000;b</title></item></channel></rss>");
  REQUIRE(r.ok);
  CHECK(r.feed.bozo);
  CHECK(r.feed.title == "T\uFFFD");
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].title == "a\uFFFDb");
  for (const std::string& tail : {std::string("<?x "), std::string("<!-- "), std::string("<![CDATA[ ")}) {
    const std::string doc = "<rss version=\"2.0\"><channel><title>t</title>" + tail +
                            "<item><title>a&#xD800;b&#x110000;c</title><link>https://x.example/&#0;</link>"
                            "<description>d&#xDFFF;</description></item></channel></rss>";
    auto r = fv::hostile::parse(doc);
    INFO(tail);
    if (!r.ok) continue;  // refusing is safe too
    CHECK(fv::text::is_valid_utf8(r.feed.title));
    for (const fv::Item& item : r.feed.items) {
      CHECK(fv::text::is_valid_utf8(item.title));
      CHECK(fv::text::is_valid_utf8(item.link));
      CHECK(fv::text::is_valid_utf8(item.summary));
      CHECK(fv::text::is_valid_utf8(item.text));
    }
  }
}

TEST_CASE("A refusal quoting the root element's name is valid UTF-8 and short", "[hostile][fuzz]") {
  // fuzz_opml: "<!DOCTYPE[><\xFF": the root element's name came out of the lenient load as
  // half a UTF-8 character and went into the error message as it was.
  const std::string doc = "<!DOCTYPE[><\xFF";
  fv::opml::ImportResult o = fv::opml::import_opml(doc);
  CHECK_FALSE(o.ok);
  CHECK(fv::text::is_valid_utf8(o.error));
  auto r = fv::hostile::parse(doc);
  CHECK_FALSE(r.ok);
  CHECK(fv::text::is_valid_utf8(r.error));
  // A 10,000-character element name is quoted short.
  auto long_name = fv::hostile::parse("<" + std::string(10000, 'x') + "/>");
  CHECK_FALSE(long_name.ok);
  CHECK(long_name.error.size() < 200);
  CHECK(long_name.error.find("xxxx\u2026>") != std::string::npos);
}
