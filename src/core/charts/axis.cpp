#include "core/charts/axis.h"

#include <algorithm>
#include <cmath>

namespace fv::charts {

Axis nice_axis(double data_max, int target_ticks) {
  Axis a;
  target_ticks = std::max(1, target_ticks);
  if (!(data_max > 0)) data_max = 1;  // also catches NaN
  const double raw = data_max / target_ticks;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = magnitude;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    step = m * magnitude;
    if (step >= raw) break;
  }
  a.step = std::max(1.0, step);
  a.max = std::ceil(data_max / a.step - 1e-9) * a.step;
  for (int i = 0; a.step * i <= a.max + 1e-9; ++i) a.ticks.push_back(a.step * i);
  return a;
}

float scale_to(double value, const Axis& axis, float height) {
  if (!(axis.max > 0)) return 0.0f;
  return std::clamp(float(value / axis.max * height), 0.0f, height);
}

}  // namespace fv::charts
