#include "core/layout/mirror_window.h"

#include <algorithm>

namespace fv::layout {

MirrorWindow mirror_window(std::size_t total, std::size_t anchor, std::size_t size,
                           std::size_t step) {
  if (total == 0 || size == 0) return {};
  if (step == 0) step = 1;
  anchor = std::min(anchor, total - 1);
  const std::size_t block = anchor / step * step;
  std::size_t first = block >= step ? block - step : 0;
  // Near the end keep the window full rather than short.
  if (total - first < size) first = total > size ? total - size : 0;
  // ...but never so far back that the anchor drops out of it.
  first = std::min(first, anchor);
  return {first, std::min(total, first + size)};
}

}  // namespace fv::layout
