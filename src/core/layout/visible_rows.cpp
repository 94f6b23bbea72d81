#include "core/layout/visible_rows.h"

#include <algorithm>

namespace fv::layout {

std::vector<float> row_offsets(const std::vector<float>& heights, float gap) {
  std::vector<float> offsets;
  offsets.reserve(heights.size() + 1);
  float y = 0.0f;
  offsets.push_back(y);
  for (std::size_t i = 0; i < heights.size(); ++i) {
    y += heights[i] + (i + 1 < heights.size() ? gap : 0.0f);
    offsets.push_back(y);
  }
  return offsets;
}

RowRange visible_rows(const std::vector<float>& offsets, float scroll_y, float viewport_h,
                      float overscan) {
  RowRange r;
  if (offsets.size() < 2 || viewport_h <= 0.0f) return r;
  const std::size_t rows = offsets.size() - 1;
  const float top = scroll_y - overscan;
  const float bottom = scroll_y + viewport_h + overscan;
  // First row whose bottom edge lies below `top`.
  auto first = std::upper_bound(offsets.begin() + 1, offsets.end(), top);
  // First row whose top edge is at or below `bottom` ends the range.
  auto last = std::lower_bound(offsets.begin(), offsets.end() - 1, bottom);
  r.first = std::min<std::size_t>(std::size_t(first - (offsets.begin() + 1)), rows);
  r.last = std::max(r.first, std::min<std::size_t>(std::size_t(last - offsets.begin()), rows));
  return r;
}

float scroll_to_reveal(const std::vector<float>& offsets, std::size_t index, float scroll_y,
                       float viewport_h) {
  if (index + 1 >= offsets.size()) return scroll_y;
  const float top = offsets[index], bottom = offsets[index + 1];
  if (top < scroll_y) return top;
  if (bottom > scroll_y + viewport_h) return std::min(top, bottom - viewport_h);
  return scroll_y;
}

}  // namespace fv::layout
