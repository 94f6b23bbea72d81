#include "core/subscriptions/subscription_list.h"

#include <catch2/catch.hpp>

using namespace fv::subscriptions;

TEST_CASE("A typed address without a scheme becomes https; other schemes are refused", "[subscriptions]") {
  CHECK(clean_feed_address("  example.com/feed.xml ") == "https://example.com/feed.xml");
  CHECK(clean_feed_address("//example.com/rss") == "https://example.com/rss");
  CHECK(clean_feed_address("localhost:8080/feed") == "https://localhost:8080/feed");
  CHECK(clean_feed_address("http://127.0.0.1:9000/etag.xml") == "http://127.0.0.1:9000/etag.xml");
  CHECK(clean_feed_address("feed://example.com/rss") == "https://example.com/rss");
  CHECK(clean_feed_address("javascript:alert(1)").empty());
  CHECK(clean_feed_address("data:text/xml,<rss/>").empty());
  CHECK(clean_feed_address("two words").empty());
  CHECK(clean_feed_address("   ").empty());
}

TEST_CASE("The same feed spelled differently is subscribed once", "[subscriptions]") {
  SubscriptionList list;
  REQUIRE(list.add("https://www.Example.com/feed/", "Example").ok);
  for (const char* same : {"http://example.com/feed", "https://example.com/feed#top",
                           "https://EXAMPLE.com/feed?utm_source=x"}) {
    INFO(same);
    const EditResult r = list.add(same);
    CHECK_FALSE(r.ok);
    CHECK(r.index == 0);
    CHECK(r.message == "Already subscribed: \xE2\x80\x9C" "Example\xE2\x80\x9D.");
  }
  CHECK(list.add("https://example.com/other-feed").ok);
  CHECK(list.active_count() == 2);
}

TEST_CASE("Adding refuses empty input and non-web schemes; relative bundled paths are kept", "[subscriptions]") {
  SubscriptionList list;
  CHECK_FALSE(list.add("").ok);
  CHECK_FALSE(list.add("javascript:alert(1)").ok);
  CHECK(list.add("feeds/google-news-world.xml", "Google News", "News").ok);
  CHECK(list.at(0).url == "feeds/google-news-world.xml");
}

TEST_CASE("Names and folders are cleaned: spaces collapsed, control characters dropped, length bounded", "[subscriptions]") {
  CHECK(clean_name("  The \t Daily\nNews ") == "The Daily News");
  CHECK(clean_name(std::string("a\x01" "b")) == "ab");
  CHECK(clean_folder("news/ world ") == "news / world");
  CHECK(clean_folder(" / Tech //  ") == "Tech");
  const std::string long_name(300, 'x');
  CHECK(clean_name(long_name).size() == kMaxName);
  // Cutting never splits a UTF-8 sequence: 150 two-byte letters are 300 bytes.
  std::string accents;
  for (int i = 0; i < 150; ++i) accents += "\xC3\xA9";
  const std::string cut = clean_name(accents);
  CHECK(cut.size() == kMaxName);
  CHECK((static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80);
}

TEST_CASE("Rename and move change one entry; an empty name shows the feed's own title", "[subscriptions]") {
  SubscriptionList list;
  list.add("https://a.example/feed", "A", "News");
  list.add("https://b.example/feed", "B");
  EditResult r = list.rename(1, "  Bee  ");
  CHECK(r.ok);
  CHECK(list.at(1).title == "Bee");
  CHECK(r.message == "Renamed to \xE2\x80\x9C" "Bee\xE2\x80\x9D.");
  r = list.move(1, "News/Europe");
  CHECK(r.ok);
  CHECK(list.at(1).folder == "News / Europe");
  CHECK(list.folders() == std::vector<std::string>{"News", "News / Europe"});
  CHECK(list.move(1, "").ok);
  CHECK(list.at(1).folder.empty());
  CHECK(list.rename(0, "").message == "The feed shows its own title again.");
  CHECK_FALSE(list.rename(7, "x").ok);
}

TEST_CASE("Renaming a folder renames the folders below it", "[subscriptions]") {
  SubscriptionList list;
  list.add("https://a.example/", "A", "News / World");
  list.add("https://b.example/", "B", "News");
  list.add("https://c.example/", "C", "Newsletters");
  CHECK(list.rename_folder("News", "Daily").ok);
  CHECK(list.at(0).folder == "Daily / World");
  CHECK(list.at(1).folder == "Daily");
  CHECK(list.at(2).folder == "Newsletters");
  CHECK_FALSE(list.rename_folder("Nope", "X").ok);
  CHECK_FALSE(list.rename_folder("Daily", " ").ok);
}

TEST_CASE("A removed feed comes back with undo within the undo window, at the same index", "[subscriptions]") {
  SubscriptionList list;
  list.add("https://a.example/", "A");
  list.add("https://b.example/", "B");
  const std::int64_t t = 1000;
  CHECK(list.remove(0, t).ok);
  CHECK_FALSE(list.valid(0));
  CHECK(list.find("https://a.example/") == -1);
  CHECK(list.active_count() == 1);
  CHECK(list.pending_undo(t + 3) == 0);
  CHECK(list.undo_seconds_left(t + 3) == kUndoSeconds - 3);
  const EditResult r = list.undo(t + 3);
  CHECK(r.ok);
  CHECK(r.index == 0);
  CHECK(list.valid(0));
  CHECK(list.entries().size() == 2);  // entries are never erased
  CHECK_FALSE(list.undo(t + 4).ok);
}

TEST_CASE("Undo runs out; expired removals are reported once for purging", "[subscriptions]") {
  SubscriptionList list;
  list.add("https://a.example/");
  list.add("https://b.example/");
  list.remove(0, 100);
  list.remove(1, 104);
  CHECK(list.pending_undo(105) == 1);  // the newest first
  CHECK(list.expire(105).empty());
  CHECK(list.expire(100 + kUndoSeconds) == std::vector<int>{0});
  CHECK(list.pending_undo(100 + kUndoSeconds) == 1);
  CHECK(list.expire(200) == std::vector<int>{1});
  CHECK(list.expire(300).empty());
  CHECK(list.pending_undo(200) == -1);
  CHECK_FALSE(list.undo(200).ok);
}

TEST_CASE("Undo does not bring back a feed that was added again meanwhile", "[subscriptions]") {
  SubscriptionList list;
  list.add("https://a.example/");
  list.remove(0, 10);
  REQUIRE(list.add("http://a.example").ok);
  const EditResult r = list.undo(11);
  CHECK_FALSE(r.ok);
  CHECK(list.active_count() == 1);
  CHECK(list.valid(1));
}

TEST_CASE("A feed from the page address becomes stored when kept", "[subscriptions]") {
  SubscriptionList list;
  list.add("https://v.example/feed", "", "From the link", true);
  CHECK(list.at(0).for_visit);
  CHECK(list.keep(0).ok);
  CHECK_FALSE(list.at(0).for_visit);
}
