#include "core/layout/card_grid.h"

#include <algorithm>
#include <cmath>

namespace fv::layout {

int grid_columns(float width, const CardGridSpec& spec) {
  const float min_w = std::max(1.0f, spec.min_card_width);
  if (!(width > min_w)) return 1;  // also catches NaN
  // n cards + (n - 1) gaps fit: n <= (width + gap) / (min_w + gap)
  const int n = static_cast<int>(std::floor((width + spec.gap) / (min_w + spec.gap)));
  return std::clamp(n, 1, std::max(1, spec.max_columns));
}

CardGrid::CardGrid(std::size_t count, float width, float card_height, const CardGridSpec& spec)
    : count_(count), columns_(grid_columns(width, spec)), card_h_(std::max(0.0f, card_height)),
      gap_(std::max(0.0f, spec.gap)) {
  card_w_ = std::max(0.0f, std::floor((width - gap_ * float(columns_ - 1)) / float(columns_)));
}

float CardGrid::height() const {
  if (count_ == 0) return 0.0f;
  const std::size_t rows = (count_ + columns_ - 1) / columns_;
  return float(rows) * card_h_ + float(rows - 1) * gap_;
}

CardRect CardGrid::card(std::size_t i) const {
  const std::size_t row = i / columns_, col = i % columns_;
  return {float(col) * (card_w_ + gap_), float(row) * (card_h_ + gap_), card_w_, card_h_};
}

RowRange CardGrid::visible(float scroll_y, float viewport_h, float overscan) const {
  RowRange r;
  if (count_ == 0 || viewport_h <= 0.0f) return r;
  const float pitch = card_h_ + gap_;
  if (pitch <= 0.0f) return {0, count_};
  const std::size_t rows = (count_ + columns_ - 1) / columns_;
  const float top = std::max(0.0f, scroll_y - overscan);
  const float bottom = scroll_y + viewport_h + overscan;
  if (bottom <= 0.0f) return r;
  // A grid row intersects when its top < bottom and its bottom (top + card_h) > top.
  std::size_t first_row = static_cast<std::size_t>(std::floor(top / pitch));
  if (float(first_row) * pitch + card_h_ <= top) ++first_row;  // top fell in the gap
  std::size_t last_row = static_cast<std::size_t>(std::ceil(bottom / pitch));
  first_row = std::min(first_row, rows);
  last_row = std::clamp(last_row, first_row, rows);
  r.first = std::min(first_row * columns_, count_);
  r.last = std::min(last_row * columns_, count_);
  return r;
}

float CardGrid::scroll_to_reveal(std::size_t i, float scroll_y, float viewport_h) const {
  if (i >= count_) return scroll_y;
  const CardRect c = card(i);
  if (c.y < scroll_y) return c.y;
  if (c.y + c.h > scroll_y + viewport_h) return std::min(c.y, c.y + c.h - viewport_h);
  return scroll_y;
}

}  // namespace fv::layout
