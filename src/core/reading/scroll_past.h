// "Mark as read when scrolled past": which display rows the reader scrolled past. The list
// reports, each frame, how many rows lie fully above its top edge (rows are laid out top to
// bottom, so they are always a prefix) and whether the reader was scrolling it (the list had
// the pointer or the keyboard). Rows count as scrolled past once, when that prefix grows while
// the reader scrolls: scrolling back up and down again does not re-mark a row the reader has
// since marked unread, and rows that moved above the top for another reason (the list changed,
// the accessible mirror jumped) never count.
#pragma once

#include <cstddef>

#include "core/layout/visible_rows.h"

namespace fv::reading {

class ScrollPast {
 public:
  // The rows were rearranged (new headlines, another view or sort): the next update only sets
  // the starting point.
  void reset() { started_ = false; }

  // `above`: display rows fully above the list's top edge now. Returns the rows [first, last)
  // newly scrolled past (empty unless `scrolling`).
  layout::RowRange update(std::size_t above, bool scrolling);

 private:
  bool started_ = false;
  std::size_t reached_ = 0;  // the most rows that have been above the top since the start
};

}  // namespace fv::reading
