// Dublin Core, content:encoded, Media RSS, iTunes and atom:* inside RSS.
#include "../parse/support.h"

using namespace fv::test;

TEST_CASE("dc:creator is the author when RSS has no author element", "[namespaces][dublincore]") {
  fv::Item it = rss_item("<title>t</title><dc:creator>Ada Lovelace</dc:creator>");
  CHECK(it.author.name == "Ada Lovelace");
}

TEST_CASE("dc:date is the published date when pubDate is missing", "[namespaces][dublincore]") {
  fv::Item it = rss_item("<title>t</title><dc:date>2026-01-02T03:04:05Z</dc:date>");
  REQUIRE(it.published.has_value());
  CHECK(*it.published == 1767323045);
}

TEST_CASE("pubDate wins over dc:date", "[namespaces][dublincore]") {
  fv::Item it = rss_item("<title>t</title><pubDate>Fri, 02 Jan 2026 00:00:00 GMT</pubDate><dc:date>2020-01-01T00:00:00Z</dc:date>");
  CHECK(*it.published == 1767312000);
}

TEST_CASE("W3CDTF partial dc:date (year-month) is read", "[namespaces][dublincore][dates]") {
  fv::Item it = rss_item("<title>t</title><dc:date>2026-01</dc:date>");
  REQUIRE(it.published.has_value());
  CHECK(*it.published == 1767225600);
}

TEST_CASE("dcterms:modified is the updated date", "[namespaces][dublincore]") {
  fv::Item it = rss_item("<title>t</title><dcterms:modified>2026-01-03T00:00:00Z</dcterms:modified>");
  REQUIRE(it.updated.has_value());
  CHECK(*it.updated == 1767398400);
}

TEST_CASE("dc:rights and dc:language fill the channel", "[namespaces][dublincore]") {
  fv::Feed f = parse_ok(rss20("<dc:rights>All rights</dc:rights><dc:language>nl</dc:language>"));
  CHECK(f.rights == "All rights");
  CHECK(f.language == "nl");
}

TEST_CASE("Dublin Core under a non-standard prefix is recognised by its URI", "[namespaces][dublincore]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\" xmlns:DC=\"http://purl.org/dc/elements/1.1/\"><channel><title>t</title>"
                        "<item><DC:creator>Prefix Person</DC:creator></item></channel></rss>");
  CHECK(f.items.at(0).author.name == "Prefix Person");
}

TEST_CASE("Undeclared dc: prefix is still understood", "[namespaces][dublincore]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\"><channel><title>t</title><item><dc:creator>Nobody Declared</dc:creator></item></channel></rss>");
  CHECK(f.items.at(0).author.name == "Nobody Declared");
}

TEST_CASE("content:encoded is the content; description stays the summary", "[namespaces][content]") {
  fv::Item it = rss_item("<title>t</title><description>short</description><content:encoded>&lt;p&gt;long&lt;/p&gt;</content:encoded>");
  CHECK(it.summary == "short");
  CHECK(it.content == "<p>long</p>");
  CHECK(it.text == "long");
}

TEST_CASE("content:encoded with only whitespace leaves content absent", "[namespaces][content]") {
  fv::Item it = rss_item("<title>t</title><description>d</description><content:encoded>   </content:encoded>");
  CHECK(it.content.empty());
  CHECK(it.text == "d");
}

TEST_CASE("media:content gives enclosures with fileSize as length", "[namespaces][media]") {
  fv::Item it = rss_item("<title>t</title><media:content url=\"https://m.example/v.mp4\" type=\"video/mp4\" fileSize=\"2048\"/>");
  REQUIRE(it.enclosures.size() == 1);
  CHECK(it.enclosures[0].type == "video/mp4");
  CHECK(*it.enclosures[0].length == 2048);
}

TEST_CASE("media:thumbnail is preferred as the item image", "[namespaces][media]") {
  fv::Item it = rss_item("<title>t</title><media:content url=\"https://m.example/big.jpg\" medium=\"image\"/>"
                         "<media:thumbnail url=\"https://m.example/thumb.jpg\"/>");
  CHECK(it.image == "https://m.example/thumb.jpg");
}

TEST_CASE("media:content image is the item image when there is no thumbnail", "[namespaces][media]") {
  fv::Item it = rss_item("<title>t</title><media:content url=\"https://m.example/pic.jpg\" type=\"image/jpeg\"/>");
  CHECK(it.image == "https://m.example/pic.jpg");
}

TEST_CASE("media:group contents and thumbnails are read", "[namespaces][media]") {
  fv::Item it = rss_item("<title>t</title><media:group><media:content url=\"https://m.example/a.mp4\" type=\"video/mp4\"/>"
                         "<media:content url=\"https://m.example/b.webm\" type=\"video/webm\"/>"
                         "<media:thumbnail url=\"https://m.example/t.jpg\"/></media:group>");
  CHECK(it.enclosures.size() == 2);
  CHECK(it.image == "https://m.example/t.jpg");
}

TEST_CASE("Thumbnail nested inside media:content is found", "[namespaces][media]") {
  fv::Item it = rss_item("<title>t</title><media:content url=\"https://m.example/v.mp4\" type=\"video/mp4\">"
                         "<media:thumbnail url=\"https://m.example/inner.jpg\"/></media:content>");
  CHECK(it.image == "https://m.example/inner.jpg");
}

TEST_CASE("media:description is the summary when there is no description", "[namespaces][media]") {
  fv::Item it = rss_item("<title>t</title><media:description>A &lt;plain&gt; caption</media:description>");
  CHECK(it.text == "A <plain> caption");
}

TEST_CASE("media:title is the title when there is none", "[namespaces][media]") {
  fv::Item it = rss_item("<media:title>Media title</media:title>");
  CHECK(it.title == "Media title");
}

TEST_CASE("Media RSS under the old namespace without trailing slash is recognised", "[namespaces][media]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\" xmlns:m=\"http://search.yahoo.com/mrss\"><channel><title>t</title>"
                        "<item><m:thumbnail url=\"https://m.example/t.jpg\"/></item></channel></rss>");
  CHECK(f.items.at(0).image == "https://m.example/t.jpg");
}

TEST_CASE("Relative media URLs resolve against the item base", "[namespaces][media][urls]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>t</title>"
                        "<link>https://site.example/news/</link><item><media:thumbnail url=\"img/t.jpg\"/></item></channel></rss>");
  CHECK(f.items.at(0).image == "https://site.example/news/img/t.jpg");
}

TEST_CASE("itunes:author, itunes:image and itunes:summary fill the channel and item", "[namespaces][itunes]") {
  fv::Feed f = parse_ok(rss20("<itunes:author>Pod Co</itunes:author><itunes:image href=\"https://p.example/cover.jpg\"/>"
                              "<itunes:subtitle>Weekly talk</itunes:subtitle>"
                              "<item><title>Ep 1</title><itunes:author>Host</itunes:author><itunes:summary>Notes &amp; links</itunes:summary></item>"));
  CHECK(f.author.name == "Pod Co");
  CHECK(f.image.url == "https://p.example/cover.jpg");
  CHECK(f.subtitle == "Weekly talk");
  const fv::Item& it = f.items.at(0);
  CHECK(it.author.name == "Host");
  CHECK(it.text == "Notes & links");
}

TEST_CASE("iTunes namespace with odd capitalisation is recognised", "[namespaces][itunes]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\" xmlns:it=\"http://www.itunes.com/DTDs/Podcast-1.0.dtd\"><channel><title>t</title>"
                        "<it:author>Caps</it:author></channel></rss>");
  CHECK(f.author.name == "Caps");
}

TEST_CASE("atom:link rel=alternate in RSS is the link when <link> is missing", "[namespaces][atom]") {
  fv::Item it = rss_item("<title>t</title><atom:link rel=\"alternate\" href=\"https://a.example/post\"/>");
  CHECK(it.link == "https://a.example/post");
}

TEST_CASE("atom:link rel=self on the channel never replaces the site link", "[namespaces][atom]") {
  fv::Feed f = parse_ok(rss20("<link>https://site.example/</link><atom:link rel=\"self\" href=\"https://site.example/feed\"/>"));
  CHECK(f.link == "https://site.example/");
}

TEST_CASE("atom:link rel=self alone does not invent a channel link", "[namespaces][atom]") {
  fv::Feed f = parse_ok(rss20("<atom:link rel=\"self\" href=\"https://site.example/feed\"/>"));
  CHECK(f.link.empty());
}

TEST_CASE("atom:updated and atom:id in RSS fill updated and id", "[namespaces][atom]") {
  fv::Item it = rss_item("<title>t</title><atom:updated>2026-01-01T00:00:00Z</atom:updated><atom:id>urn:x</atom:id>");
  CHECK(*it.updated == 1767225600);
  CHECK(it.id == "urn:x");
}

TEST_CASE("atom:link declared on the element itself is recognised", "[namespaces][atom]") {
  fv::Feed f = parse_ok("<rss version=\"2.0\"><channel><title>t</title><item>"
                        "<x:link xmlns:x=\"http://www.w3.org/2005/Atom\" rel=\"enclosure\" href=\"https://a.example/f.mp3\" length=\"5\"/>"
                        "</item></channel></rss>");
  REQUIRE(f.items.at(0).enclosures.size() == 1);
  CHECK(*f.items[0].enclosures[0].length == 5);
}

TEST_CASE("Unknown namespaces are ignored without harm", "[namespaces]") {
  fv::Item it = rss_item("<title>t</title><foo:bar xmlns:foo=\"urn:foo\">zzz</foo:bar><slash:comments xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\">4</slash:comments>");
  CHECK(it.title == "t");
  CHECK(it.text.empty());
}

TEST_CASE("atom:link rel=self gives an RSS channel its id; atom:id wins over it", "[namespaces][atom]") {
  fv::Feed f = parse_ok(rss20("<atom:link rel=\"self\" href=\"https://site.example/feed.xml\"/>"));
  CHECK(f.id == "https://site.example/feed.xml");
  fv::Feed g = parse_ok(rss20("<atom:link rel=\"self\" href=\"https://site.example/feed.xml\"/><atom:id>urn:feed:1</atom:id>"));
  CHECK(g.id == "urn:feed:1");
}
