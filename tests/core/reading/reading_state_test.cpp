#include <catch2/catch.hpp>

#include "core/reading/reading_state.h"

using fv::Item;
using fv::reading::Filter;
using fv::reading::FeedInput;
using fv::reading::Mark;
using fv::reading::ReadingState;
using fv::reading::View;

namespace {

std::vector<Item> items(std::initializer_list<const char*> ids) {
  std::vector<Item> out;
  for (const char* id : ids) {
    Item i;
    i.id = id;
    i.title = std::string("title ") + id;
    out.push_back(i);
  }
  return out;
}

// Two feeds in folder "News", one without a folder, one still waiting.
struct Fixture {
  std::vector<Item> a = items({"a1", "a2", "a3"});
  std::vector<Item> b = items({"b1", "b2"});
  std::vector<Item> c = items({"c1"});
  ReadingState state;
  Fixture() { sync(); }
  void sync() {
    state.sync({FeedInput{"https://a.example/feed", "News", &a},
                FeedInput{"https://b.example/feed", "News", &b},
                FeedInput{"https://c.example/feed", "", &c},
                FeedInput{"https://d.example/feed", "News", nullptr}});
  }
};

Filter view(View v) {
  Filter f;
  f.view = v;
  return f;
}

}  // namespace

TEST_CASE("Reading state: every loaded item starts unread and unstarred", "[reading]") {
  Fixture fx;
  CHECK(fx.state.totals().total == 6);
  CHECK(fx.state.totals().unread == 6);
  CHECK(fx.state.totals().starred == 0);
  CHECK_FALSE(fx.state.is_read(0, 0));
  CHECK(fx.state.feed_counts(3).total == 0);  // a waiting feed counts nothing
}

TEST_CASE("Reading state: marking read and starring updates feed, folder and view counts", "[reading]") {
  Fixture fx;
  fx.state.set_read(0, 1, true);
  fx.state.set_starred(1, 0, true);
  fx.state.set_read(1, 0, true);
  CHECK(fx.state.feed_counts(0).unread == 2);
  CHECK(fx.state.feed_counts(1).unread == 1);
  CHECK(fx.state.folder_counts("News").unread == 3);
  CHECK(fx.state.folder_counts("News").total == 5);
  CHECK(fx.state.view_count(View::All) == 6);
  CHECK(fx.state.view_count(View::Unread) == 4);
  CHECK(fx.state.view_count(View::Starred) == 1);
  // Setting a flag to what it already is changes no count.
  fx.state.set_read(0, 1, true);
  CHECK(fx.state.view_count(View::Unread) == 4);
  fx.state.toggle_read(0, 1);
  CHECK(fx.state.view_count(View::Unread) == 5);
}

TEST_CASE("Reading state: an empty folder name is no folder", "[reading]") {
  Fixture fx;
  CHECK(fx.state.folder_counts("").total == 0);
  CHECK(fx.state.folder_counts("Nope").total == 0);
}

TEST_CASE("Reading state survives a refresh that re-parses, reorders and drops items", "[reading]") {
  Fixture fx;
  fx.state.set_read(0, 2, true);     // a3
  fx.state.set_starred(0, 0, true);  // a1
  fx.a = items({"a0", "a3", "a1"});  // a2 gone, a0 new, order changed
  fx.sync();
  CHECK(fx.state.is_read(0, 1));     // a3
  CHECK(fx.state.is_starred(0, 2));  // a1
  CHECK_FALSE(fx.state.is_read(0, 0));
  CHECK(fx.state.feed_counts(0).unread == 2);
  CHECK(fx.state.feed_counts(0).starred == 1);
}

TEST_CASE("Reading state keys items by feed URL and id, not by position", "[reading]") {
  Fixture fx;
  fx.state.set_read(0, 0, true);  // a1 in feed a
  // The same id in another feed is another item.
  std::vector<Item> clash = items({"a1"});
  fx.state.sync({FeedInput{"https://other.example/feed", "", &clash},
                 FeedInput{"https://a.example/feed", "News", &fx.a}});
  CHECK_FALSE(fx.state.is_read(0, 0));
  CHECK(fx.state.is_read(1, 0));
}

TEST_CASE("Reading state: restored marks apply, unknown ids and bad indices are harmless", "[reading]") {
  Fixture fx;
  fx.state.restore({Mark{"https://a.example/feed", "a2", {true, true}},
                    Mark{"https://a.example/feed", "gone", {true, false}},
                    Mark{"https://nowhere.example/", "x", {false, true}},
                    Mark{"", "a1", {true, false}}});
  CHECK(fx.state.is_read(0, 1));
  CHECK(fx.state.is_starred(0, 1));
  CHECK(fx.state.totals().unread == 5);
  CHECK(fx.state.totals().starred == 1);  // the unknown starred id counts nowhere
  CHECK(fx.state.flags_of("https://a.example/feed", "gone").read);  // but is kept
  CHECK_FALSE(fx.state.set_read(9, 0, true));
  CHECK_FALSE(fx.state.set_read(0, 99, true));
  CHECK_FALSE(fx.state.is_read(9, 9));
  CHECK_FALSE(fx.state.matches(9, 9));
}

TEST_CASE("Reading state: restored marks before the feeds arrive apply when they do", "[reading]") {
  ReadingState state;
  state.restore({Mark{"https://a.example/feed", "a1", {true, false}}});
  std::vector<Item> a = items({"a1", "a2"});
  state.sync({FeedInput{"https://a.example/feed", "", &a}});
  CHECK(state.is_read(0, 0));
  CHECK(state.totals().unread == 1);
}

TEST_CASE("Reading state: a change made this session wins over a later restore", "[reading]") {
  Fixture fx;
  fx.state.set_read(0, 0, true);
  fx.state.restore({Mark{"https://a.example/feed", "a1", {false, false}},
                    Mark{"https://a.example/feed", "a2", {true, false}}});
  CHECK(fx.state.is_read(0, 0));
  CHECK(fx.state.is_read(0, 1));
}

TEST_CASE("Reading state filters by view, feed and folder", "[reading]") {
  Fixture fx;
  fx.state.set_read(0, 0, true);
  fx.state.set_starred(2, 0, true);
  Filter f = view(View::Unread);
  fx.state.set_filter(f);
  CHECK_FALSE(fx.state.matches(0, 0));
  CHECK(fx.state.matches(0, 1));
  f.view = View::Starred;
  fx.state.set_filter(f);
  CHECK(fx.state.matches(2, 0));
  CHECK_FALSE(fx.state.matches(0, 1));
  f = view(View::All);
  f.scope = Filter::Scope::Feed;
  f.feed = 1;
  fx.state.set_filter(f);
  CHECK(fx.state.matches(1, 1));
  CHECK_FALSE(fx.state.matches(0, 1));
  f.scope = Filter::Scope::Folder;
  f.folder = "News";
  fx.state.set_filter(f);
  CHECK(fx.state.matches(0, 0));
  CHECK(fx.state.matches(1, 0));
  CHECK_FALSE(fx.state.matches(2, 0));
}

TEST_CASE("Reading state: an item opened in the Unread view stays listed until the filter changes", "[reading]") {
  Fixture fx;
  fx.state.set_filter(view(View::Unread));
  fx.state.mark_opened(0, 0);
  CHECK(fx.state.is_read(0, 0));
  CHECK(fx.state.matches(0, 0));
  fx.sync();  // a refresh keeps it listed too
  CHECK(fx.state.matches(0, 0));
  fx.state.set_filter(view(View::All));
  fx.state.set_filter(view(View::Unread));
  CHECK_FALSE(fx.state.matches(0, 0));
}

TEST_CASE("Mark all read changes only the view's unread items and undo restores exactly them", "[reading]") {
  Fixture fx;
  fx.state.set_read(0, 0, true);
  fx.state.set_starred(0, 1, true);
  Filter news = view(View::All);
  news.scope = Filter::Scope::Folder;
  news.folder = "News";
  auto snap = fx.state.mark_all_read(news);
  CHECK(snap.size() == 4);  // a2, a3, b1, b2 (a1 was already read)
  CHECK(fx.state.totals().unread == 1);  // c1, outside the folder
  CHECK(fx.state.filter() == Filter{});  // marking does not change the list's filter
  fx.state.set_starred(1, 0, true);  // starred after the mark: kept by undo
  fx.state.undo(snap);
  CHECK(fx.state.is_read(0, 0));  // was read before: still read
  CHECK_FALSE(fx.state.is_read(0, 1));
  CHECK(fx.state.is_starred(0, 1));
  CHECK_FALSE(fx.state.is_read(1, 0));
  CHECK(fx.state.is_starred(1, 0));
  CHECK(fx.state.totals().unread == 5);
}

TEST_CASE("Mark read of listed rows skips read items and bad pairs", "[reading]") {
  Fixture fx;
  fx.state.set_read(1, 1, true);
  auto snap = fx.state.mark_read({{0, 0}, {1, 1}, {7, 0}, {0, 42}});
  REQUIRE(snap.size() == 1);
  CHECK(snap.before[0].item_id == "a1");
  CHECK_FALSE(snap.before[0].flags.read);
}

TEST_CASE("Undo after a refresh restores by identity", "[reading]") {
  Fixture fx;
  auto snap = fx.state.mark_all_read(view(View::All));
  fx.a = items({"a3", "a1"});
  fx.sync();
  fx.state.undo(snap);
  CHECK(fx.state.totals().unread == fx.state.totals().total);
  CHECK(fx.state.flags_of("https://a.example/feed", "a2").read == false);
}

TEST_CASE("Reading state journals one change per item with its latest flags", "[reading]") {
  Fixture fx;
  fx.state.set_read(0, 0, true);
  fx.state.set_starred(0, 0, true);
  fx.state.set_read(1, 0, true);
  fx.state.set_read(1, 0, false);
  auto changes = fx.state.take_changes();
  REQUIRE(changes.size() == 2);
  for (const Mark& m : changes) {
    if (m.item_id == "a1") {
      CHECK(m.feed_url == "https://a.example/feed");
      CHECK(m.flags.read);
      CHECK(m.flags.starred);
    } else {
      CHECK(m.item_id == "b1");
      CHECK_FALSE(m.flags.read);  // unread again: stored so an older read mark is overridden
    }
  }
  CHECK(fx.state.take_changes().empty());
  fx.state.restore({Mark{"https://c.example/feed", "c1", {true, false}}});
  CHECK(fx.state.take_changes().empty());  // restoring is not a change to store
}

TEST_CASE("Syncing after one feed arrives re-reads that feed; every count stays right", "[reading]") {
  Fixture fx;
  fx.state.set_read(0, 0, true);     // a1
  fx.state.set_starred(1, 0, true);  // b1
  fx.state.set_filter(view(View::Unread));
  fx.state.mark_opened(1, 1);        // b2: read, kept listed in the Unread view
  fx.c = items({"c2", "c1"});        // feed c refreshed: a new item
  fx.sync();
  CHECK(fx.state.feed_counts(0).unread == 2);
  CHECK(fx.state.feed_counts(1).unread == 1);  // b1 (starred, unread)
  CHECK(fx.state.feed_counts(1).starred == 1);
  CHECK(fx.state.feed_counts(2).total == 2);
  CHECK(fx.state.feed_counts(2).unread == 2);
  CHECK(fx.state.totals().total == 7);
  CHECK(fx.state.totals().unread == 5);
  CHECK(fx.state.totals().starred == 1);
  CHECK(fx.state.folder_counts("News").unread == 3);
  CHECK(fx.state.matches(1, 1));  // still kept: feed b was not re-read
  CHECK(fx.state.is_read(0, 0));

  // Feed b re-parsed in another order: its kept row is found again by identity.
  fx.b = items({"b2", "b1"});
  fx.sync();
  CHECK(fx.state.matches(1, 0));  // b2
  CHECK(fx.state.is_starred(1, 1));  // b1
  CHECK(fx.state.feed_counts(1).unread == 1);

  // The waiting feed arrives, then feed c fails (nothing to list).
  std::vector<Item> d = items({"d1", "d2"});
  fx.state.sync({FeedInput{"https://a.example/feed", "News", &fx.a},
                 FeedInput{"https://b.example/feed", "News", &fx.b},
                 FeedInput{"https://c.example/feed", "", nullptr},
                 FeedInput{"https://d.example/feed", "News", &d}});
  CHECK(fx.state.feed_counts(2).total == 0);
  CHECK(fx.state.feed_counts(3).unread == 2);
  CHECK(fx.state.totals().total == 7);
  CHECK(fx.state.totals().unread == 5);
  CHECK(fx.state.folder_counts("News").unread == 5);

  // A feed moved to another folder counts there; a feed gone from the list counts nowhere.
  fx.state.sync({FeedInput{"https://a.example/feed", "Other", &fx.a},
                 FeedInput{"https://b.example/feed", "News", &fx.b}});
  CHECK(fx.state.feed_count() == 2);
  CHECK(fx.state.folder_counts("Other").unread == 2);
  CHECK(fx.state.folder_counts("News").unread == 1);
  CHECK(fx.state.totals().total == 5);
  CHECK(fx.state.totals().unread == 3);
  CHECK(fx.state.totals().starred == 1);
}
