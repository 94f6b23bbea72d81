#include "app/headline_list.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "app/icons.h"
#include "app/platform.h"
#include "app/text_layout.h"
#include "core/layout/relative_time.h"
#include "core/layout/visible_rows.h"

namespace fv::app {
namespace {

// Row geometry in CSS pixels (multiplied by the device scale when used).
constexpr float kPadX = 16.0f, kPadY = 12.0f, kTitleMetaGap = 5.0f;
constexpr double kTooltipDelay = 0.5;

constexpr float kTitleLeading = 1.25f;

float title_height(const FontHandles& f, const std::string& title, float wrap) {
  return wrap_text(f.headline, title, wrap, kTitleLeading).height();
}

}  // namespace

void HeadlineList::set_rows(std::vector<Headline> rows) {
  // Keep the selection on the same story when the list changes around it.
  const Headline* was = selected_ >= 0 && selected_ < int(rows_.size()) ? &rows_[selected_] : nullptr;
  int keep = -1;
  if (was) {
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (rows[i].feed == was->feed && rows[i].item == was->item) keep = int(i);
  }
  rows_ = std::move(rows);
  selected_ = keep;
  measured_width_ = -1.0f;
  tooltip_row_ = -1;
}

void HeadlineList::handle_keys(Platform& platform) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || rows_.empty() || io.KeyCtrl || io.KeySuper || io.KeyAlt) return;
  int move = 0;
  bool read = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
  bool open = false;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) ++move;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) --move;
  for (ImWchar c : io.InputQueueCharacters) {
    if (c == 'j') ++move;
    if (c == 'k') --move;
    if (c == 'o') read = true;
    if (c == 'v') open = true;
  }
  if (move != 0) {
    const int n = int(rows_.size());
    selected_ = selected_ < 0 ? (move > 0 ? 0 : n - 1) : std::clamp(selected_ + move, 0, n - 1);
    reveal_selected_ = true;
  }
  if (read && selected_ >= 0) open_request_ = selected_;
  if (open && selected_ >= 0 && !rows_[selected_].link.empty())
    platform.open_url(rows_[selected_].link);
}

// Right click (long press on touch): open the original, copy its link or title.
void HeadlineList::draw_context_menu(const Headline& h, float scale, Platform& platform) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6.0f * scale, 6.0f * scale));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8.0f * scale, 4.0f * scale));
  const bool open = ImGui::BeginPopupContextItem("##rowmenu");
  if (open) {
    const bool has_link = !h.link.empty();
    if (ImGui::MenuItem("Open original", nullptr, false, has_link)) platform.open_url(h.link);
    if (ImGui::MenuItem("Copy link", nullptr, false, has_link)) ImGui::SetClipboardText(h.link.c_str());
    if (ImGui::MenuItem("Copy title")) ImGui::SetClipboardText(h.title.c_str());
    ImGui::EndPopup();
  }
  ImGui::PopStyleVar(2);
}

void HeadlineList::measure(const FontHandles& fonts, float width, float scale) {
  const float wrap = std::max(1.0f, width - 2 * kPadX * scale);
  std::vector<float> heights;
  heights.reserve(rows_.size());
  for (const Headline& h : rows_) {
    heights.push_back(2 * kPadY * scale + title_height(fonts, h.title, wrap) +
                      kTitleMetaGap * scale + fonts.meta->FontSize);
  }
  offsets_ = layout::row_offsets(heights, 1.0f);  // 1 device px divider between rows
  measured_width_ = width;
  measured_scale_ = scale;
  measured_font_ = fonts.headline;
}

void HeadlineList::draw(const FontHandles& fonts, const Palette& colors, float scale,
                        std::int64_t now, Platform& platform, float width) {
  wake_in_ = -1.0;
  if (width != measured_width_ || scale != measured_scale_ || fonts.headline != measured_font_)
    measure(fonts, width, scale);

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float scroll_y = ImGui::GetScrollY();
  const float viewport_h = ImGui::GetWindowHeight();
  const float list_top = ImGui::GetCursorPosY();  // content y where the list starts
  if (reveal_selected_ && selected_ >= 0) {
    reveal_selected_ = false;
    const float target = layout::scroll_to_reveal(offsets_, std::size_t(selected_),
                                                  scroll_y - list_top, viewport_h);
    if (target != scroll_y - list_top) ImGui::SetScrollY(target + list_top);
  }
  const layout::RowRange range =
      layout::visible_rows(offsets_, scroll_y - list_top, viewport_h, 0.0f);
  first_visible_ = range.first;

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float wrap = std::max(1.0f, width - 2 * kPadX * scale);
  int hovered_time_row = -1;

  for (std::size_t i = range.first; i < range.last; ++i) {
    const Headline& h = rows_[i];
    const ImVec2 top_left(origin.x, origin.y + offsets_[i]);
    const float row_h = offsets_[i + 1] - offsets_[i] - (i + 1 < rows_.size() ? 1.0f : 0.0f);
    ImGui::SetCursorScreenPos(top_left);
    ImGui::PushID(static_cast<int>(i));
    const bool clicked = ImGui::InvisibleButton("##row", ImVec2(width, row_h));
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    if (clicked) selected_ = open_request_ = static_cast<int>(i);
    draw_context_menu(h, scale, platform);
    ImGui::PopID();

    const ImVec2 bottom_right(top_left.x + width, top_left.y + row_h);
    if (hovered || active)
      dl->AddRectFilled(top_left, bottom_right, active ? colors.pressed : colors.hover,
                        6.0f * scale);
    if (int(i) == selected_) {
      // Keyboard selection: a quiet accent bar at the row's left edge.
      dl->AddRectFilled(ImVec2(top_left.x, top_left.y + 10.0f * scale),
                        ImVec2(top_left.x + 3.0f * scale, bottom_right.y - 10.0f * scale),
                        colors.accent, 1.5f * scale);
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

    const float x = top_left.x + kPadX * scale;
    float y = top_left.y + kPadY * scale;
    const reading::Flags marks = marks_ ? marks_->flags(h.feed, h.item) : reading::Flags{};
    if (marks_ && !marks.read)  // unread: an accent dot in the margin, level with the title
      icons::dot(dl, ImVec2(top_left.x + 8.0f * scale, y + fonts.headline->FontSize * 0.62f),
                 3.5f * scale, colors.accent);
    const TextLines title = wrap_text(fonts.headline, h.title, wrap, kTitleLeading);
    draw_lines(dl, fonts.headline, ImVec2(x, y), marks.read ? colors.text_muted : colors.text, title);
    y += title.height() + kTitleMetaGap * scale;

    // Meta line: source · relative time
    std::string meta = h.source;
    if (h.sources > 1) meta += "  \xC2\xB7  " + std::to_string(h.sources) + " sources";
    std::string when = h.time ? layout::relative_time(*h.time, now) : std::string();
    float meta_x = x;  // where the meta text starts, after the star
    if (marks.starred) {  // a star before the source
      const float r = fonts.meta->FontSize * 0.42f;
      icons::star(dl, ImVec2(x + r, y + fonts.meta->FontSize * 0.5f), r, colors.star, true,
                  std::max(1.0f, scale));
      meta_x += 2 * r + 6.0f * scale;
    }
    dl->AddText(fonts.meta, fonts.meta->FontSize, ImVec2(meta_x, y), colors.text_muted, meta.c_str());
    if (!when.empty()) {
      const float src_w = fonts.meta->CalcTextSizeA(fonts.meta->FontSize, FLT_MAX, 0, meta.c_str()).x;
      const std::string dot = meta.empty() ? std::string() : std::string("  \xC2\xB7  ");
      const float dot_w = fonts.meta->CalcTextSizeA(fonts.meta->FontSize, FLT_MAX, 0, dot.c_str()).x;
      dl->AddText(fonts.meta, fonts.meta->FontSize, ImVec2(meta_x + src_w, y), colors.text_muted,
                  dot.c_str());
      const ImVec2 when_pos(meta_x + src_w + dot_w, y);
      dl->AddText(fonts.meta, fonts.meta->FontSize, when_pos, colors.text_muted, when.c_str());
      const ImVec2 when_size =
          fonts.meta->CalcTextSizeA(fonts.meta->FontSize, FLT_MAX, 0, when.c_str());
      if (hovered && ImGui::IsMouseHoveringRect(when_pos, ImVec2(when_pos.x + when_size.x,
                                                                 when_pos.y + when_size.y)))
        hovered_time_row = static_cast<int>(i);
    }

    if (i + 1 < rows_.size())
      dl->AddLine(ImVec2(x, bottom_right.y + 0.5f),
                  ImVec2(bottom_right.x - kPadX * scale, bottom_right.y + 0.5f), colors.divider);
  }

  // Absolute time in a tooltip after a short hover, as a native title would.
  const double t = ImGui::GetTime();
  if (hovered_time_row != tooltip_row_) {
    tooltip_row_ = hovered_time_row;
    tooltip_hover_since_ = t;
  }
  if (tooltip_row_ >= 0) {
    const double waited = t - tooltip_hover_since_;
    if (waited >= kTooltipDelay) {
      ImGui::PushFont(fonts.meta);
      ImGui::BeginTooltip();
      ImGui::TextUnformatted(layout::absolute_time_utc(*rows_[tooltip_row_].time).c_str());
      ImGui::EndTooltip();
      ImGui::PopFont();
    } else {
      wake_in_ = kTooltipDelay - waited;
    }
  }

  // Reserve the whole list's height so the scrollbar reflects every row.
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(width, offsets_.empty() ? 0.0f : offsets_.back()));
}

}  // namespace fv::app
