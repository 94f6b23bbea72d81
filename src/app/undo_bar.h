// The undo bar: one short line saying what was just done and an Undo button at its right end,
// drawn inverted (a dark bar on the light scheme, a light one on the dark). One bar for every
// undo: "mark all read" and a removed feed under the list (App::draw_undo_bar), and a removed
// feed at the bottom of the Feeds panel (SubscriptionsPanel).
#pragma once

#include <string>

#include "app/fonts.h"
#include "app/theme.h"

namespace fv::app {

// "Removed “name”", the name cut to a length the bar can show.
std::string removed_feed_text(std::string name);

// The bar's size for `text`: as wide as the text and the button need, at most `max_w`.
ImVec2 undo_bar_size(const std::string& text, float max_w, const FontHandles& fonts, float scale);

// Draws the bar into the current window over the screen rectangle `pos`..`pos + size` (text
// that does not fit is clipped); `target` names its Undo for the browser tests
// (click_targets.h). True when Undo was pressed this frame.
bool draw_undo_bar(const std::string& text, ImVec2 pos, ImVec2 size, const FontHandles& fonts,
                   const Palette& colors, bool dark, float scale, const char* target);

}  // namespace fv::app
