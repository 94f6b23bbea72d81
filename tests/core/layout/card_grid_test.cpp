#include <catch2/catch.hpp>

#include "core/layout/card_grid.h"

using fv::layout::CardGrid;
using fv::layout::CardGridSpec;
using fv::layout::grid_columns;

TEST_CASE("Card columns follow the width", "[layout][cards]") {
  const CardGridSpec spec{260, 16, 6};
  CHECK(grid_columns(375 - 32, spec) == 1);   // phone
  CHECK(grid_columns(535, spec) == 1);        // just under two cards and a gap
  CHECK(grid_columns(536, spec) == 2);        // 2 * 260 + 16
  CHECK(grid_columns(1400 - 64, spec) == 4);  // a wide window
  CHECK(grid_columns(10000, spec) == 6);      // capped
  CHECK(grid_columns(0, spec) == 1);
  CHECK(grid_columns(-50, spec) == 1);
}

TEST_CASE("Cards share the width evenly with gaps between them", "[layout][cards]") {
  const CardGrid grid(10, 1000, 300, CardGridSpec{260, 20, 6});
  REQUIRE(grid.columns() == 3);
  CHECK(grid.card_width() == 320);  // (1000 - 2 * 20) / 3
  const auto c0 = grid.card(0), c2 = grid.card(2), c3 = grid.card(3);
  CHECK(c0.x == 0);
  CHECK(c0.y == 0);
  CHECK(c2.x == 680);
  CHECK(c2.x + c2.w == 1000);
  CHECK(c3.x == 0);
  CHECK(c3.y == 320);
  CHECK(grid.height() == 4 * 300 + 3 * 20);  // 10 cards in 4 rows
}

TEST_CASE("Only cards of grid rows in the viewport are visible", "[layout][cards]") {
  const CardGrid grid(1000, 1000, 300, CardGridSpec{260, 20, 6});  // 3 columns, pitch 320
  auto r = grid.visible(0, 600);
  CHECK(r.first == 0);
  CHECK(r.last == 6);  // grid rows 0 and 1
  r = grid.visible(3200, 600);
  CHECK(r.first == 30);
  CHECK(r.last == 36);
  r = grid.visible(3200 + 305, 100);  // viewport inside the gap after row 10
  CHECK(r.first == 33);
  CHECK(r.last == 36);
  r = grid.visible(3200, 600, 320);  // one grid row of overscan each way
  CHECK(r.first == 27);
  CHECK(r.last == 39);
}

TEST_CASE("The last partial grid row is visible up to the last card", "[layout][cards]") {
  const CardGrid grid(7, 1000, 300, CardGridSpec{260, 20, 6});
  const auto r = grid.visible(0, 5000);
  CHECK(r.first == 0);
  CHECK(r.last == 7);
  CHECK(grid.visible(5000, 100).empty());
}

TEST_CASE("Revealing a card scrolls by whole cards with the least movement", "[layout][cards]") {
  const CardGrid grid(100, 1000, 300, CardGridSpec{260, 20, 6});
  CHECK(grid.scroll_to_reveal(0, 0, 600) == 0);
  CHECK(grid.scroll_to_reveal(9, 0, 600) == 3 * 320 + 300 - 600);
  CHECK(grid.scroll_to_reveal(3, 1000, 600) == 320);
}

TEST_CASE("An empty grid has no height and no visible cards", "[layout][cards]") {
  const CardGrid grid(0, 800, 300, CardGridSpec{});
  CHECK(grid.height() == 0);
  CHECK(grid.visible(0, 600).empty());
}
