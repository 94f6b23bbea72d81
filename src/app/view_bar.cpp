#include "app/view_bar.h"

#include "app/click_targets.h"
#include "app/icons.h"
#include "app/scroll_read.h"

#include <algorithm>
#include <cmath>

#include "app/click_targets.h"

namespace fv::app {
namespace {

// A segmented control: adjacent buttons, the chosen one filled. Returns the clicked index or -1.
int segmented(const char* id, const char* const* labels, int count, int chosen, const Palette& p,
              float scale, float height) {
  int clicked = -1;
  ImGui::PushID(id);
  const ImGuiStyle& style = ImGui::GetStyle();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  float x = start.x;
  const float pad = 12.0f * scale;
  float total = 0;
  for (int i = 0; i < count; ++i) total += ImGui::CalcTextSize(labels[i]).x + 2 * pad;
  dl->AddRectFilled(start, ImVec2(start.x + total, start.y + height), p.surface, height * 0.5f);
  dl->AddRect(start, ImVec2(start.x + total, start.y + height), p.divider, height * 0.5f, 0,
              std::max(1.0f, std::floor(scale)));
  for (int i = 0; i < count; ++i) {
    const float w = ImGui::CalcTextSize(labels[i]).x + 2 * pad;
    ImGui::SetCursorScreenPos(ImVec2(x, start.y));
    ImGui::PushID(i);
    if (ImGui::InvisibleButton("##seg", ImVec2(w, height))) clicked = i;
    note_click_target(id, i);  // "sort" / "layout", by segment
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const ImVec2 a(x + 2.0f * scale, start.y + 2.0f * scale), b(x + w - 2.0f * scale, start.y + height - 2.0f * scale);
    if (i == chosen) {
      ImVec4 accent = ImGui::ColorConvertU32ToFloat4(p.accent);
      accent.w = 0.16f;
      dl->AddRectFilled(a, b, ImGui::ColorConvertFloat4ToU32(accent), (height - 4.0f * scale) * 0.5f);
    } else if (hovered) {
      dl->AddRectFilled(a, b, p.hover, (height - 4.0f * scale) * 0.5f);
    }
    const ImVec2 ts = ImGui::CalcTextSize(labels[i]);
    dl->AddText(ImVec2(x + pad, start.y + (height - ts.y) * 0.5f), i == chosen ? p.accent : p.text_muted,
                labels[i]);
    x += w;
  }
  (void)style;
  ImGui::SetCursorScreenPos(ImVec2(start.x + total, start.y));
  ImGui::PopID();
  return clicked;
}

// A toggle drawn as a small switch followed by its label. Returns true when clicked.
bool toggle(const char* target, const char* label, bool on, const Palette& p, float scale,
            float height) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float track_w = 30.0f * scale, track_h = 18.0f * scale;
  const ImVec2 text = ImGui::CalcTextSize(label);
  const float w = track_w + 8.0f * scale + text.x;
  const bool clicked = ImGui::InvisibleButton(label, ImVec2(w, height));
  note_click_target(target);
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  const float ty = start.y + (height - track_h) * 0.5f;
  dl->AddRectFilled(ImVec2(start.x, ty), ImVec2(start.x + track_w, ty + track_h),
                    on ? p.accent : (hovered ? p.pressed : p.divider), track_h * 0.5f);
  const float knob_r = track_h * 0.5f - 2.5f * scale;
  const float knob_x = on ? start.x + track_w - track_h * 0.5f : start.x + track_h * 0.5f;
  dl->AddCircleFilled(ImVec2(knob_x, ty + track_h * 0.5f), knob_r, IM_COL32_WHITE, 20);
  dl->AddText(ImVec2(start.x + track_w + 8.0f * scale, start.y + (height - text.y) * 0.5f),
              on ? p.text : p.text_muted, label);
  return clicked;
}

// "⋯": the less common view choices in a small menu, so the bar stays calm at any width.
// Returns true when a choice changed.
bool options_menu(ImVec2 at, const Palette& p, float scale, float height, Settings& settings) {
  ImGui::SetCursorScreenPos(at);
  const bool clicked = ImGui::InvisibleButton("##view-more", ImVec2(height, height));
  note_click_target("view-options");
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const bool open = ImGui::IsPopupOpen("##view-options");
  if (hovered || open) dl->AddRectFilled(min, max, p.hover, height * 0.5f);
  const ImVec2 c((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
  for (int k = -1; k <= 1; ++k)
    icons::dot(dl, ImVec2(c.x + float(k) * 5.0f * scale, c.y), 1.6f * scale, p.text_muted);
  if (hovered) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SetTooltip("View options");
  }
  if (clicked) ImGui::OpenPopup("##view-options");
  bool changed = false;
  ImGui::SetNextWindowPos(ImVec2(max.x, max.y + 4.0f * scale), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12.0f * scale, 8.0f * scale));
  ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 8.0f * scale);
  if (ImGui::BeginPopup("##view-options")) {
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    const bool on = ScrollRead::enabled(settings);
    if (toggle("read-on-scroll", "Mark as read when scrolled past", on, p, scale, height)) {
      ScrollRead::set_enabled(settings, !on);
      changed = true;
    }
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("Headlines you scroll past in the list count as read (off by default)");
    ImGui::EndPopup();
  }
  ImGui::PopStyleVar(2);
  return changed;
}

}  // namespace

void ViewBar::load(const Settings& settings) {
  if (loaded_) return;
  loaded_ = true;
  options_.sort = view::parse_sort(settings.get("view.sort", "newest"));
  options_.group = settings.get("view.group", "0") == "1";
  cards_ = settings.get("view.layout", "list") == "cards";
}

bool ViewBar::draw(const FontHandles& f, const Palette& p, float scale, Settings& settings,
                   float width) {
  load(settings);
  bool changed = false;
  ImGui::PushFont(f.meta);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float h = kHeight * scale, control_h = 28.0f * scale;
  const float pad = 16.0f * scale;
  const float y = std::floor(pos.y + (h - control_h) * 0.5f);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + pad, y));

  static const char* const kSorts[] = {"Newest", "Top stories"};
  const int sort = segmented("sort", kSorts, 2, options_.sort == view::Sort::TopStories ? 1 : 0, p,
                             scale, control_h);
  if (sort >= 0) {
    options_.sort = sort == 1 ? view::Sort::TopStories : view::Sort::Newest;
    settings.set("view.sort", view::sort_name(options_.sort));
    changed = true;
  }

  // On a phone the layout switch goes (one column either way) and the labels stay short.
  const bool narrow = width < 520.0f * scale;
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x + 16.0f * scale, y));
  if (toggle("group", narrow ? "Group" : "Group by story", options_.group, p, scale, control_h)) {
    options_.group = !options_.group;
    settings.set("view.group", options_.group ? "1" : "0");
    changed = true;
  }

  float options_right = pos.x + width - pad;
  if (!narrow) {
    static const char* const kLayouts[] = {"List", "Cards"};
    float layouts_w = 0;
    for (const char* l : kLayouts) layouts_w += ImGui::CalcTextSize(l).x + 24.0f * scale;
    options_right -= layouts_w + 6.0f * scale;
    ImGui::SetCursorScreenPos(ImVec2(pos.x + width - pad - layouts_w, y));
    const int layout = segmented("layout", kLayouts, 2, cards_ ? 1 : 0, p, scale, control_h);
    if (layout >= 0) {
      cards_ = layout == 1;
      settings.set("view.layout", cards_ ? "cards" : "list");
      changed = true;
    }
  }
  if (options_menu(ImVec2(options_right - control_h, y), p, scale, control_h, settings)) changed = true;
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(pos);
  ImGui::Dummy(ImVec2(width, h));
  return changed;
}

}  // namespace fv::app
