#include "app/subscriptions_panel.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstring>

#include <nlohmann/json.hpp>

#include "app/click_targets.h"
#include "app/dialog.h"
#include "app/undo_bar.h"

namespace fv::app {
namespace {

using subscriptions::Subscription;
using subscriptions::SubscriptionList;

constexpr float kPanelMaxWidth = 640.0f;  // CSS px
constexpr float kFullScreenBelow = 600.0f;  // CSS px: phones get the whole screen

ImVec4 v4(ImU32 c, float alpha = 1.0f) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  v.w *= alpha;
  return v;
}

// `text` cut to fit `max_w` with an ellipsis, never inside a UTF-8 sequence.
std::string fit(ImFont* font, const std::string& text, float max_w) {
  auto width = [&](const std::string& s) { return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s.c_str()).x; };
  if (width(text) <= max_w) return text;
  std::size_t lo = 0, hi = text.size();
  while (lo < hi) {  // the longest prefix that fits with the ellipsis
    std::size_t mid = (lo + hi + 1) / 2;
    while (mid > 0 && mid < text.size() && (static_cast<unsigned char>(text[mid]) & 0xC0) == 0x80) --mid;
    if (mid <= lo) break;
    if (width(text.substr(0, mid) + "\xE2\x80\xA6") <= max_w) lo = mid;
    else hi = mid - 1;
  }
  while (hi > lo && (static_cast<unsigned char>(text[hi]) & 0xC0) == 0x80) --hi;
  return text.substr(0, lo) + "\xE2\x80\xA6";
}

void text_at(ImFont* font, ImU32 color, const std::string& text) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, v4(color));
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

// A quiet button: text in `color`, a thin border, the hover colour behind.
bool quiet_button(const char* label, ImU32 color, const Palette& p, float scale) {
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, std::floor(scale)));
  ImGui::PushStyleColor(ImGuiCol_Border, v4(p.divider));
  ImGui::PushStyleColor(ImGuiCol_Button, v4(p.surface));
  ImGui::PushStyleColor(ImGuiCol_Text, v4(color));
  const bool clicked = ImGui::Button(label);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopStyleColor(3);
  ImGui::PopStyleVar();
  return clicked;
}

bool primary_button(const char* label, const Palette& p, bool dark_text) {
  const ImVec4 accent = v4(p.accent);
  ImGui::PushStyleColor(ImGuiCol_Button, accent);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(accent.x * 0.9f, accent.y * 0.9f, accent.z * 0.9f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(accent.x * 0.8f, accent.y * 0.8f, accent.z * 0.8f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, dark_text ? ImVec4(0.07f, 0.07f, 0.08f, 1) : ImVec4(1, 1, 1, 1));
  const bool clicked = ImGui::Button(label);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopStyleColor(4);
  return clicked;
}

float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

// Buttons laid out left to right, wrapping to a new line when the next one would not fit.
struct Flow {
  float left, right;
  bool first = true;
  void next(const char* label) {
    const float w = button_width(label);
    if (!first) {
      ImGui::SameLine();
      if (ImGui::GetCursorPosX() + w > right) {
        ImGui::NewLine();
        ImGui::SetCursorPosX(left);
      }
    }
    first = false;
  }
};

const char* status_text(const FeedSlot* slot, char* buf, std::size_t n) {
  if (!slot) return "";
  switch (slot->status) {
    case FeedSlot::Status::Waiting: return "Loading\xE2\x80\xA6";
    case FeedSlot::Status::Failed: return slot->error.c_str();
    case FeedSlot::Status::Loaded:
      std::snprintf(buf, n, "%zu %s", slot->feed.items.size(), slot->feed.items.size() == 1 ? "item" : "items");
      return buf;
  }
  return "";
}

}  // namespace

std::string feed_display_name(const Subscription& s, const FeedSlot* slot) {
  if (!s.title.empty()) return s.title;
  if (slot && !slot->feed.title.empty()) return slot->feed.title;
  return s.url;
}

void SubscriptionsPanel::open(bool focus_address) {
  if (!open_ && focus_address) focus_address_ = true;
  open_ = true;
}

void SubscriptionsPanel::close() {
  open_ = false;
  edit_ = Edit::None;
  edit_index_ = -1;
}

void SubscriptionsPanel::set_message(std::string text, Tone tone) {
  message_ = std::move(text);
  tone_ = tone;
}

std::vector<PanelRequest> SubscriptionsPanel::draw(const FontHandles& f, const Palette& p, float scale,
                                                   const SubscriptionList& list,
                                                   const std::vector<FeedSlot>& slots, std::int64_t now) {
  std::vector<PanelRequest> out;
  if (!open_) return out;
  const ImGuiIO& io = ImGui::GetIO();
  const bool dark = p.page == palette(true).page;
  const bool full = io.DisplaySize.x < kFullScreenBelow * scale;
  const float margin = full ? 0.0f : 32.0f * scale;
  const float panel_w = full ? io.DisplaySize.x : std::min(kPanelMaxWidth * scale, io.DisplaySize.x - 2 * margin);
  const float panel_h = full ? io.DisplaySize.y : std::min(760.0f * scale, io.DisplaySize.y - 2 * margin);
  const ImVec2 panel_pos(std::floor((io.DisplaySize.x - panel_w) * 0.5f),
                         full ? 0.0f : dialog_top(io.DisplaySize.y, panel_h, margin));

  // A full-screen window dims the dashboard and takes every click outside the panel.
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleColor(ImGuiCol_WindowBg, dialog_backdrop(dark));
  ImGui::Begin("##feeds_overlay", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoFocusOnAppearing);
  ImGui::PopStyleColor();

  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(panel_pos, ImVec2(panel_pos.x + panel_w, panel_pos.y + panel_h), p.surface,
                    full ? 0.0f : 10.0f * scale);
  const float pad = (full ? 16.0f : 24.0f) * scale;
  const float left = panel_pos.x + pad;
  const float inner_w = panel_w - 2 * pad;
  const float right = left + inner_w;

  // Title row: "Feeds" and a count; Done on the right.
  ImGui::SetCursorPos(ImVec2(left, panel_pos.y + pad));
  text_at(f.brand, p.text, "Feeds");
  {
    char count[96];
    const std::size_t n = list.active_count(), folders = list.folders().size();
    if (folders > 0)
      std::snprintf(count, sizeof count, "%zu %s in %zu %s", n, n == 1 ? "feed" : "feeds", folders,
                    folders == 1 ? "folder" : "folders");
    else
      std::snprintf(count, sizeof count, "%zu %s", n, n == 1 ? "feed" : "feeds");
    ImGui::SameLine(0, 12.0f * scale);
    ImGui::SetCursorPosY(panel_pos.y + pad + (f.brand->FontSize - f.meta->FontSize) * 0.6f);
    text_at(f.meta, p.text_muted, count);
  }
  ImGui::PushFont(f.body);
  ImGui::SetCursorPos(ImVec2(right - button_width("Done"), panel_pos.y + pad - 4.0f * scale));
  if (quiet_button("Done", p.text, p, scale)) close();
  note_click_target("feeds-done");

  // Address field and Add.
  ImGui::SetCursorPos(ImVec2(left, panel_pos.y + pad + f.brand->FontSize + 18.0f * scale));
  const float add_w = button_width("Add feed");
  ImGui::SetNextItemWidth(inner_w - add_w - ImGui::GetStyle().ItemSpacing.x);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, std::floor(scale)));
  ImGui::PushStyleColor(ImGuiCol_Border, v4(p.divider));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, v4(p.page));
  if (focus_address_) {
    ImGui::SetKeyboardFocusHere();
    focus_address_ = false;
  }
  const bool enter = ImGui::InputTextWithHint("##address", "Address of a feed or a website", address_,
                                              sizeof address_, ImGuiInputTextFlags_EnterReturnsTrue);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar();
  ImGui::SameLine();
  if (primary_button("Add feed", p, dark) || enter) out.push_back({PanelRequest::Kind::Add, -1, address_});

  // What the last action did.
  ImGui::SetCursorPosX(left);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 2.0f * scale);
  {
    const ImU32 color = tone_ == Tone::Error ? p.error : tone_ == Tone::Success ? p.accent : p.text_muted;
    ImGui::PushFont(f.meta);
    ImGui::PushStyleColor(ImGuiCol_Text, v4(color));
    ImGui::PushTextWrapPos(right);
    ImGui::TextUnformatted(message_.empty() ? "Paste the address of a feed, or of a website that announces one." : message_.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
  }

  // File actions.
  ImGui::SetCursorPos(ImVec2(left, ImGui::GetCursorPosY() + 6.0f * scale));
  Flow flow{left, right};
  flow.next("Import OPML\xE2\x80\xA6");
  if (quiet_button("Import OPML\xE2\x80\xA6", p.text, p, scale)) out.push_back({PanelRequest::Kind::ImportOpml, -1, {}});
  flow.next("Export OPML");
  if (quiet_button("Export OPML", p.text, p, scale)) out.push_back({PanelRequest::Kind::ExportOpml, -1, {}});
  flow.next("Download view as JSON");
  if (quiet_button("Download view as JSON", p.text, p, scale)) out.push_back({PanelRequest::Kind::ViewJson, -1, {}});
  ImGui::PopFont();

  // The list, by folder, scrolling between the header and the undo bar.
  const float list_top = ImGui::GetCursorPosY() + 14.0f * scale;
  dl->AddLine(ImVec2(panel_pos.x, list_top - 0.5f), ImVec2(panel_pos.x + panel_w, list_top - 0.5f), p.divider);
  const int undo_index = list.pending_undo(now);
  const float undo_h = undo_index >= 0 ? 52.0f * scale : 0.0f;
  const float list_h = std::max(60.0f * scale, panel_pos.y + panel_h - list_top - undo_h - (full ? 0.0f : 8.0f * scale));
  ImGui::SetCursorPos(ImVec2(panel_pos.x, list_top));
  ImGui::BeginChild("##feeds_list", ImVec2(panel_w, list_h), false);
  {
    const bool narrow = inner_w < 460.0f * scale;
    // Folder order: sorted names, feeds without a folder first.
    std::vector<std::string> groups{""};
    for (const Subscription& s : list.entries())
      if (!s.removed && !s.folder.empty() && std::find(groups.begin(), groups.end(), s.folder) == groups.end())
        groups.push_back(s.folder);
    std::sort(groups.begin() + 1, groups.end());
    bool any = false;
    for (const std::string& g : groups) {
      bool header = false;
      for (std::size_t i = 0; i < list.entries().size(); ++i) {
        const Subscription& s = list.entries()[i];
        if (s.removed || s.folder != g) continue;
        if (!header && !g.empty()) draw_folder_header(g, f, p, scale, inner_w, out);
        header = true;
        any = true;
        draw_row(static_cast<int>(i), f, p, scale, inner_w, narrow, list, slots, out);
      }
    }
    if (!any) {
      ImGui::SetCursorPos(ImVec2(pad, ImGui::GetCursorPosY() + 20.0f * scale));
      ImGui::PushTextWrapPos(pad + inner_w);
      text_at(f.body, p.text_muted, "No feeds yet \xE2\x80\x94 add one above or import an OPML file.");
      ImGui::PopTextWrapPos();
    }
    ImGui::Dummy(ImVec2(1, pad));
  }
  ImGui::EndChild();

  // Undo bar.
  if (undo_index >= 0) {
    const float y = panel_pos.y + panel_h - undo_h;
    dl->AddLine(ImVec2(panel_pos.x, y - 0.5f), ImVec2(panel_pos.x + panel_w, y - 0.5f), p.divider);
    const FeedSlot* slot = undo_index < static_cast<int>(slots.size()) ? &slots[undo_index] : nullptr;
    const std::string text = removed_feed_text(feed_display_name(list.at(undo_index), slot));
    const float bar_h = undo_bar_size(text, inner_w, f, scale).y;
    // The bar across the panel, its Undo at the right edge of the content.
    if (draw_undo_bar(text, ImVec2(left, std::floor(y + (undo_h - bar_h) * 0.5f)), ImVec2(inner_w, bar_h), f, p, dark, scale,
                      "feeds-undo"))
      out.push_back({PanelRequest::Kind::Undo, -1, {}});
  }

  // Escape cancels an edit, else closes the panel.
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    if (edit_ != Edit::None) edit_ = Edit::None;
    else close();
  }
  ImGui::End();
  return out;
}

bool SubscriptionsPanel::draw_edit_field(const char* id, const char* hint, const char* save_label, const Palette& p,
                                         float scale, float width) {
  const float buttons_w = button_width(save_label) + button_width("Cancel") + 2 * ImGui::GetStyle().ItemSpacing.x;
  ImGui::SetNextItemWidth(width - buttons_w);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, std::floor(scale)));
  ImGui::PushStyleColor(ImGuiCol_Border, v4(p.accent, 0.6f));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, v4(p.page));
  if (focus_edit_) {
    ImGui::SetKeyboardFocusHere();
    focus_edit_ = false;
  }
  const bool enter =
      ImGui::InputTextWithHint(id, hint, edit_text_, sizeof edit_text_, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar();
  ImGui::SameLine();
  const bool save = primary_button(save_label, p, p.page == palette(true).page) || enter;
  ImGui::SameLine();
  const bool cancel = quiet_button("Cancel", p.text, p, scale);
  if (save || cancel) {
    edit_ = Edit::None;
    edit_index_ = -1;
  }
  return save;
}

void SubscriptionsPanel::draw_folder_header(const std::string& folder, const FontHandles& f, const Palette& p,
                                            float scale, float width, std::vector<PanelRequest>& out) {
  const float left = std::floor((ImGui::GetWindowWidth() - width) * 0.5f);
  ImGui::PushID(folder.c_str());
  ImGui::SetCursorPos(ImVec2(left, ImGui::GetCursorPosY() + 14.0f * scale));
  if (edit_ == Edit::Folder && edit_folder_ == folder) {
    ImGui::PushFont(f.body);
    if (draw_edit_field("##folder", "Folder name", "Save", p, scale, width))
      out.emplace_back(PanelRequest::Kind::RenameFolder, -1, edit_text_, folder);
    ImGui::PopFont();
  } else {
    // The folder's name, and a quiet "Rename folder" level with it on the right.
    const char* label = "Rename folder";
    ImGui::PushFont(f.meta);
    const float label_w = ImGui::CalcTextSize(label).x + 12.0f * scale;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    text_at(f.meta, p.text_muted, fit(f.meta, folder, width - label_w - 12.0f * scale));
    const float below = ImGui::GetCursorPosY();
    ImGui::SetCursorScreenPos(ImVec2(top.x + width - label_w, top.y));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(6.0f * scale, 0));
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, v4(p.accent));
    if (ImGui::Button(label, ImVec2(label_w, 0))) {
      edit_ = Edit::Folder;
      edit_folder_ = folder;
      edit_index_ = -1;
      focus_edit_ = true;
      std::snprintf(edit_text_, sizeof edit_text_, "%s", folder.c_str());
    }
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
    ImGui::PopFont();
    ImGui::SetCursorPos(ImVec2(left, below));
  }
  ImGui::PopID();
}

void SubscriptionsPanel::draw_row(int index, const FontHandles& f, const Palette& p, float scale, float width,
                                  bool narrow, const SubscriptionList& list, const std::vector<FeedSlot>& slots,
                                  std::vector<PanelRequest>& out) {
  const Subscription& s = list.at(index);
  const FeedSlot* slot = index < static_cast<int>(slots.size()) ? &slots[index] : nullptr;
  const float left = ImGui::GetWindowWidth() > width ? std::floor((ImGui::GetWindowWidth() - width) * 0.5f) : 0.0f;
  const float right = left + width;
  ImGui::PushID(index);
  ImGui::SetCursorPos(ImVec2(left, ImGui::GetCursorPosY() + 10.0f * scale));
  const float top = ImGui::GetCursorScreenPos().y;

  const bool editing = edit_index_ == index && edit_ != Edit::None;
  ImGui::PushFont(f.body);
  const char* actions[] = {"Rename", "Move", s.for_visit ? "Keep" : nullptr, "Remove"};
  float actions_w = 0;
  for (const char* a : actions)
    if (a) actions_w += button_width(a) + ImGui::GetStyle().ItemSpacing.x;
  const float text_w = narrow || editing ? width : width - actions_w - 8.0f * scale;

  text_at(f.headline, p.text, fit(f.headline, feed_display_name(s, slot), text_w));
  // One line of facts: how many items (or loading), for this visit only, the address; an
  // error gets its own line.
  char buf[64];
  const char* status = status_text(slot, buf, sizeof buf);
  const bool failed = slot && slot->status == FeedSlot::Status::Failed;
  std::string meta = failed || !status[0] ? s.url : std::string(status) + "  \xC2\xB7  " + s.url;
  if (s.for_visit) meta = "This visit only  \xC2\xB7  " + meta;
  ImGui::SetCursorPos(ImVec2(left, ImGui::GetCursorPosY() + 1.0f * scale));
  text_at(f.meta, p.text_muted, fit(f.meta, meta, text_w));
  if (failed && status[0]) {
    ImGui::SetCursorPosX(left);
    ImGui::PushTextWrapPos(left + text_w);
    text_at(f.meta, failed ? p.error : p.text_muted, status);
    ImGui::PopTextWrapPos();
  }
  const float text_bottom = ImGui::GetCursorScreenPos().y;

  if (editing) {
    ImGui::SetCursorPos(ImVec2(left, ImGui::GetCursorPosY() + 6.0f * scale));
    const bool naming = edit_ == Edit::Rename;
    if (draw_edit_field("##edit", naming ? "Name (empty: the feed's own title)" : "Folder (empty: no folder)",
                        naming ? "Save" : "Move here", p, scale, width))
      out.push_back({naming ? PanelRequest::Kind::Rename : PanelRequest::Kind::Move, index, edit_text_});
    if (edit_ == Edit::Move) {
      // The existing folders as one-click choices.
      const std::vector<std::string> folders = list.folders();
      if (!folders.empty()) {
        ImGui::SetCursorPos(ImVec2(left, ImGui::GetCursorPosY() + 2.0f * scale));
        text_at(f.meta, p.text_muted, "Or choose a folder:");
        ImGui::SetCursorPosX(left);
        Flow flow{left, right};
        ImGui::PushFont(f.meta);
        for (std::size_t k = 0; k < folders.size() && k < 24; ++k) {
          if (folders[k] == s.folder) continue;
          const std::string label = fit(f.meta, folders[k], width * 0.8f) + "##f" + std::to_string(k);
          flow.next(label.c_str());
          if (quiet_button(label.c_str(), p.accent, p, scale)) {
            out.push_back({PanelRequest::Kind::Move, index, folders[k]});
            edit_ = Edit::None;
            edit_index_ = -1;
          }
        }
        if (!s.folder.empty()) {
          flow.next("No folder");
          if (quiet_button("No folder", p.accent, p, scale)) {
            out.push_back({PanelRequest::Kind::Move, index, ""});
            edit_ = Edit::None;
            edit_index_ = -1;
          }
        }
        ImGui::PopFont();
      }
    }
  } else {
    // Actions: on the right of the name when there is room, else on their own line.
    if (narrow) ImGui::SetCursorPos(ImVec2(left, ImGui::GetCursorPosY() + 4.0f * scale));
    else ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + right - actions_w + ImGui::GetStyle().ItemSpacing.x, top));
    bool first = true;
    for (const char* a : actions) {
      if (!a) continue;
      if (!first) ImGui::SameLine();
      first = false;
      const bool remove = std::strcmp(a, "Remove") == 0;
      const bool clicked = quiet_button(a, remove ? p.error : p.text, p, scale);
      if (remove) note_click_target("feeds-remove", static_cast<int>(index));
      if (clicked) {
        if (remove) {
          out.push_back({PanelRequest::Kind::Remove, index, {}});
        } else if (std::strcmp(a, "Keep") == 0) {
          out.push_back({PanelRequest::Kind::Keep, index, {}});
        } else {
          edit_ = std::strcmp(a, "Rename") == 0 ? Edit::Rename : Edit::Move;
          edit_index_ = index;
          focus_edit_ = true;
          const std::string initial = edit_ == Edit::Rename ? feed_display_name(s, slot) : s.folder;
          std::snprintf(edit_text_, sizeof edit_text_, "%s", initial.c_str());
        }
      }
    }
    if (!narrow) {
      // Back below the texts, whichever is lower.
      ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + left, std::max(ImGui::GetCursorScreenPos().y, text_bottom)));
    }
  }
  ImGui::PopFont();
  // Rows are separated by a hairline.
  const float y = std::max(ImGui::GetCursorScreenPos().y, top) + 8.0f * scale;
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + left, y));
  ImGui::GetWindowDrawList()->AddLine(ImVec2(ImGui::GetWindowPos().x + left, y - 0.5f),
                                      ImVec2(ImGui::GetWindowPos().x + right, y - 0.5f), p.divider);
  ImGui::Dummy(ImVec2(width, 1));
  ImGui::PopID();
}

std::string SubscriptionsPanel::mirror_json(const SubscriptionList& list, const std::vector<FeedSlot>& slots,
                                            std::int64_t now) const {
  nlohmann::json feeds = nlohmann::json::array();
  for (std::size_t i = 0; i < list.entries().size(); ++i) {
    const Subscription& s = list.entries()[i];
    if (s.removed) continue;
    const FeedSlot* slot = i < slots.size() ? &slots[i] : nullptr;
    char buf[64];
    feeds.push_back({{"index", i},
                     {"name", feed_display_name(s, slot)},
                     {"url", s.url},
                     {"folder", s.folder},
                     {"status", status_text(slot, buf, sizeof buf)},
                     {"failed", slot && slot->status == FeedSlot::Status::Failed},
                     {"visit", s.for_visit}});
  }
  const int undo = list.pending_undo(now);
  nlohmann::json undo_json = nullptr;
  if (undo >= 0) {
    const FeedSlot* slot = undo < static_cast<int>(slots.size()) ? &slots[undo] : nullptr;
    undo_json = {{"index", undo}, {"name", feed_display_name(list.at(undo), slot)}};
  }
  const char* tone = tone_ == Tone::Error ? "error" : tone_ == Tone::Success ? "success" : tone_ == Tone::Busy ? "busy" : "";
  nlohmann::json doc = {{"open", open_},     {"message", message_}, {"tone", tone},
                        {"undo", undo_json}, {"folders", list.folders()}, {"feeds", feeds}};
  return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace fv::app
