#include <catch2/catch.hpp>

#include <vector>

#include "core/layout/row_heights.h"

using fv::layout::RowHeights;
using fv::layout::row_offsets;

TEST_CASE("Row heights start as estimates with offsets like row_offsets", "[layout][rows]") {
  RowHeights rows;
  rows.reset({10, 20, 30}, 2);
  const auto expected = row_offsets({10, 20, 30}, 2);
  for (std::size_t i = 0; i <= 3; ++i) CHECK(rows.offset(i) == expected[i]);
  CHECK(rows.total() == 64);
  CHECK_FALSE(rows.measured(1));
}

TEST_CASE("Measuring one row moves only the rows below it", "[layout][rows]") {
  RowHeights rows;
  rows.reset(std::vector<float>(1000, 50.0f), 1);
  rows.set_measured(500, 80);
  CHECK(rows.measured(500));
  CHECK(rows.height(500) == 80);
  CHECK(rows.offset(500) == 500 * 51);
  CHECK(rows.offset(501) == 500 * 51 + 81);
  CHECK(rows.total() == 999 * 51 + 50 + 30);
}

TEST_CASE("The row at a y position is found in the tree", "[layout][rows]") {
  RowHeights rows;
  rows.reset({10, 20, 30, 40});
  CHECK(rows.row_at(-5) == 0);
  CHECK(rows.row_at(0) == 0);
  CHECK(rows.row_at(9.5f) == 0);
  CHECK(rows.row_at(10) == 1);
  CHECK(rows.row_at(29) == 1);
  CHECK(rows.row_at(30) == 2);
  CHECK(rows.row_at(99) == 3);
  CHECK(rows.row_at(100) == 4);  // past the end
  CHECK(rows.row_at(1e9f) == 4);
}

TEST_CASE("Visible rows from lazily measured heights match visible_rows", "[layout][rows]") {
  std::vector<float> heights;
  for (int i = 0; i < 257; ++i) heights.push_back(float(20 + (i * 37) % 50));
  RowHeights rows;
  rows.reset(std::vector<float>(heights.size(), 40.0f), 1);
  for (std::size_t i = 0; i < heights.size(); ++i) rows.set_measured(i, heights[i]);
  const auto offsets = row_offsets(heights, 1);
  for (float scroll : {0.0f, 13.0f, 500.0f, 4321.5f, 9000.0f}) {
    INFO("scroll " << scroll);
    const auto want = fv::layout::visible_rows(offsets, scroll, 600, 30);
    const auto got = rows.visible(scroll, 600, 30);
    CHECK(got.first == want.first);
    CHECK(got.last == want.last);
    for (std::size_t i = 0; i <= heights.size(); i += 16) CHECK(rows.offset(i) == Approx(offsets[i]));
  }
}

TEST_CASE("Scrolling to reveal a row uses its current height", "[layout][rows]") {
  RowHeights rows;
  rows.reset(std::vector<float>(100, 10.0f));
  CHECK(rows.scroll_to_reveal(50, 0, 100) == 410);
  CHECK(rows.scroll_to_reveal(5, 0, 100) == 0);
  CHECK(rows.scroll_to_reveal(5, 200, 100) == 50);
  rows.set_measured(50, 30);
  CHECK(rows.scroll_to_reveal(50, 0, 100) == 430);
}

TEST_CASE("50,000 rows keep exact offsets after many measurements", "[layout][rows]") {
  const std::size_t n = 50000;
  RowHeights rows;
  rows.reset(std::vector<float>(n, 72.0f), 1);
  for (std::size_t i = 0; i < n; i += 3) rows.set_measured(i, 96.0f);
  // Rows 0, 3, 6, … are 96 px, the others 72; one px gap between rows.
  const std::size_t k = 40000;
  const double expected = double((k + 2) / 3) * 96 + double(k - (k + 2) / 3) * 72 + double(k);
  CHECK(rows.offset(k) == Approx(expected).margin(0.01));
  CHECK(rows.row_at(rows.offset(k) + 0.5f) == k);
}

TEST_CASE("An empty list has no visible rows and no height", "[layout][rows]") {
  RowHeights rows;
  rows.reset({});
  CHECK(rows.total() == 0);
  CHECK(rows.visible(0, 100).empty());
  CHECK(rows.row_at(10) == 0);
}
