// Row heights of a long list that are measured lazily: every row starts with an estimate and
// gets its real height when it is first laid out (visible, or needed for keyboard
// navigation). Offsets are prefix sums kept in a Fenwick tree, so replacing one estimate, the
// offset of a row and the row at a y position all cost O(log rows) — a width change resets the
// estimates in O(rows) without wrapping 50,000 titles.
#pragma once

#include <cstddef>
#include <vector>

#include "core/layout/visible_rows.h"

namespace fv::layout {

class RowHeights {
 public:
  // `gap` separates adjacent rows (not after the last).
  void reset(const std::vector<float>& estimates, float gap = 0.0f);

  std::size_t size() const { return heights_.size(); }
  bool measured(std::size_t i) const { return measured_[i] != 0; }
  float height(std::size_t i) const { return heights_[i]; }
  // Replaces row i's height (an estimate or a measurement) and marks it measured.
  void set_measured(std::size_t i, float height);

  // Top of row i (i == size() gives the total height).
  float offset(std::size_t i) const;
  float total() const { return offset(size()); }
  // The row containing y (rows own [top, next top)); size() when y is past the end.
  std::size_t row_at(float y) const;
  // Rows intersecting [scroll_y - overscan, scroll_y + viewport_h + overscan).
  RowRange visible(float scroll_y, float viewport_h, float overscan = 0.0f) const;
  // As layout::scroll_to_reveal for row i.
  float scroll_to_reveal(std::size_t i, float scroll_y, float viewport_h) const;

 private:
  void add(std::size_t i, float delta);

  std::vector<float> heights_;     // each row's height plus the gap below it (but the last)
  std::vector<double> tree_;       // Fenwick tree over heights_, 1-based (double: 50,000 rows of ~100 px exceed float's exact range)
  std::vector<unsigned char> measured_;
  float gap_ = 0.0f;
  std::size_t top_bit_ = 0;        // highest power of two <= size(), for row_at
};

}  // namespace fv::layout
