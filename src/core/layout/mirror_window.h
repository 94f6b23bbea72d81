// Which rows the accessible DOM mirror lists. Listing all 50,000 headlines as <li> made every
// search keystroke and every minute's time refresh rebuild 50,000 DOM nodes; the mirror lists a
// window of rows around what the canvas shows (each row tells its position and the total through
// aria-posinset / aria-setsize, so a screen reader still knows the list's size). The window
// moves in steps, so scrolling republishes only when the view crosses a step.
#pragma once

#include <cstddef>

namespace fv::layout {

struct MirrorWindow {
  std::size_t first = 0, last = 0;  // half-open [first, last) of the listed rows
  bool operator==(const MirrorWindow& o) const { return first == o.first && last == o.last; }
  bool operator!=(const MirrorWindow& o) const { return !(*this == o); }
};

// Rows are listed in blocks of `step`: the window starts one step before the block holding
// `anchor` (the first row on screen, or the row the reader moved to) and is `size` rows long,
// clipped to [0, total). Steps and size are small so the DOM stays small.
MirrorWindow mirror_window(std::size_t total, std::size_t anchor, std::size_t size = 100,
                           std::size_t step = 25);

}  // namespace fv::layout
