#include "core/opml/opml.h"

#include <nlohmann/json.hpp>

#include "../parse/support.h"

using namespace fv::test;
using fv::opml::Document;
using fv::opml::Outline;

namespace {
Document import_ok(const std::string& bytes) {
  fv::opml::ImportResult r = fv::opml::import_opml(bytes);
  INFO("error: " << r.error);
  REQUIRE(r.ok);
  return r.document;
}
}  // namespace

TEST_CASE("OPML 2.0 head fields are read", "[opml]") {
  Document d = import_ok(fixture("opml/opml20-nested-folders.opml"));
  CHECK(d.version == "2.0");
  CHECK(d.title == "My subscriptions");
  CHECK(d.owner_name == "Reader & Co");
  CHECK(d.owner_email == "reader@example.com");
  REQUIRE(d.date_created.has_value());
  CHECK(*d.date_created == 1767607200);
  CHECK_FALSE(d.bozo);
}

TEST_CASE("OPML nested folders are kept as a tree", "[opml]") {
  Document d = import_ok(fixture("opml/opml20-nested-folders.opml"));
  REQUIRE(d.outlines.size() == 4);
  const Outline& news = d.outlines[0];
  CHECK(news.text == "News");
  CHECK_FALSE(news.is_feed());
  REQUIRE(news.children.size() == 2);
  const Outline& world = news.children[0];
  CHECK(world.text == "World");
  REQUIRE(world.children.size() == 2);
  CHECK(world.children[0].xml_url == "https://news.google.com/rss/headlines/section/topic/WORLD");
  CHECK(world.children[1].language == "en-gb");
  CHECK(news.children[1].text == "Local & regional");
  CHECK(news.children[1].type == "atom");
}

TEST_CASE("OPML feed outline attributes: title, description, htmlUrl", "[opml]") {
  Document d = import_ok(fixture("opml/opml20-nested-folders.opml"));
  const Outline& hn = d.outlines[1].children.at(0);
  CHECK(hn.text == "Hacker News");
  CHECK(hn.title == "HN");
  CHECK(hn.description == "Links for the curious");
  CHECK(hn.type == "rss");
  CHECK(d.outlines[2].is_feed());
}

TEST_CASE("OPML link outlines are not subscriptions", "[opml]") {
  Document d = import_ok(fixture("opml/opml20-nested-folders.opml"));
  CHECK_FALSE(d.outlines[3].is_feed());
  CHECK(fv::opml::count_feeds(d.outlines) == 5);
}

TEST_CASE("OPML 1.0 attribute names are matched ignoring case; text falls back to title", "[opml]") {
  Document d = import_ok(fixture("opml/opml10-flat-lowercase-attributes.opml"));
  CHECK(d.version == "1.0");
  CHECK(d.title == "Liste française");
  REQUIRE(d.outlines.size() == 2);
  CHECK(d.outlines[0].text == "Le Monde");
  CHECK(d.outlines[0].xml_url == "https://www.lemonde.fr/rss/une.xml");
  CHECK(d.outlines[0].html_url == "https://www.lemonde.fr/");
  CHECK(d.outlines[1].xml_url == "https://www.liberation.fr/rss/");
}

TEST_CASE("OPML in ISO-8859-1 bytes is decoded", "[opml][encoding]") {
  Document d = import_ok(fixture("opml/opml10-latin1-bytes.opml"));
  CHECK(d.title == "Köln");
  CHECK(d.outlines.at(0).text == "Café");
}

TEST_CASE("Ill-formed OPML is recovered and marked bozo", "[opml][lenient]") {
  Document d = import_ok(fixture("opml/opml-bare-ampersands-and-unclosed.opml"));
  CHECK(d.bozo);
  CHECK_FALSE(d.warnings.empty());
  CHECK(d.title == "Broken & busy");
  CHECK(fv::opml::count_feeds(d.outlines) == 2);
  CHECK(d.outlines.at(0).children.at(0).xml_url == "https://ab.example/feed?x=1&y=2");
}

TEST_CASE("OPML without body imports as empty with a warning", "[opml]") {
  Document d = import_ok(fixture("opml/opml-without-body.opml"));
  CHECK(d.outlines.empty());
  CHECK_FALSE(d.warnings.empty());
}

TEST_CASE("A feed is not an OPML document", "[opml][errors]") {
  fv::opml::ImportResult r = fv::opml::import_opml(fixture("rss/rss20-every-namespace.xml"));
  CHECK_FALSE(r.ok);
  CHECK(r.error == "not an OPML document: root element is <rss>");
  CHECK_FALSE(fv::opml::import_opml("").ok);
  CHECK(fv::opml::import_opml("  ").error == "not an OPML document: empty document");
}

TEST_CASE("OPML folder nesting past max_depth is cut with a warning", "[opml][bounds]") {
  std::string doc = "<opml version=\"2.0\"><body>";
  for (int i = 0; i < 100; ++i) doc += "<outline text=\"f" + std::to_string(i) + "\">";
  for (int i = 0; i < 100; ++i) doc += "</outline>";
  doc += "</body></opml>";
  fv::opml::ImportOptions o;
  o.max_depth = 10;
  fv::opml::ImportResult r = fv::opml::import_opml(doc, o);
  REQUIRE(r.ok);
  CHECK_FALSE(r.document.warnings.empty());
  std::size_t depth = 0;
  const std::vector<Outline>* level = &r.document.outlines;
  while (!level->empty()) {
    ++depth;
    level = &level->front().children;
  }
  CHECK(depth == 10);
}

TEST_CASE("OPML export then import gives back the same tree", "[opml][export]") {
  Document d = import_ok(fixture("opml/opml20-nested-folders.opml"));
  std::string text = fv::opml::export_opml(d);
  CHECK(text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
  CHECK(text.find("<opml version=\"2.0\">") != std::string::npos);
  Document back = import_ok(text);
  CHECK(back.title == d.title);
  CHECK(back.owner_name == d.owner_name);
  CHECK(back.date_created == d.date_created);
  CHECK(fv::opml::to_json(back) == fv::opml::to_json(d));
}

TEST_CASE("OPML export escapes ampersands and quotes in attributes", "[opml][export]") {
  Document d;
  Outline o;
  o.text = "Tom & \"Jerry\" <3";
  o.xml_url = "https://x.example/feed?a=1&b=2";
  d.outlines.push_back(o);
  std::string text = fv::opml::export_opml(d);
  CHECK(text.find("Tom &amp; &quot;Jerry&quot; &lt;3") != std::string::npos);
  CHECK(text.find("a=1&amp;b=2") != std::string::npos);
  Document back = import_ok(text);
  CHECK(back.outlines.at(0).text == "Tom & \"Jerry\" <3");
  CHECK(back.outlines.at(0).xml_url == "https://x.example/feed?a=1&b=2");
  CHECK(back.outlines.at(0).type == "rss");  // a feed without type is exported as rss
}

TEST_CASE("OPML export leaves out control characters XML cannot carry, so it re-imports the same", "[opml][export]") {
  // Found by fuzz_opml: a URL holding U+0005 was written as "&#05;", which XML forbids; the
  // importer (rightly) read it back as U+FFFD, so export → import changed the tree.
  Document d;
  d.title = std::string("Title\x01 here");
  d.owner_email = std::string("me\x02@x.example");
  Outline o;
  o.text = std::string("Bell\x07 and tab\there");
  o.xml_url = std::string("https://x.example/feed\x05?a=1");
  o.html_url = std::string("https://x.example/\x1f");
  d.outlines.push_back(o);
  std::string text = fv::opml::export_opml(d);
  for (const char* ref : {"&#1;", "&#01;", "&#2;", "&#5;", "&#05;", "&#7;", "&#31;", "&#x"})
    CHECK(text.find(ref) == std::string::npos);  // &#9; (the tab) is fine
  for (char c : text) CHECK_FALSE((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'));
  Document back = import_ok(text);
  CHECK_FALSE(back.bozo);
  CHECK(back.title == "Title here");
  REQUIRE(back.outlines.size() == 1);
  CHECK(back.outlines[0].text == "Bell and tab here");
  CHECK(back.outlines[0].xml_url == "https://x.example/feed?a=1");
  CHECK(back.outlines[0].html_url == "https://x.example/");
  CHECK(fv::opml::to_json(import_ok(fv::opml::export_opml(back))) == fv::opml::to_json(back));
}

TEST_CASE("OPML 1.0 export is labelled 1.0 and dates are RFC 822", "[opml][export]") {
  Document d;
  d.title = "t";
  d.date_created = 1767607200;
  std::string text = fv::opml::export_opml(d, "1.0");
  CHECK(text.find("<opml version=\"1.0\">") != std::string::npos);
  CHECK(text.find("<dateCreated>Mon, 05 Jan 2026 10:00:00 GMT</dateCreated>") != std::string::npos);
}

TEST_CASE("OPML JSON has feedCount and nested children, absent keys omitted", "[opml][json]") {
  Document d = import_ok(fixture("opml/opml20-nested-folders.opml"));
  nlohmann::json j = nlohmann::json::parse(fv::opml::to_json(d));
  CHECK(j["feedCount"] == 5);
  CHECK(j["version"] == "2.0");
  CHECK(j["owner"]["name"] == "Reader & Co");
  CHECK(j["dateCreated"] == "2026-01-05T10:00:00Z");
  CHECK(j["outlines"][0]["children"][0]["children"][1]["xmlUrl"] == "https://feeds.bbci.co.uk/news/world/rss.xml");
  CHECK_FALSE(j["outlines"][0].contains("xmlUrl"));
  CHECK_FALSE(j.contains("warnings"));
}
