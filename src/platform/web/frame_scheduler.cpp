#include "platform/web/frame_scheduler.h"

#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

namespace fv::web {

void FrameScheduler::request() {
  if (!visible_) {
    wanted_while_hidden_ = true;
    return;
  }
  if (frame_pending_) return;
  frame_pending_ = true;
  emscripten_request_animation_frame(on_animation_frame, this);
}

void FrameScheduler::request_after(double seconds) {
  const double due = emscripten_get_now() + seconds * 1000.0;
  if (timer_id_ != 0) {
    if (timer_due_ms_ <= due) return;  // an earlier timer is already set
    emscripten_clear_timeout(timer_id_);
  }
  timer_due_ms_ = due;
  timer_id_ = emscripten_set_timeout(on_timer, seconds * 1000.0, this);
}

void FrameScheduler::set_visible(bool visible) {
  visible_ = visible;
  if (visible && wanted_while_hidden_) {
    wanted_while_hidden_ = false;
    request();
  }
}

int FrameScheduler::on_animation_frame(double, void* self) {
  auto* s = static_cast<FrameScheduler*>(self);
  s->frame_pending_ = false;
  if (!s->visible_) {
    s->wanted_while_hidden_ = true;
    return 0;
  }
  s->draw_();
  return 0;  // one-shot: the draw function asks again if it needs to
}

void FrameScheduler::on_timer(void* self) {
  auto* s = static_cast<FrameScheduler*>(self);
  s->timer_id_ = 0;
  s->request();
}

}  // namespace fv::web
