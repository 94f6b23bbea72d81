// The frame the dashboard's dialogs share — the keyboard help, the mute rules and the Feeds
// panel: the dashboard dimmed behind, a rounded panel centred across and a little above the
// middle, and a closing button at the right edge of the content.
#pragma once

#include <imgui.h>

namespace fv::app {

// Of the height a dialog leaves free, the share above it: a little above the middle.
constexpr float kDialogPlaceY = 0.35f;

// The dimmed dashboard behind a dialog (theme.cpp makes it ImGui's modal backdrop too).
ImVec4 dialog_backdrop(bool dark);

// The top of a dialog `height` tall on a display `display_h` tall, at least `margin` down.
float dialog_top(float display_h, float height, float margin);

// A modal dialog: an ImGui popup called `title` without a title bar, `width` CSS px wide (less
// on a narrow display), as tall as its content. True while it shows: draw its content, then
// call ImGui::EndPopup().
bool begin_dialog(const char* title, float width, float scale);

// The dialog's closing button at the right edge of its content; `target` names it for the
// browser tests (click_targets.h). True when pressed.
bool dialog_close_button(const char* label, const char* target);

}  // namespace fv::app
