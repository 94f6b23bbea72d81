#include "core/subscriptions/subscriptions_opml.h"

#include <nlohmann/json.hpp>

#include "../fixtures.h"

using namespace fv::subscriptions;

namespace {
fv::opml::Document read_opml(const std::string& bytes) {
  fv::opml::ImportResult r = fv::opml::import_opml(bytes);
  INFO(r.error);
  REQUIRE(r.ok);
  return r.document;
}
}  // namespace

TEST_CASE("OPML import keeps nested folders as \"Parent / Child\" names", "[subscriptions][opml]") {
  SubscriptionList list;
  const ImportSummary s = import_opml(list, read_opml(fv::test::fixture("opml/opml20-nested-folders.opml")));
  CHECK(s.added == 5);
  CHECK(s.already == 0);
  REQUIRE(list.active_count() == 5);
  CHECK(list.at(0).title == "Google News World");
  CHECK(list.at(0).folder == "News / World");
  CHECK(list.at(1).folder == "News / World");
  CHECK(list.at(2).title == "Local & regional");
  CHECK(list.at(2).folder == "News");
  CHECK(list.at(3).folder == "Tech");
  CHECK(list.at(4).folder.empty());
  CHECK(s.folders == std::vector<std::string>{"News", "News / World", "Tech"});
  CHECK(summary_text(s) == "Imported 5 feeds in 3 folders.");
}

TEST_CASE("Importing again reports the feeds already subscribed", "[subscriptions][opml]") {
  SubscriptionList list;
  const auto doc = read_opml(fv::test::fixture("opml/opml20-nested-folders.opml"));
  list.add("http://www.news.ycombinator.com/rss");
  const ImportSummary first = import_opml(list, doc);
  CHECK(first.added == 4);
  CHECK(first.already == 1);
  CHECK(summary_text(first) == "Imported 4 feeds in 2 folders (1 already subscribed).");
  const ImportSummary again = import_opml(list, doc);
  CHECK(again.added == 0);
  CHECK(summary_text(again) == "No new feeds: all 5 feeds in the file are subscribed already.");
}

TEST_CASE("Import summary wording", "[subscriptions][opml]") {
  ImportSummary s;
  CHECK(summary_text(s) == "No feeds found in the file.");
  s.added = 1;
  CHECK(summary_text(s) == "Imported 1 feed.");
  s.added = 12;
  s.folders = {"a", "b", "c"};
  s.already = 2;
  CHECK(summary_text(s) == "Imported 12 feeds in 3 folders (2 already subscribed).");
  s.skipped = 1;
  CHECK(summary_text(s) == "Imported 12 feeds in 3 folders (2 already subscribed); 1 entry without a web address skipped.");
}

TEST_CASE("Export nests folders again, so import → export → import gives the same subscriptions", "[subscriptions][opml]") {
  SubscriptionList first;
  import_opml(first, read_opml(fv::test::fixture("opml/opml20-nested-folders.opml")));
  first.rename(4, "Top & \"quoted\" <b>feed</b>");
  const std::string text = fv::opml::export_opml(to_opml(first));
  const auto doc = read_opml(text);
  REQUIRE(doc.outlines.size() == 3);  // News, Tech, the top-level feed
  CHECK(doc.outlines[0].text == "News");
  CHECK(doc.outlines[0].children[0].text == "World");
  SubscriptionList second;
  import_opml(second, doc);
  REQUIRE(second.active_count() == first.active_count());
  for (std::size_t i = 0; i < first.entries().size(); ++i) {
    INFO(i);
    CHECK(second.at(int(i)).url == first.at(int(i)).url);
    CHECK(second.at(int(i)).title == first.at(int(i)).title);
    CHECK(second.at(int(i)).folder == first.at(int(i)).folder);
  }
}

TEST_CASE("Export leaves out removed and visit-only feeds and names untitled ones by the feed's title", "[subscriptions][opml]") {
  SubscriptionList list;
  list.add("https://a.example/feed");
  list.add("https://b.example/feed", "B");
  list.add("https://c.example/feed", "", "", true);
  list.remove(1, 0);
  const std::vector<std::string> titles = {"A from the feed", "", ""};
  const auto doc = to_opml(list, "mine", &titles);
  CHECK(doc.title == "mine");
  REQUIRE(doc.outlines.size() == 1);
  CHECK(doc.outlines[0].text == "A from the feed");
  CHECK(doc.outlines[0].xml_url == "https://a.example/feed");
}

TEST_CASE("The feed list JSON round-trips and marks visit-only feeds", "[subscriptions]") {
  SubscriptionList list;
  std::size_t added = 0;
  REQUIRE(add_feed_list(list, fv::test::asset("feeds/feeds.json"), &added));
  CHECK(added == 1);
  CHECK(list.at(0).url == "feeds/google-news-world.xml");
  CHECK(list.at(0).folder == "News");
  list.add("https://v.example/", "", "From the link", true);
  const auto stored = nlohmann::json::parse(feed_list_json(list));
  CHECK(stored["feeds"].size() == 1);
  const std::string all = feed_list_json(list, true);
  SubscriptionList copy;
  REQUIRE(add_feed_list(copy, all));
  CHECK(copy.active_count() == 2);
  CHECK(copy.at(1).for_visit);
  CHECK_FALSE(add_feed_list(copy, "[1,2]"));
  CHECK_FALSE(add_feed_list(copy, "not json"));
}

TEST_CASE("A list of addresses, one a line, becomes subscriptions", "[subscriptions]") {
  SubscriptionList list;
  std::size_t skipped = 0;
  const std::size_t added = add_url_lines(
      list, "# my feeds\r\nhttps://a.example/feed\n\n  b.example/rss  \nnot an address\nhttps://a.example/feed/\n", &skipped);
  CHECK(added == 2);
  CHECK(skipped == 1);
  CHECK(list.at(1).url == "https://b.example/rss");
}
