#include "app/headline_list.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "app/click_targets.h"
#include "app/icons.h"

#include <nlohmann/json.hpp>

#include "app/platform.h"
#include "app/text_layout.h"
#include "core/layout/relative_time.h"

namespace fv::app {
namespace {

// Geometry in CSS pixels (multiplied by the device scale when used).
constexpr float kPadX = 16.0f, kPadY = 12.0f, kTitleMetaGap = 5.0f;
constexpr float kThumbW = 88.0f, kThumbH = 64.0f, kThumbGap = 14.0f;  // list-mode thumbnail
constexpr float kChildIndent = 28.0f;  // an expanded story's members
constexpr float kCardMinWidth = 260.0f, kCardGap = 16.0f, kCardThumbH = 148.0f, kCardPad = 14.0f;
constexpr int kCardTitleLines = 3;
constexpr int kRowTitleLines = 4;  // longer titles end in "…" (the mirror and the pane have them whole)
constexpr double kTooltipDelay = 0.5;
constexpr float kTitleLeading = 1.25f;
constexpr const char* kDot = "  \xC2\xB7  ";

float text_width(const ImFont* font, std::string_view s) {
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s.data(), s.data() + s.size()).x;
}

std::string sources_label(std::size_t n) { return std::to_string(n) + " sources"; }

// A placeholder tone a step away from the surface: visible, never loud.
ImU32 placeholder_color(const Palette& p) {
  ImVec4 a = ImGui::ColorConvertU32ToFloat4(p.divider);
  a.w = 0.55f;
  return ImGui::ColorConvertFloat4ToU32(a);
}

// Source · relative time, in the meta font; returns where the time text sits (for its tooltip).
ImVec2 draw_meta(ImDrawList* dl, const FontHandles& f, ImVec2 pos, ImU32 color,
                 const std::string& source, const std::string& when, float max_w, ImVec2* when_size) {
  std::string src = source;
  const float when_w = when.empty() ? 0.0f : text_width(f.meta, when) + text_width(f.meta, kDot);
  // A long source name gives way to the time.
  while (!src.empty() && text_width(f.meta, src) + when_w > max_w) {
    src.pop_back();
    while (!src.empty() && (static_cast<unsigned char>(src.back()) & 0xC0) == 0x80) src.pop_back();
    if (!src.empty() && (static_cast<unsigned char>(src.back()) & 0xC0) == 0xC0) src.pop_back();
  }
  if (src.size() != source.size()) src += "\xE2\x80\xA6";
  dl->AddText(f.meta, f.meta->FontSize, pos, color, src.c_str());
  float x = pos.x + text_width(f.meta, src);
  if (when.empty()) return ImVec2(-1, -1);
  if (!src.empty()) {
    dl->AddText(f.meta, f.meta->FontSize, ImVec2(x, pos.y), color, kDot);
    x += text_width(f.meta, kDot);
  }
  dl->AddText(f.meta, f.meta->FontSize, ImVec2(x, pos.y), color, when.c_str());
  if (when_size) *when_size = ImVec2(text_width(f.meta, when), f.meta->FontSize);
  return ImVec2(x, pos.y);
}

}  // namespace

void HeadlineList::set_rows(std::vector<Headline> rows) {
  // Keep the selection on the same headline when the list changes around it.
  std::size_t was_feed = 0, was_item = 0;
  const bool had = selected_ >= 0 && selected_ < int(view_.size());
  if (had) {
    const Headline& h = rows_[view_[selected_].item];
    was_feed = h.feed;
    was_item = h.item;
  }
  rows_ = std::move(rows);
  arrange();
  selected_ = -1;
  if (had) {
    for (std::size_t i = 0; i < view_.size(); ++i) {
      const Headline& h = rows_[view_[i].item];
      if (h.feed == was_feed && h.item == was_item) selected_ = int(i);
    }
  }
}

void HeadlineList::set_view(const view::ViewOptions& options, bool cards) {
  if (options.sort == options_.sort && options.group == options_.group && cards == cards_) return;
  const int keep = selected_ >= 0 && selected_ < int(view_.size()) ? int(view_[selected_].item) : -1;
  options_ = options;
  cards_ = cards;
  arrange();
  selected_ = -1;
  for (std::size_t i = 0; keep >= 0 && i < view_.size(); ++i)
    if (int(view_[i].item) == keep) selected_ = int(i);
  reveal_selected_ = selected_ >= 0;
}

void HeadlineList::arrange() {
  std::vector<view::ViewItem> items;
  items.reserve(rows_.size());
  for (const Headline& h : rows_) {
    view::ViewItem v;
    v.time = h.time;
    v.story = h.story;
    v.story_sources = h.sources;
    v.lead = h.story_lead;
    items.push_back(v);
  }
  view_ = view::arrange(items, options_, expanded_);
  ++generation_;
  measured_width_ = -1.0f;  // heights are re-estimated on the next draw
  tooltip_row_ = -1;
}

void HeadlineList::toggle_story(std::size_t display_row, bool expand) {
  if (!options_.group || display_row >= view_.size()) return;
  const view::ViewRow r = view_[display_row];
  const bool is_expanded = expanded_.count(r.story) != 0;
  if (expand == is_expanded || (!r.child && r.members < 2)) return;
  const std::size_t item = r.item;
  std::size_t head_item = item;
  if (r.child) {  // collapsing from a member: the selection moves to the story's head
    for (std::size_t i = display_row; i-- > 0;)
      if (!view_[i].child) {
        head_item = view_[i].item;
        break;
      }
  }
  if (expand)
    expanded_.insert(r.story);
  else
    expanded_.erase(r.story);
  arrange();
  view_changed_ = true;
  for (std::size_t i = 0; i < view_.size(); ++i)
    if (view_[i].item == head_item && !view_[i].child) selected_ = int(i);
}

void HeadlineList::handle_keys(Platform& platform) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || view_.empty() || io.KeyCtrl || io.KeySuper || io.KeyAlt) return;
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
    const int n = int(view_.size());
    selected_ = selected_ < 0 ? (move > 0 ? 0 : n - 1) : std::clamp(selected_ + move, 0, n - 1);
    reveal_selected_ = true;
  }
  if (selected_ >= 0 && options_.group) {
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) toggle_story(selected_, true);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) {
      toggle_story(selected_, false);
      reveal_selected_ = true;
    }
  }
  if (selected_ < 0) return;
  const Headline& h = rows_[view_[selected_].item];
  if (read) open_request_ = int(view_[selected_].item);
  if (open && !h.link.empty()) platform.open_url(h.link);
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
    note_click_target("menu-copy-link");
    if (ImGui::MenuItem("Copy title")) ImGui::SetClipboardText(h.title.c_str());
    if (!h.source.empty()) {
      ImGui::Separator();
      const std::string mute = "Mute \xE2\x80\x9C" + h.source + "\xE2\x80\x9D";
      if (ImGui::MenuItem(mute.c_str())) mute_request_ = h.source;
      note_click_target("row-mute");
    }
    ImGui::EndPopup();
  }
  ImGui::PopStyleVar(2);
}

// ---- Rows ----------------------------------------------------------------------------------

void HeadlineList::reset_heights(const FontHandles& fonts, float width, float scale) {
  // Estimate from the title's length (bytes x an average glyph width): O(1) per row. Rows get
  // their real height when first drawn.
  const float meta_h = fonts.meta->FontSize + 4.0f * scale;
  const float line_h = std::round(fonts.headline->FontSize * kTitleLeading);
  const float avg_glyph = fonts.headline->FontSize * 0.52f;
  std::vector<float> estimates;
  estimates.reserve(view_.size());
  for (const view::ViewRow& r : view_) {
    const Headline& h = rows_[r.item];
    float wrap = width - 2 * kPadX * scale - (r.child ? kChildIndent * scale : 0.0f);
    if (!h.image.empty()) wrap -= (kThumbW + kThumbGap) * scale;
    const float lines = std::clamp(std::ceil(float(h.title.size()) * avg_glyph / std::max(1.0f, wrap)), 1.0f, float(kRowTitleLines));
    float text_h = lines * line_h + kTitleMetaGap * scale + meta_h;
    if (!h.image.empty()) text_h = std::max(text_h, kThumbH * scale);
    estimates.push_back(2 * kPadY * scale + text_h);
  }
  heights_.reset(estimates, 1.0f);  // 1 device px divider between rows
  measured_width_ = width;
  measured_scale_ = scale;
  measured_font_ = fonts.headline;
}

float HeadlineList::measure_row(const FontHandles& fonts, std::size_t i, float width,
                                float scale) const {
  const view::ViewRow& r = view_[i];
  const Headline& h = rows_[r.item];
  const ImFont* title_font = r.child ? fonts.body : fonts.headline;
  float wrap = width - 2 * kPadX * scale - (r.child ? kChildIndent * scale : 0.0f);
  if (!h.image.empty()) wrap -= (kThumbW + kThumbGap) * scale;
  const float title_h = wrap_text(title_font, h.title, std::max(1.0f, wrap), kTitleLeading, kRowTitleLines).height();
  float text_h = title_h + kTitleMetaGap * scale + fonts.meta->FontSize + 4.0f * scale;
  if (!h.image.empty()) text_h = std::max(text_h, kThumbH * scale);
  return 2 * kPadY * scale + text_h;
}

bool HeadlineList::draw_sources_badge(const FontHandles& f, const Palette& p, float scale,
                                      ImVec2 pos, std::size_t display_row, bool expandable,
                                      bool expanded) {
  const view::ViewRow& r = view_[display_row];
  const std::string label = sources_label(rows_[r.item].sources);
  const float pad_x = 8.0f * scale, chevron = expandable ? 12.0f * scale : 0.0f;
  const ImVec2 size(text_width(f.meta, label) + 2 * pad_x + chevron, f.meta->FontSize + 4.0f * scale);
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  const bool hovered = expandable && ImGui::IsMouseHoveringRect(pos, max) && ImGui::IsWindowHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec4 accent = ImGui::ColorConvertU32ToFloat4(p.accent);
  accent.w = hovered ? 0.22f : 0.12f;
  dl->AddRectFilled(pos, max, ImGui::ColorConvertFloat4ToU32(accent), size.y * 0.5f);
  dl->AddText(f.meta, f.meta->FontSize, ImVec2(pos.x + pad_x, pos.y + 2.0f * scale), p.accent,
              label.c_str());
  if (expandable) {
    // A small chevron: pointing down when collapsed (more below), up when expanded.
    const float cx = max.x - pad_x - 3.0f * scale, cy = pos.y + size.y * 0.5f;
    const float d = 3.0f * scale, s = expanded ? -1.0f : 1.0f;
    const ImVec2 pts[3] = {ImVec2(cx - d, cy - d * 0.5f * s), ImVec2(cx, cy + d * 0.5f * s),
                           ImVec2(cx + d, cy - d * 0.5f * s)};
    dl->AddPolyline(pts, 3, p.accent, 0, 1.5f * scale);
  }
  if (hovered) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SetTooltip(expanded ? "Hide the other articles of this story"
                               : "Show the other articles of this story");
  }
  return hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Left);
}

void HeadlineList::draw_rows(const FontHandles& fonts, const Palette& colors, float scale,
                             std::int64_t now, Platform& platform, Thumbnails& thumbs, float width) {
  if (width != measured_width_ || scale != measured_scale_ || fonts.headline != measured_font_ ||
      heights_.size() != view_.size())
    reset_heights(fonts, width, scale);

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float scroll_y = ImGui::GetScrollY();
  const float viewport_h = ImGui::GetWindowHeight();
  const float list_top = ImGui::GetCursorPosY();  // content y where the list starts
  if (reveal_selected_ && selected_ >= 0 && selected_ < int(view_.size())) {
    reveal_selected_ = false;
    if (!heights_.measured(selected_))
      heights_.set_measured(selected_, measure_row(fonts, selected_, width, scale));
    const float target = heights_.scroll_to_reveal(std::size_t(selected_), scroll_y - list_top, viewport_h);
    if (target != scroll_y - list_top) ImGui::SetScrollY(target + list_top);
  }
  // Measure what is about to be shown; measured rows can be shorter than estimated and let
  // more rows in, so repeat until the range is stable.
  layout::RowRange range = heights_.visible(scroll_y - list_top, viewport_h, 0.0f);
  for (int pass = 0; pass < 4; ++pass) {
    bool changed = false;
    for (std::size_t i = range.first; i < range.last; ++i)
      if (!heights_.measured(i)) {
        heights_.set_measured(i, measure_row(fonts, i, width, scale));
        changed = true;
      }
    if (!changed) break;
    range = heights_.visible(scroll_y - list_top, viewport_h, 0.0f);
  }
  first_visible_ = range.first;

  ImDrawList* dl = ImGui::GetWindowDrawList();
  int hovered_time_row = -1;
  const ImU32 placeholder = placeholder_color(colors);

  for (std::size_t i = range.first; i < range.last; ++i) {
    const view::ViewRow& vr = view_[i];
    const Headline& h = rows_[vr.item];
    const float indent = vr.child ? kChildIndent * scale : 0.0f;
    const ImVec2 top_left(origin.x, origin.y + heights_.offset(i));
    const float row_h = heights_.height(i);
    ImGui::SetCursorScreenPos(top_left);
    ImGui::PushID(static_cast<int>(i));
    const bool clicked = ImGui::InvisibleButton("##row", ImVec2(width, row_h));
    note_click_target("row", static_cast<int>(i));
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    draw_context_menu(h, scale, platform);
    ImGui::PopID();

    const ImVec2 bottom_right(top_left.x + width, top_left.y + row_h);
    if (hovered || active)
      dl->AddRectFilled(top_left, bottom_right, active ? colors.pressed : colors.hover, 6.0f * scale);
    if (int(i) == selected_) {
      // Keyboard selection: a quiet accent bar at the row's left edge.
      dl->AddRectFilled(ImVec2(top_left.x + indent, top_left.y + 10.0f * scale),
                        ImVec2(top_left.x + indent + 3.0f * scale, bottom_right.y - 10.0f * scale),
                        colors.accent, 1.5f * scale);
    }
    if (vr.child) {  // members hang off their story's lead on a thin rule
      const float rule_x = top_left.x + kPadX * scale + 4.0f * scale;
      dl->AddRectFilled(ImVec2(rule_x, top_left.y), ImVec2(rule_x + 2.0f * scale, bottom_right.y + 1.0f),
                        colors.divider);
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

    const float x = top_left.x + kPadX * scale + indent;
    float right = bottom_right.x - kPadX * scale;
    if (!h.image.empty()) {
      const ImVec2 tmin(right - kThumbW * scale, top_left.y + kPadY * scale);
      thumbs.draw(dl, h.image, tmin, ImVec2(right, tmin.y + kThumbH * scale), placeholder, 6.0f * scale);
      right = tmin.x - kThumbGap * scale;
    }
    float y = top_left.y + kPadY * scale;
    const reading::Flags marks = marks_ ? marks_->flags(h.feed, h.item) : reading::Flags{};
    const ImFont* title_font = vr.child ? fonts.body : fonts.headline;
    if (marks_ && !marks.read)  // unread: an accent dot in the margin, level with the title
      icons::dot(dl, ImVec2(x - 8.0f * scale, y + title_font->FontSize * 0.62f), 3.5f * scale,
                 colors.accent);
    const TextLines title = wrap_text(title_font, h.title, std::max(1.0f, right - x), kTitleLeading, kRowTitleLines);
    draw_lines(dl, title_font, ImVec2(x, y), marks.read ? colors.text_muted : colors.text, title);
    y += title.height() + kTitleMetaGap * scale;

    // Meta line: source · relative time, then the story's source count.
    const std::string when = h.time ? layout::relative_time(*h.time, now) : std::string();
    const bool grouped_head = options_.group && !vr.child;
    const bool badge = grouped_head ? h.sources > 1 : (!vr.child && h.sources > 1);
    const float badge_w = badge ? text_width(fonts.meta, sources_label(h.sources)) + 40.0f * scale : 0.0f;
    float meta_x = x;  // where the meta text starts, after the star
    if (marks.starred) {  // a star before the source
      const float r = fonts.meta->FontSize * 0.42f;
      icons::star(dl, ImVec2(x + r, y + 2.0f * scale + fonts.meta->FontSize * 0.5f), r, colors.star,
                  true, std::max(1.0f, scale));
      meta_x += 2 * r + 6.0f * scale;
    }
    ImVec2 when_size;
    const ImVec2 when_pos = draw_meta(dl, fonts, ImVec2(meta_x, y + 2.0f * scale), colors.text_muted,
                                      h.source, when, right - meta_x - badge_w, &when_size);
    if (hovered && when_pos.x >= 0 &&
        ImGui::IsMouseHoveringRect(when_pos, ImVec2(when_pos.x + when_size.x, when_pos.y + when_size.y)))
      hovered_time_row = static_cast<int>(i);
    bool badge_clicked = false;
    if (badge) {
      const float meta_w = (meta_x - x) + std::min(right - meta_x - badge_w,
                                    text_width(fonts.meta, h.source) +
                                        (when.empty() ? 0.0f : text_width(fonts.meta, kDot) + when_size.x));
      const bool expandable = grouped_head && vr.members > 1;
      ImGui::PushID(static_cast<int>(i));
      badge_clicked = draw_sources_badge(fonts, colors, scale, ImVec2(x + meta_w + 12.0f * scale, y),
                                         i, expandable, expanded_.count(vr.story) != 0);
      ImGui::PopID();
    }
    if (clicked) {
      if (badge_clicked) {
        selected_ = int(i);
        toggle_story(i, expanded_.count(vr.story) == 0);
        break;  // the rows below moved: draw them next frame
      }
      selected_ = static_cast<int>(i);
      open_request_ = static_cast<int>(vr.item);
    }

    if (i + 1 < view_.size())
      dl->AddLine(ImVec2(x, bottom_right.y + 0.5f),
                  ImVec2(bottom_right.x - kPadX * scale, bottom_right.y + 0.5f), colors.divider);
  }

  // Absolute time in a tooltip after a short hover, as a native title would.
  const double t = ImGui::GetTime();
  if (hovered_time_row != tooltip_row_) {
    tooltip_row_ = hovered_time_row;
    tooltip_hover_since_ = t;
  }
  if (tooltip_row_ >= 0 && tooltip_row_ < int(view_.size())) {
    const double waited = t - tooltip_hover_since_;
    const Headline& h = rows_[view_[tooltip_row_].item];
    if (waited >= kTooltipDelay && h.time) {
      ImGui::PushFont(fonts.meta);
      ImGui::BeginTooltip();
      ImGui::TextUnformatted(layout::absolute_time_utc(*h.time).c_str());
      ImGui::EndTooltip();
      ImGui::PopFont();
    } else if (waited < kTooltipDelay) {
      wake_in_ = kTooltipDelay - waited;
    }
  }

  // Reserve the whole list's height so the scrollbar reflects every row.
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(width, heights_.total()));
}

// ---- Cards ---------------------------------------------------------------------------------

void HeadlineList::draw_cards(const FontHandles& fonts, const Palette& colors, float scale,
                              std::int64_t now, Platform& platform, Thumbnails& thumbs, float width) {
  const float line_h = std::round(fonts.headline->FontSize * kTitleLeading);
  const float meta_h = fonts.meta->FontSize + 4.0f * scale;
  const float card_h = kCardThumbH * scale + kCardPad * scale + kCardTitleLines * line_h +
                       8.0f * scale + meta_h + kCardPad * scale;
  layout::CardGridSpec spec;
  spec.min_card_width = kCardMinWidth * scale;
  spec.gap = kCardGap * scale;
  spec.max_columns = 5;
  const float inner_w = width - 2 * kPadX * scale;
  grid_ = layout::CardGrid(view_.size(), inner_w, card_h, spec);

  const ImVec2 origin(ImGui::GetCursorScreenPos().x + kPadX * scale, ImGui::GetCursorScreenPos().y);
  const float scroll_y = ImGui::GetScrollY();
  const float viewport_h = ImGui::GetWindowHeight();
  const float list_top = ImGui::GetCursorPosY();
  if (reveal_selected_ && selected_ >= 0) {
    reveal_selected_ = false;
    const float target = grid_.scroll_to_reveal(std::size_t(selected_), scroll_y - list_top, viewport_h);
    if (target != scroll_y - list_top) ImGui::SetScrollY(target + list_top);
  }
  const layout::RowRange range = grid_.visible(scroll_y - list_top, viewport_h, 0.0f);
  first_visible_ = range.first;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 placeholder = placeholder_color(colors);
  const float rounding = 10.0f * scale;

  for (std::size_t i = range.first; i < range.last; ++i) {
    const view::ViewRow& vr = view_[i];
    const Headline& h = rows_[vr.item];
    const layout::CardRect c = grid_.card(i);
    const ImVec2 min(origin.x + c.x, origin.y + c.y), max(min.x + c.w, min.y + c.h);
    ImGui::SetCursorScreenPos(min);
    ImGui::PushID(static_cast<int>(i));
    const bool clicked = ImGui::InvisibleButton("##card", ImVec2(c.w, c.h));
    note_click_target("card", static_cast<int>(i));
    note_click_target("row", static_cast<int>(i));
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    draw_context_menu(h, scale, platform);
    ImGui::PopID();
    if (clicked) {
      selected_ = static_cast<int>(i);
      open_request_ = static_cast<int>(vr.item);
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

    dl->AddRectFilled(min, max, active ? colors.pressed : hovered ? colors.hover : colors.surface, rounding);
    dl->AddRect(min, max, int(i) == selected_ ? colors.accent : colors.divider, rounding, 0,
                int(i) == selected_ ? 2.0f * scale : 1.0f);
    const ImVec2 tmax(max.x, min.y + kCardThumbH * scale);
    if (!thumbs.draw(dl, h.image, min, tmax, placeholder, rounding, ImDrawFlags_RoundCornersTop) &&
        h.image.empty()) {
      // No image: the source's initial, quietly, so the grid keeps its rhythm.
      std::string initial;
      for (std::size_t k = 0; k < h.source.size(); ++k) {
        if (k > 0 && (static_cast<unsigned char>(h.source[k]) & 0xC0) != 0x80) break;
        initial += h.source[k];
      }
      const float w = text_width(fonts.article, initial);
      dl->AddText(fonts.article, fonts.article->FontSize,
                  ImVec2((min.x + tmax.x - w) * 0.5f, (min.y + tmax.y - fonts.article->FontSize) * 0.5f),
                  colors.text_muted, initial.c_str());
    }

    const float x = min.x + kCardPad * scale, wrap = c.w - 2 * kCardPad * scale;
    float y = tmax.y + kCardPad * scale;
    // Read state as in list rows: unread cards carry the accent dot (in the card's padding,
    // level with the first title line), read ones a muted title; starred ones a star.
    const reading::Flags marks = marks_ ? marks_->flags(h.feed, h.item) : reading::Flags{};
    if (marks_ && !marks.read)
      icons::dot(dl, ImVec2(min.x + kCardPad * scale * 0.5f, y + fonts.headline->FontSize * 0.62f),
                 3.5f * scale, colors.accent);
    const TextLines title = wrap_text(fonts.headline, h.title, std::max(1.0f, wrap), kTitleLeading, kCardTitleLines);
    draw_lines(dl, fonts.headline, ImVec2(x, y), marks.read ? colors.text_muted : colors.text, title);

    const float meta_y = max.y - kCardPad * scale - meta_h + 2.0f * scale;
    const std::string when = h.time ? layout::relative_time(*h.time, now) : std::string();
    const bool badge = h.sources > 1;
    const float badge_w = badge ? text_width(fonts.meta, sources_label(h.sources)) + 20.0f * scale : 0.0f;
    float meta_x = x;  // after the star, as in list rows
    if (marks.starred) {
      const float r = fonts.meta->FontSize * 0.42f;
      icons::star(dl, ImVec2(x + r, meta_y + fonts.meta->FontSize * 0.5f), r, colors.star, true,
                  std::max(1.0f, scale));
      meta_x += 2 * r + 6.0f * scale;
    }
    draw_meta(dl, fonts, ImVec2(meta_x, meta_y), colors.text_muted, h.source, when,
              wrap - badge_w - (meta_x - x), nullptr);
    if (badge) {
      ImGui::PushID(static_cast<int>(i));
      draw_sources_badge(fonts, colors, scale, ImVec2(x + wrap - badge_w + 4.0f * scale, meta_y - 2.0f * scale),
                         i, false, false);
      ImGui::PopID();
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x - kPadX * scale, origin.y));
  ImGui::Dummy(ImVec2(width, grid_.height()));
}

void HeadlineList::draw(const FontHandles& fonts, const Palette& colors, float scale,
                        std::int64_t now, Platform& platform, Thumbnails& thumbs, float width) {
  wake_in_ = -1.0;
  if (cards_)
    draw_cards(fonts, colors, scale, now, platform, thumbs, width);
  else
    draw_rows(fonts, colors, scale, now, platform, thumbs, width);
}

std::vector<std::pair<std::size_t, std::size_t>> HeadlineList::items(std::size_t first,
                                                                   std::size_t last) const {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = first; i < last && i < view_.size(); ++i) {
    const Headline& h = rows_[view_[i].item];
    out.emplace_back(h.feed, h.item);
  }
  return out;
}

std::string HeadlineList::mirror_json(std::size_t first, std::size_t last, std::int64_t now) const {
  last = std::min(last, view_.size());
  first = std::min(first, last);
  nlohmann::json arr = nlohmann::json::array();
  for (std::size_t i = first; i < last; ++i) {
    const view::ViewRow& r = view_[i];
    const Headline& h = rows_[r.item];
    nlohmann::json row = {{"title", h.title},
                          {"url", h.link},
                          {"source", h.source},
                          {"time", h.time ? layout::relative_time(*h.time, now) : std::string()},
                          {"sources", h.sources}};
    const reading::Flags flags = marks_ ? marks_->flags(h.feed, h.item) : reading::Flags{};
    row["read"] = flags.read;
    row["starred"] = flags.starred;
    if (options_.group && !r.child) {
      row["members"] = r.members;
      row["expanded"] = r.members > 1 && expanded_.count(r.story) != 0;
    }
    if (r.child) row["child"] = true;
    arr.push_back(std::move(row));
  }
  nlohmann::json doc = {{"total", view_.size()}, {"first", first}, {"rows", std::move(arr)}};
  if (options_.group) {
    std::size_t stories = 0;
    for (const view::ViewRow& r : view_) stories += !r.child;
    doc["stories"] = stories;
  }
  // Replace invalid UTF-8 rather than failing: feed text has been decoded by core already.
  return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace fv::app
