#include <catch2/catch.hpp>

#include "core/layout/visible_rows.h"

using fv::layout::row_offsets;
using fv::layout::scroll_to_reveal;
using fv::layout::visible_rows;

TEST_CASE("Row offsets are a prefix sum of heights with gaps between rows only",
          "[layout][rows]") {
  const auto o = row_offsets({10, 20, 30}, 2);
  REQUIRE(o.size() == 4);
  CHECK(o[0] == 0);
  CHECK(o[1] == 12);
  CHECK(o[2] == 34);
  CHECK(o[3] == 64);
}

TEST_CASE("Visible rows are those intersecting the viewport", "[layout][rows]") {
  const auto o = row_offsets(std::vector<float>(100, 10.0f));  // rows of 10 px
  auto r = visible_rows(o, 0, 35);
  CHECK(r.first == 0);
  CHECK(r.last == 4);  // rows 0..3, row 3 partly
  r = visible_rows(o, 25, 20);  // [25, 45): rows 2, 3, 4
  CHECK(r.first == 2);
  CHECK(r.last == 5);
}

TEST_CASE("A row ending exactly at the viewport top is not visible", "[layout][rows]") {
  const auto o = row_offsets(std::vector<float>(10, 10.0f));
  const auto r = visible_rows(o, 20, 10);  // [20, 30): only row 2
  CHECK(r.first == 2);
  CHECK(r.last == 3);
}

TEST_CASE("Overscan extends the visible range on both sides, clamped to the list",
          "[layout][rows]") {
  const auto o = row_offsets(std::vector<float>(10, 10.0f));
  auto r = visible_rows(o, 50, 10, 15);  // [35, 75)
  CHECK(r.first == 3);
  CHECK(r.last == 8);
  r = visible_rows(o, 0, 1000, 50);
  CHECK(r.first == 0);
  CHECK(r.last == 10);
}

TEST_CASE("Empty list or zero-height viewport shows no rows", "[layout][rows]") {
  CHECK(visible_rows(row_offsets({}), 0, 100).empty());
  CHECK(visible_rows(row_offsets({10, 10}), 0, 0).empty());
}

TEST_CASE("Scrolled past the end shows no rows", "[layout][rows]") {
  const auto o = row_offsets({10, 10});
  CHECK(visible_rows(o, 500, 100).empty());
}

TEST_CASE("Scrolling to reveal a row moves the least distance", "[layout][rows]") {
  const auto o = row_offsets(std::vector<float>(20, 10.0f));
  CHECK(scroll_to_reveal(o, 5, 0, 100) == 0);    // already visible
  CHECK(scroll_to_reveal(o, 15, 0, 100) == 60);  // below: align its bottom
  CHECK(scroll_to_reveal(o, 2, 50, 100) == 20);  // above: align its top
  CHECK(scroll_to_reveal(o, 99, 50, 100) == 50); // out of range: unchanged
}
