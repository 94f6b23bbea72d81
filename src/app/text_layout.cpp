#include "app/text_layout.h"

#include <cmath>
#include <string>

#include "app/fonts.h"
#include "core/text/bidi.h"

namespace fv::app {

TextLines wrap_text(const ImFont* font, std::string_view text, float wrap_width, float leading) {
  TextLines out;
  out.line_height = std::round(font->FontSize * leading);
  const char* s = text.data();
  const char* const end = text.data() + text.size();
  while (s < end) {
    const char* eol = font->CalcWordWrapPositionA(1.0f, s, end, wrap_width);
    if (eol == s) {  // a single character wider than the line: take it (and its UTF-8 tail)
      ++eol;
      while (eol < end && (static_cast<unsigned char>(*eol) & 0xC0) == 0x80) ++eol;
    }
    const char* line_end = eol;
    while (line_end > s && (line_end[-1] == ' ' || line_end[-1] == '\n')) --line_end;
    out.lines.emplace_back(s, static_cast<std::size_t>(line_end - s));
    s = eol;
    // Like ImGui: the blanks at a break (and one newline) belong to no line.
    while (s < end && (*s == ' ' || *s == '\t')) ++s;
    if (s < end && *s == '\n') ++s;
  }
  return out;
}

void draw_lines(ImDrawList* dl, const ImFont* font, ImVec2 pos, ImU32 color, const TextLines& t) {
  const float inset = std::floor((t.line_height - font->FontSize) * 0.5f);
  for (std::size_t i = 0; i < t.lines.size(); ++i) {
    std::string_view line = t.lines[i];
    // ImGui draws left to right without shaping: right-to-left lines are shaped and reordered
    // here, per line, so wrapped Arabic and Hebrew read in order (core/text/bidi.h).
    std::string visual;
    if (text::has_rtl(line)) {
      visual = text::visual_line(line);
      line = visual;
    }
    report_missing_glyphs(font, line);  // glyphs dropped from the atlas come back on screen
    dl->AddText(font, font->FontSize, ImVec2(pos.x, pos.y + inset + i * t.line_height), color,
                line.data(), line.data() + line.size());
  }
}

}  // namespace fv::app
