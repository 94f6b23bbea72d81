#include "core/refresh/item_merge.h"

#include "../parse/support.h"

using namespace fv::test;

namespace {

constexpr std::int64_t kNow = 1767888000;  // 2026-01-08T16:00:00Z
constexpr std::int64_t kDay = 86400;

std::string rss_item_xml(int n) {
  return "<item><guid>id-" + std::to_string(n) + "</guid><title>Item " + std::to_string(n) +
         "</title><link>https://example.org/" + std::to_string(n) + "</link>"
         "<description>Body of item " + std::to_string(n) + ", long enough to be cut.</description></item>";
}

// An RSS document with items `first`..`last`, newest first.
std::string feed_of(int first, int last) {
  std::string body;
  for (int n = first; n <= last; ++n) body += rss_item_xml(n);
  return rss20(body);
}

std::vector<std::string> titles(const fv::Feed& f) {
  std::vector<std::string> out;
  for (const fv::Item& i : f.items) out.push_back(i.title);
  return out;
}

fv::refresh::MergeOptions at_now() {
  fv::refresh::MergeOptions o;
  o.now = kNow;
  return o;
}

fv::Item dated(const std::string& id, std::int64_t published) {
  fv::Item i;
  i.id = id;
  i.title = id;
  i.published = published;
  return i;
}

}  // namespace

TEST_CASE("A feed cut off mid-item parses as truncated with a clear warning", "[refresh][merge]") {
  const std::string whole = feed_of(1, 5);
  const std::string cut = whole.substr(0, whole.find("Body of item 3") + 8);
  const fv::Feed f = parse_ok(cut);
  CHECK(f.bozo);
  CHECK(f.truncated);
  CHECK(has_warning_containing(f, "document ends early (truncated?)"));
  CHECK(f.items.size() == 3);  // items 1, 2 and the half of 3 read so far
  CHECK_FALSE(parse_ok(whole).truncated);
}

TEST_CASE("A truncated Atom document is reported as truncated", "[refresh][merge]") {
  const std::string doc = atom10("<title>t</title><entry><id>urn:1</id><title>One</title></entry>"
                                 "<entry><id>urn:2</id><title>Tw");
  const fv::Feed f = parse_ok(doc.substr(0, doc.size() - std::string("</feed>").size()));
  CHECK(f.truncated);
  CHECK(has_warning_containing(f, "truncated"));
}

TEST_CASE("A well-formed feed with a repaired mistake is not called truncated", "[refresh][merge]") {
  const fv::Feed f = parse_ok(rss20("<item><title>a<br>b</title></item>"));
  CHECK_FALSE(f.truncated);
}

TEST_CASE("A truncated refresh keeps every item it lacks, after its own", "[refresh][merge]") {
  const fv::Feed before = parse_ok(feed_of(1, 5));
  const std::string whole = feed_of(0, 5);  // item 0 is new
  fv::Feed after = parse_ok(whole.substr(0, whole.find("Body of item 2")));
  REQUIRE(after.truncated);
  const auto counts = fv::refresh::keep_missing_items(before.items, after, at_now());
  CHECK(counts.kept == 3);
  CHECK(counts.dropped == 0);
  CHECK(titles(after) == std::vector<std::string>{"Item 0", "Item 1", "Item 2", "Item 3", "Item 4", "Item 5"});
}

TEST_CASE("A fresh copy of a known item replaces the shown one", "[refresh][merge]") {
  const fv::Feed before = parse_ok(feed_of(1, 2));
  fv::Feed after = parse_ok(rss20("<item><guid>id-1</guid><title>Item 1, corrected</title></item>"));
  fv::refresh::keep_missing_items(before.items, after, at_now());
  CHECK(titles(after) == std::vector<std::string>{"Item 1, corrected", "Item 2"});
}

TEST_CASE("Items that leave a whole feed's window stay while young", "[refresh][merge]") {
  std::vector<fv::Item> shown = {dated("recent", kNow - 2 * kDay), dated("old", kNow - 40 * kDay),
                                 dated("undated", 0)};
  shown[2].published.reset();
  fv::Feed fresh;
  fresh.items = {dated("new", kNow)};
  const auto counts = fv::refresh::keep_missing_items(shown, fresh, at_now());
  CHECK(titles(fresh) == std::vector<std::string>{"new", "recent", "undated"});
  CHECK(counts.kept == 2);
  CHECK(counts.dropped == 1);
}

TEST_CASE("Pinned items stay whatever their age; a truncated refresh keeps old ones too", "[refresh][merge]") {
  const std::vector<fv::Item> shown = {dated("old", kNow - 400 * kDay), dated("older", kNow - 500 * kDay)};
  fv::Feed fresh;
  fv::refresh::keep_missing_items(shown, fresh, at_now(), [](const fv::Item& i) { return i.id == "older"; });
  CHECK(titles(fresh) == std::vector<std::string>{"older"});
  fv::Feed cut;
  cut.truncated = true;
  fv::refresh::keep_missing_items(shown, cut, at_now());
  CHECK(titles(cut) == std::vector<std::string>{"old", "older"});
}

TEST_CASE("Kept-over items stop at the per-feed bound", "[refresh][merge]") {
  std::vector<fv::Item> shown;
  for (int i = 0; i < 10; ++i) shown.push_back(dated("s" + std::to_string(i), kNow - i));
  fv::Feed fresh;
  fresh.items = {dated("f0", kNow), dated("f1", kNow)};
  fv::refresh::MergeOptions o = at_now();
  o.max_items = 5;
  const auto counts = fv::refresh::keep_missing_items(shown, fresh, o);
  CHECK(titles(fresh) == std::vector<std::string>{"f0", "f1", "s0", "s1", "s2"});
  CHECK(counts.dropped == 7);
}

TEST_CASE("Merging into an empty first load or an identical refresh changes nothing", "[refresh][merge]") {
  fv::Feed first = parse_ok(feed_of(1, 3));
  const auto none = fv::refresh::keep_missing_items({}, first, at_now());
  CHECK(none.kept == 0);
  CHECK(first.items.size() == 3);
  fv::Feed again = parse_ok(feed_of(1, 3));
  fv::refresh::keep_missing_items(first.items, again, at_now());
  CHECK(again.items.size() == 3);
}
