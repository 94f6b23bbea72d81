// Which rows of a vertically stacked list intersect the viewport. The dashboard lays out and
// draws only those rows (virtualised list), so a list of 50,000 headlines costs what 20 do.
#pragma once

#include <cstddef>
#include <vector>

namespace fv::layout {

// Row i spans [offsets[i], offsets[i+1]); `offsets` has rows+1 ascending entries starting at 0
// (a prefix sum of row heights, see row_offsets()).
std::vector<float> row_offsets(const std::vector<float>& heights, float gap = 0.0f);

struct RowRange {
  std::size_t first = 0, last = 0;  // half-open [first, last); empty when first == last
  bool empty() const { return first == last; }
};

// Rows intersecting [scroll_y - overscan, scroll_y + viewport_h + overscan). Binary search,
// O(log rows).
RowRange visible_rows(const std::vector<float>& offsets, float scroll_y, float viewport_h,
                      float overscan = 0.0f);

// The scroll position that brings row `index` fully into view with the least movement (used by
// keyboard navigation); returns `scroll_y` unchanged when it is already visible.
float scroll_to_reveal(const std::vector<float>& offsets, std::size_t index, float scroll_y,
                       float viewport_h);

}  // namespace fv::layout
