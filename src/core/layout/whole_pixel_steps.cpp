#include "core/layout/whole_pixel_steps.h"

#include <cmath>

namespace fv::layout {

float WholePixelSteps::take(float px) {
  const float total = px + carry_;
  // Float steps of a glide can add up to a hair under its distance (99.99998 of 100): within a
  // thousandth of the next pixel counts as reaching it.
  const float whole = std::trunc(total + std::copysign(1e-3f, total));
  carry_ = total - whole;
  return whole;
}

}  // namespace fv::layout
