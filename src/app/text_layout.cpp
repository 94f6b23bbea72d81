#include "app/text_layout.h"

#include <cfloat>
#include <cmath>
#include <string>

#include "app/fonts.h"
#include "core/text/bidi.h"

namespace fv::app {

namespace {

float width_of(const ImFont* font, std::string_view s) {
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
}

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

// Cuts `line` (whole UTF-8 characters, then trailing blanks) until it and "…" fit `width`.
std::string_view shorten_for_ellipsis(const ImFont* font, std::string_view line, float width) {
  const float ell = width_of(font, kEllipsis);
  while (!line.empty() && width_of(font, line) + ell > width) {
    std::size_t n = line.size() - 1;
    while (n > 0 && (static_cast<unsigned char>(line[n]) & 0xC0) == 0x80) --n;
    line = line.substr(0, n);
  }
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  return line;
}

}  // namespace

TextLines wrap_text(const ImFont* font, std::string_view text, float wrap_width, float leading,
                    std::size_t max_lines) {
  TextLines out;
  out.line_height = std::round(font->FontSize * leading);
  const char* s = text.data();
  const char* const end = text.data() + text.size();
  while (s < end) {
    if (max_lines && out.lines.size() == max_lines) {
      out.lines.back() = shorten_for_ellipsis(font, out.lines.back(), wrap_width);
      out.ellipsis = true;
      break;
    }
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
    std::string with_ellipsis;
    if (t.ellipsis && i + 1 == t.lines.size()) {
      with_ellipsis.assign(line);
      with_ellipsis += kEllipsis;
      line = with_ellipsis;
    }
    report_missing_glyphs(font, line);  // glyphs dropped from the atlas come back on screen
    dl->AddText(font, font->FontSize, ImVec2(pos.x, pos.y + inset + i * t.line_height), color,
                line.data(), line.data() + line.size());
  }
}

}  // namespace fv::app
