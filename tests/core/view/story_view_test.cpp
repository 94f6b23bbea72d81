#include <catch2/catch.hpp>

#include <vector>

#include "core/view/story_view.h"

using fv::view::arrange;
using fv::view::Sort;
using fv::view::ViewItem;
using fv::view::ViewOptions;
using fv::view::ViewRow;

namespace {

ViewItem item(std::int64_t time, std::size_t story, std::size_t sources = 1, bool lead = false) {
  ViewItem v;
  v.time = time;
  v.story = story;
  v.story_sources = sources;
  v.lead = lead;
  return v;
}

std::vector<std::size_t> order_of(const std::vector<ViewRow>& rows) {
  std::vector<std::size_t> out;
  for (const ViewRow& r : rows) out.push_back(r.item);
  return out;
}

// Story 10: items 0 (t=100) and 2 (t=300, lead), 3 sources. Story 20: item 1 (t=200) alone.
// Story 30: items 3 (t=400) and 4 (t=50), 2 sources.
std::vector<ViewItem> sample() {
  return {item(100, 10, 3), item(200, 20, 1), item(300, 10, 3, true), item(400, 30, 2),
          item(50, 30, 2)};
}

}  // namespace

TEST_CASE("Newest lists every item by time, newest first", "[view]") {
  const auto rows = arrange(sample(), {Sort::Newest, false});
  CHECK(order_of(rows) == std::vector<std::size_t>{3, 2, 1, 0, 4});
  for (const ViewRow& r : rows) {
    CHECK(r.members == 1);
    CHECK_FALSE(r.child);
  }
}

TEST_CASE("Undated items follow the dated ones in their given order", "[view]") {
  std::vector<ViewItem> items = {ViewItem{}, item(5, 1), ViewItem{}, item(9, 2)};
  items[0].story = 7;
  items[2].story = 8;
  CHECK(order_of(arrange(items, {Sort::Newest, false})) == std::vector<std::size_t>{3, 1, 0, 2});
}

TEST_CASE("Top stories puts the story with most sources first, its items together", "[view]") {
  const auto rows = arrange(sample(), {Sort::TopStories, false});
  // Story 10 (3 sources): 2, 0; story 30 (2 sources): 3, 4; story 20: 1.
  CHECK(order_of(rows) == std::vector<std::size_t>{2, 0, 3, 4, 1});
}

TEST_CASE("Top stories breaks ties in source count by recency", "[view]") {
  const std::vector<ViewItem> items = {item(100, 1, 2), item(300, 2, 2), item(200, 3, 2),
                                       item(50, 4, 5)};
  CHECK(order_of(arrange(items, {Sort::TopStories, false})) ==
        std::vector<std::size_t>{3, 1, 2, 0});
}

TEST_CASE("Grouping shows one row per story headed by its lead, with the member count", "[view]") {
  const auto rows = arrange(sample(), {Sort::Newest, true});
  REQUIRE(rows.size() == 3);
  // Stories by their newest member: 30 (400), 10 (300), 20 (200).
  CHECK(rows[0].item == 3);  // no lead listed in story 30: its newest member heads it
  CHECK(rows[0].members == 2);
  CHECK(rows[1].item == 2);  // story 10's lead
  CHECK(rows[1].members == 2);
  CHECK(rows[2].item == 1);
  CHECK(rows[2].members == 1);
  for (const ViewRow& r : rows) CHECK_FALSE(r.child);
}

TEST_CASE("The lead heads its story even when it is not the newest member", "[view]") {
  const std::vector<ViewItem> items = {item(500, 1, 4), item(100, 1, 4, true), item(300, 1, 4)};
  const auto rows = arrange(items, {Sort::Newest, true}, {1});
  CHECK(order_of(rows) == std::vector<std::size_t>{1, 0, 2});
  CHECK(rows[0].members == 3);
  CHECK(rows[1].child);
  CHECK(rows[2].child);
}

TEST_CASE("Expanding a story lists its other members under the head, newest first", "[view]") {
  const auto rows = arrange(sample(), {Sort::Newest, true}, {30});
  REQUIRE(rows.size() == 4);
  CHECK(order_of(rows) == std::vector<std::size_t>{3, 4, 2, 1});
  CHECK_FALSE(rows[0].child);
  CHECK(rows[1].child);
  CHECK(rows[1].story == 30);
  CHECK(rows[1].members == 0);
}

TEST_CASE("Expanding a single-item story adds nothing", "[view]") {
  CHECK(arrange(sample(), {Sort::Newest, true}, {20}).size() == 3);
}

TEST_CASE("Grouped top stories order stories by source count", "[view]") {
  const auto rows = arrange(sample(), {Sort::TopStories, true});
  CHECK(order_of(rows) == std::vector<std::size_t>{2, 3, 1});
}

TEST_CASE("An empty list arranges to no rows", "[view]") {
  CHECK(arrange({}, {Sort::TopStories, true}).empty());
}

TEST_CASE("Sort names round-trip and unknown names read as newest", "[view]") {
  CHECK(fv::view::parse_sort(fv::view::sort_name(Sort::TopStories)) == Sort::TopStories);
  CHECK(fv::view::parse_sort(fv::view::sort_name(Sort::Newest)) == Sort::Newest);
  CHECK(fv::view::parse_sort("bogus") == Sort::Newest);
  CHECK(fv::view::parse_sort("") == Sort::Newest);
}
