// Entity expansion and external entities: DTDs are never processed, entities declared in them
// never expanded, SYSTEM identifiers never read (neither by our pre-cleaning nor by pugixml).
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>

#include "core/feed_json.h"
#include "core/formats/xml/load.h"
#include "hostile_feeds.h"
#include "pugixml.hpp"

using fv::hostile::parse;
using fv::hostile::rss;
using fv::hostile::rss_item;

namespace {

// The classic: ten levels of ten references, 10^9 "lol"s (3 GB) if expanded.
std::string billion_laughs_dtd() {
  std::string dtd = "<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += "&lol" + std::to_string(i - 1) + ";";
    dtd += "\">\n";
  }
  return dtd + "]>\n";
}

bool contains(const std::string& hay, std::string_view needle) {
  return hay.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("Billion laughs: entities declared in the DTD are never expanded", "[hostile][xml]") {
  auto r = parse(rss(rss_item("1", "<title>A &lol9; B</title><description>&lol9;</description>"),
                     billion_laughs_dtd()));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  const auto& item = r.feed.items[0];
  // The reference stays literal text; nothing grew.
  CHECK(item.title == "A &lol9; B");
  CHECK_FALSE(contains(item.title, "lollol"));
  CHECK_FALSE(contains(item.text, "lollol"));
  CHECK(fv::feed_to_json(r.feed).size() < 4096);
}

TEST_CASE("Quadratic blowup: one huge entity referenced many times is not expanded",
          "[hostile][xml]") {
  std::string dtd = "<!DOCTYPE rss [<!ENTITY big \"" + std::string(100000, 'x') + "\">]>\n";
  std::string refs;
  for (int i = 0; i < 10000; ++i) refs += "&big;";
  auto r = parse(rss(rss_item("1", "<title>t</title><description>" + refs + "</description>"), dtd));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  CHECK_FALSE(contains(r.feed.items[0].text, "xxxxxxxxxx"));
  CHECK(r.feed.items[0].text.size() <= refs.size());
}

TEST_CASE("Pre-cleaning leaves DTD-declared entities unexpanded and escapes their references",
          "[hostile][xml]") {
  std::string doc = billion_laughs_dtd() + "<rss><channel><title>&lol9;</title></channel></rss>";
  std::string cleaned;
  std::vector<std::string> warnings;
  REQUIRE(fv::xml::preclean(doc, cleaned, warnings));
  CHECK(contains(cleaned, "<title>&amp;lol9;</title>"));
  CHECK_FALSE(contains(cleaned, "lollol"));
  CHECK(cleaned.size() < doc.size() + 64);
}

TEST_CASE("External entities: a SYSTEM entity's file is never read", "[hostile][xml]") {
  // A real file with a secret, referenced by absolute path and by file: URL.
  const std::string path = "feedview_hostile_xxe_secret.txt";
  { std::ofstream(path) << "TOP-SECRET-7f3a"; }
  std::string dtd = "<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM \"" + path +
                    "\">\n<!ENTITY xxe2 SYSTEM \"file:///etc/passwd\">\n"
                    "<!ENTITY % pe SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %pe;\n]>\n";
  auto r = parse(rss(rss_item("1", "<title>&xxe;</title><description>&xxe2;</description>"), dtd));
  std::remove(path.c_str());
  REQUIRE(r.ok);
  std::string json = fv::feed_to_json(r.feed);
  CHECK_FALSE(contains(json, "TOP-SECRET"));
  CHECK_FALSE(contains(json, "root:"));
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].title == "&xxe;");
}

TEST_CASE("pugixml's default parse neither expands internal entities nor reads SYSTEM ones",
          "[hostile][xml]") {
  const std::string path = "feedview_hostile_pugi_secret.txt";
  { std::ofstream(path) << "PUGI-SECRET-91c2"; }
  std::string doc = "<!DOCTYPE r [<!ENTITY a \"expanded\"><!ENTITY f SYSTEM \"" + path +
                    "\">]><r><x>&a;</x><y>&f;</y></r>";
  for (unsigned flags : {unsigned(pugi::parse_default), unsigned(pugi::parse_full)}) {
    pugi::xml_document d;
    pugi::xml_parse_result res = d.load_string(doc.c_str(), flags);
    // pugixml keeps unknown references as literal text (or stops); it never substitutes.
    std::string x = d.child("r").child("x").text().get();
    std::string y = d.child("r").child("y").text().get();
    CHECK(x != "expanded");
    CHECK(y.find("PUGI-SECRET") == std::string::npos);
    if (res) CHECK(x == "&a;");
  }
  std::remove(path.c_str());
}

TEST_CASE("An external DTD is not fetched; HTML entities still read from the built-in table",
          "[hostile][xml]") {
  auto r = parse(rss(rss_item("1", "<title>caf&eacute;&nbsp;bar</title>"),
                     "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                     "\"http://127.0.0.1:9/rss-0.91.dtd\">\n"));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  const std::string& t = r.feed.items[0].title;
  CHECK((t == "caf\xC3\xA9 bar" || t == "caf\xC3\xA9\xC2\xA0" "bar"));
}
