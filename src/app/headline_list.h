// The virtualised headline list: rows are measured once per width (wrapped titles), and only the
// rows intersecting the viewport (core/layout/visible_rows) are drawn and made interactive.
#pragma once

#include <cstdint>
#include <vector>

#include "app/fonts.h"
#include "app/headlines.h"
#include "app/theme.h"
#include "core/reading/reading_state.h"

namespace fv::app {

class Platform;

class HeadlineList {
 public:
  void set_rows(std::vector<Headline> rows);
  const std::vector<Headline>& rows() const { return rows_; }
  // Where rows read their read/starred state (unread rows: accent dot; read: muted title).
  void set_marks(const reading::ReadingState* marks) { marks_ = marks; }

  // Draws at the cursor of the current (scrolling) ImGui window, `width` device pixels wide.
  void draw(const FontHandles& fonts, const Palette& colors, float scale, std::int64_t now,
            Platform& platform, float width);

  // Seconds until the list needs a redraw on its own (tooltip delay); negative = never.
  double next_wake() const { return wake_in_; }

  int selected() const { return selected_; }
  // The first row the last draw showed: the accessible mirror lists the rows around it.
  std::size_t first_visible() const { return first_visible_; }
  // Selects `row` and scrolls it into view on the next draw (the mirror's "show more").
  void select(int row) {
    if (row < 0 || row >= int(rows_.size())) return;
    selected_ = row;
    reveal_selected_ = true;
  }
  // Keyboard: j/k or arrows move the selection, Enter or o opens it in the reading pane, v opens
  // the original in a new tab.
  void handle_keys(Platform& platform);
  // The row the reader asked to read (click, Enter, o) since the last call; -1 if none.
  int take_open_request() {
    const int r = open_request_;
    open_request_ = -1;
    return r;
  }

 private:
  void measure(const FontHandles& fonts, float width, float scale);
  void draw_context_menu(const Headline& h, float scale, Platform& platform);

  std::vector<Headline> rows_;
  const reading::ReadingState* marks_ = nullptr;
  std::vector<float> offsets_;  // prefix sums of row heights (device pixels)
  float measured_width_ = -1.0f, measured_scale_ = 0.0f;
  const void* measured_font_ = nullptr;
  int selected_ = -1;
  int open_request_ = -1;
  bool reveal_selected_ = false;  // scroll the selection into view on the next draw
  std::size_t first_visible_ = 0;
  int tooltip_row_ = -1;
  double tooltip_hover_since_ = 0.0;
  double wake_in_ = -1.0;
};

}  // namespace fv::app
