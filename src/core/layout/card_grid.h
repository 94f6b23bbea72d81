// The card-grid mode of the headline list: as many columns as fit (each card at least
// `min_card_width` wide), cards of one fixed height so the grid is virtualised like the list —
// which cards intersect the viewport is arithmetic, with no per-card measuring. Units are
// whatever the caller uses (the dashboard passes device pixels).
#pragma once

#include <cstddef>

#include "core/layout/visible_rows.h"

namespace fv::layout {

struct CardGridSpec {
  float min_card_width = 260.0f;
  float gap = 16.0f;
  int max_columns = 6;
};

// Columns for `width`: at least 1, at most spec.max_columns, each card >= min_card_width.
int grid_columns(float width, const CardGridSpec& spec);

struct CardRect {
  float x = 0, y = 0, w = 0, h = 0;
};

class CardGrid {
 public:
  CardGrid() = default;
  CardGrid(std::size_t count, float width, float card_height, const CardGridSpec& spec);

  int columns() const { return columns_; }
  float card_width() const { return card_w_; }
  float card_height() const { return card_h_; }
  // Total height of the grid (no gap after the last row).
  float height() const;
  // Card i's rectangle relative to the grid's top-left corner.
  CardRect card(std::size_t i) const;
  // Cards intersecting [scroll_y - overscan, scroll_y + viewport_h + overscan): whole grid rows.
  RowRange visible(float scroll_y, float viewport_h, float overscan = 0.0f) const;
  // The scroll position that shows card i fully with the least movement.
  float scroll_to_reveal(std::size_t i, float scroll_y, float viewport_h) const;

 private:
  std::size_t count_ = 0;
  int columns_ = 1;
  float card_w_ = 0, card_h_ = 0, gap_ = 0;
};

}  // namespace fv::layout
