#include "../parse/support.h"

using namespace fv::test;
using fv::Format;

TEST_CASE("RSS 2.0 channel fields map onto the feed", "[rss]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-every-namespace.xml"));
  CHECK(f.format == Format::Rss20);
  CHECK_FALSE(f.bozo);
  CHECK(f.title == "Example & Friends");
  CHECK(f.subtitle == "All the news that fits");
  CHECK(f.link == "https://example.com/");
  CHECK(f.language == "en-gb");
  CHECK(f.rights == "© 2026 Example Ltd");
  CHECK(f.generator == "Hand-written");
  CHECK(f.author.name == "Ed Itor");
  CHECK(f.author.email == "editor@example.com");
  CHECK(f.image.url == "https://example.com/logo.png");
  CHECK(f.image.title == "Example logo");
  CHECK(f.image.link == "https://example.com/");
  REQUIRE(f.items.size() == 3);
}

TEST_CASE("RSS 2.0 lastBuildDate with a named US zone is converted to UTC", "[rss][dates]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-every-namespace.xml"));
  REQUIRE(f.updated.has_value());
  CHECK(*f.updated == 1767886200);  // 2026-01-08T15:30:00Z (10:30 EST)
  REQUIRE(f.published.has_value());
  CHECK(*f.published == 1767769200);  // 2026-01-07T07:00:00Z (08:00 +0100)
}

TEST_CASE("RSS 2.0 item with content:encoded keeps the teaser as summary and the body as content", "[rss]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-every-namespace.xml"));
  const fv::Item& it = f.items[0];
  CHECK(it.title == "First post");
  CHECK(it.link == "https://example.com/posts/1");
  CHECK(it.id == "https://example.com/posts/1");
  CHECK(it.summary.find("<i>teaser</i>") != std::string::npos);
  CHECK(it.content.find("<b>body</b>") != std::string::npos);
  CHECK(it.content.find("script") == std::string::npos);
  CHECK(it.text == "Full body with a relative link.");
  CHECK(it.comments == "https://example.com/posts/1#comments");
}

TEST_CASE("RSS 2.0 relative links in content resolve against the channel link when no base is given", "[rss][urls]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-every-namespace.xml"));
  CHECK(f.items[0].content.find("href=\"https://example.com/about\"") != std::string::npos);
}

TEST_CASE("RSS 2.0 categories and dc:subject merge without duplicates", "[rss]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-every-namespace.xml"));
  const auto& cats = f.items[0].categories;
  REQUIRE(cats.size() == 2);
  CHECK(cats[0] == "Tech");
  CHECK(cats[1] == "Science");
}

TEST_CASE("RSS 2.0 enclosure and identical media:content become one enclosure", "[rss][media]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-every-namespace.xml"));
  const auto& enc = f.items[0].enclosures;
  REQUIRE(enc.size() == 1);
  CHECK(enc[0].url == "https://example.com/audio/1.mp3");
  CHECK(enc[0].type == "audio/mpeg");
  REQUIRE(enc[0].length.has_value());
  CHECK(*enc[0].length == 12345678);
  CHECK(f.items[0].image == "https://example.com/thumbs/1.jpg");
}

TEST_CASE("RSS 2.0 author element 'email (Name)' splits into name and email", "[rss]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-every-namespace.xml"));
  const fv::Item& it = f.items[1];
  CHECK(it.author.name == "John Smith");
  CHECK(it.author.email == "john@example.com");
  REQUIRE(it.authors.size() == 1);
}

TEST_CASE("RSS 2.0 non-permalink guid is the id but never the link", "[rss][identity]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-guid-permalink-without-link.xml"));
  REQUIRE(f.items.size() == 3);
  CHECK(f.items[0].link == "https://example.org/p/1");
  CHECK(f.items[0].id == "https://example.org/p/1");
  CHECK(f.items[1].id == "https://example.org/p/2");
  CHECK(f.items[1].link.empty());
  CHECK(f.items[2].id.rfind("urn:fv:", 0) == 0);
}

TEST_CASE("RSS 0.91 with Netscape's DOCTYPE is rss091n, without it rss091u", "[rss][detect]") {
  fv::Feed n = parse_ok(fixture("rss/rss091-netscape-doctype.xml"));
  CHECK(n.format == Format::Rss091n);
  CHECK(n.title == "Netscape style");
  REQUIRE(n.items.size() == 1);
  CHECK(n.items[0].summary == "From 1999");
  fv::Feed u = parse_ok(fixture("rss/rss091-userland-no-doctype.xml"));
  CHECK(u.format == Format::Rss091u);
  CHECK(u.items.size() == 1);
}

TEST_CASE("RSS 0.92, 0.93 and 0.94 are told apart by the version attribute", "[rss][detect]") {
  CHECK(parse_ok(fixture("rss/rss092-version-attribute.xml")).format == Format::Rss092);
  CHECK(parse_ok(fixture("rss/rss093-version-attribute.xml")).format == Format::Rss093);
  CHECK(parse_ok(fixture("rss/rss094-version-attribute.xml")).format == Format::Rss094);
}

TEST_CASE("RSS 0.92 item with only a description still gets an id and its enclosure", "[rss]") {
  fv::Feed f = parse_ok(fixture("rss/rss092-version-attribute.xml"));
  REQUIRE(f.items.size() == 1);
  const fv::Item& it = f.items[0];
  CHECK(it.title.empty());
  CHECK_FALSE(it.id.empty());
  CHECK(it.text == "An item with only a description & no title");
  REQUIRE(it.enclosures.size() == 1);
  CHECK(*it.enclosures[0].length == 1000);
}

TEST_CASE("RSS without a version attribute is format rss", "[rss][detect]") {
  fv::Feed f = parse_ok(fixture("rss/rss-missing-version-attribute.xml"));
  CHECK(f.format == Format::Rss);
  CHECK(f.items.size() == 1);
}

TEST_CASE("RSS version 2.01 still counts as RSS 2.0", "[rss][detect]") {
  CHECK(parse_ok("<rss version=\"2.01\"><channel><title>x</title></channel></rss>").format == Format::Rss20);
}

TEST_CASE("RSS items placed beside the channel are not dropped", "[rss][lenient]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-items-beside-channel.xml"));
  REQUIRE(f.items.size() == 2);
  CHECK(f.items[0].title == "Inside");
  CHECK(f.items[1].title == "Outside");
}

TEST_CASE("RSS xml:base on rss and item resolves links, enclosures and content URLs", "[rss][urls]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-xml-base-relative-links.xml"));
  CHECK(f.link == "https://example.net/blog/");
  REQUIRE(f.items.size() == 1);
  const fv::Item& it = f.items[0];
  CHECK(it.link == "https://example.net/blog/posts/hello-world.html");
  CHECK(it.enclosures.at(0).url == "https://example.net/blog/posts/media/file.mp3");
  CHECK(it.summary.find("href=\"https://example.net/blog/about.html\"") != std::string::npos);
  CHECK(it.summary.find("src=\"https://example.net/blog/posts/img/pic.png\"") != std::string::npos);
}

TEST_CASE("RSS --base-url resolves relative links when the feed has no xml:base", "[rss][urls]") {
  fv::ParseOptions o;
  o.base_url = "https://site.example/feeds/main.xml";
  fv::Feed f = parse_ok(rss20("<link>/</link><item><title>x</title><link>../a/b.html</link></item>"), o);
  CHECK(f.link == "https://site.example/");
  CHECK(f.items.at(0).link == "https://site.example/a/b.html");
}

TEST_CASE("RSS relative link without any base is left absent rather than wrong", "[rss][urls]") {
  fv::Item it = rss_item("<title>x</title><link>relative/only.html</link>");
  CHECK(it.link.empty());
}

TEST_CASE("RSS javascript: link is never exposed", "[rss][urls]") {
  fv::Item it = rss_item("<title>x</title><link>javascript:alert(1)</link>");
  CHECK(it.link.empty());
}

TEST_CASE("RSS enclosure lengths: negative, zero, absurd or non-numeric become absent", "[rss][enclosures]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-enclosure-lengths.xml"));
  const auto& e = f.items.at(0).enclosures;
  REQUIRE(e.size() == 7);
  CHECK(*e[0].length == 2048);
  CHECK_FALSE(e[1].length);
  CHECK_FALSE(e[2].length);
  CHECK_FALSE(e[3].length);
  CHECK_FALSE(e[4].length);
  CHECK_FALSE(e[5].length);
  CHECK(*e[6].length == 500);
}

TEST_CASE("RSS image enclosure becomes the item image", "[rss][enclosures]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-enclosure-lengths.xml"));
  CHECK(f.items.at(0).image == "http://example.org/pic.jpg");
}

TEST_CASE("RSS title with double-escaped ampersand reads as a single ampersand", "[rss][text]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-double-escaped-title.xml"));
  CHECK(f.title == "AT&T news");
  REQUIRE(f.items.size() == 3);
  CHECK(f.items[0].title == "AT&T buys T\u2011Mobile \"again\"");
}

TEST_CASE("RSS CDATA title with HTML and entities becomes plain text", "[rss][text]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-double-escaped-title.xml"));
  CHECK(f.items[1].title == "Café opens & closes");
}

TEST_CASE("RSS title with escaped less-than keeps the comparison", "[rss][text]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-double-escaped-title.xml"));
  CHECK(f.items[2].title == "5 < 6 and 7 > 3");
}

TEST_CASE("RSS title with unescaped inline markup is flattened to plain text", "[rss][text]") {
  fv::Item it = rss_item("<title>Hello <b>bold</b> <i>world</i></title><link>http://x.example/</link>");
  CHECK(it.title == "Hello bold world");
}

TEST_CASE("RSS title whitespace and newlines collapse to single spaces", "[rss][text]") {
  fv::Item it = rss_item("<title>\n   Many\n\t spaces   here \n</title>");
  CHECK(it.title == "Many spaces here");
}

TEST_CASE("RSS description with raw unescaped HTML children is kept as HTML", "[rss][text]") {
  fv::Item it = rss_item("<title>x</title><description><p>Para <a href=\"http://a.example/\">link</a></p></description>");
  CHECK(it.summary.find("<p>") != std::string::npos);
  CHECK(it.summary.find("href=\"http://a.example/\"") != std::string::npos);
  CHECK(it.text == "Para link");
}

TEST_CASE("RSS description mixing CDATA and text is concatenated", "[rss][text]") {
  fv::Item it = rss_item("<title>x</title><description>Start <![CDATA[<b>middle</b>]]> end</description>");
  CHECK(it.text == "Start middle end");
}

TEST_CASE("RSS unparseable pubDate is absent with a warning, never a wrong date", "[rss][dates]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-unparseable-dates.xml"));
  CHECK_FALSE(f.updated);
  REQUIRE(f.items.size() == 2);
  CHECK_FALSE(f.items[0].published);
  CHECK(has_warning_containing(f, "sometime last week"));
  CHECK(has_warning_containing(f, "item 1"));
  CHECK(has_warning_containing(f, "lastBuildDate"));
}

TEST_CASE("RSS pubDate with two-digit year, no seconds and PST zone is parsed", "[rss][dates]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-unparseable-dates.xml"));
  REQUIRE(f.items[1].published.has_value());
  CHECK(*f.items[1].published == 1767650580);  // 2026-01-05T22:03:00Z
}

TEST_CASE("RSS declared UTF-8 that is really Windows-1252 decodes without mojibake", "[rss][encoding]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-declared-utf8-actually-windows-1252.xml"));
  CHECK(f.encoding == "windows-1252");
  CHECK(f.bozo);
  CHECK(f.title == "Café \u201cquoted\u201d");
  CHECK(f.items.at(0).title == "Naïve résumé \u2013 dash");
}

TEST_CASE("RSS declared ISO-8859-1 decodes umlauts", "[rss][encoding]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-iso-8859-1-declared.xml"));
  CHECK(f.title == "Grüße aus Köln");
  CHECK(f.items.at(0).title == "Ärger");
}

TEST_CASE("RSS in UTF-16 with BOM parses", "[rss][encoding]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-utf16le-bom.xml"));
  CHECK(f.encoding == "utf-16le");
  CHECK(f.title == "UTF-16 Zürich ✓");
  CHECK(f.items.at(0).title == "Élan");
}

TEST_CASE("RSS in UTF-8 with BOM parses and is not bozo", "[rss][encoding]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-utf8-bom.xml"));
  CHECK(f.encoding == "utf-8");
  CHECK_FALSE(f.bozo);
  CHECK(f.title == "BOM ✓");
}

TEST_CASE("RSS HTTP charset overrides a wrong XML declaration", "[rss][encoding]") {
  std::string bytes = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>K\xf6ln</title></channel></rss>";
  fv::ParseOptions o;
  o.content_type = "application/rss+xml; charset=ISO-8859-1";
  fv::Feed f = parse_ok(bytes, o);
  CHECK(f.title == "Köln");
}

TEST_CASE("RSS xml:lang on the channel is the feed language when <language> is missing", "[rss]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\"><channel xml:lang=\"pt-BR\"><title>t</title>"
                        "<item xml:lang=\"es\"><title>i</title></item></channel></rss>");
  CHECK(f.language == "pt-BR");
  CHECK(f.items.at(0).language == "es");
}

TEST_CASE("RSS comments element must be an http link", "[rss]") {
  fv::Item it = rss_item("<title>x</title><comments>mailto:someone@example.com</comments>");
  CHECK(it.comments.empty());
}

TEST_CASE("RSS source element gives source title and url", "[rss]") {
  fv::Item it = rss_item("<title>x</title><source url=\"https://origin.example/rss\">Origin &amp; Co</source>");
  CHECK(it.source.title == "Origin & Co");
  CHECK(it.source.url == "https://origin.example/rss");
}

TEST_CASE("RSS item image falls back to itunes:image", "[rss][itunes]") {
  fv::Item it = rss_item("<title>x</title><itunes:image href=\"https://img.example/p.jpg\"/>");
  CHECK(it.image == "https://img.example/p.jpg");
}

TEST_CASE("RSS empty channel yields a feed with no items, not an error", "[rss]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\"><channel/></rss>");
  CHECK(f.items.empty());
  CHECK(f.title.empty());
}

TEST_CASE("RSS channel without title or description still parses items", "[rss]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\"><channel><item><link>http://a.example/1</link></item></channel></rss>");
  REQUIRE(f.items.size() == 1);
  CHECK(f.items[0].id == "http://a.example/1");
}

TEST_CASE("RSS element names are matched ignoring case, as feedparser does", "[rss][lenient]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\"><Channel><Title>Caps</Title><Link>http://c.example/</Link>"
                        "<Item><Title>Item</Title><PubDate>Mon, 05 Jan 2026 10:00:00 GMT</PubDate>"
                        "<pubdate>ignored second</pubdate><GUID>g1</GUID></Item></Channel></rss>");
  CHECK(f.title == "Caps");
  CHECK(f.link == "http://c.example/");
  REQUIRE(f.items.size() == 1);
  CHECK(f.items[0].title == "Item");
  CHECK(f.items[0].id == "g1");
  REQUIRE(f.items[0].published.has_value());
  CHECK(*f.items[0].published == 1767607200);
}
