#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/search/search_query.h"
#include "core/view/headline_rows.h"

using fv::Feed;
using fv::Item;
using fv::view::all_headlines;
using fv::view::Headline;
using fv::view::HeadlineRows;
using fv::view::RowsSource;

namespace {

Item item(const std::string& id, const std::string& title, std::optional<std::int64_t> time,
          const std::string& text = {}) {
  Item it;
  it.id = id;
  it.title = title;
  it.link = "https://example.com/" + id;
  it.published = time;
  it.text = text;
  return it;
}

// Feed `n` of a small set: dated items interleaving with the other feeds', equal times across
// feeds, and one undated item each.
Feed feed(int n, int items = 4) {
  Feed f;
  f.title = "Feed " + std::to_string(n);
  for (int i = 0; i < items; ++i)
    f.items.push_back(item("f" + std::to_string(n) + "-" + std::to_string(i),
                           "Story " + std::to_string(i) + " of feed " + std::to_string(n),
                           1000 - 10 * i - (i % 2 ? n : 0), "Body text of the story"));
  f.items.push_back(item("f" + std::to_string(n) + "-undated", "Undated news", std::nullopt));
  return f;
}

std::vector<RowsSource> sources(const std::vector<Feed>& feeds, const std::vector<bool>& listed) {
  std::vector<RowsSource> out;
  for (std::size_t i = 0; i < feeds.size(); ++i)
    out.push_back({listed[i] ? &feeds[i] : nullptr, feeds[i].title});
  return out;
}

// What the list shows and searches, in order (story numbering aside).
std::vector<std::string> shape(const std::vector<Headline>& rows) {
  std::vector<std::string> out;
  for (const Headline& h : rows)
    out.push_back(std::to_string(h.feed) + "/" + std::to_string(h.item) + " " + h.title + " | " +
                  h.source + " | " + h.key + " | " + (h.time ? std::to_string(*h.time) : "-"));
  return out;
}

}  // namespace

TEST_CASE("Feeds arriving one by one give the same rows as building every feed at once", "[view]") {
  std::vector<Feed> feeds;
  for (int n = 0; n < 5; ++n) feeds.push_back(feed(n));
  std::vector<bool> listed(feeds.size(), false);
  std::vector<Headline> rows;
  HeadlineRows tracker;
  for (std::size_t arrive : {3u, 0u, 4u, 1u, 2u}) {
    listed[arrive] = true;
    CHECK(tracker.update(rows, sources(feeds, listed)));
    CHECK(shape(rows) == shape(all_headlines(sources(feeds, listed))));
  }
  // Each item's key was folded once, not once per arrival.
  CHECK(tracker.items_built() == 5 * 5);
}

TEST_CASE("An update with nothing changed rebuilds no row", "[view]") {
  std::vector<Feed> feeds{feed(0), feed(1)};
  std::vector<Headline> rows;
  HeadlineRows tracker;
  tracker.update(rows, sources(feeds, {true, true}));
  const std::size_t built = tracker.items_built();
  CHECK_FALSE(tracker.update(rows, sources(feeds, {true, true})));
  CHECK(tracker.items_built() == built);
}

TEST_CASE("A refreshed feed's rows are replaced and only its items are rebuilt", "[view]") {
  std::vector<Feed> feeds{feed(0), feed(1), feed(2)};
  std::vector<Headline> rows;
  HeadlineRows tracker;
  tracker.update(rows, sources(feeds, {true, true, true}));
  const std::size_t built = tracker.items_built();
  Feed refreshed = feed(1, 2);
  refreshed.items.insert(refreshed.items.begin(), item("new", "Breaking", 5000));
  feeds[1] = std::move(refreshed);  // a new item vector, as App::on_feed_parsed moves one in
  CHECK(tracker.update(rows, sources(feeds, {true, true, true})));
  CHECK(tracker.items_built() == built + feeds[1].items.size());
  CHECK(shape(rows) == shape(all_headlines(sources(feeds, {true, true, true}))));
  CHECK(rows.front().title == "Breaking");
}

TEST_CASE("A feed edited in place is rebuilt after invalidate", "[view]") {
  std::vector<Feed> feeds{feed(0), feed(1)};
  std::vector<Headline> rows;
  HeadlineRows tracker;
  tracker.update(rows, sources(feeds, {true, true}));
  feeds[0].items[0].title = "Renamed story";  // same vector, same count
  tracker.invalidate(0);
  CHECK(tracker.update(rows, sources(feeds, {true, true})));
  CHECK(shape(rows) == shape(all_headlines(sources(feeds, {true, true}))));
}

TEST_CASE("A removed feed's rows leave the list and come back when it is listed again", "[view]") {
  std::vector<Feed> feeds{feed(0), feed(1), feed(2)};
  std::vector<Headline> rows;
  HeadlineRows tracker;
  tracker.update(rows, sources(feeds, {true, true, true}));
  CHECK(tracker.update(rows, sources(feeds, {true, false, true})));
  for (const Headline& h : rows) CHECK(h.feed != 1);
  CHECK(shape(rows) == shape(all_headlines(sources(feeds, {true, false, true}))));
  CHECK(tracker.update(rows, sources(feeds, {true, true, true})));
  CHECK(shape(rows) == shape(all_headlines(sources(feeds, {true, true, true}))));
}

TEST_CASE("A renamed feed shows its new name on items that name no source", "[view]") {
  std::vector<Feed> feeds{feed(0)};
  std::vector<Headline> rows;
  HeadlineRows tracker;
  tracker.update(rows, {{&feeds[0], "Old name"}});
  CHECK(rows.front().source == "Old name");
  CHECK(tracker.update(rows, {{&feeds[0], "New name"}}));
  CHECK(rows.front().source == "New name");
  CHECK(rows.front().key.find("new name") != std::string::npos);
}

TEST_CASE("Rows list newest first, undated last, equal times in feed then item order", "[view]") {
  std::vector<Feed> feeds(2);
  feeds[0].items = {item("a", "A", std::nullopt), item("b", "B", 100), item("c", "C", 200)};
  feeds[1].items = {item("d", "D", 100), item("e", "E", std::nullopt)};
  std::vector<Headline> rows;
  HeadlineRows tracker;
  tracker.update(rows, {{&feeds[1], "one"}, {nullptr, ""}});
  tracker.update(rows, {{&feeds[0], "zero"}, {&feeds[1], "one"}});
  std::string order;
  for (const Headline& h : rows) order += h.title;
  CHECK(order == "CBDAE");
}

TEST_CASE("Each row not yet in a story is a story of its own", "[view]") {
  std::vector<Feed> feeds{feed(0), feed(1)};
  std::vector<Headline> rows;
  HeadlineRows tracker;
  tracker.update(rows, sources(feeds, {true, false}));
  tracker.update(rows, sources(feeds, {true, true}));
  std::vector<std::size_t> stories;
  for (const Headline& h : rows) stories.push_back(h.story);
  std::sort(stories.begin(), stories.end());
  CHECK(std::adjacent_find(stories.begin(), stories.end()) == stories.end());
}

TEST_CASE("A row's search key folds its title, source and the start of its text", "[view]") {
  Feed f;
  Item it = item("x", "Zürich Summit - Daily News", 10, "Leaders MEET in " + std::string(5000, 'x') + "tail");
  it.source.title = "Daily News";
  f.items = {it};
  const std::vector<Headline> rows = fv::view::feed_headlines(0, f, "Feed");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].title == "Zürich Summit");
  CHECK(rows[0].source == "Daily News");
  CHECK(fv::search::SearchQuery("zurich daily meet").matches(rows[0].key));
  CHECK_FALSE(fv::search::SearchQuery("tail").matches(rows[0].key));  // past the first 4 KB
}

TEST_CASE("Only http and https links and images reach a row", "[view]") {
  Feed f;
  Item it = item("x", "", 10);
  it.link = "javascript:alert(1)";
  it.image = "HTTPS://img.example/a.png";
  f.items = {it};
  const std::vector<Headline> rows = fv::view::feed_headlines(0, f, "Feed");
  CHECK(rows[0].link.empty());
  CHECK(rows[0].image == "HTTPS://img.example/a.png");
  CHECK(rows[0].title == "(untitled)");
}

TEST_CASE("The list's copy of a row has every field but the search key", "[view]") {
  Headline h;
  h.feed = 2;
  h.item = 3;
  h.title = "T";
  h.source = "S";
  h.link = "https://l";
  h.time = 5;
  h.sources = 4;
  h.key = "t s body";
  h.image = "https://i";
  h.story = 9;
  h.story_lead = true;
  h.entry = 7;
  const Headline c = fv::view::listed_copy(h);
  CHECK(c.key.empty());
  h.key.clear();
  CHECK(shape({c}) == shape({h}));
  CHECK((c.sources == 4 && c.image == h.image && c.story == 9 && c.story_lead && c.entry == 7 && c.link == h.link));
}

TEST_CASE("A row's key built from its text's folded key equals folding the whole row at once",
          "[view]") {
  // Folding runs code point by code point and a line break neither composes with a mark nor
  // survives collapsing: so the worker may fold the text alone.
  const std::vector<std::string> parts{
      "", " ", "Zürich", "  spaced\tout\n", "\xCC\x81" "accent first", "ﬁnance ＡＢＣ",
      "Путин", "東京都", "e\xCC\x81", "\xC2\xA0nbsp\xC2\xA0", "emoji 👩‍💻", "ends with mark e\xCC\x81",
      "soft\xC2\xADhyphen", "\xE2\x80\x8Bzero width"};
  for (const std::string& title : parts)
    for (const std::string& source : parts)
      for (const std::string& text : parts) {
        fv::Item it;
        it.text = text;
        CAPTURE(title, source, text);
        CHECK(fv::view::row_search_key(title, source, fv::view::text_search_key(it)) ==
              fv::search::matching_key(title + "\n" + source + "\n" + text));
      }
}

TEST_CASE("Text keys handed over with the feed are used, and ignored when they do not fit",
          "[view]") {
  Feed f;
  f.items = {item("a", "Alpha", 2, "body one"), item("b", "Beta", 1, "body two")};
  const std::vector<std::string> keys{"handed key one", "handed key two"};
  const std::vector<Headline> rows = fv::view::feed_headlines(0, f, "Feed", &keys);
  CHECK(rows[0].key == "alpha feed handed key one");
  CHECK(rows[1].key == "beta feed handed key two");
  const std::vector<std::string> wrong{"one key for two items"};
  const std::vector<Headline> own = fv::view::feed_headlines(0, f, "Feed", &wrong);
  CHECK(own[0].key == "alpha feed body one");
}

TEST_CASE("Text keys are folded for the items that arrived without one, from a given item on",
          "[view]") {
  std::vector<Item> items{item("a", "A", 1, "First Body"), item("b", "B", 1, "Second Body"),
                          item("c", "C", 1, ""), item("d", "D", 1, "Fourth")};
  std::vector<std::string> keys{"sent by the worker"};
  fv::view::fill_text_keys(items, keys, 0);
  CHECK(keys == std::vector<std::string>{"sent by the worker", "second body", "", "fourth"});
  items.push_back(item("e", "E", 1, "Fifth"));
  keys[1] = "kept";
  fv::view::fill_text_keys(items, keys, 4);  // only the part that just arrived
  CHECK(keys == std::vector<std::string>{"sent by the worker", "kept", "", "fourth", "fifth"});
}
