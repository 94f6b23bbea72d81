// The App's reading state: read/unread and stars (core/reading), the sidebar and its drawer,
// the reading keys, "mark all read" with its undo bar, and persistence through the platform's
// ReadStateStore. Kept apart from app.cpp, which several features share.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/click_targets.h"
#include "app/icons.h"
#include "app/reading_keys.h"
#include "app/undo_bar.h"
#include "core/reading/marks_json.h"

namespace fv::app {
namespace {

constexpr double kUndoSeconds = 8.0;

}  // namespace

void App::sync_reading() {
  std::vector<reading::FeedInput> in;
  in.reserve(feeds_.size());
  for (const FeedSlot& s : feeds_)
    in.push_back({s.url, s.folder,
                  s.shows_items() && !s.removed ? &s.feed.items : nullptr});
  reading_.sync(in);
  publish_sidebar();
}

void App::restore_marks(std::string_view json) {
  reading_.restore(reading::marks_from_json(json));
  apply_search();
  publish_sidebar();
}

void App::on_feed_busy(int index, bool busy) {
  if (index < 0 || static_cast<std::size_t>(index) >= feeds_.size()) return;
  feeds_[index].fetching = busy;
  publish_sidebar();
}

void App::on_feed_refresh_failed(int index, const std::string& message) {
  if (index < 0 || static_cast<std::size_t>(index) >= feeds_.size()) return;
  FeedSlot& s = feeds_[index];
  if (s.removed || s.updated_at <= 0) return;  // nothing shown: on_feed_error's case
  if (message.empty()) {
    if (s.status != FeedSlot::Status::Failed) return;
    s.status = FeedSlot::Status::Loaded;  // a later fetch worked (a 304 delivers nothing)
    s.error.clear();
  } else {
    s.status = FeedSlot::Status::Failed;  // shows_items(): its last good items stay listed
    s.error = message;
  }
  publish_sidebar();
  publish_subscriptions();
}

void App::set_filter(const reading::Filter& filter) {
  if (filter == reading_.filter()) return;
  reading_.set_filter(filter);
  apply_search();
  publish_sidebar();
}

void App::publish_sidebar() {
  platform_.publish_sidebar(sidebar_.mirror_json(feeds_, reading_, platform_.now()));
}

void App::select_from_mirror(std::string_view kind, std::string_view id) {
  if (kind == "folder-toggle") {  // the mirror's open/close button of a folder
    sidebar_.toggle_folder(std::string(id));
    publish_sidebar();
    return;
  }
  reading::Filter f;
  f.view = reading_.filter().view;
  if (kind == "view") {
    f.view = id == "Unread" ? reading::View::Unread : id == "Starred" ? reading::View::Starred
                                                                        : reading::View::All;
  } else if (kind == "folder") {
    f.scope = reading::Filter::Scope::Folder;
    f.folder = std::string(id);
  } else if (kind == "feed") {
    std::size_t i = 0;
    for (char c : id) {
      if (c < '0' || c > '9') return;
      i = i * 10 + static_cast<std::size_t>(c - '0');
    }
    if (id.empty() || i >= feeds_.size()) return;
    f.scope = reading::Filter::Scope::Feed;
    f.feed = i;
  } else {
    return;
  }
  set_filter(f);
}

void App::after_marks_changed() {
  const std::vector<reading::Mark> changes = reading_.take_changes();
  if (!changes.empty()) platform_.read_state_store().save(changes);
  publish_mirror();
  publish_sidebar();
  if (pane_.is_open()) {
    const reading::Flags fl = open_flags();
    pane_.set_marks(fl.read, fl.starred);
    const std::string json = pane_.mirror_json(platform_.now());
    fonts_.note_text(json);  // the pane's text (in the mirror's JSON) may need fallback glyphs
    platform_.publish_article(json);
  }
}

int App::current_row() const {
  if (list_.selected() >= 0) return list_.selected();
  if (!pane_.is_open()) return -1;
  const auto& rows = list_.rows();
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].feed == open_feed_ && rows[i].feed < feeds_.size() &&
        rows[i].item < feeds_[rows[i].feed].feed.items.size() &&
        feeds_[rows[i].feed].feed.items[rows[i].item].id == open_item_id_)
      return static_cast<int>(i);
  return -1;
}

void App::toggle_open_star() {
  const int row = current_row();
  if (row < 0) return;
  const Headline& h = list_.rows()[static_cast<std::size_t>(row)];
  reading_.toggle_starred(h.feed, h.item);
  after_marks_changed();
}

void App::toggle_open_read() {
  const int row = current_row();
  if (row < 0) return;
  const Headline& h = list_.rows()[static_cast<std::size_t>(row)];
  reading_.toggle_read(h.feed, h.item);
  after_marks_changed();
}

void App::mark_all_read_in_view() {
  // Exactly what is listed (view, feed or folder, search and any other filter).
  std::vector<std::pair<std::size_t, std::size_t>> items;
  items.reserve(list_.rows().size());
  for (const Headline& h : list_.rows()) items.emplace_back(h.feed, h.item);
  reading::UndoSnapshot snap = reading_.mark_read(items);
  if (snap.empty()) return;
  undo_ = std::move(snap);
  undo_mark_at_ = ImGui::GetTime();
  undo_until_ = undo_mark_at_ + kUndoSeconds;
  after_marks_changed();
  if (reading_.filter().view == reading::View::Unread) apply_search();
}

void App::undo_mark_all() {
  if (undo_.empty()) return;
  reading_.undo(undo_);
  undo_ = {};
  undo_until_ = -1.0;
  apply_search();
  after_marks_changed();
}

App::UndoOffer App::shown_undo_offer() {
  const double t = ImGui::GetTime();
  if (!undo_.empty() && t >= undo_until_) undo_ = {};
  const int pending = subs_.pending_undo(platform_.now());
  if (pending != undo_remove_seen_) {
    undo_remove_seen_ = pending;
    undo_remove_at_ = pending >= 0 ? t : -1.0;
    if (pending >= 0 && !undo_.empty()) undo_ = {};  // a newer action: the older offer goes
  }
  if (subs_panel_.is_open()) return UndoOffer::None;  // the panel shows its removal itself
  const bool mark = !undo_.empty(), remove = pending >= 0;
  if (mark && remove) return undo_mark_at_ > undo_remove_at_ ? UndoOffer::MarkRead : UndoOffer::Remove;
  return mark ? UndoOffer::MarkRead : remove ? UndoOffer::Remove : UndoOffer::None;
}

void App::run_reading_command(int index) {
  const auto& keys = reading_keys();
  if (index < 0 || static_cast<std::size_t>(index) >= keys.size()) return;
  reading::Filter f;  // the views show everything; a feed or folder is left by choosing one
  switch (keys[static_cast<std::size_t>(index)].command) {
    case ReadingCommand::ToggleRead: toggle_open_read(); return;
    case ReadingCommand::ToggleStar: toggle_open_star(); return;
    case ReadingCommand::MarkAllRead: mark_all_read_in_view(); return;
    case ReadingCommand::Refresh:
      for (FeedSlot& s : feeds_) s.fetching = true;
      platform_.refresh_feeds();
      return;
    case ReadingCommand::ShowAll: f.view = reading::View::All; break;
    case ReadingCommand::ShowUnread: f.view = reading::View::Unread; break;
    case ReadingCommand::ShowStarred: f.view = reading::View::Starred; break;
  }
  set_filter(f);
}

void App::handle_reading_keys() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  if ((io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false)) {
    if (undo_offered()) return;  // Ctrl+Z undoes what the bar offers
  }
  if (io.KeyCtrl || io.KeySuper || io.KeyAlt) return;
  if (sidebar_.drawer_open() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
    sidebar_.set_drawer_open(false);
  for (ImWchar c : io.InputQueueCharacters) run_reading_command(reading_keys_.feed(c, ImGui::GetTime()));
}

float App::draw_menu_button(float x, float center_y, float scale) {
  const Palette& p = palette(dark());
  const float size = 36.0f * scale;
  ImGui::SetCursorScreenPos(ImVec2(x, std::floor(center_y - size * 0.5f)));
  const bool clicked = ImGui::InvisibleButton("##menu", ImVec2(size, size));
  note_click_target("menu");
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  if (hovered || sidebar_.drawer_open())
    dl->AddRectFilled(a, b, ImGui::IsItemActive() ? p.pressed : p.hover, 6.0f * scale);
  icons::menu(dl, ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f), 8.0f * scale, p.text,
              std::max(1.0f, std::round(1.5f * scale)));
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (clicked) sidebar_.set_drawer_open(!sidebar_.drawer_open());
  return size;
}

float App::draw_sidebar(float scale, float top) {
  const ImGuiIO& io = ImGui::GetIO();
  const float docked = Sidebar::docked_width(io.DisplaySize.x, scale);
  if (docked <= 0) return 0.0f;
  sidebar_.set_drawer_open(false);
  const Palette& p = palette(dark());
  const float height = io.DisplaySize.y - top;
  ImGui::SetCursorPos(ImVec2(0, top));
  ImGui::BeginChild("##sidebar", ImVec2(docked, height), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  sidebar_.use_settings(platform_.settings());
  const Sidebar::Actions actions =
      sidebar_.draw(fonts_.fonts(), p, scale, platform_.now(), feeds_, reading_, docked, height);
  ImGui::EndChild();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(docked - 0.5f, top), ImVec2(docked - 0.5f, io.DisplaySize.y),
                                      p.divider);
  apply_sidebar_actions(actions);
  return docked;
}

void App::draw_drawer(float scale, float top) {
  if (!sidebar_.drawer_open()) return;
  const ImGuiIO& io = ImGui::GetIO();
  const Palette& p = palette(dark());
  const float height = io.DisplaySize.y - top;
  // Top-level windows above the dashboard: a scrim that closes the drawer on a tap, then it.
  ImGui::SetNextWindowPos(ImVec2(0, top));
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, dark() ? 0.5f : 0.28f));
  ImGui::Begin("##scrim", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings);
  if (ImGui::InvisibleButton("##close-drawer", ImVec2(io.DisplaySize.x, height)))
    sidebar_.set_drawer_open(false);
  ImGui::End();
  ImGui::PopStyleColor();
  const float w = std::floor(std::min(300.0f * scale, io.DisplaySize.x * 0.85f));
  ImGui::SetNextWindowPos(ImVec2(0, top));
  ImGui::SetNextWindowSize(ImVec2(w, height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(p.page));
  ImGui::Begin("##drawer", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings);
  sidebar_.use_settings(platform_.settings());
  const Sidebar::Actions actions =
      sidebar_.draw(fonts_.fonts(), p, scale, platform_.now(), feeds_, reading_, w, height);
  ImGui::GetForegroundDrawList()->AddLine(ImVec2(w - 0.5f, top), ImVec2(w - 0.5f, top + height), p.divider);
  ImGui::End();
  ImGui::PopStyleColor();
  if (actions.filter || actions.manage) sidebar_.set_drawer_open(false);
  apply_sidebar_actions(actions);
}

void App::apply_sidebar_actions(const Sidebar::Actions& actions) {
  if (actions.folders_changed) publish_sidebar();
  if (actions.filter) set_filter(*actions.filter);
  if (actions.manage) open_subscriptions();
}

reading::Flags App::open_flags() const {
  if (!pane_.is_open() || open_feed_ >= feeds_.size()) return {};
  return reading_.flags_of(feeds_[open_feed_].url, open_item_id_);
}

std::string App::empty_list_message() const {
  const reading::Filter& f = reading_.filter();
  if (f.scope == reading::Filter::Scope::Feed && f.feed < feeds_.size()) {
    const FeedSlot& s = feeds_[f.feed];
    if (s.status == FeedSlot::Status::Failed) return "This feed could not be fetched: " + s.error;
    if (s.status == FeedSlot::Status::Waiting) return "Loading this feed\xE2\x80\xA6";
  }
  if (search_[0] != '\0') return "No headlines match the search.";
  switch (f.view) {
    case reading::View::Unread: return "All caught up \xE2\x80\x94 nothing unread here.";
    case reading::View::Starred: return "No starred stories here. Press s on a story to star it.";
    case reading::View::All: break;
  }
  return "No headlines here.";
}

double App::reading_wake_in() const {
  const double t = ImGui::GetTime();
  double wake = -1.0;
  if (!undo_.empty()) wake = std::max(0.0, undo_until_ - t);
  const double seq = reading_keys_.expires_in(t);
  if (seq >= 0 && (wake < 0 || seq < wake)) wake = seq;
  return wake;
}

std::string App::undo_text(UndoOffer offer) const {
  if (offer == UndoOffer::MarkRead) {
    char text[64];
    std::snprintf(text, sizeof text, "Marked %zu %s read", undo_.size(), undo_.size() == 1 ? "story" : "stories");
    return text;
  }
  if (offer == UndoOffer::Remove)
    return removed_feed_text(feed_display_name(
        subs_.at(undo_remove_seen_), undo_remove_seen_ < static_cast<int>(feeds_.size()) ? &feeds_[undo_remove_seen_] : nullptr));
  return {};
}

bool App::undo_offered() {
  const UndoOffer offer = shown_undo_offer();
  if (offer == UndoOffer::MarkRead) undo_mark_all();
  if (offer == UndoOffer::Remove) undo_remove();
  return offer != UndoOffer::None;
}

void App::draw_undo_bar(float x, float width, float scale) {
  // One bar for the newest undoable action: "mark all read" or a feed removed in the panel
  // (the panel, while open, shows its removal itself). The mirror gets the same offer.
  const UndoOffer offer = shown_undo_offer();
  const std::string text = undo_text(offer);
  if (text != published_undo_) {
    published_undo_ = text;
    const nlohmann::json doc = {{"text", text}};
    platform_.publish_undo(text.empty() ? "null" : doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  if (offer == UndoOffer::None) return;
  const FontHandles& f = fonts_.fonts();
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 size = undo_bar_size(text, width - 24.0f * scale, f, scale);
  const ImVec2 a(std::floor(x + (width - size.x) * 0.5f), std::floor(io.DisplaySize.y - size.y - 20.0f * scale));
  // Its own top-level window so it takes clicks above the list.
  ImGui::SetNextWindowPos(a);
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0));
  ImGui::Begin("##undo-bar", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
  const bool undo = app::draw_undo_bar(text, a, size, f, palette(dark()), dark(), scale, "undo");
  ImGui::End();
  ImGui::PopStyleColor();
  if (undo && offer == UndoOffer::MarkRead) undo_mark_all();
  if (undo && offer == UndoOffer::Remove) undo_remove();
}

}  // namespace fv::app
