#include "../parse/support.h"

using namespace fv::test;
using fv::Format;

TEST_CASE("RSS 1.0 (RDF) channel, image and items are read", "[rdf]") {
  fv::Feed f = parse_ok(fixture("rdf/rss10-dublin-core-and-content.xml"));
  CHECK(f.format == Format::Rss10);
  CHECK(f.title == "RDF channel");
  CHECK(f.subtitle == "RSS 1.0 with modules");
  CHECK(f.link == "http://example.org/");
  CHECK(f.image.url == "http://example.org/logo.gif");
  CHECK(f.image.title == "Logo");
  REQUIRE(f.items.size() == 2);
}

TEST_CASE("RSS 1.0 channel Dublin Core fills language, rights, date and publisher", "[rdf][dublincore]") {
  fv::Feed f = parse_ok(fixture("rdf/rss10-dublin-core-and-content.xml"));
  CHECK(f.language == "fr");
  CHECK(f.rights == "CC BY");
  REQUIRE(f.updated.has_value());
  CHECK(*f.updated == 1767855600);
  CHECK(f.author.name == "Éditions Exemple");
}

TEST_CASE("RSS 1.0 item with several dc:creator keeps all authors in order", "[rdf][dublincore]") {
  fv::Feed f = parse_ok(fixture("rdf/rss10-dublin-core-and-content.xml"));
  const fv::Item& it = f.items[0];
  REQUIRE(it.authors.size() == 2);
  CHECK(it.author.name == "Marie Curie");
  CHECK(it.authors[1].name == "Pierre Curie");
}

TEST_CASE("RSS 1.0 item dc:date with offset is converted to UTC", "[rdf][dates]") {
  fv::Feed f = parse_ok(fixture("rdf/rss10-dublin-core-and-content.xml"));
  REQUIRE(f.items[0].published.has_value());
  CHECK(*f.items[0].published == 1767850200);  // 2026-01-08T05:30:00Z
}

TEST_CASE("RSS 1.0 item content:encoded and dc:subject", "[rdf]") {
  fv::Feed f = parse_ok(fixture("rdf/rss10-dublin-core-and-content.xml"));
  const fv::Item& it = f.items[0];
  CHECK(it.summary == "Résumé court");
  CHECK(it.content == "<p>Texte <em>complet</em></p>");
  CHECK(it.text == "Texte complet");
  REQUIRE(it.categories.size() == 1);
  CHECK(it.categories[0] == "Physique");
}

TEST_CASE("RSS 1.0 rdf:about is the item id", "[rdf][identity]") {
  fv::Feed f = parse_ok(fixture("rdf/rss10-dublin-core-and-content.xml"));
  CHECK(f.items[0].id == "http://example.org/a");
  CHECK(f.items[1].id == "http://example.org/b");
}

TEST_CASE("RSS 0.90 is detected by its Netscape namespace", "[rdf][detect]") {
  fv::Feed f = parse_ok(fixture("rdf/rss090-netscape-namespace.xml"));
  CHECK(f.format == Format::Rss090);
  CHECK(f.title == "Mozilla Dot Org");
  CHECK(f.image.url == "http://www.mozilla.org/images/moz.gif");
  REQUIRE(f.items.size() == 2);
  CHECK(f.items[1].title == "Bugzilla Reorganized");
  CHECK(f.items[1].link == "http://www.mozilla.org/bugs/");
}

TEST_CASE("RSS 1.0 with rss: prefixed elements is read like the default namespace", "[rdf][namespaces]") {
  fv::Feed f = parse_ok(fixture("rdf/rss10-prefixed-rss-elements.xml"));
  CHECK(f.format == Format::Rss10);
  CHECK(f.title == "Prefixed");
  REQUIRE(f.items.size() == 1);
  CHECK(f.items[0].title == "Prefixed item");
}

TEST_CASE("RDF document without channel or items is not a feed", "[rdf][detect]") {
  fv::ParseResult r = fv::parse_feed(
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description/></rdf:RDF>");
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("not a feed") == 0);
}
