#include "app/header_buttons.h"

#include <cmath>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/click_targets.h"
#include "app/icons.h"

namespace fv::app {
namespace {

constexpr float kIcon = 32.0f, kGap = 2.0f;  // CSS px: a comfortable touch target

// One round icon button; returns clicked. `draw` paints the icon centred at c.
template <typename Draw>
bool icon_button(const char* id, const char* target, const char* tooltip, ImVec2 min, float side,
                 const Palette& p, bool on, Draw draw) {
  ImGui::SetCursorScreenPos(min);
  const bool clicked = ImGui::InvisibleButton(id, ImVec2(side, side));
  note_click_target(target);
  const bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 max(min.x + side, min.y + side);
  if (on || hovered || active) {
    ImVec4 fill = ImGui::ColorConvertU32ToFloat4(on ? p.accent : active ? p.pressed : p.hover);
    if (on) fill.w = hovered ? 0.24f : 0.16f;
    dl->AddRectFilled(min, max, ImGui::ColorConvertFloat4ToU32(fill), side * 0.5f);
  }
  draw(dl, ImVec2(min.x + side * 0.5f, min.y + side * 0.5f), on ? p.accent : p.text_muted);
  if (hovered) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SetTooltip("%s", tooltip);
  }
  return clicked;
}

}  // namespace

HeaderAction header_action(std::string_view name) {
  if (name == "trends") return HeaderAction::Trends;
  if (name == "help") return HeaderAction::Help;
  if (name == "feeds") return HeaderAction::Feeds;
  if (name == "theme") return HeaderAction::Theme;
  if (name == "read-on-scroll") return HeaderAction::ReadOnScroll;
  return HeaderAction::None;
}

const char* next_theme(std::string_view theme) {
  return theme == "system" ? "light" : theme == "light" ? "dark" : "system";
}

const char* theme_hint(std::string_view theme) {
  return theme == "light"  ? "Light theme (click for dark)"
         : theme == "dark" ? "Dark theme (click to follow the system)"
                           : "Theme follows the system (click for light)";
}

float header_icons_width(float scale) { return (4 * kIcon + 3 * kGap) * scale; }

HeaderAction draw_header_icons(float right, float center_y, float scale, const Palette& p,
                               bool trends_open, std::string_view theme) {
  const float side = kIcon * scale, r = 7.0f * scale, t = std::max(1.0f, 1.5f * scale);
  float x = right - header_icons_width(scale);
  const float y = std::floor(center_y - side * 0.5f);
  HeaderAction action = HeaderAction::None;
  auto next = [&] { x += side + kGap * scale; };
  if (icon_button("##trends-icon", "trends", trends_open ? "Hide the timeline and trending keywords"
                                                         : "Trends: a timeline and the trending keywords",
                  ImVec2(x, y), side, p, trends_open,
                  [&](ImDrawList* dl, ImVec2 c, ImU32 col) { icons::bars(dl, c, r, col); }))
    action = HeaderAction::Trends;
  next();
  if (icon_button("##help-icon", "help", "Keyboard shortcuts (?)", ImVec2(x, y), side, p, false,
                  [&](ImDrawList* dl, ImVec2 c, ImU32 col) {
                    const ImFont* font = ImGui::GetFont();
                    const ImVec2 s = font->CalcTextSizeA(font->FontSize, 1e9f, 0, "?");
                    dl->AddText(font, font->FontSize, ImVec2(c.x - s.x * 0.5f, c.y - s.y * 0.5f), col, "?");
                    dl->AddCircle(c, r * 1.2f, col, 24, t);
                  }))
    action = HeaderAction::Help;
  next();
  if (icon_button("##feeds-icon", "feeds", "Manage feeds: add, rename, move, remove; OPML import and export",
                  ImVec2(x, y), side, p, false,
                  [&](ImDrawList* dl, ImVec2 c, ImU32 col) { icons::feed(dl, c, r, col, t * 1.3f); }))
    action = HeaderAction::Feeds;
  next();
  const int mode = theme == "light" ? 1 : theme == "dark" ? 2 : 0;
  if (icon_button("##theme-icon", "theme", theme_hint(theme), ImVec2(x, y), side, p, false,
                  [&](ImDrawList* dl, ImVec2 c, ImU32 col) {
                    icons::theme(dl, c, r, col, p.page, mode, t);
                  }))
    action = HeaderAction::Theme;
  return action;
}

std::string toolbar_json(bool trends_open, std::string_view theme, bool read_on_scroll) {
  const nlohmann::json j = {{"trends", trends_open},
                            {"theme", std::string(theme)},
                            {"themeHint", theme_hint(theme)},
                            {"readOnScroll", read_on_scroll}};
  return j.dump();
}

}  // namespace fv::app
