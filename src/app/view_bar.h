// The bar under the header that chooses how the list is shown: "Newest" / "Top stories",
// "Group by story", "List" / "Cards". The choices are kept in the settings ("view.sort",
// "view.group", "view.layout") and restored on the next visit.
#pragma once

#include "app/fonts.h"
#include "app/platform.h"
#include "app/theme.h"
#include "core/view/story_view.h"

namespace fv::app {

class ViewBar {
 public:
  static constexpr float kHeight = 44.0f;  // CSS px

  // Reads the saved choices (once; later calls return the cached state).
  void load(const Settings& settings);
  const view::ViewOptions& options() const { return options_; }
  bool cards() const { return cards_; }

  // Draws the bar at the cursor, `width` device px wide; saves and returns true on a change.
  bool draw(const FontHandles& fonts, const Palette& colors, float scale, Settings& settings,
            float width);

 private:
  bool loaded_ = false;
  view::ViewOptions options_;
  bool cards_ = false;
};

}  // namespace fv::app
