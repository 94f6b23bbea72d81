// Colours and the typographic scale of the dashboard, for light and dark schemes. Sizes are in
// CSS pixels; the caller multiplies by the device scale (ImGui works in device pixels).
#pragma once

#include <imgui.h>

namespace fv::app {

struct TypeScale {
  float article = 24.0f;   // the reading pane's title, bold
  float brand = 19.0f;     // app name in the header, bold
  float headline = 16.5f;  // headline titles, bold
  float body = 15.0f;      // body text, controls
  float meta = 13.0f;      // source, time, counts
};

struct Palette {
  ImU32 page, surface, hover, pressed, text, text_muted, accent, divider, error;
  ImU32 star;  // starred items
};

const TypeScale& type_scale();
const Palette& palette(bool dark);

// Sets ImGui's style for the scheme, with every size multiplied by `scale`.
void apply_style(bool dark, float scale);

}  // namespace fv::app
