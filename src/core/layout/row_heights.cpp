#include "core/layout/row_heights.h"

#include <algorithm>

namespace fv::layout {

void RowHeights::reset(const std::vector<float>& estimates, float gap) {
  const std::size_t n = estimates.size();
  gap_ = gap;
  heights_ = estimates;
  measured_.assign(n, 0);
  // Linear Fenwick construction: each node passes its sum to its parent once.
  tree_.assign(n + 1, 0.0);
  for (std::size_t i = 1; i <= n; ++i) {
    tree_[i] += heights_[i - 1] + (i < n ? gap_ : 0.0f);
    const std::size_t parent = i + (i & (~i + 1));
    if (parent <= n) tree_[parent] += tree_[i];
  }
  top_bit_ = 1;
  while (top_bit_ * 2 <= n) top_bit_ *= 2;
  if (n == 0) top_bit_ = 0;
}

void RowHeights::add(std::size_t i, float delta) {
  for (std::size_t k = i + 1; k < tree_.size(); k += k & (~k + 1)) tree_[k] += delta;
}

void RowHeights::set_measured(std::size_t i, float height) {
  if (i >= heights_.size()) return;
  measured_[i] = 1;
  const float delta = height - heights_[i];
  if (delta == 0.0f) return;
  heights_[i] = height;
  add(i, delta);
}

float RowHeights::offset(std::size_t i) const {
  double sum = 0.0;
  for (std::size_t k = std::min(i, heights_.size()); k > 0; k -= k & (~k + 1)) sum += tree_[k];
  return static_cast<float>(sum);
}

std::size_t RowHeights::row_at(float y) const {
  if (y < 0.0f) return 0;
  // Fenwick descent: the largest prefix whose sum is <= y.
  std::size_t pos = 0;
  double rest = y;
  for (std::size_t step = top_bit_; step > 0; step /= 2) {
    const std::size_t next = pos + step;
    if (next < tree_.size() && tree_[next] <= rest) {
      pos = next;
      rest -= tree_[next];
    }
  }
  return std::min(pos, heights_.size());
}

RowRange RowHeights::visible(float scroll_y, float viewport_h, float overscan) const {
  RowRange r;
  if (heights_.empty() || viewport_h <= 0.0f) return r;
  const float top = scroll_y - overscan, bottom = scroll_y + viewport_h + overscan;
  r.first = row_at(top);
  std::size_t last = row_at(bottom);
  // Include the row containing `bottom` unless it starts exactly there.
  if (last < heights_.size() && offset(last) < bottom) ++last;
  r.last = std::clamp(last, r.first, heights_.size());
  return r;
}

float RowHeights::scroll_to_reveal(std::size_t i, float scroll_y, float viewport_h) const {
  if (i >= heights_.size()) return scroll_y;
  const float top = offset(i), bottom = top + heights_[i];
  if (top < scroll_y) return top;
  if (bottom > scroll_y + viewport_h) return std::min(top, bottom - viewport_h);
  return scroll_y;
}

}  // namespace fv::layout
