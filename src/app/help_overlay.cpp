#include "app/help_overlay.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include <nlohmann/json.hpp>

#include "app/click_targets.h"
#include "app/dialog.h"
#include "app/platform.h"
#include "app/reading_keys.h"

namespace fv::app {
namespace {

constexpr const char* kTitle = "Keyboard shortcuts";


}  // namespace

const std::vector<KeyHelp>& key_help() {
  static const std::vector<KeyHelp> keys = [] {
    std::vector<KeyHelp> k = {
        {"j / k", "Next / previous story"},
        {"o or Enter", "Open the story in the reading pane"},
        {"v", "Open the original article in a new tab"},
        {"/", "Search"},
    };
    for (const ReadingKey& r : reading_keys()) k.push_back({r.label, r.action});
    k.push_back({kUndoKeyLabel, "Undo, while the undo bar shows"});
    k.push_back({"?", "Show or hide this help"});
    k.push_back({"Esc", "Close the reading pane or this help"});
    return k;
  }();
  return keys;
}

std::string HelpOverlay::mirror_json() {
  nlohmann::json rows = nlohmann::json::array();
  for (const KeyHelp& k : key_help()) rows.push_back({k.keys, k.what});
  return nlohmann::json{{"title", kTitle}, {"rows", rows}}.dump();
}

void HelpOverlay::open(Platform& platform) {
  if (open_) return;
  open_ = true;
  platform.publish_dialog(mirror_json());
}

void HelpOverlay::close(Platform& platform) {
  if (!open_) return;
  open_ = false;
  platform.publish_dialog("null");
}

bool HelpOverlay::handle_keys(Platform& platform) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeySuper || io.KeyAlt) return open_;
  bool toggle_key = false;
  for (ImWchar c : io.InputQueueCharacters) toggle_key |= c == '?';
  if (toggle_key) {
    toggle(platform);
    return true;
  }
  if (open_ && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    close(platform);
    return true;
  }
  return open_;
}

float HelpOverlay::draw_button(float right, float center_y, const FontHandles& f, const Palette& p,
                               Platform& platform) {
  ImGui::PushFont(f.meta);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float side = ImGui::GetFontSize() + style.FramePadding.y * 2;
  ImGui::SetCursorScreenPos(ImVec2(right - side, std::floor(center_y - side * 0.5f)));
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
  if (ImGui::Button("?##help", ImVec2(side, side))) toggle(platform);
  note_click_target("help");
  if (ImGui::IsItemHovered()) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SetTooltip("Keyboard shortcuts (?)");
  }
  ImGui::PopStyleColor(2);
  ImGui::PopFont();
  return side;
}

void HelpOverlay::draw(const FontHandles& f, const Palette& p, float scale, Platform& platform) {
  if (open_ && !popup_open_) {
    ImGui::OpenPopup(kTitle);
    frames_left_ = 20;
  }
  if (frames_left_ > 0) --frames_left_;
  popup_open_ = begin_dialog(kTitle, 460.0f, scale);
  if (popup_open_) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushFont(f.headline);
    ImGui::TextUnformatted(kTitle);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(1, 6.0f * scale));
    // Keys in a column of their own, as key caps; descriptions beside them.
    float keys_w = 0;
    for (const KeyHelp& k : key_help())
      keys_w = std::max(keys_w, f.meta->CalcTextSizeA(f.meta->FontSize, FLT_MAX, 0, k.keys.c_str()).x);
    keys_w += 16.0f * scale;
    const float row_h = std::floor(f.body->FontSize * 1.75f);
    const float row_w = ImGui::GetContentRegionAvail().x;
    for (const KeyHelp& k : key_help()) {
      const ImVec2 at = ImGui::GetCursorScreenPos();
      const ImVec2 ks = f.meta->CalcTextSizeA(f.meta->FontSize, FLT_MAX, 0, k.keys.c_str());
      const float cap_h = f.meta->FontSize + 6.0f * scale;
      const float cap_y = std::floor(at.y + (row_h - cap_h) * 0.5f);
      dl->AddRectFilled(ImVec2(at.x, cap_y), ImVec2(at.x + ks.x + 12.0f * scale, cap_y + cap_h),
                        p.hover, 4.0f * scale);
      dl->AddText(f.meta, f.meta->FontSize, ImVec2(at.x + 6.0f * scale, cap_y + 3.0f * scale), p.text,
                  k.keys.c_str());
      dl->AddText(f.body, f.body->FontSize,
                  ImVec2(at.x + keys_w + 8.0f * scale, at.y + (row_h - f.body->FontSize) * 0.5f),
                  p.text, k.what.c_str());
      ImGui::Dummy(ImVec2(row_w, row_h));
    }
    ImGui::Dummy(ImVec2(1, 4.0f * scale));
    // Buttons read as buttons on the dialog's surface.
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.hover));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(p.pressed));
    if (dialog_close_button("Close", "help-close")) close(platform);
    ImGui::PopStyleColor(2);
    if (!open_) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
}

}  // namespace fv::app
