#include "platform/web/wheel.h"

#include <cmath>

namespace fv::web {
namespace {
constexpr float kSmoothAbove = 40.0f;   // CSS px: larger single deltas are mouse notches
constexpr double kTimeConstant = 0.06;  // s: ~95% of a notch lands within 180 ms
}  // namespace

float wheel_delta_to_css_px(double delta, unsigned long delta_mode, float viewport_css) {
  switch (delta_mode) {
    case 1: return static_cast<float>(delta) * kWheelLinePx;
    case 2: return static_cast<float>(delta) * viewport_css * kWheelPageFraction;
    default: return static_cast<float>(delta);
  }
}

void WheelSmoother::add(float dx, float dy) {
  (std::fabs(dx) > kSmoothAbove ? pending_x_ : immediate_x_) += dx;
  (std::fabs(dy) > kSmoothAbove ? pending_y_ : immediate_y_) += dy;
}

void WheelSmoother::take(double dt, float& dx, float& dy) {
  const float k = static_cast<float>(1.0 - std::exp(-dt / kTimeConstant));
  auto step = [k](float& pending) {
    float s = pending * k;
    if (std::fabs(pending - s) < 0.5f) s = pending;  // finish instead of creeping
    pending -= s;
    return s;
  };
  dx = immediate_x_ + step(pending_x_);
  dy = immediate_y_ + step(pending_y_);
  immediate_x_ = immediate_y_ = 0.0f;
}

}  // namespace fv::web
