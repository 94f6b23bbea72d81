// The Trends panel and the list filters it drives: a timeline of headlines per hour stacked by
// feed (or by source when one feed is loaded), the trending keywords as bars, the date-range
// presets, the active filters as removable chips, and the mute rules with their hidden count.
//
// The chart data (core/charts, core/keywords/trending) is computed when the headlines change,
// and only while the panel is open or a keyword filter needs it; drawing only reads it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/fonts.h"
#include "app/headlines.h"
#include "app/mute_manager.h"
#include "app/theme.h"
#include "core/charts/timeline.h"
#include "core/filters/date_filter.h"
#include "core/keywords/trending.h"

namespace fv::app {

class Platform;
struct FeedSlot;

class TrendsPanel {
 public:
  explicit TrendsPanel(Platform& platform);

  bool visible() const { return visible_; }
  // True while a dialog of the panel (the mute rules) is settling and wants more frames.
  bool wants_frames() const { return mutes_.wants_frames(); }
  void toggle();

  // The loaded headlines changed (newest first, as the list holds them).
  void set_rows(const std::vector<Headline>& rows, const std::vector<FeedSlot>& feeds);

  // Whether all_rows[index] passes the date range, keyword and mute filters. A headline hidden
  // only by a mute rule adds one to `muted`.
  bool admits(std::size_t index, const Headline& h, std::size_t& muted) const;
  void set_hidden_by_mutes(std::size_t n) { hidden_by_mutes_ = n; }
  // Any filter of this panel narrows the list (for the empty-list message).
  bool filtering() const;

  // The panel (when visible) and the filter bar (when visible or filtering), at the cursor of
  // the list's scrolling window, `width` device px wide. Returns true when a filter changed
  // and the list must be filtered again.
  bool draw(const FontHandles& fonts, const Palette& colors, float scale, std::int64_t now,
            float width);

  // The row menu's "Mute source": adds a source rule for `source` (the list is filtered again
  // on the next draw) and offers to take it back for a few seconds. False when already muted.
  bool mute_source(const std::string& source);
  // Takes back the rule mute_source added, while its offer shows.
  void undo_mute();
  // Seconds until the undo offer goes; negative when there is none.
  double wake_in() const;

  // Header button "Trends": toggles the panel. Returns its width; drawn right-aligned at `right`.
  float draw_toggle(float right, float center_y, const FontHandles& fonts, const Palette& colors);

  // JSON for the accessible mirror: {"open", "filters": [..], "hidden", "keywords": [{term,
  // headlines}], "timeline": "…"}.
  std::string mirror_json() const;

 private:
  void recompute(std::int64_t now);
  void rebuild_mute_subjects();
  void publish_mirror();
  void set_keyword(const keywords::TrendingTerm* term);
  void refresh_keyword_members();
  void draw_timeline(const FontHandles& f, const Palette& p, float scale, float width);
  void draw_keywords(const FontHandles& f, const Palette& p, float scale, float width);
  void draw_filter_bar(const FontHandles& f, const Palette& p, float scale, std::int64_t now,
                       float width);

  Platform& platform_;
  MuteManager mutes_;
  bool visible_ = false;
  bool dirty_ = true;
  bool changed_ = false;  // a filter changed during this draw

  // Inputs kept from set_rows (times and titles of all rows, in row order).
  std::vector<std::optional<std::int64_t>> times_;
  std::vector<std::string> titles_, sources_, series_;
  std::vector<filters::MuteSubject> mute_subjects_;  // empty while there are no rules

  // Chart data.
  std::int64_t utc_offset_ = 0;
  charts::Timeline timeline_;
  std::vector<keywords::TrendingTerm> terms_;

  // Filters.
  filters::DateFilter date_;  // a preset (follows the clock) or a timeline pick
  std::string keyword_key_, keyword_label_;
  std::vector<char> keyword_member_;  // per row
  bool show_muted_ = false;
  std::optional<filters::MuteRule> undo_mute_;  // the rule mute_source added, while undoable
  double undo_mute_until_ = -1.0;               // ImGui time the offer goes
  bool mutes_changed_ = false;                  // rules changed outside draw (row menu, mirror)
  std::size_t hidden_by_mutes_ = 0;
  std::int64_t now_ = 0;
  std::string published_;  // the mirror JSON last sent
};

// Seconds east of UTC of the reader's clock at `now` (the browser's time zone).
std::int64_t local_utc_offset(std::int64_t now);

}  // namespace fv::app
