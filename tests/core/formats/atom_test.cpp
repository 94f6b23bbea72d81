#include "../parse/support.h"

using namespace fv::test;
using fv::Format;

TEST_CASE("Atom 1.0 feed fields map onto the feed, relative URLs resolved by xml:base", "[atom]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-xhtml-content-and-xml-base.xml"));
  CHECK(f.format == Format::Atom10);
  CHECK(f.title == "Atom & Eve");
  CHECK(f.subtitle == "A blog");
  CHECK(f.link == "https://example.com/blog/");
  CHECK(f.id == "tag:example.com,2026:blog");
  CHECK(f.language == "en-US");
  CHECK(f.rights == "© Example");
  CHECK(f.generator == "ExampleGen");
  CHECK(f.icon == "https://example.com/favicon.ico");
  CHECK(f.image.url == "https://example.com/blog/logo.png");
  CHECK(f.author.name == "Feed Author");
  CHECK(f.author.email == "feed@example.com");
  CHECK(f.author.uri == "https://example.com/about");
  REQUIRE(f.updated.has_value());
  CHECK(*f.updated == 1767873600);
  REQUIRE(f.items.size() == 2);
}

TEST_CASE("Atom html title is flattened and its double escape decoded", "[atom][text]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-xhtml-content-and-xml-base.xml"));
  CHECK(f.items[0].title == "Bold & beautiful");
}

TEST_CASE("Atom entry links: alternate is the link, enclosure an enclosure, replies the comments", "[atom][links]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-xhtml-content-and-xml-base.xml"));
  const fv::Item& e = f.items[0];
  CHECK(e.link == "https://example.com/blog/posts/1");
  REQUIRE(e.enclosures.size() == 1);
  CHECK(e.enclosures[0].url == "https://example.com/blog/media/1.mp3");
  CHECK(e.enclosures[0].type == "audio/mpeg");
  CHECK(*e.enclosures[0].length == 4096);
  CHECK(e.comments == "https://example.com/blog/posts/1#comments");
}

TEST_CASE("Atom published and updated with offsets are stored in UTC", "[atom][dates]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-xhtml-content-and-xml-base.xml"));
  const fv::Item& e = f.items[0];
  REQUIRE(e.published.has_value());
  CHECK(*e.published == 1767794400);  // 2026-01-07T14:00:00Z
  REQUIRE(e.updated.has_value());
  CHECK(*e.updated == 1767880800);    // 2026-01-08T14:00:00Z
}

TEST_CASE("Atom xhtml content drops the wrapper div and resolves against the content's xml:base", "[atom][urls]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-xhtml-content-and-xml-base.xml"));
  const fv::Item& e = f.items[0];
  CHECK(e.content.find("<div") == std::string::npos);
  CHECK(e.content.find("href=\"https://example.com/blog/posts/2\"") != std::string::npos);
  CHECK(e.content.find("src=\"https://example.com/blog/posts/pic.png\"") != std::string::npos);
  CHECK(e.content.find("bad()") == std::string::npos);
  CHECK(e.text.find("Hello next") == 0);
}

TEST_CASE("Atom text summary keeps a literal less-than as text", "[atom][text]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-xhtml-content-and-xml-base.xml"));
  CHECK(f.items[0].summary == "Less &lt; more");
}

TEST_CASE("Atom categories use term", "[atom]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-xhtml-content-and-xml-base.xml"));
  REQUIRE(f.items[0].categories.size() == 2);
  CHECK(f.items[0].categories[0] == "atom");
  CHECK(f.items[0].categories[1] == "xml");
}

TEST_CASE("Atom entry without author inherits the feed author", "[atom]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-xhtml-content-and-xml-base.xml"));
  CHECK(f.items[0].author.name == "Feed Author");
}

TEST_CASE("Atom entry author wins over contributors and feed author", "[atom]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-xhtml-content-and-xml-base.xml"));
  const fv::Item& e = f.items[1];
  CHECK(e.author.name == "Gast");
  REQUIRE(e.authors.size() == 1);
}

TEST_CASE("Atom link without rel is the alternate link", "[atom][links]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-xhtml-content-and-xml-base.xml"));
  CHECK(f.items[1].link == "https://example.com/blog/posts/2");
}

TEST_CASE("Atom entry xml:lang becomes the item language", "[atom]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-xhtml-content-and-xml-base.xml"));
  CHECK(f.items[1].language == "de");
}

TEST_CASE("Atom source element gives the item's source title and link", "[atom]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-xhtml-content-and-xml-base.xml"));
  CHECK(f.items[1].source.title == "Original blog");
  CHECK(f.items[1].source.url == "https://original.example/");
}

TEST_CASE("Atom html content is sanitized with relative URLs resolved", "[atom]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-xhtml-content-and-xml-base.xml"));
  CHECK(f.items[1].content.find("href=\"https://example.com/blog/x.html\"") != std::string::npos);
  CHECK(f.items[1].text == "HTML content");
}

TEST_CASE("Atom 0.3 is detected by namespace and version", "[atom][detect]") {
  fv::Feed f = parse_ok(fixture("atom/atom03-modes-and-old-names.xml"));
  CHECK(f.format == Format::Atom03);
}

TEST_CASE("Atom 0.3 tagline, copyright and modified map to subtitle, rights and updated", "[atom]") {
  fv::Feed f = parse_ok(fixture("atom/atom03-modes-and-old-names.xml"));
  CHECK(f.title == "Old & Atom");
  CHECK(f.subtitle == "An Atom 0.3 feed");
  CHECK(f.rights == "Copyright (c) 2005");
  REQUIRE(f.updated.has_value());
  CHECK(*f.updated == 1122812969);
  CHECK(f.author.uri == "http://example.org/mark");
}

TEST_CASE("Atom 0.3 base64 content is decoded", "[atom]") {
  fv::Feed f = parse_ok(fixture("atom/atom03-modes-and-old-names.xml"));
  REQUIRE(f.items.size() == 2);
  CHECK(f.items[0].content == "<p>Hello <b>world</b></p>");
  CHECK(f.items[0].text == "Hello world");
}

TEST_CASE("Atom 0.3 issued is published, created its fallback", "[atom][dates]") {
  fv::Feed f = parse_ok(fixture("atom/atom03-modes-and-old-names.xml"));
  CHECK(*f.items[0].published == 1122812969);
  CHECK(*f.items[0].updated == 1122814800);
  CHECK(*f.items[1].published == 1122717600);
}

TEST_CASE("Atom 0.3 escaped content and inline xml summary", "[atom]") {
  fv::Feed f = parse_ok(fixture("atom/atom03-modes-and-old-names.xml"));
  CHECK(f.items[1].content == "<p>Escaped <i>HTML</i></p>");
  CHECK(f.items[1].summary == "Inline <b>XML</b>");
}

TEST_CASE("Atom without a namespace is format atom and still read", "[atom][detect]") {
  fv::Feed f = parse_ok(fixture("atom/atom-without-namespace.xml"));
  CHECK(f.format == Format::Atom);
  CHECK(f.title == "Namespace forgotten");
  REQUIRE(f.items.size() == 1);
  CHECK(f.items[0].link == "http://example.org/1");
}

TEST_CASE("Atom with a prefix on every element is still Atom 1.0", "[atom][namespaces]") {
  fv::Feed f = parse_ok(fixture("atom/atom10-prefixed-elements.xml"));
  CHECK(f.format == Format::Atom10);
  CHECK(f.title == "Prefixed Atom");
  REQUIRE(f.items.size() == 1);
  CHECK(f.items[0].id == "urn:e1");
  CHECK(f.items[0].link == "http://example.org/e1");
}

TEST_CASE("Atom text title keeps a literal angle bracket", "[atom][text]") {
  fv::Item e = atom_entry("<title>Vector&lt;int&gt; tips</title>");
  CHECK(e.title == "Vector<int> tips");
}

TEST_CASE("Atom xhtml title keeps spaces between inline elements", "[atom][text]") {
  fv::Item e = atom_entry("<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><b>One</b> <i>two</i></div></title>");
  CHECK(e.title == "One two");
}

TEST_CASE("Atom prefers the text/html alternate over other alternates", "[atom][links]") {
  fv::Item e = atom_entry(
      "<link rel=\"alternate\" type=\"application/pdf\" href=\"http://x.example/a.pdf\"/>"
      "<link rel=\"alternate\" type=\"text/html\" href=\"http://x.example/a.html\"/>");
  CHECK(e.link == "http://x.example/a.html");
}

TEST_CASE("Atom rel written as an IANA URI is understood", "[atom][links]") {
  fv::Item e = atom_entry("<link rel=\"http://www.iana.org/assignments/relation/enclosure\" href=\"http://x.example/f.mp3\"/>");
  REQUIRE(e.enclosures.size() == 1);
  CHECK(e.enclosures[0].url == "http://x.example/f.mp3");
}

TEST_CASE("Atom self and related links never become the item link", "[atom][links]") {
  fv::Item e = atom_entry("<link rel=\"self\" href=\"http://x.example/self\"/><link rel=\"related\" href=\"http://x.example/rel\"/>");
  CHECK(e.link.empty());
}

TEST_CASE("Atom content with src and no alternate gives the link", "[atom][links]") {
  fv::Item e = atom_entry("<content type=\"text/html\" src=\"http://x.example/body.html\"/>");
  CHECK(e.link == "http://x.example/body.html");
}

TEST_CASE("Atom media:thumbnail gives the entry image (YouTube style)", "[atom][media]") {
  fv::Item e = atom_entry(
      "<media:group><media:title>Video</media:title><media:thumbnail url=\"https://i.ytimg.example/hq.jpg\"/>"
      "<media:description>About the video</media:description></media:group>");
  CHECK(e.image == "https://i.ytimg.example/hq.jpg");
  CHECK(e.title == "Video");
  CHECK(e.summary == "About the video");
}

TEST_CASE("Atom category without term falls back to label", "[atom]") {
  fv::Item e = atom_entry("<category label=\"Only label\"/>");
  REQUIRE(e.categories.size() == 1);
  CHECK(e.categories[0] == "Only label");
}

TEST_CASE("Atom unparseable updated is absent with a warning", "[atom][dates]") {
  fv::Feed f = parse_ok(atom10("<title>T</title><entry><updated>the other day</updated></entry>"));
  CHECK_FALSE(f.items.at(0).updated);
  CHECK(has_warning_containing(f, "the other day"));
}

TEST_CASE("Atom author with only text content is read as a name", "[atom]") {
  fv::Item e = atom_entry("<author>Just A Name</author>");
  CHECK(e.author.name == "Just A Name");
}

TEST_CASE("Atom feed without id takes its self link as id", "[atom][links]") {
  fv::Feed f = parse_ok(atom10("<title>t</title><link rel=\"self\" href=\"https://a.example/feed.atom\"/>"));
  CHECK(f.id == "https://a.example/feed.atom");
  CHECK(f.link.empty());
}

TEST_CASE("Atom rel=related links become related entries, self never does", "[atom][links]") {
  fv::Item e = atom_entry("<link rel=\"related\" title=\"The original &amp; more\" href=\"http://x.example/orig\"/>"
                          "<link rel=\"self\" href=\"http://x.example/self\"/>");
  REQUIRE(e.related.size() == 1);
  CHECK(e.related[0].link == "http://x.example/orig");
  CHECK(e.related[0].title == "The original & more");
  CHECK(e.related[0].source.empty());
}
