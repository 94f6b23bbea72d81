#include "app/theme.h"

#include "app/dialog.h"

namespace fv::app {
namespace {

constexpr ImU32 rgb(unsigned v) {
  return IM_COL32((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff, 0xff);
}

// Calm, paper-like light scheme and a soft (not pure black) dark one; text contrast is above
// WCAG AA for body and meta text on the page colour.
const Palette kLight = {
    rgb(0xf7f7f5), rgb(0xffffff), rgb(0xeeeeea), rgb(0xe4e4df), rgb(0x1c1c1e),
    rgb(0x5f6368), rgb(0x1a5fb4), rgb(0xdedcd8), rgb(0xb3261e),
    rgb(0xc98a00),
};
const Palette kDark = {
    rgb(0x17181a), rgb(0x1f2023), rgb(0x2a2c30), rgb(0x33353a), rgb(0xe8e6e3),
    rgb(0xa2a6ad), rgb(0x8ab4f8), rgb(0x34363b), rgb(0xf2b8b5),
    rgb(0xf4c152),
};

ImVec4 v4(ImU32 c, float alpha = 1.0f) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  v.w *= alpha;
  return v;
}

}  // namespace

const TypeScale& type_scale() {
  static const TypeScale kScale;
  return kScale;
}

const Palette& palette(bool dark) { return dark ? kDark : kLight; }

void apply_style(bool dark, float scale) {
  ImGuiStyle style;  // fresh defaults, so repeated scaling never compounds
  if (dark)
    ImGui::StyleColorsDark(&style);
  else
    ImGui::StyleColorsLight(&style);
  const Palette& p = palette(dark);

  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.FrameRounding = 6;
  style.FramePadding = ImVec2(10, 6);
  style.ItemSpacing = ImVec2(8, 6);
  style.ScrollbarSize = 10;
  style.ScrollbarRounding = 5;
  style.GrabRounding = 5;
  style.PopupRounding = 6;
  style.WindowRounding = 0;
  style.ChildRounding = 0;
  style.PopupBorderSize = 1;
  style.WindowPadding = ImVec2(0, 0);

  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = v4(p.page);
  c[ImGuiCol_ChildBg] = v4(p.page, 0.0f);
  c[ImGuiCol_PopupBg] = v4(p.surface);
  c[ImGuiCol_Text] = v4(p.text);
  c[ImGuiCol_TextDisabled] = v4(p.text_muted);
  c[ImGuiCol_Border] = v4(p.divider);
  c[ImGuiCol_Separator] = v4(p.divider);
  c[ImGuiCol_FrameBg] = v4(p.surface);
  c[ImGuiCol_FrameBgHovered] = v4(p.hover);
  c[ImGuiCol_FrameBgActive] = v4(p.pressed);
  c[ImGuiCol_Button] = v4(p.surface);
  c[ImGuiCol_ButtonHovered] = v4(p.hover);
  c[ImGuiCol_ButtonActive] = v4(p.pressed);
  c[ImGuiCol_ScrollbarBg] = v4(p.page, 0.0f);
  c[ImGuiCol_ScrollbarGrab] = v4(p.text_muted, 0.35f);
  c[ImGuiCol_ScrollbarGrabHovered] = v4(p.text_muted, 0.55f);
  c[ImGuiCol_ScrollbarGrabActive] = v4(p.text_muted, 0.75f);
  c[ImGuiCol_NavHighlight] = v4(p.accent);
  c[ImGuiCol_Header] = v4(p.hover);
  c[ImGuiCol_HeaderHovered] = v4(p.hover);
  c[ImGuiCol_HeaderActive] = v4(p.pressed);
  c[ImGuiCol_TextSelectedBg] = v4(p.accent, 0.3f);
  c[ImGuiCol_ModalWindowDimBg] = dialog_backdrop(dark);  // drawn at Render: a push would not reach it

  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace fv::app
