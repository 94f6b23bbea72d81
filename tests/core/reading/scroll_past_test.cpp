// Which rows "Mark as read when scrolled past" marks: with the list's real row geometry
// (layout::RowHeights, the cards' CardGrid), a row counts only once its bottom edge is above the
// list's top, only while the reader scrolls, and only once.
#include <catch2/catch.hpp>

#include "core/layout/card_grid.h"
#include "core/layout/row_heights.h"
#include "core/reading/scroll_past.h"

using fv::layout::CardGrid;
using fv::layout::CardGridSpec;
using fv::layout::RowHeights;
using fv::layout::RowRange;
using fv::reading::ScrollPast;

namespace {
// Rows fully above the list top at scroll offset `y`: the first row the viewport still shows.
std::size_t above(const RowHeights& h, float y) { return h.visible(y, 600.0f).first; }
std::size_t above(const CardGrid& g, float y) { return g.visible(y, 600.0f).first; }
bool same(RowRange r, std::size_t first, std::size_t last) { return r.first == first && r.last == last; }
}  // namespace

TEST_CASE("A row counts as scrolled past only when it is fully above the list top") {
  RowHeights h;
  h.reset(std::vector<float>(20, 100.0f));  // rows at 0, 100, 200, …
  ScrollPast past;
  CHECK(past.update(above(h, 0.0f), true).empty());  // the starting point
  CHECK(past.update(above(h, 99.0f), true).empty());  // row 0's last pixel still shows
  CHECK(same(past.update(above(h, 100.0f), true), 0, 1));
  CHECK(same(past.update(above(h, 350.0f), true), 1, 3));  // rows 1 and 2 at once; row 3 half shown
}

TEST_CASE("Rows scrolled past count once, even after scrolling back up") {
  RowHeights h;
  h.reset(std::vector<float>(20, 100.0f));
  ScrollPast past;
  past.update(above(h, 0.0f), true);
  CHECK(same(past.update(above(h, 300.0f), true), 0, 3));
  CHECK(past.update(above(h, 0.0f), true).empty());  // back to the top
  CHECK(past.update(above(h, 300.0f), true).empty());  // rows 0..2 again: already counted
  CHECK(same(past.update(above(h, 400.0f), true), 3, 4));
}

TEST_CASE("Rows that move above the top while the reader is not scrolling never count") {
  RowHeights h;
  h.reset(std::vector<float>(20, 100.0f));
  ScrollPast past;
  past.update(above(h, 0.0f), true);
  CHECK(past.update(above(h, 500.0f), false).empty());  // e.g. the mirror showed later rows
  CHECK(past.update(above(h, 300.0f), true).empty());
  CHECK(past.update(above(h, 500.0f), true).empty());
  CHECK(same(past.update(above(h, 650.0f), true), 5, 6));
}

TEST_CASE("After the rows change the next update only sets the starting point") {
  RowHeights h;
  h.reset(std::vector<float>(20, 100.0f));
  ScrollPast past;
  past.update(above(h, 0.0f), true);
  CHECK(same(past.update(above(h, 200.0f), true), 0, 2));
  past.reset();  // new headlines arrived on top: the rows under the viewport are others now
  CHECK(past.update(above(h, 800.0f), true).empty());
  CHECK(same(past.update(above(h, 900.0f), true), 8, 9));
}

TEST_CASE("In the card grid a whole grid row of cards is scrolled past at once") {
  CardGridSpec spec;
  spec.min_card_width = 260.0f;
  spec.gap = 16.0f;
  const CardGrid g(12, 900.0f, 300.0f, spec);  // 3 columns, rows 316 px apart
  REQUIRE(g.columns() == 3);
  ScrollPast past;
  past.update(above(g, 0.0f), true);
  CHECK(past.update(above(g, 299.0f), true).empty());
  CHECK(same(past.update(above(g, 300.0f), true), 0, 3));
}
