#include "app/dialog.h"

#include <algorithm>
#include <cmath>

#include "app/click_targets.h"

namespace fv::app {

ImVec4 dialog_backdrop(bool dark) { return ImVec4(0, 0, 0, dark ? 0.55f : 0.32f); }

float dialog_top(float display_h, float height, float margin) {
  return std::floor(std::max(margin, (display_h - height) * kDialogPlaceY));
}

bool begin_dialog(const char* title, float width, float scale) {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowSize(ImVec2(std::min(width * scale, display.x - 24.0f * scale), 0));
  // The height is known only once drawn: the pivot places it as dialog_top does.
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * kDialogPlaceY), ImGuiCond_Always,
                          ImVec2(0.5f, kDialogPlaceY));
  // Both are read when the window begins, so they can be popped at once.
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24.0f * scale, 20.0f * scale));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 10.0f * scale);
  const bool open = ImGui::BeginPopupModal(title, nullptr,
                                           ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                               ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleVar(2);
  return open;
}

bool dialog_close_button(const char* label, const char* target) {
  const float w = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - w);
  const bool pressed = ImGui::Button(label);
  note_click_target(target);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  return pressed;
}

}  // namespace fv::app
