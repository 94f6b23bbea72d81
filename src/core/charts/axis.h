// A value axis that reads well: ticks at 1, 2 or 5 × 10^k, and an axis maximum that is a whole
// number of ticks at or above the data's maximum.
#pragma once

#include <cstddef>
#include <vector>

namespace fv::charts {

struct Axis {
  double max = 1;   // top of the axis (>= the data maximum, > 0)
  double step = 1;  // distance between ticks
  std::vector<double> ticks;  // 0, step, 2*step, ..., max
};

// About `target_ticks` intervals (at least 1); counts are whole numbers, so the step is >= 1.
Axis nice_axis(double data_max, int target_ticks = 4);

// Pixel height of `value` on an axis `height` tall (0 at the bottom), clamped to [0, height].
float scale_to(double value, const Axis& axis, float height);

}  // namespace fv::charts
