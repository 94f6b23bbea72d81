#include "core/identity/identity.h"

#include "support.h"

using namespace fv::test;

TEST_CASE("Items with the same guid are merged, the later copy filling blanks", "[identity]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-duplicate-guids.xml"));
  CHECK(has_warning_containing(f, "2 duplicate items merged"));
  REQUIRE(f.items.size() == 4);
  const fv::Item& a = f.items[0];
  CHECK(a.id == "id-1");
  CHECK(a.title == "A");  // the first keeps its own fields
  CHECK(a.text == "filled later");
  REQUIRE(a.categories.size() == 1);
  CHECK(a.categories[0] == "extra");
}

TEST_CASE("Guid-less items with the same link and title are one item", "[identity]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-duplicate-guids.xml"));
  CHECK(f.items[1].id == "http://example.org/b");
  CHECK(f.items[1].title == "Same link, no guid");
}

TEST_CASE("Guid-less items sharing a home-page link but not a title stay distinct", "[identity]") {
  fv::Feed f = parse_ok(fixture("rss/rss20-duplicate-guids.xml"));
  CHECK(f.items[2].id == "http://example.org/");
  CHECK(f.items[3].id != f.items[2].id);
  CHECK(f.items[3].id.rfind("http://example.org/#", 0) == 0);
  CHECK(f.items[3].title == "Home page link two");
}

TEST_CASE("Derived ids are stable across parses of the same bytes", "[identity]") {
  std::string doc = rss20("<item><title>No link</title><description>body</description></item>");
  std::string id1 = parse_ok(doc).items.at(0).id;
  std::string id2 = parse_ok(doc).items.at(0).id;
  CHECK(id1 == id2);
  CHECK(id1.rfind("urn:fv:", 0) == 0);
}

TEST_CASE("Derived ids differ when title or summary differ", "[identity]") {
  std::string a = parse_ok(rss20("<item><title>One</title></item>")).items.at(0).id;
  std::string b = parse_ok(rss20("<item><title>Two</title></item>")).items.at(0).id;
  std::string c = parse_ok(rss20("<item><title>One</title><description>x</description></item>")).items.at(0).id;
  CHECK(a != b);
  CHECK(a != c);
}

TEST_CASE("Two items without guid, link or title but different bodies are both kept", "[identity]") {
  fv::Feed f = parse_ok(rss20("<item><description>first</description></item><item><description>second</description></item>"));
  CHECK(f.items.size() == 2);
}

TEST_CASE("Atom entries with the same id are merged", "[identity]") {
  fv::Feed f = parse_ok(atom10("<title>t</title><entry><id>urn:1</id><title>a</title></entry>"
                               "<entry><id>urn:1</id><title>b</title><link href=\"http://x.example/\"/></entry>"));
  REQUIRE(f.items.size() == 1);
  CHECK(f.items[0].title == "a");
  CHECK(f.items[0].link == "http://x.example/");
  CHECK(has_warning_containing(f, "1 duplicate item merged"));
}

TEST_CASE("fnv1a64 and hex64 give the documented stable values", "[identity]") {
  CHECK(fv::identity::hex64(fv::identity::fnv1a64("")) == "cbf29ce484222325");
  CHECK(fv::identity::hex64(fv::identity::fnv1a64("a")) == "af63dc4c8601ec8c");
  CHECK(fv::identity::hex64(0).size() == 16);
}

TEST_CASE("Merging keeps order of first appearance", "[identity]") {
  std::vector<fv::Item> items(3);
  items[0].id = "x";
  items[1].id = "y";
  items[2].id = "x";
  items[2].title = "from dup";
  CHECK(fv::identity::assign_ids_and_merge(items) == 1);
  REQUIRE(items.size() == 2);
  CHECK(items[0].id == "x");
  CHECK(items[0].title == "from dup");
  CHECK(items[1].id == "y");
}
