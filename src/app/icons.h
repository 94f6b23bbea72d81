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
void bars(ImDrawList* dl, ImVec2 c, float r, ImU32 color);  // a small bar chart (Trends)
void feed(ImDrawList* dl, ImVec2 c, float r, ImU32 color, float thickness);  // the feed symbol
// The theme: a sun (light), a crescent (dark) or a half-filled circle (follow the system).
void theme(ImDrawList* dl, ImVec2 c, float r, ImU32 color, ImU32 background, int mode,
           float thickness);
void alert(ImDrawList* dl, ImVec2 c, float r, ImU32 color, ImU32 mark);  // filled circle with "!"

}  // namespace fv::app::icons
