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
  CHECK(f.items[2].id.rfind("http://example.org/#", 0) == 0);
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

// ---- Identity across refreshes: a guid-less item must keep its id from one fetch to the next,
// or it comes back as a new unread item (and a new story entry) on every refresh.

namespace {

std::string id_of_title(const fv::Feed& f, const std::string& title) {
  for (const fv::Item& i : f.items)
    if (i.title == title) return i.id;
  return "(missing)";
}

std::string home_item(const std::string& title) {
  return "<item><title>" + title + "</title><link>http://example.org/</link></item>";
}

}  // namespace

TEST_CASE("A guid-less item keeps its id when a new item sharing its link is added above it", "[identity]") {
  const fv::Feed before = parse_ok(rss20(home_item("Monday") + home_item("Sunday")));
  const fv::Feed after = parse_ok(rss20(home_item("Tuesday") + home_item("Monday") + home_item("Sunday")));
  CHECK(id_of_title(after, "Monday") == id_of_title(before, "Monday"));
  CHECK(id_of_title(after, "Sunday") == id_of_title(before, "Sunday"));
  CHECK(id_of_title(after, "Tuesday") != id_of_title(after, "Monday"));
}

TEST_CASE("A guid-less item keeps its id when the items around it are reordered", "[identity]") {
  const fv::Feed a = parse_ok(rss20(home_item("One") + home_item("Two") + home_item("Three")));
  const fv::Feed b = parse_ok(rss20(home_item("Three") + home_item("One") + home_item("Two")));
  for (const char* t : {"One", "Two", "Three"}) CHECK(id_of_title(a, t) == id_of_title(b, t));
}

TEST_CASE("A guid-less item with its own link is identified by the link alone", "[identity]") {
  const std::string item = "<item><title>Story</title><link>http://example.org/story</link>"
                           "<description>v1</description></item>";
  const std::string edited = "<item><title>Story</title><link>http://example.org/story</link>"
                             "<description>v2, longer</description></item>";
  const std::string other = "<item><title>Other</title><link>http://example.org/other</link></item>";
  const fv::Feed before = parse_ok(rss20(item));
  const fv::Feed after = parse_ok(rss20(other + edited));
  CHECK(id_of_title(before, "Story") == "http://example.org/story");
  CHECK(id_of_title(after, "Story") == id_of_title(before, "Story"));  // a changed body: same item
}

TEST_CASE("Guid-less items with the same title but different links are distinct and stable", "[identity]") {
  const std::string a = "<item><title>Daily digest</title><link>http://example.org/d/1</link></item>";
  const std::string b = "<item><title>Daily digest</title><link>http://example.org/d/2</link></item>";
  const fv::Feed first = parse_ok(rss20(a + b));
  const fv::Feed second = parse_ok(rss20(b + a));
  REQUIRE(first.items.size() == 2);
  CHECK(first.items[0].id == "http://example.org/d/1");
  CHECK(first.items[1].id == "http://example.org/d/2");
  REQUIRE(second.items.size() == 2);
  CHECK(second.items[0].id == "http://example.org/d/2");
}

TEST_CASE("A link-less, guid-less item keeps its id when other items come and go", "[identity]") {
  const std::string x = "<item><title>Notice</title><description>Closed on Friday</description></item>";
  const std::string y = "<item><title>Other</title><description>else</description></item>";
  const std::string before = parse_ok(rss20(x)).items.at(0).id;
  const fv::Feed after = parse_ok(rss20(y + x));
  CHECK(id_of_title(after, "Notice") == before);
}

TEST_CASE("Atom entries without id keep their derived id across fetches", "[identity]") {
  const std::string e1 = "<entry><title>First</title><link href=\"http://example.org/1\"/></entry>";
  const std::string e2 = "<entry><title>Second</title><link href=\"http://example.org/2\"/></entry>";
  const fv::Feed before = parse_ok(atom10("<title>t</title>" + e1));
  const fv::Feed after = parse_ok(atom10("<title>t</title>" + e2 + e1));
  CHECK(id_of_title(after, "First") == id_of_title(before, "First"));
  CHECK(id_of_title(after, "First") == "http://example.org/1");
}
