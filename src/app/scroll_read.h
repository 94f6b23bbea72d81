// "Mark as read when scrolled past", an opt-in view setting ("view.read_on_scroll", off by
// default): after the list is drawn, the headlines whose row went fully above the list's top
// while the reader was scrolling it (the list had the pointer or the keyboard focus). Which rows
// count is core/reading/scroll_past.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "app/headline_list.h"
#include "core/reading/scroll_past.h"

namespace fv::app {

class Settings;

class ScrollRead {
 public:
  static bool enabled(const Settings& settings);
  static void set_enabled(Settings& settings, bool on);

  // Call inside the list's scrolling child window, after drawing the list. Returns the
  // headlines (feed, item) to mark read now; none while the setting is off.
  std::vector<std::pair<std::size_t, std::size_t>> after_draw(const HeadlineList& list, bool on);

 private:
  reading::ScrollPast past_;
  std::size_t generation_ = 0;
  bool was_on_ = false;
};

}  // namespace fv::app
