#include "app/sidebar.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "app/click_targets.h"
#include "app/icons.h"
#include "core/layout/relative_time.h"
#include "core/reading/folders.h"

namespace fv::app {
namespace {

using reading::Filter;
using reading::View;

constexpr const char* kCollapsedKey = "sidebar.collapsed";
constexpr float kRowH = 32.0f, kPadX = 12.0f, kInset = 8.0f;  // CSS px

std::string count_label(std::size_t n) { return n ? std::to_string(n) : std::string(); }

// `text` cut to `max_w` with an ellipsis.
std::string fit(ImFont* font, const std::string& text, float max_w) {
  if (font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x <= max_w) return text;
  const char* ell = "\xE2\x80\xA6";
  const float ell_w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, ell).x;
  const char* end = text.c_str();
  font->CalcTextSizeA(font->FontSize, std::max(0.0f, max_w - ell_w), 0, text.c_str(), nullptr, &end);
  // Never cut inside a UTF-8 sequence.
  std::size_t n = static_cast<std::size_t>(end - text.c_str());
  while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  return text.substr(0, n) + ell;
}

Filter filter_for(View v) {
  Filter f;
  f.view = v;
  return f;
}

std::string feed_status(const FeedSlot& s, std::int64_t now) {
  if (s.status == FeedSlot::Status::Failed) return "error: " + s.error;
  if (s.fetching || s.status == FeedSlot::Status::Waiting) return "fetching";
  const std::string warning = s.warning.empty() ? std::string() : "warning: " + s.warning + ", ";
  if (s.updated_at > 0) return warning + "updated " + layout::relative_time(s.updated_at, now);
  return {};
}

// The sidebar's groups: folders and their feeds, without feeds the reader removed (held
// for an undo) and without folders left empty by that.
std::vector<reading::FolderGroup> listed_groups(const std::vector<FeedSlot>& feeds) {
  std::vector<std::string_view> folders;
  folders.reserve(feeds.size());
  for (const FeedSlot& s : feeds) folders.push_back(s.folder);
  std::vector<reading::FolderGroup> groups;
  for (reading::FolderGroup& g : reading::group_by_folder(folders)) {
    std::vector<std::size_t> kept;
    for (std::size_t i : g.feeds)
      if (!feeds[i].removed) kept.push_back(i);
    if (kept.empty()) continue;
    g.feeds = std::move(kept);
    groups.push_back(std::move(g));
  }
  return groups;
}

}  // namespace

const std::string& Sidebar::feed_name(const FeedSlot& slot) {
  if (!slot.title.empty()) return slot.title;
  if (!slot.feed.title.empty()) return slot.feed.title;
  return slot.url;
}

void Sidebar::use_settings(Settings& settings) {
  if (settings_ == &settings) return;
  settings_ = &settings;
  collapsed_ = reading::folder_names_from_json(settings.get(kCollapsedKey, "[]"));
}

bool Sidebar::row(const char* id, const FontHandles& f, const Palette& p, float scale,
                  float width, float indent, const std::string& label, std::size_t count,
                  bool selected, ImFont* font) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float h = kRowH * scale, inset = kInset * scale;
  ImGui::SetCursorScreenPos(ImVec2(pos.x + inset, pos.y));
  const bool clicked = ImGui::InvisibleButton(id, ImVec2(width - 2 * inset, h));
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  const ImVec2 a(pos.x + inset, pos.y), b(pos.x + width - inset, pos.y + h);
  if (selected || hovered || ImGui::IsItemActive()) {
    const ImVec4 accent = ImGui::ColorConvertU32ToFloat4(p.accent);
    dl->AddRectFilled(a, b, selected ? ImGui::ColorConvertFloat4ToU32(ImVec4(accent.x, accent.y, accent.z, 0.12f))
                                     : p.hover, 6.0f * scale);
  }
  const std::string n = count_label(count);
  const float count_w = n.empty() ? 0.0f : f.meta->CalcTextSizeA(f.meta->FontSize, FLT_MAX, 0, n.c_str()).x;
  const float text_x = pos.x + (kPadX + kInset) * scale + indent;
  const float right = b.x - kPadX * scale;
  const float label_w = right - text_x - (count_w > 0 ? count_w + 8.0f * scale : 0.0f);
  const std::string shown = fit(font, label, std::max(0.0f, label_w));
  dl->AddText(font, font->FontSize, ImVec2(text_x, std::floor(pos.y + (h - font->FontSize) * 0.5f)),
              selected ? p.accent : p.text, shown.c_str());
  if (!n.empty())
    dl->AddText(f.meta, f.meta->FontSize,
                ImVec2(right - count_w, std::floor(pos.y + (h - f.meta->FontSize) * 0.5f)),
                selected ? p.accent : p.text_muted, n.c_str());
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + h));
  return clicked;
}

Sidebar::Actions Sidebar::draw(const FontHandles& f, const Palette& p, float scale,
                               std::int64_t now, const std::vector<FeedSlot>& feeds,
                               const reading::ReadingState& state, float width, float height) {
  Actions out;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Filter& current = state.filter();
  const bool everything = current.scope == Filter::Scope::Everything;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float footer_h = 52.0f * scale;

  // Views and feeds scroll together above a fixed footer.
  ImGui::BeginChild("##sidebar-scroll", ImVec2(width, std::max(1.0f, height - footer_h)), false);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 10.0f * scale);
  const float w = ImGui::GetContentRegionAvail().x;
  struct V { View view; const char* id; const char* target; };
  for (const V v : {V{View::All, "##all", "side-all"}, V{View::Unread, "##unread", "side-unread"},
                    V{View::Starred, "##starred", "side-starred"}}) {
    const bool selected = everything && current.view == v.view;
    if (row(v.id, f, p, scale, w, 0.0f, reading::view_name(v.view), state.view_count(v.view),
            selected, selected ? f.headline : f.body))
      out.filter = filter_for(v.view);
    note_click_target(v.target);
  }

  // "Feeds" section
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 14.0f * scale);
  {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    dl = ImGui::GetWindowDrawList();
    dl->AddText(f.meta, f.meta->FontSize, ImVec2(pos.x + (kPadX + kInset) * scale, pos.y),
                p.text_muted, "Feeds");
    ImGui::Dummy(ImVec2(w, f.meta->FontSize + 6.0f * scale));
  }

  const float icon_w = 18.0f * scale;
  int hovered_feed = -1;
  int folder_index = 0;
  for (const reading::FolderGroup& g : listed_groups(feeds)) {
    float indent = 0.0f;
    if (!g.name.empty()) {
      const bool open = !collapsed_.count(g.name);
      const bool selected = current.scope == Filter::Scope::Folder && current.folder == g.name;
      ImGui::PushID(g.name.c_str());
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      if (row("##folder", f, p, scale, w, icon_w, g.name, state.folder_counts(g.name).unread,
              selected, selected ? f.headline : f.body)) {
        // The chevron toggles; the name filters.
        if (ImGui::GetIO().MouseClickedPos[0].x < pos.x + (kPadX + kInset) * scale + icon_w) {
          toggle_folder(g.name);
          out.folders_changed = true;
        } else {
          Filter fl = filter_for(current.view);
          fl.scope = Filter::Scope::Folder;
          fl.folder = g.name;
          out.filter = fl;
        }
      }
      note_click_target("side-folder", folder_index);
      note_click_rect("side-chevron", folder_index, ImVec2(pos.x + kInset * scale, pos.y),
                      ImVec2(pos.x + (kPadX + kInset) * scale + icon_w, pos.y + kRowH * scale));
      ++folder_index;
      ImGui::PopID();
      icons::chevron(ImGui::GetWindowDrawList(),
                     ImVec2(pos.x + (kPadX + kInset) * scale + 6.0f * scale, pos.y + kRowH * scale * 0.5f),
                     4.0f * scale, p.text_muted, open, std::max(1.0f, 1.5f * scale));
      if (!open) continue;
      indent = icon_w;
    }
    for (std::size_t i : g.feeds) {
      const FeedSlot& s = feeds[i];
      const bool selected = current.scope == Filter::Scope::Feed && current.feed == i;
      ImGui::PushID(static_cast<int>(i));
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      if (row("##feed", f, p, scale, w, indent + icon_w, feed_name(s), state.feed_counts(i).unread,
              selected, f.body)) {
        Filter fl = filter_for(current.view);
        fl.scope = Filter::Scope::Feed;
        fl.feed = i;
        out.filter = fl;
      }
      if (ImGui::IsItemHovered()) hovered_feed = static_cast<int>(i);
      note_click_target("side-feed", static_cast<int>(i));
      ImGui::PopID();
      const ImVec2 c(pos.x + (kPadX + kInset) * scale + indent + 6.0f * scale,
                     pos.y + kRowH * scale * 0.5f);
      ImDrawList* rdl = ImGui::GetWindowDrawList();
      if (s.status == FeedSlot::Status::Failed)
        icons::alert(rdl, c, 5.5f * scale, p.error, p.surface);
      else if (!s.warning.empty() && !s.fetching)
        icons::alert(rdl, c, 5.5f * scale, p.star, p.surface);  // used, but odd: amber, not red
      else if (s.fetching || s.status == FeedSlot::Status::Waiting)
        icons::pending(rdl, c, 4.5f * scale, p.text_muted, std::max(1.0f, 1.5f * scale));
      else
        icons::dot(rdl, c, 2.5f * scale, p.divider);
    }
  }
  if (hovered_feed >= 0) {
    const FeedSlot& s = feeds[static_cast<std::size_t>(hovered_feed)];
    ImGui::PushFont(f.meta);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(320.0f * scale);
    ImGui::TextUnformatted(s.url.c_str());
    if (s.status == FeedSlot::Status::Failed) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.error));
      ImGui::TextUnformatted(("Could not be fetched: " + s.error).c_str());
      ImGui::PopStyleColor();
    } else if (s.fetching || s.status == FeedSlot::Status::Waiting) {
      ImGui::TextUnformatted("Fetching\xE2\x80\xA6");
    }
    if (!s.warning.empty()) ImGui::TextUnformatted(s.warning.c_str());
    if (s.updated_at > 0)
      ImGui::Text("Updated %s (%s)", layout::relative_time(s.updated_at, now).c_str(),
                  layout::absolute_time_utc(s.updated_at).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    ImGui::PopFont();
  }
  ImGui::Dummy(ImVec2(w, 12.0f * scale));
  ImGui::EndChild();

  // Footer: Manage feeds…
  const float fy = origin.y + height - footer_h;
  ImGui::GetWindowDrawList()->AddLine(ImVec2(origin.x, fy + 0.5f), ImVec2(origin.x + width, fy + 0.5f), p.divider);
  ImGui::PushFont(f.meta);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float bh = ImGui::GetFontSize() + style.FramePadding.y * 2;
  ImGui::SetCursorScreenPos(ImVec2(origin.x + kInset * scale, std::floor(fy + (footer_h - bh) * 0.5f)));
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.accent));
  if (ImGui::Button("Manage feeds\xE2\x80\xA6")) out.manage = true;
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopStyleColor(2);
  ImGui::PopFont();
  return out;
}

void Sidebar::toggle_folder(const std::string& name) {
  if (!collapsed_.erase(name)) collapsed_.insert(name);
  if (settings_) settings_->set(kCollapsedKey, reading::folder_names_to_json(collapsed_));
}

std::string Sidebar::mirror_json(const std::vector<FeedSlot>& feeds,
                                 const reading::ReadingState& state, std::int64_t now) const {
  nlohmann::json arr = nlohmann::json::array();
  const Filter& cur = state.filter();
  const bool everything = cur.scope == Filter::Scope::Everything;
  for (View v : {View::All, View::Unread, View::Starred}) {
    const char* name = reading::view_name(v);
    arr.push_back({{"kind", "view"}, {"id", name}, {"label", name}, {"count", state.view_count(v)},
                   {"selected", everything && cur.view == v}, {"status", ""}});
  }
  for (const reading::FolderGroup& g : listed_groups(feeds)) {
    if (!g.name.empty())
      arr.push_back({{"kind", "folder"}, {"id", g.name}, {"label", g.name},
                     {"count", state.folder_counts(g.name).unread},
                     {"selected", cur.scope == Filter::Scope::Folder && cur.folder == g.name},
                     {"status", ""}, {"open", !collapsed_.count(g.name)}});
    for (std::size_t i : g.feeds)
      arr.push_back({{"kind", "feed"}, {"id", std::to_string(i)}, {"label", feed_name(feeds[i])},
                     {"folder", g.name}, {"count", state.feed_counts(i).unread},
                     {"selected", cur.scope == Filter::Scope::Feed && cur.feed == i},
                     {"status", feed_status(feeds[i], now)}});
  }
  return arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace fv::app
