// Wrapped text with a real line height. ImGui's own wrapping sets lines exactly one font size
// apart, which is too tight for two-line headlines and paragraphs; this breaks lines where
// ImGui would (word boundaries) and places them `line_height` apart.
#pragma once

#include <string_view>
#include <vector>

#include <imgui.h>

namespace fv::app {

struct TextLines {
  std::vector<std::string_view> lines;
  float line_height = 0.0f;
  bool ellipsis = false;  // text was left over: the last line is drawn with "…" after it
  float height() const { return lines.empty() ? 0.0f : lines.size() * line_height; }
};

// `leading` is the line height as a multiple of the font size (1.3 reads well for UI text).
// With `max_lines` (0 = no limit) wrapping stops there — a 1 MB title is never scanned past
// what fits — and if text is left over the last line is shortened to leave room for "…".
TextLines wrap_text(const ImFont* font, std::string_view text, float wrap_width, float leading,
                    std::size_t max_lines = 0);

// Draws the lines, each vertically centred in its line box; right-to-left lines in visual
// order (Arabic shaped, runs reversed: see core/text/bidi.h).
void draw_lines(ImDrawList* dl, const ImFont* font, ImVec2 pos, ImU32 color, const TextLines& t);

}  // namespace fv::app
