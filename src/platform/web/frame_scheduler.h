// Frugal rendering: a frame is drawn only when something asked for one — input, new data, a
// running animation, or a timer the app set (a tooltip delay, a relative time turning over).
// An idle page draws nothing; a hidden tab draws nothing until it is shown again.
#pragma once

namespace fv::web {

class FrameScheduler {
 public:
  using DrawFn = void (*)();
  explicit FrameScheduler(DrawFn draw) : draw_(draw) {}

  // Draw at the next animation frame (coalesced: many requests, one frame).
  void request();
  // Draw after `seconds` unless a frame happens earlier; only the earliest timer is kept.
  void request_after(double seconds);
  void set_visible(bool visible);
  bool visible() const { return visible_; }

 private:
  static int on_animation_frame(double, void* self);
  static void on_timer(void* self);

  DrawFn draw_;
  bool frame_pending_ = false;  // a requestAnimationFrame is outstanding
  bool wanted_while_hidden_ = false;
  bool visible_ = true;
  long timer_id_ = 0;
  double timer_due_ms_ = 0;
};

}  // namespace fv::web
