// The sidebar: the views (All, Unread, Starred) with their counts, then the feeds grouped by
// folder (collapsible) with unread counts and status — fetching, failed (message on hover,
// and in the list when the feed is selected), last update in a tooltip — and "Manage feeds…".
// Docked at the left from 700 CSS px; below that a drawer opened from the header's menu
// button. Counts come from core/reading's ReadingState (O(feeds) per frame).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/fonts.h"
#include "app/platform.h"
#include "app/subscriptions.h"
#include "app/theme.h"
#include "core/reading/reading_state.h"

namespace fv::app {

class Sidebar {
 public:
  static constexpr float kDockMinWidth = 700.0f;  // CSS px: narrower windows use the drawer
  static constexpr float kWidth = 248.0f;         // CSS px, docked

  // Width (device px) the docked sidebar takes from the window; 0 in drawer mode.
  static float docked_width(float window_w, float scale) {
    return window_w >= kDockMinWidth * scale ? kWidth * scale : 0.0f;
  }

  struct Actions {
    std::optional<reading::Filter> filter;  // the reader picked a view, feed or folder
    bool manage = false;                    // "Manage feeds…"
    bool folders_changed = false;           // a folder was opened or closed (the mirror shows it)
  };

  // Draws into the current child window, `width` × `height` device px.
  Actions draw(const FontHandles& fonts, const Palette& colors, float scale, std::int64_t now,
               const std::vector<FeedSlot>& feeds, const reading::ReadingState& state,
               float width, float height);

  // Which folders are collapsed is remembered in `settings` ("sidebar.collapsed"): read on
  // the first call, written on every toggle. Cheap to call every frame.
  void use_settings(Settings& settings);

  // Opens a closed folder or closes an open one (the chevron, or the mirror's folder toggle).
  void toggle_folder(const std::string& name);

  bool drawer_open() const { return drawer_open_; }
  void set_drawer_open(bool open) { drawer_open_ = open; }

  // The accessible mirror of the sidebar: [{"kind": "view"|"folder"|"feed", "id", "label",
  // "count", "selected", "status"}] in display order, folders with "open" (see
  // web/sidebar_mirror.mjs).
  std::string mirror_json(const std::vector<FeedSlot>& feeds, const reading::ReadingState& state,
                          std::int64_t now) const;

  // The name people see for a feed: the subscribed title, else the feed's own, else the URL.
  static const std::string& feed_name(const FeedSlot& slot);

 private:
  bool row(const char* id, const FontHandles& fonts, const Palette& colors, float scale,
           float width, float indent, const std::string& label, std::size_t count,
           bool selected, ImFont* font);

  std::set<std::string> collapsed_;
  Settings* settings_ = nullptr;
  bool drawer_open_ = false;
};

}  // namespace fv::app
