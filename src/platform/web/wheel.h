// Wheel input normalised across the browser's deltaMode and smoothed.
//
// deltaMode 0 (pixels: trackpads, Chrome's mouse wheels), 1 (lines: Firefox mouse wheels) and
// 2 (pages) become CSS pixels: a line is 33 px, so one notch (3 lines) scrolls about 100 px as in
// Chrome; a page is 90% of the viewport. Large discrete steps (a mouse notch) are spread over a
// few frames so the list glides; small trackpad deltas pass through at once.
#pragma once

namespace fv::web {

constexpr float kWheelLinePx = 33.0f;
constexpr float kWheelPageFraction = 0.9f;

// CSS pixels for one wheel delta.
float wheel_delta_to_css_px(double delta, unsigned long delta_mode, float viewport_css);

class WheelSmoother {
 public:
  void add(float dx_px, float dy_px);
  void add_immediate(float dx_px, float dy_px) { immediate_x_ += dx_px; immediate_y_ += dy_px; }
  // Pixels to scroll this frame, given the seconds since the last frame.
  void take(double dt, float& dx_px, float& dy_px);
  bool animating() const { return pending_x_ != 0.0f || pending_y_ != 0.0f; }
  void cancel() { pending_x_ = pending_y_ = immediate_x_ = immediate_y_ = 0.0f; }

 private:
  float pending_x_ = 0, pending_y_ = 0;      // smoothed part
  float immediate_x_ = 0, immediate_y_ = 0;  // passes through this frame
};

}  // namespace fv::web
