#include "app/undo_bar.h"

#include <algorithm>
#include <cmath>

#include "app/click_targets.h"

namespace fv::app {
namespace {

ImVec2 button_size() {  // in the current font (the bar uses the meta font)
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImVec2(ImGui::CalcTextSize("Undo").x + style.FramePadding.x * 2,
                ImGui::GetFontSize() + style.FramePadding.y * 2);
}

}  // namespace

std::string removed_feed_text(std::string name) {
  if (name.size() > 48) {  // cut at a character boundary
    std::size_t n = 45;
    while (n > 0 && (static_cast<unsigned char>(name[n]) & 0xC0) == 0x80) --n;
    name = name.substr(0, n) + "\xE2\x80\xA6";
  }
  return "Removed \xE2\x80\x9C" + name + "\xE2\x80\x9D";
}

ImVec2 undo_bar_size(const std::string& text, float max_w, const FontHandles& f, float scale) {
  ImGui::PushFont(f.meta);
  const ImVec2 tsz = ImGui::CalcTextSize(text.c_str());
  const ImVec2 bsz = button_size();
  ImGui::PopFont();
  const float pad = 14.0f * scale;
  return ImVec2(std::min(max_w, tsz.x + bsz.x + 3 * pad), bsz.y + 16.0f * scale);
}

bool draw_undo_bar(const std::string& text, ImVec2 a, ImVec2 size, const FontHandles& f, const Palette& p,
                   bool dark, float scale, const char* target) {
  ImGui::PushFont(f.meta);
  const ImVec2 bsz = button_size();
  const float pad = 14.0f * scale;
  const ImVec2 b(a.x + size.x, a.y + size.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, b, p.text, 8.0f * scale);  // inverted: a calm dark bar on light, light on dark
  const ImVec4 clip(a.x, a.y, b.x - pad * 0.5f - bsz.x, b.y);
  dl->AddText(f.meta, f.meta->FontSize, ImVec2(a.x + pad, std::floor(a.y + (size.y - f.meta->FontSize) * 0.5f)),
              p.page, text.c_str(), nullptr, 0.0f, &clip);
  ImGui::SetCursorScreenPos(ImVec2(b.x - pad * 0.5f - bsz.x, std::floor(a.y + (size.y - bsz.y) * 0.5f)));
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(p.text_muted));
  // The accent of the other scheme: it reads on the inverted bar.
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette(!dark).accent));
  const bool undo = ImGui::Button("Undo", bsz);
  note_click_target(target);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopStyleColor(3);
  ImGui::PopFont();
  return undo;
}

}  // namespace fv::app
