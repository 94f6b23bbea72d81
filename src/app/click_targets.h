// Where named controls were drawn in the last frame (device px), so browser tests can click
// the canvas where a control really is instead of guessing coordinates from the layout
// (window.feedview.target(name, index) in the shim). Cleared at the start of every frame.
#pragma once

#include <string_view>

#include <imgui.h>

namespace fv::app {

void clear_click_targets();
// Records the last ImGui item's rectangle as `name`[index].
void note_click_target(std::string_view name, int index = 0);
void note_click_rect(std::string_view name, int index, ImVec2 min, ImVec2 max);
// The centre of `name`[index] drawn in the last frame; false when it was not drawn.
bool find_click_target(std::string_view name, int index, ImVec2* center);

}  // namespace fv::app
