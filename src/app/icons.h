// Small vector icons drawn with ImDrawList: the UI font (a Noto Sans subset) has no stars,
// arrows or menu glyphs, and shapes stay crisp at any device scale. `c` is the centre and `r`
// the half-size, in device pixels.
#pragma once

#include <imgui.h>

namespace fv::app::icons {

void star(ImDrawList* dl, ImVec2 c, float r, ImU32 color, bool filled, float thickness);
void dot(ImDrawList* dl, ImVec2 c, float r, ImU32 color);
void menu(ImDrawList* dl, ImVec2 c, float r, ImU32 color, float thickness);  // three bars
void chevron(ImDrawList* dl, ImVec2 c, float r, ImU32 color, bool open, float thickness);  // ▸ / ▾
// A still ring with a gap: "fetching" without animating (an idle page draws no frames).
void pending(ImDrawList* dl, ImVec2 c, float r, ImU32 color, float thickness);
void alert(ImDrawList* dl, ImVec2 c, float r, ImU32 color, ImU32 mark);  // filled circle with "!"

}  // namespace fv::app::icons
