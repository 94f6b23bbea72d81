#include "platform/web/touch_gestures.h"

#include <cmath>

namespace fv::web {
namespace {
constexpr float kTapSlop = 8.0f;         // CSS px a finger may wander during a tap
constexpr float kMinGlideSpeed = 60.0f;  // px/s below which a release just stops
constexpr float kStopSpeed = 12.0f;
constexpr double kGlideTimeConstant = 0.33;  // s, close to iOS' "normal" deceleration
}  // namespace

void TouchGestures::down(float x, float y, double t) {
  pressed_ = true;
  dragging_ = long_pressed_ = false;
  x0_ = last_x_ = x;
  y0_ = last_y_ = y;
  t0_ = last_t_ = t;
  track_vx_ = track_vy_ = vx_ = vy_ = 0.0f;  // a touch stops any glide
}

void TouchGestures::move(float x, float y, double t, float& dx, float& dy) {
  dx = dy = 0.0f;
  if (!pressed_ || long_pressed_) return;
  if (!dragging_ && std::hypot(x - x0_, y - y0_) > kTapSlop) dragging_ = true;
  if (dragging_) {
    dx = last_x_ - x;
    dy = last_y_ - y;
    const double dt = t - last_t_;
    if (dt > 0.0) {
      // Smoothed velocity of the last few moves.
      const float a = 0.6f;
      track_vx_ = a * static_cast<float>(dx / dt) + (1 - a) * track_vx_;
      track_vy_ = a * static_cast<float>(dy / dt) + (1 - a) * track_vy_;
    }
  }
  last_x_ = x;
  last_y_ = y;
  last_t_ = t;
}

TouchGestures::Release TouchGestures::up(float x, float y, double t) {
  if (!pressed_) return Release::None;
  pressed_ = false;
  if (long_pressed_) return Release::None;
  if (!dragging_) return Release::Tap;
  // A finger that rested before lifting does not fling.
  if (t - last_t_ < 0.1 && std::hypot(track_vx_, track_vy_) > kMinGlideSpeed) {
    vx_ = track_vx_;
    vy_ = track_vy_;
  }
  (void)x;
  (void)y;
  return Release::None;
}

void TouchGestures::cancel() {
  pressed_ = dragging_ = false;
  vx_ = vy_ = 0.0f;
}

bool TouchGestures::take_long_press(double t) {
  if (pressed_ && !dragging_ && !long_pressed_ && t - t0_ >= kLongPress) {
    long_pressed_ = true;
    return true;
  }
  return false;
}

void TouchGestures::glide(double dt, float& dx, float& dy) {
  dx = static_cast<float>(vx_ * dt);
  dy = static_cast<float>(vy_ * dt);
  const float decay = static_cast<float>(std::exp(-dt / kGlideTimeConstant));
  vx_ *= decay;
  vy_ *= decay;
  if (std::hypot(vx_, vy_) < kStopSpeed) vx_ = vy_ = 0.0f;
}

}  // namespace fv::web
