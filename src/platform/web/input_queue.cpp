#include "platform/web/input_queue.h"

#include <cstring>

#include <imgui.h>

namespace fv::web {

bool InputQueue::apply_one_frame() {
  ImGuiIO& io = ImGui::GetIO();
  bool button_changed[5] = {};
  bool any_button_changed = false;
  bool key_changed[512] = {};
  bool any_key_changed = false;

  while (!events_.empty()) {
    const InputEvent& e = events_.front();
    switch (e.type) {
      case InputEvent::Type::MousePos:
        if (any_button_changed) return true;  // the click lands where the button went down
        io.MousePos = ImVec2(e.x, e.y);
        break;
      case InputEvent::Type::MouseButton:
        if (e.code < 0 || e.code >= 5) break;
        if (button_changed[e.code]) return true;
        io.MouseDown[e.code] = e.down;
        button_changed[e.code] = any_button_changed = true;
        break;
      case InputEvent::Type::Key:
        if (e.code < 0 || e.code >= 512) break;
        if (key_changed[e.code]) return true;
        io.KeysDown[e.code] = e.down;
        io.KeyCtrl = e.mods.ctrl;
        io.KeyShift = e.mods.shift;
        io.KeyAlt = e.mods.alt;
        io.KeySuper = e.mods.super;
        key_changed[e.code] = any_key_changed = true;
        break;
      case InputEvent::Type::Text:
        if (any_key_changed || any_button_changed) return true;  // keep typing order with keys
        io.AddInputCharacter(e.codepoint);
        break;
      case InputEvent::Type::Focus:
        io.AddFocusEvent(e.down);
        break;
      case InputEvent::Type::ReleaseAll:
        // Blur, Cmd-Tab, Meta released: no key or button may stay stuck.
        std::memset(io.KeysDown, 0, sizeof io.KeysDown);
        io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
        for (bool& b : io.MouseDown) b = false;
        break;
    }
    events_.pop_front();
  }
  return false;
}

}  // namespace fv::web
