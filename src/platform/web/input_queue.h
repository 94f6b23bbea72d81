// Browser input events queued between frames and fed to ImGui 1.86's IO one frame at a time.
//
// ImGui 1.86 reads input as state (io.MouseDown[], io.KeysDown[]) once per frame, so a click
// whose down and up both arrive before the next frame would be lost. The queue "trickles" such
// events: it applies events in order and stops at the first one that would overwrite a change
// already made this frame (same button or key again, or the mouse moving after a button
// changed); the rest waits for the next frame, which the scheduler draws at once.
#pragma once

#include <deque>

namespace fv::web {

struct Modifiers {
  bool ctrl = false, shift = false, alt = false, super = false;
};

struct InputEvent {
  enum class Type { MousePos, MouseButton, Key, Text, Focus, ReleaseAll };
  Type type = Type::MousePos;
  float x = 0, y = 0;   // MousePos, device pixels (-FLT_MAX: no mouse)
  int code = 0;         // MouseButton: ImGui button; Key: io.KeysDown index
  bool down = false;    // MouseButton, Key; Focus: focused
  Modifiers mods;       // Key
  unsigned codepoint = 0;  // Text
};

class InputQueue {
 public:
  void push(const InputEvent& e) { events_.push_back(e); }
  bool empty() const { return events_.empty(); }
  // Applies events to ImGui's IO up to the first conflict; returns true if events remain.
  bool apply_one_frame();

 private:
  std::deque<InputEvent> events_;
};

}  // namespace fv::web
