// The virtualised headline list, as rows or as a card grid. The listed headlines (after search)
// are arranged by core/view (newest or top stories, flat or grouped by story with expandable
// stories). Rows start with an estimated height and are measured when first drawn
// (core/layout/row_heights), so a width change with 50,000 headlines costs no text wrapping;
// cards all share one height (core/layout/card_grid). Only what intersects the viewport is
// drawn, made interactive and asked for a thumbnail.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "app/fonts.h"
#include "app/headlines.h"
#include "app/theme.h"
#include "core/reading/reading_state.h"
#include "app/thumbnails.h"
#include "core/layout/card_grid.h"
#include "core/layout/row_heights.h"
#include "core/view/story_view.h"

namespace fv::app {

class Platform;

class HeadlineList {
 public:
  // The listed headlines (any order; the view arranges them).
  void set_rows(std::vector<Headline> rows);
  const std::vector<Headline>& rows() const { return rows_; }
  // Where rows read their read/starred state (unread rows: accent dot; read: muted title).
  void set_marks(const reading::ReadingState* marks) { marks_ = marks; }

  // The selected headline as an index into rows(), or -1.
  int selected() const {
    return selected_ >= 0 && selected_ < int(view_.size()) ? int(view_[selected_].item) : -1;
  }

  // Sort and grouping, and rows or cards.
  void set_view(const view::ViewOptions& options, bool cards);
  const view::ViewOptions& view_options() const { return options_; }
  bool cards() const { return cards_; }
  // Rows shown: one per story when grouped, plus the members of expanded stories.
  std::size_t shown() const { return view_.size(); }
  // Columns as last drawn: the card grid's, 1 for the list.
  int columns() const { return cards_ ? grid_.columns() : 1; }

  // Draws at the cursor of the current (scrolling) ImGui window, `width` device pixels wide.
  void draw(const FontHandles& fonts, const Palette& colors, float scale, std::int64_t now,
            Platform& platform, Thumbnails& thumbs, float width);

  // Seconds until the list needs a redraw on its own (tooltip delay); negative = never.
  double next_wake() const { return wake_in_; }

  // The first row (display order) the last draw showed: the accessible mirror lists the rows
  // around it; the rows before it are fully above the list's top.
  std::size_t first_visible() const { return first_visible_; }
  // Changes whenever the rows are arranged anew (new rows, view, expanded story).
  std::size_t generation() const { return generation_; }
  // The headlines of display rows [first, last) as (feed, item).
  std::vector<std::pair<std::size_t, std::size_t>> items(std::size_t first, std::size_t last) const;
  // Selects display row `row` and scrolls it into view on the next draw (the mirror's "show
  // more").
  void select(int row) {
    if (row < 0 || row >= int(view_.size())) return;
    selected_ = row;
    reveal_selected_ = true;
  }
  // Keyboard: j/k or arrows move the selection, Enter or o opens it in the reading pane, v opens
  // the original in a new tab; grouped, → expands the selected story and ← collapses it.
  void handle_keys(Platform& platform);
  // The headline (index into rows()) the reader asked to read since the last call; -1 if none.
  int take_open_request() {
    const int r = open_request_;
    open_request_ = -1;
    return r;
  }

  // The source the reader asked to mute from a row's menu since the last call; "" if none.
  std::string take_mute_request() { return std::exchange(mute_request_, std::string()); }

  // True once after the rows shown changed on their own (a story expanded or collapsed).
  bool take_view_changed() {
    const bool c = view_changed_;
    view_changed_ = false;
    return c;
  }

  // JSON for the accessible mirror: display rows [first, last) as {total, first, stories (when
  // grouped), rows: [{title, url, source, time, read, starred, sources, members, expanded,
  // child}]}.
  std::string mirror_json(std::size_t first, std::size_t last, std::int64_t now) const;

 private:
  void arrange();
  void toggle_story(std::size_t display_row, bool expand);
  void reset_heights(const FontHandles& fonts, float width, float scale);
  float measure_row(const FontHandles& fonts, std::size_t display_row, float width, float scale) const;
  void draw_rows(const FontHandles& fonts, const Palette& colors, float scale, std::int64_t now,
                 Platform& platform, Thumbnails& thumbs, float width);
  void draw_cards(const FontHandles& fonts, const Palette& colors, float scale, std::int64_t now,
                  Platform& platform, Thumbnails& thumbs, float width);
  void draw_context_menu(const Headline& h, float scale, Platform& platform);
  // The "N sources" pill; returns true when clicked.
  bool draw_sources_badge(const FontHandles& fonts, const Palette& colors, float scale,
                          ImVec2 pos, std::size_t display_row, bool expandable, bool expanded);

  std::vector<Headline> rows_;
  const reading::ReadingState* marks_ = nullptr;
  std::vector<view::ViewRow> view_;
  view::ViewOptions options_;
  bool cards_ = false;
  std::unordered_set<std::size_t> expanded_;  // story keys

  layout::RowHeights heights_;
  layout::CardGrid grid_;
  float measured_width_ = -1.0f, measured_scale_ = 0.0f;
  const void* measured_font_ = nullptr;
  bool view_changed_ = false;
  int selected_ = -1;  // display row
  int open_request_ = -1;
  std::string mute_request_;
  bool reveal_selected_ = false;  // scroll the selection into view on the next draw
  std::size_t first_visible_ = 0;
  std::size_t generation_ = 0;
  int tooltip_row_ = -1;
  double tooltip_hover_since_ = 0.0;
  double wake_in_ = -1.0;
};

}  // namespace fv::app
