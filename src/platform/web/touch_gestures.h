// Touch as people expect it on a phone: a tap is one click (and leaves no hover behind), a drag
// scrolls the list and keeps gliding with inertia after the finger lifts, a long press (500 ms
// without moving) is a right click for context menus. Coordinates are CSS pixels.
#pragma once

namespace fv::web {

class TouchGestures {
 public:
  enum class Release { None, Tap };

  void down(float x, float y, double t);
  // Scroll delta (CSS px, positive = content moves up) for this move; zero until the finger has
  // moved past the tap slop.
  void move(float x, float y, double t, float& scroll_dx, float& scroll_dy);
  Release up(float x, float y, double t);
  void cancel();

  bool pressed() const { return pressed_; }
  float start_x() const { return x0_; }  // where the finger went down (CSS px)
  float start_y() const { return y0_; }
  // True once when a long press has been held long enough (the caller sends a right click).
  bool take_long_press(double t);
  double long_press_deadline() const { return pressed_ && !dragging_ && !long_pressed_ ? t0_ + kLongPress : -1.0; }

  // Inertia after a flick: scroll for this frame and whether it continues.
  bool gliding() const { return vx_ != 0.0f || vy_ != 0.0f; }
  void glide(double dt, float& dx, float& dy);

  static constexpr double kLongPress = 0.5;

 private:
  bool pressed_ = false, dragging_ = false, long_pressed_ = false;
  float x0_ = 0, y0_ = 0, last_x_ = 0, last_y_ = 0;
  double t0_ = 0, last_t_ = 0;
  float track_vx_ = 0, track_vy_ = 0;  // while dragging, px/s
  float vx_ = 0, vy_ = 0;              // gliding, px/s
};

}  // namespace fv::web
